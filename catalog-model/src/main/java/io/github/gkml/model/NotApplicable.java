package io.github.gkml.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 未涉及事项说明 — an item of the upper-level catalog that does not apply locally, declared with a reason
 * so that its absence is not a silent deletion.
 *
 * @param path the item's path in the upper-level catalog
 * @param reason why it does not apply, e.g. 本乡无此事项
 * @param basis the document or decision the declaration rests on, if any
 * @since 0.1
 */
public record NotApplicable(ItemPath path, String reason, @Nullable String basis) {

  /**
   * Validates the declaration.
   *
   * @throws IllegalArgumentException if the reason is blank
   */
  public NotApplicable {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a not-applicable declaration needs a reason: " + path);
    }
  }

  /** A declaration without a separate basis. */
  public static NotApplicable of(ItemPath path, String reason) {
    return new NotApplicable(path, reason, null);
  }
}
