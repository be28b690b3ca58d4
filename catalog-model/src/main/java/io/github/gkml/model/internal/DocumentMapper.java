package io.github.gkml.model.internal;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogMetadata;
import io.github.gkml.model.CatalogReference;
import io.github.gkml.model.Channel;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.LegalBasis;
import io.github.gkml.model.Mode;
import io.github.gkml.model.NotApplicable;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.model.Region;
import io.github.gkml.model.RetiredItem;
import io.github.gkml.model.SourceLocation;
import io.github.gkml.model.internal.CatalogDocument.ItemDocument;
import io.github.gkml.model.internal.CatalogDocument.NotApplicableDocument;
import io.github.gkml.model.internal.CatalogDocument.ReferenceDocument;
import io.github.gkml.model.internal.CatalogDocument.RegionDocument;
import io.github.gkml.model.internal.CatalogDocument.RetiredDocument;
import io.github.gkml.model.internal.CatalogDocument.SourceDocument;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link CatalogDocument} into the model and back. Every value the model refuses becomes a
 * {@link DocumentException} naming its JSON pointer and what was expected.
 */
public final class DocumentMapper {

  private final ChannelVocabulary channels;
  private final int maxItems;

  /** A mapper resolving channel names in {@code channels}. */
  public DocumentMapper(ChannelVocabulary channels, int maxItems) {
    this.channels = channels;
    this.maxItems = maxItems;
  }

  /** The catalog a document describes. */
  public Catalog toCatalog(CatalogDocument doc) {
    String format = required(doc.format(), "", "format", "\"" + CatalogDocument.FORMAT + "\"");
    if (!format.strip().equals(CatalogDocument.FORMAT)) {
      throw new DocumentException(
          "/format",
          "unsupported format \"" + format + "\"; expected \"" + CatalogDocument.FORMAT + "\"");
    }
    List<ItemDocument> items = orEmpty(doc.items());
    if (items.size() > maxItems) {
      throw new DocumentException(
          "/items", "more than " + maxItems + " items (the configured limit): " + items.size());
    }
    List<Item> converted = new ArrayList<>(items.size());
    ValueCache cache = new ValueCache(channels);
    for (int i = 0; i < items.size(); i++) {
      converted.add(item(items.get(i), "/items/" + i, cache));
    }
    return new Catalog(
        metadata(doc),
        converted,
        mapEach(doc.notApplicable(), "/notApplicable", this::notApplicable),
        mapEach(doc.retired(), "/retired", this::retired),
        texts(doc.notes(), "/notes"));
  }

  private CatalogMetadata metadata(CatalogDocument doc) {
    String domainName = required(doc.domain(), "", "domain", "one of the 26 pilot domains");
    PilotDomain domain =
        PilotDomain.find(domainName)
            .orElseThrow(
                () ->
                    new DocumentException(
                        "/domain",
                        "unknown domain \""
                            + domainName
                            + "\"; expected one of the 26 pilot domains: "
                            + Arrays.stream(PilotDomain.values())
                                .map(PilotDomain::label)
                                .toList()));
    String title = required(doc.title(), "", "title", "the catalog's title");
    return new CatalogMetadata(
        domain,
        title,
        blankToNull(doc.issuer()),
        doc.region() == null ? null : region(doc.region()),
        doc.level() == null ? null : level(doc.level(), "/level"),
        blankToNull(doc.version()),
        date(doc.effectiveDate(), "/effectiveDate"),
        doc.refines() == null ? null : reference(doc.refines()));
  }

  private static Region region(RegionDocument doc) {
    String name = required(doc.name(), "/region", "name", "the region's name");
    String code = blankToNull(doc.code());
    if (code != null && !code.strip().matches("[1-9]\\d{5}")) {
      throw new DocumentException(
          "/region/code", "\"" + code + "\" is not a 6-digit 行政区划代码; expected e.g. \"410324\"");
    }
    return new Region(name, code == null ? null : code.strip());
  }

  private static CatalogReference reference(ReferenceDocument doc) {
    return new CatalogReference(
        required(doc.title(), "/refines", "title", "the refined catalog's title"),
        blankToNull(doc.issuer()),
        blankToNull(doc.version()),
        blankToNull(doc.location()));
  }

