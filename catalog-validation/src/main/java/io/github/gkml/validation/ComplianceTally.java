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

  /** One result counted: the tally of a single record. */
  public static ComplianceTally of(PublicationResult result) {
    PublicationStatus s = result.status();
    boolean channels = false;
    boolean display = false;
    for (Finding finding : result.findings()) {
      channels |= finding.ruleId().equals(RuleId.PUBLICATION_CHANNEL_MISSING);
      display |= finding.ruleId().equals(RuleId.DISPLAY_PERIOD_CUT_SHORT);
    }
    return new ComplianceTally(
        1,
        s == PublicationStatus.ON_TIME ? 1 : 0,
        s == PublicationStatus.LATE ? 1 : 0,
        s == PublicationStatus.OVERDUE ? 1 : 0,
        s == PublicationStatus.PENDING ? 1 : 0,
        s == PublicationStatus.NO_DUE_DATE ? 1 : 0,
        channels ? 1 : 0,
        display ? 1 : 0);
  }

  /** This tally with one more result counted. */
  public ComplianceTally plus(PublicationResult result) {
    return plus(of(result));
  }

  /** The two tallies added, field by field. */
  public ComplianceTally plus(ComplianceTally other) {
    return new ComplianceTally(
        records + other.records,
        onTime + other.onTime,
        late + other.late,
        overdue + other.overdue,
        pending + other.pending,
        noDueDate + other.noDueDate,
        channelsMissing + other.channelsMissing,
        displayCutShort + other.displayCutShort);
  }

  /** The share of records with a due date that were published on time, or 1 when there are none. */
  public double onTimeRate() {
    long judged = onTime + late + overdue;
    return judged == 0 ? 1 : (double) onTime / judged;
  }
}
