package io.github.gkml.model;

/**
 * 时限单位 — the unit a period is counted in.
 *
 * @since 0.1
 */
public enum PeriodUnit {
  /** 工作日 — working days: weekends and 法定节假日 skipped, 调休 make-up days counted. */
  WORKING_DAYS("个工作日"),
  /** 日 / 天 / 自然日 — calendar days. */
  CALENDAR_DAYS("日"),
  /** 个月 — calendar months. */
  MONTHS("个月"),
  /** 小时 — hours. */
  HOURS("小时");

  private final String label;

  PeriodUnit(String label) {
    this.label = label;
  }

  /** The Chinese unit as written after a number: 个工作日, 日, 个月, 小时. */
  public String label() {
    return label;
  }
}
