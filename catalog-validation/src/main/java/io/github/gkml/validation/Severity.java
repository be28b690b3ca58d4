package io.github.gkml.validation;

/**
 * 严重程度 — how much a finding matters, from the most to the least severe.
 *
 * @since 0.1
 */
public enum Severity {
  /** 错误 — breaks a rule; fails a check by default. */
  ERROR,
  /** 警告 — needs a person's review. */
  WARNING,
  /** 提示 — for information (an item added, a deadline tightened). */
  INFO;

  /** Whether this severity is at least as severe as {@code threshold}. */
  public boolean isAtLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }
}
