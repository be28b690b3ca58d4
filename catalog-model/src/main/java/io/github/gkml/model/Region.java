package io.github.gkml.model;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * 行政区划 — the region a catalog belongs to: its name and, where known, its 6-digit 行政区划代码 (GB/T 2260
 * administrative division code).
 *
 * @param name the region's name, e.g. 某县
 * @param code the 6-digit code, e.g. {@code 410324}; {@code null} when unknown
 * @since 0.1
 */
public record Region(String name, @Nullable String code) {

  private static final Pattern CODE = Pattern.compile("[1-9]\\d{5}");

  /**
   * Validates the region.
   *
   * @throws IllegalArgumentException if the name is blank or the code is not six digits
   */
  public Region {
    Objects.requireNonNull(name, "name");
    name = name.strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("region name is blank");
    }
    if (code != null && !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "region code must be a 6-digit 行政区划代码 such as 410324, got \"" + code + "\"");
    }
  }

  /** A region with a name only. */
  public static Region of(String name) {
    return new Region(name, null);
  }

  /** A region with a name and a 6-digit code. */
  public static Region of(String name, String code) {
    return new Region(name, code);
  }
}