  private Item item(@Nullable ItemDocument doc, String at, ValueCache cache) {
    if (doc == null) {
      throw new DocumentException(at, "empty item; expected an object with at least a path");
    }
    Item.Builder item = Item.builder(path(doc.path(), at + "/path"));
    item.code(blankToNull(doc.code()));
    item.content(texts(doc.content(), at + "/content"));
    item.basis(mapEach(doc.basis(), at + "/basis", (text, p) -> cache.citation(text)));
    String deadline = blankToNull(doc.deadline());
    item.deadline(deadline == null ? null : cache.deadline(deadline));
    String display = blankToNull(doc.displayPeriod());
    item.displayPeriod(display == null ? null : cache.displayPeriod(display));
    item.subjects(texts(doc.subjects(), at + "/subjects"));
    item.channels(mapEach(doc.channels(), at + "/channels", (text, p) -> cache.channel(text)));
    item.audience(
        mapEach(
            doc.audience(),
            at + "/audience",
            (t, p) -> parse(t, p, Audience::find, "全社会 or 特定群体")));
    item.modes(mapEach(doc.modes(), at + "/modes", (t, p) -> parse(t, p, Mode::find, "主动 or 依申请")));
    item.levels(levels(doc.levels(), at + "/levels"));
    item.source(doc.source() == null ? null : source(doc.source(), at + "/source"));
    item.extensions(extensions(doc.extensions(), at + "/extensions"));
    return item.build();
  }

  /** The document that writes a catalog: every value as the text a table would hold. */
  public static CatalogDocument toDocument(Catalog catalog) {
    CatalogMetadata meta = catalog.metadata();
    Region region = meta.region();
    CatalogReference refines = meta.refines();
    return new CatalogDocument(
        CatalogDocument.FORMAT,
        meta.domain().label(),
        meta.title(),
        meta.issuer(),
        region == null ? null : new RegionDocument(region.name(), region.code()),
        meta.level() == null ? null : meta.level().label(),
        meta.version(),
        meta.effectiveDate() == null ? null : meta.effectiveDate().toString(),
        refines == null
            ? null
            : new ReferenceDocument(
                refines.title(), refines.issuer(), refines.version(), refines.location()),
        catalog.items().stream().map(DocumentMapper::itemDocument).toList(),
        catalog.notApplicable().stream()
            .map(n -> new NotApplicableDocument(n.path().segments(), n.reason(), n.basis()))
            .toList(),
        catalog.retired().stream().map(DocumentMapper::retiredDocument).toList(),
        catalog.notes());
  }

  private static ItemDocument itemDocument(Item item) {
    SourceLocation source = item.source();
    Deadline deadline = item.deadline();
    DisplayPeriod display = item.displayPeriod();
    return new ItemDocument(
        item.code(),
        item.path().segments(),
        item.content(),
        item.basis().stream().map(LegalBasis::raw).toList(),
        deadline == null ? null : deadline.raw(),
        display == null ? null : display.raw(),
        item.subjects(),
        item.channels().stream().map(Channel::label).toList(),
        item.audience().stream().map(Audience::label).toList(),
        item.modes().stream().map(Mode::label).toList(),
        item.levels().stream().map(AdminLevel::label).toList(),
        source == null
            ? null
            : new SourceDocument(
                source.file(),
                source.sheet(),
                source.row() == 0 ? null : source.row(),
                source.column() == 0 ? null : source.column(),
                source.pointer()),
        item.extensions());
  }

  private static RetiredDocument retiredDocument(RetiredItem retired) {
    ItemPath replacedBy = retired.replacedBy();
    return new RetiredDocument(
        retired.path().segments(),
        retired.since() == null ? null : retired.since().toString(),
        retired.reason(),
        retired.approvedBy(),
        replacedBy == null ? null : replacedBy.segments());
  }

  private static Set<AdminLevel> levels(@Nullable List<String> texts, String at) {
    EnumSet<AdminLevel> levels = EnumSet.noneOf(AdminLevel.class);
    List<String> values = orEmpty(texts);
    for (int i = 0; i < values.size(); i++) {
      String text = nonNull(values.get(i), at + "/" + i);
      String pointer = at + "/" + i;
      levels.addAll(
          AdminLevel.findAll(text)
              .orElseThrow(
                  () ->
                      new DocumentException(
                          pointer,
                          "unknown level \"" + text + "\"; expected 省级, 市级, 县级, 乡级 or 村级")));
    }
    return levels;
  }

