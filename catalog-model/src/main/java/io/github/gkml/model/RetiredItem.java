package io.github.gkml.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 已退出事项 — an item that has ended (a programme abolished, merged into another), kept with the date,
 * the reason and the approving document so that its removal is never silent. A retired item's path
 * may not be reused later with another meaning.
 *
 * @param path the retired item's path
 * @param since the date it ended
 * @param reason why it ended
 * @param approvedBy the approving document, if any
 * @param replacedBy the item that replaces it, if any
 * @since 0.1
 */
public record RetiredItem(
    ItemPath path,
    @Nullable LocalDate since,
    String reason,
    @Nullable String approvedBy,
    @Nullable ItemPath replacedBy) {

  /**
   * Validates the record.
   *
   * @throws IllegalArgumentException if the reason is blank
   */
  public RetiredItem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a retired item needs a reason: " + path);
    }
  }
}
