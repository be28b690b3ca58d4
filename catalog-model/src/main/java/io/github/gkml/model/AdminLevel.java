package io.github.gkml.model;

import io.github.gkml.model.internal.Texts;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 公开层级 / 行政层级 — an administrative level: of a catalog, or one an item is published at.
 *
 * <p>Real tables name levels in many ways; {@link #findAll} reads them: 县级 and 区级 are {@link
 * #COUNTY}; 乡级, 镇级, 街道 and 镇街级 are {@link #TOWNSHIP}; 乡、村级 is {@link #TOWNSHIP} and {@link
 * #VILLAGE}.
 *
 * @since 0.1
 */
public enum AdminLevel {
  /** 省级 — province. */
  PROVINCE("省级"),
  /** 市级 — city (设区的市). */
  CITY("市级"),
  /** 县级 — county, 县级市 and 市辖区 (区级). */
  COUNTY("县级"),
  /** 乡级 — township: 乡, 镇 and 街道. */
  TOWNSHIP("乡级"),
  /** 村级 — village and 社区 (residents' community). */
  VILLAGE("村级");

  private static final Pattern SEPARATORS = Pattern.compile("[、,，/／和及与|]+");

  private static final Map<String, AdminLevel> NAMES =
      Map.ofEntries(
          Map.entry("省", PROVINCE),
          Map.entry("省级", PROVINCE),
          Map.entry("省本级", PROVINCE),
          Map.entry("市", CITY),
          Map.entry("市级", CITY),
          Map.entry("地市级", CITY),
          Map.entry("市本级", CITY),
          Map.entry("设区的市", CITY),
          Map.entry("县", COUNTY),
          Map.entry("县级", COUNTY),
          Map.entry("区", COUNTY),
          Map.entry("区级", COUNTY),
          Map.entry("县区级", COUNTY),
          Map.entry("县(区)级", COUNTY),
          Map.entry("县(市、区)级", COUNTY),
          Map.entry("县(市,区)级", COUNTY),
          Map.entry("县(市)级", COUNTY),
          Map.entry("县市区级", COUNTY),
          Map.entry("旗", COUNTY),
          Map.entry("旗级", COUNTY),
          Map.entry("乡", TOWNSHIP),
          Map.entry("乡级", TOWNSHIP),
          Map.entry("镇", TOWNSHIP),
          Map.entry("镇级", TOWNSHIP),
          Map.entry("乡镇", TOWNSHIP),
          Map.entry("乡镇级", TOWNSHIP),
          Map.entry("乡镇(街道)", TOWNSHIP),
          Map.entry("乡镇(街道)级", TOWNSHIP),
          Map.entry("乡(镇、街道)级", TOWNSHIP),
          Map.entry("乡(镇,街道)级", TOWNSHIP),
          Map.entry("乡(镇)级", TOWNSHIP),
          Map.entry("街道", TOWNSHIP),
          Map.entry("街道级", TOWNSHIP),
          Map.entry("镇街", TOWNSHIP),
          Map.entry("镇街级", TOWNSHIP),
          Map.entry("苏木", TOWNSHIP),
          Map.entry("村", VILLAGE),
          Map.entry("村级", VILLAGE),
          Map.entry("社区", VILLAGE),
          Map.entry("社区级", VILLAGE),
          Map.entry("村(社区)", VILLAGE),
          Map.entry("村(社区)级", VILLAGE),
          Map.entry("村居", VILLAGE),
          Map.entry("村居级", VILLAGE),
          Map.entry("嘎查", VILLAGE));

  private final String label;

  AdminLevel(String label) {
    this.label = label;
  }

  /** The canonical Chinese label: 省级, 市级, 县级, 乡级 or 村级. */
  public String label() {
    return label;
  }

  /** Reads one level name (县级, 区级, 镇街级, 街道 …) or the enum name. */
  public static Optional<AdminLevel> find(CharSequence text) {
    String key = Texts.compact(text);
    AdminLevel level = NAMES.get(key);
    if (level != null) {
      return Optional.of(level);
    }
    for (AdminLevel value : values()) {
      if (value.name().equals(key)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a label that may name several levels: 乡、村级 ({@link #TOWNSHIP}, {@link #VILLAGE}), 县乡级,
   * 县级/乡级. Empty when any part is not a level name.
   */
  public static Optional<Set<AdminLevel>> findAll(CharSequence text) {
    Optional<AdminLevel> single = find(text);
    if (single.isPresent()) {
      return Optional.of(Set.of(single.get()));
    }
    String key = Texts.compact(text);
    List<String> parts = SEPARATORS.splitAsStream(key).toList();
    if (parts.size() == 1) {
      return joinedLevels(key);
    }
    EnumSet<AdminLevel> levels = EnumSet.noneOf(AdminLevel.class);
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      Optional<AdminLevel> level = find(part);
      if (level.isEmpty()) {
        return Optional.empty();
      }
      levels.add(level.get());
    }
    return levels.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(levels));
  }

  /** 县乡级, 乡村级, 县乡村级: one character per level, then 级. */
  private static Optional<Set<AdminLevel>> joinedLevels(String key) {
    String stem = key.endsWith("级") ? key.substring(0, key.length() - 1) : key;
    if (stem.length() < 2) {
      return Optional.empty();
    }
    EnumSet<AdminLevel> levels = EnumSet.noneOf(AdminLevel.class);
    for (int i = 0; i < stem.length(); i++) {
      AdminLevel level = NAMES.get(String.valueOf(stem.charAt(i)));
      if (level == null) {
        return Optional.empty();
      }
      levels.add(level);
    }
    return Optional.of(Set.copyOf(levels));
  }
}
