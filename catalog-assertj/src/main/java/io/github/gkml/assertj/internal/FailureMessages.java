package io.github.gkml.assertj.internal;

import io.github.gkml.model.ItemPath;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.MessageBundle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every failure message of the assertions, made in one place from the {@code Assertions} bundles
 * (Chinese by default, English on request); findings are listed one per line with their rule, item,
 * old → new values and message.
 */
public final class FailureMessages {

  private static final MessageBundle BUNDLE =
      MessageBundle.load(FailureMessages.class::getResourceAsStream, "Assertions");

  private FailureMessages() {}

  /** The bundle, for tests that keep the languages in step. */
  public static MessageBundle bundle() {
    return BUNDLE;
  }

  /** The message {@code key} with its parameters filled, then the findings listed. */
  public static String message(
      String key, Locale locale, Map<String, String> params, List<Finding> findings) {
    String template = BUNDLE.template(key, locale).orElse(key);
    StringBuilder text = new StringBuilder(MessageBundle.fill(template, params::get));
    for (Finding finding : findings) {
      text.append(System.lineSeparator()).append("  ").append(line(finding, locale));
    }
    return text.toString();
  }

  /** One finding on one line: {@code [ERROR] RULE 一级 / 二级 (old → new): message}. */
  public static String line(Finding finding, Locale locale) {
    StringBuilder line = new StringBuilder();
    line.append('[').append(finding.severity()).append("] ").append(finding.ruleId().id());
    ItemPath item = finding.item();
    if (item != null) {
      line.append(' ').append(item);
    }
    String values = values(finding.oldValue(), finding.newValue());
    if (!values.isEmpty()) {
      line.append(" (").append(values).append(')');
    }
    if (finding.isAccepted()) {
      line.append(" {").append(BUNDLE.template("accepted", locale).orElse("accepted")).append('}');
    }
    return line.append(": ").append(finding.message(locale)).toString();
  }

  private static String values(@Nullable String old, @Nullable String now) {
    if (old == null && now == null) {
      return "";
    }
    return (old == null ? "—" : old) + " → " + (now == null ? "—" : now);
  }
}