  private static AdminLevel level(String text, String at) {
    return AdminLevel.find(text)
        .orElseThrow(
            () ->
                new DocumentException(
                    at, "unknown level \"" + text + "\"; expected 省级, 市级, 县级, 乡级 or 村级"));
  }

  private static SourceLocation source(SourceDocument doc, String at) {
    int row = Objects.requireNonNullElse(doc.row(), 0);
    int column = Objects.requireNonNullElse(doc.column(), 0);
    if (row < 0 || column < 0) {
      throw new DocumentException(at, "row and column count from 1 (0 = unknown)");
    }
    return new SourceLocation(
        blankToNull(doc.file()), blankToNull(doc.sheet()), row, column, blankToNull(doc.pointer()));
  }

  private static Map<String, String> extensions(@Nullable Map<String, String> values, String at) {
    Map<String, String> result = new LinkedHashMap<>();
    if (values != null) {
      values.forEach(
          (key, value) -> result.put(key, nonNull(value, at + "/" + JsonPointers.escape(key))));
    }
    return result;
  }

  private NotApplicable notApplicable(NotApplicableDocument doc, String at) {
    return new NotApplicable(
        path(doc.path(), at + "/path"),
        required(doc.reason(), at, "reason", "why the item does not apply"),
        blankToNull(doc.basis()));
  }

  private RetiredItem retired(RetiredDocument doc, String at) {
    return new RetiredItem(
        path(doc.path(), at + "/path"),
        date(doc.since(), at + "/since"),
        required(doc.reason(), at, "reason", "why the item was retired"),
        blankToNull(doc.approvedBy()),
        doc.replacedBy() == null || doc.replacedBy().isEmpty()
            ? null
            : path(doc.replacedBy(), at + "/replacedBy"));
  }

  private static ItemPath path(@Nullable List<String> segments, String at) {
    if (segments == null || segments.isEmpty()) {
      throw new DocumentException(at, "missing path; expected 1 to 3 names (一级/二级/三级事项)");
    }
    if (segments.size() > ItemPath.MAX_DEPTH) {
      throw new DocumentException(
          at, segments.size() + " path segments; expected 1 to 3 (一级/二级/三级事项)");
    }
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      if (segment == null || segment.isBlank()) {
        throw new DocumentException(at + "/" + i, "blank path segment; expected a name");
      }
    }
    return new ItemPath(segments);
  }

  private static @Nullable LocalDate date(@Nullable String text, String at) {
    String value = blankToNull(text);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new DocumentException(at, "\"" + value + "\" is not a date; expected YYYY-MM-DD");
    }
  }

  private static <T> T parse(
      String text, String at, Function<String, Optional<T>> finder, String expected) {
    return finder
        .apply(text)
        .orElseThrow(
            () ->
                new DocumentException(at, "unknown value \"" + text + "\"; expected " + expected));
  }

  private static List<String> texts(@Nullable List<String> values, String at) {
    return mapEach(values, at, (text, p) -> text);
  }

  private static <D, T> List<T> mapEach(
      @Nullable List<D> values, String at, Converter<D, T> converter) {
    List<D> list = orEmpty(values);
    List<T> result = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      String pointer = at + "/" + i;
      result.add(converter.convert(nonNull(list.get(i), pointer), pointer));
    }
    return result;
  }

  private static <T> T nonNull(@Nullable T value, String at) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw new DocumentException(at, "empty entry; remove it or give a value");
    }
    return value;
  }

  private static String required(
      @Nullable String value, String parent, String field, String expected) {
    if (value == null || value.isBlank()) {
      throw new DocumentException(
          parent + "/" + field, "missing " + field + "; expected " + expected);
    }
    return value;
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static <T> List<T> orEmpty(@Nullable List<T> values) {
    return values == null ? List.of() : values;
  }

  /** Converts one list entry; {@code at} is its pointer. */
  @FunctionalInterface
  private interface Converter<D, T> {
    T convert(D value, String at);
  }
}
