package io.github.gkml.validation.internal;

import io.github.gkml.model.ItemPath;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.MessageBundle;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Renders finding messages from the {@code Findings} bundles: the template under the rule id, its
 * {@code {param}} placeholders filled from the finding's parameters. The parameter {@code field} is
 * shown by its label ({@code field.deadline} = 公开时限); {@code item} is the item path.
 *
 * <p>A finding that carries its rule's own bundle ({@link Finding#messages()}, from {@code
 * CatalogRule.messages()}) is rendered from that bundle first — its template and field labels — and
 * from the {@code Findings} bundles for what it lacks; {@code GENERIC} ({@code <RULE_ID>:<item>})
 * is the last resort.
 *
 * <p>A rule may word its message differently for one kind of case: a finding whose parameter
 * {@value #VARIANT} is {@code v} uses the template {@code <RULE_ID>.v} when the bundle has one
 * (e.g. {@code ACCEPTANCE_STALE.expired}), else the rule's own template.
 */
public final class FindingMessages {

  /** The message parameter that chooses a variant of the rule's template. */
  public static final String VARIANT = "variant";

  private static final MessageBundle BUNDLE =
      MessageBundle.load(FindingMessages.class::getResourceAsStream, "Findings");

  private FindingMessages() {}

  /** The bundle, for tests that keep the languages in step. */
  public static MessageBundle bundle() {
    return BUNDLE;
  }

  /** The finding's message in the locale's language. */
  public static String render(Finding finding, Locale locale) {
    String rule = finding.ruleId().id();
    String variant = finding.params().get(VARIANT);
    MessageBundle own = finding.messages();
    Optional<String> template =
        own == null ? Optional.empty() : template(own, rule, variant, locale);
    String chosen =
        template
            .or(() -> template(BUNDLE, rule, variant, locale))
            .or(() -> BUNDLE.template("GENERIC", locale))
            .orElse("{rule}");
    return MessageBundle.fill(chosen, name -> value(finding, name, locale));
  }

  /** The label of an element name in the locale's language, e.g. deadline → 公开时限. */
  public static String fieldLabel(String field, Locale locale) {
    return BUNDLE.template("field." + field, locale).orElse(field);
  }

  /** The rule's template for the variant if the bundle has one, else its own template. */
  private static Optional<String> template(
      MessageBundle bundle, String rule, @Nullable String variant, Locale locale) {
    Optional<String> varied =
        variant == null ? Optional.empty() : bundle.template(rule + "." + variant, locale);
    return varied.or(() -> bundle.template(rule, locale));
  }

  private static String fieldLabel(@Nullable MessageBundle own, String field, Locale locale) {
    Optional<String> label =
        own == null ? Optional.empty() : own.template("field." + field, locale);
    return label.orElseGet(() -> fieldLabel(field, locale));
  }

  private static @Nullable String value(Finding finding, String name, Locale locale) {
    boolean english = MessageBundle.isEnglish(locale);
    String localized = finding.params().get(name + (english ? "@en" : "@zh"));
    if (localized != null) {
      return localized;
    }
    ItemPath item = finding.item();
    String field = finding.params().get("field");
    String value = finding.params().get(name);
    return switch (name) {
      case "rule" -> finding.ruleId().id();
      case "item" -> item == null ? "" : item.toString();
      case "field" -> field == null ? "" : fieldLabel(finding.messages(), field, locale);
      case "old", "new" -> value == null ? BUNDLE.template("none", locale).orElse("") : value;
      default -> value;
    };
  }
}
