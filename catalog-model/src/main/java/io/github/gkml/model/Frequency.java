package io.github.gkml.model;

/**
 * 公开频次 — how often a periodic item is published, ordered from the most to the least frequent:
 * {@code DAILY < WEEKLY < MONTHLY < QUARTERLY < HALF_YEARLY < YEARLY}.
 *
 * @since 0.1
 */
public enum Frequency {
  /** 每日. */
  DAILY("每日"),
  /** 每周. */
  WEEKLY("每周"),
  /** 每月. */
  MONTHLY("每月"),
  /** 每季度. */
  QUARTERLY("每季度"),
  /** 每半年. */
  HALF_YEARLY("每半年"),
  /** 每年. */
  YEARLY("每年");

  private final String label;

  Frequency(String label) {
    this.label = label;
  }

  /** The Chinese label: 每日, 每周, 每月, 每季度, 每半年, 每年. */
  public String label() {
    return label;
  }

  /** Whether this frequency publishes at least as often as {@code other}. */
  public boolean isAtLeastAsFrequentAs(Frequency other) {
    return compareTo(other) <= 0;
  }
}
