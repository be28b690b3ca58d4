package io.github.gkml.assertj;

import io.github.gkml.assertj.internal.FailureMessages;
import io.github.gkml.model.DueDate;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.PublicationResult;
import io.github.gkml.validation.PublicationStatus;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;

/**
 * 公开核查断言 — assertions on one publication record checked against the catalog.
 *
 * <pre>{@code
 * assertThat(check.check(record, today)).wasPublishedOnTime().complies();  // passes when on time
 * assertThat(check.check(late, today)).wasPublishedOnTime();               // fails: LATE, due 2024-10-14
 * }</pre>
 *
 * @since 0.1
 */
public class PublicationAssert extends AbstractAssert<PublicationAssert, PublicationResult> {

  private Locale locale = Locale.SIMPLIFIED_CHINESE;

  /** Assertions on {@code actual}; use {@link CatalogAssertions#assertThat(PublicationResult)}. */
  public PublicationAssert(PublicationResult actual) {
    super(actual, PublicationAssert.class);
  }

  /** Failure messages in this language: Chinese (the default) or English. */
  public PublicationAssert inLanguage(Locale language) {
    this.locale = language;
    return myself;
  }

  /**
   * Verifies that the record was published by its due date.
   *
   * <p>Passes for information formed on 2024-09-25 and published on 2024-10-12 (a worked Saturday)
   * against 10 working days; fails for one published on 2024-10-15.
   */
  public PublicationAssert wasPublishedOnTime() {
    return hasStatus(PublicationStatus.ON_TIME);
  }

  /**
   * Verifies that the record was published after its due date.
   *
   * <p>Passes for the record published on 2024-10-15 above; fails for the one on 2024-10-12.
   */
  public PublicationAssert wasPublishedLate() {
    return hasStatus(PublicationStatus.LATE);
  }

  /**
   * Verifies that the record is not published and past its due date.
   *
   * <p>Passes when checked on 2024-10-15 for the record above left unpublished; fails on
   * 2024-10-14, when it is still pending.
   */
  public PublicationAssert isOverdue() {
    return hasStatus(PublicationStatus.OVERDUE);
  }

  /**
   * Verifies that the record complies: no error (late, overdue, a channel missing, the display
   * period cut short).
   *
   * <p>Passes for a record on time on every channel; fails, listing the findings, otherwise.
   */
  public PublicationAssert complies() {
    isNotNull();
    List<Finding> errors =
        actual.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      fail("publication.noncompliant", Map.of("count", Integer.toString(errors.size())), errors);
    }
    return myself;
  }

  /**
   * Verifies that the record lacks the channel {@code label} that the catalog requires.
   *
   * <p>Passes for {@code lacksChannel("社区/企事业单位/村公示栏(电子屏)")} when published on the 政府网站 only; fails
   * when the 公示栏 was used too.
   */
  public PublicationAssert lacksChannel(String label) {
    isNotNull();
    boolean found =
        actual.findings().stream()
            .anyMatch(
                f ->
                    f.ruleId().equals(RuleId.PUBLICATION_CHANNEL_MISSING)
                        && label.equals(f.oldValue()));
    if (!found) {
      fail("publication.noSuchChannel", Map.of("channel", label), actual.findings());
    }
    return myself;
  }

  private PublicationAssert hasStatus(PublicationStatus expected) {
    isNotNull();
    if (actual.status() != expected) {
      DueDate due = actual.due();
      String day = due == null ? "—" : due.lastDay().map(Object::toString).orElse("—");
      fail(
          "publication.status",
          Map.of("expected", expected.name(), "actual", actual.status().name(), "due", day),
          actual.findings());
    }
    return myself;
  }

  private void fail(String key, Map<String, String> params, List<Finding> findings) {
    Map<String, String> all = new java.util.HashMap<>(params);
    all.put("id", actual.record().id());
    failWithMessage("%s", FailureMessages.message(key, locale, all, findings));
  }
}
