package io.github.gkml.validation;

/**
 * 公开情况统计 — how many records of an item or a responsible body stand where.
 *
 * @param records all records counted
 * @param onTime published by the due date
 * @param late published after it
 * @param overdue not published, past due
 * @param pending not published, still within the deadline
 * @param noDueDate records of items whose deadline gives no day
 * @param channelsMissing records published without every channel the catalog names
 * @param displayCutShort records taken down before the end of their display period
 * @since 0.1
 */
public record ComplianceTally(
    long records,
    long onTime,
    long late,
    long overdue,
    long pending,
    long noDueDate,
    long channelsMissing,
    long displayCutShort) {

  /** No records. */
  public static ComplianceTally empty() {
    return new ComplianceTally(0, 0, 0, 0, 0, 0, 0, 0);
  }

  /** This tally with one more result counted. */
  public ComplianceTally plus(PublicationResult result) {
    PublicationStatus s = result.status();
    boolean channels = has(result, RuleId.PUBLICATION_CHANNEL_MISSING);
    boolean display = has(result, RuleId.DISPLAY_PERIOD_CUT_SHORT);
    return new ComplianceTally(
        records + 1,
        onTime + (s == PublicationStatus.ON_TIME ? 1 : 0),
        late + (s == PublicationStatus.LATE ? 1 : 0),
        overdue + (s == PublicationStatus.OVERDUE ? 1 : 0),
        pending + (s == PublicationStatus.PENDING ? 1 : 0),
        noDueDate + (s == PublicationStatus.NO_DUE_DATE ? 1 : 0),
        channelsMissing + (channels ? 1 : 0),
        displayCutShort + (display ? 1 : 0));
  }

  /** The share of records with a due date that were published on time, or 1 when there are none. */
  public double onTimeRate() {
    long judged = onTime + late + overdue;
    return judged == 0 ? 1 : (double) onTime / judged;
  }

  private static boolean has(PublicationResult result, RuleId rule) {
    return result.findings().stream().anyMatch(f -> f.ruleId().equals(rule));
  }
}
