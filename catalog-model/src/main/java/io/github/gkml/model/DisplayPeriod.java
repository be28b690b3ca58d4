package io.github.gkml.model;

import io.github.gkml.model.internal.DeadlineParser;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 公示期 / 公告期限 / 公开时长 — how long something must stay displayed once published: 公示7个工作日, 公告期限为5个工作日,
 * 长期. Always carries the text it was read from.
 *
 * @param raw the text as written
 * @param length the minimum display length, if a number was given
 * @param ongoing whether it stays up indefinitely (长期, 长期公开, 保持长期公开)
 * @since 0.1
 */
public record DisplayPeriod(String raw, @Nullable TimeSpan length, boolean ongoing) {

  /**
   * Validates the period.
   *
   * @throws IllegalArgumentException if it is both ongoing and of fixed length
   */
  public DisplayPeriod {
    Objects.requireNonNull(raw, "raw");
    if (ongoing && length != null) {
      throw new IllegalArgumentException("a display period is either ongoing or of fixed length");
    }
  }

  /**
   * Reads a display period as catalogs write it: 公示7个工作日, 公示期为7天, 公示期不少于30日, 公告期限为5个工作日, 7天 (the
   * first number with a unit is the length), 长期, 保持长期公开 (ongoing). Never throws: text it cannot
   * read gives a period with neither a length nor {@link #ongoing()}, keeping the text.
   */
  public static DisplayPeriod parse(CharSequence text) {
    return DeadlineParser.parseDisplayPeriod(text.toString());
  }

  /** A display period of fixed length, written in canonical form (公示7个工作日). */
  public static DisplayPeriod of(TimeSpan length) {
    return new DisplayPeriod("公示" + length, length, false);
  }

  /** Whether the text was understood: a length was read, or it is ongoing. */
  public boolean isParsed() {
    return ongoing || length != null;
  }
}
