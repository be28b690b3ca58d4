package io.github.gkml.model;

import java.util.Objects;

/**
 * A length of time in one unit: 20个工作日, 15日, 3个月, 24小时.
 *
 * @param amount a non-negative number of units
 * @param unit the unit
 * @since 0.1
 */
public record TimeSpan(int amount, PeriodUnit unit) {

  /**
   * Validates the span.
   *
   * @throws IllegalArgumentException if the amount is negative
   */
  public TimeSpan {
    Objects.requireNonNull(unit, "unit");
    if (amount < 0) {
      throw new IllegalArgumentException("a time span cannot be negative: " + amount);
    }
  }

  /** A span of {@code amount} units. */
  public static TimeSpan of(int amount, PeriodUnit unit) {
    return new TimeSpan(amount, unit);
  }

  /** The span in Chinese, e.g. {@code 20个工作日}, {@code 15日}. */
  @Override
  public String toString() {
    return amount + unit.label();
  }
}
