package io.github.gkml.validation.internal.structure;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.CatalogMetadata;
import io.github.gkml.model.Region;
import io.github.gkml.model.RetiredItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A catalog's metadata and dates as Bean Validation sees them: the region code against the
 * catalog's level, and every date against the day the first standard catalogs were ordered
 * (国办发〔2017〕42号, 2017-05-09) — a date before it is a typing error.
 *
 * @param regionCode 行政区划代码, or {@code null}
 * @param level the catalog's level, or {@code null}
 * @param effectiveDate 施行日期, or {@code null}
 * @param retiredSince the date each retired item ended (null where not given), in order
 */
@RegionCode(payload = RulePayloads.RegionCodeInvalid.class)
record MetadataView(
    @Nullable String regionCode,
    @Nullable AdminLevel level,
    @NotBefore(value = EARLIEST, payload = RulePayloads.DateInvalid.class)
        @Nullable LocalDate effectiveDate,
    List<@NotBefore(value = EARLIEST, payload = RulePayloads.DateInvalid.class) LocalDate>
        retiredSince) {

  /** 国办发〔2017〕42号, the pilot that introduced the standard catalogs, is dated 2017-05-09. */
  static final String EARLIEST = "2017-05-09";

  static MetadataView of(CatalogMetadata metadata, List<RetiredItem> retired) {
    Region region = metadata.region();
    List<LocalDate> since = new ArrayList<>(retired.size());
    for (RetiredItem item : retired) {
      since.add(item.since());
    }
    return new MetadataView(
        region == null ? null : region.code(), metadata.level(), metadata.effectiveDate(), since);
  }
}
