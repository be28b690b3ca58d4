package io.github.gkml.io.internal;

import java.util.regex.Pattern;

/**
 * Reads a catalog's title as pages write it: lines joined, and a leading number or attachment label
 * dropped ((十三)…, 十三、…, 附件1…).
 */
final class Titles {

  private static final Pattern LEADING =
      Pattern.compile("^(附件\\s*\\d*\\s*[:：]?|[(（][一二三四五六七八九十百\\d]+[)）]|[一二三四五六七八九十百]+、)\\s*");

  private Titles() {}

  /** The title a text gives. */
  static String clean(String text) {
    String title = CellText.name(text);
    String stripped = LEADING.matcher(title).replaceFirst("").strip();
    return stripped.isEmpty() ? title : stripped;
  }

  /** Whether a text looks like a catalog's title (names a 目录, 清单 or 领域, and is not long). */
  static boolean looksLikeTitle(String text) {
    String name = CellText.name(text);
    return name.length() <= 120
        && (name.contains("目录") || name.contains("清单") || name.contains("领域"));
  }
}
