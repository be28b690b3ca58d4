package io.github.gkml.validation.internal;

import io.github.gkml.model.Deadline;
import io.github.gkml.model.Item;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.util.Collection;
import java.util.function.Consumer;

/**
 * ELEMENT_MISSING: 国办发〔2019〕54号 requires every item to give at least its name, content, basis,
 * deadline, responsible body, mode, channel and audience. The name is the item path, which the
 * model never lets be blank; each of the other seven that is blank is one finding.
 */
public final class ElementMissingCheck implements ItemCheck {

  @Override
  public void check(Item item, Consumer<Finding.Builder> report) {
    missing(item.content(), "content", report);
    missing(item.basis(), "basis", report);
    Deadline deadline = item.deadline();
    if (deadline == null || deadline.raw().isBlank()) {
      report.accept(finding("deadline"));
    }
    missing(item.subjects(), "subjects", report);
    missing(item.modes(), "modes", report);
    missing(item.channels(), "channels", report);
    missing(item.audience(), "audience", report);
  }

  private static void missing(
      Collection<?> values, String field, Consumer<Finding.Builder> report) {
    if (values.isEmpty()) {
      report.accept(finding(field));
    }
  }

  private static Finding.Builder finding(String field) {
    return Finding.builder(RuleId.ELEMENT_MISSING, Severity.ERROR).field(field);
  }
}
