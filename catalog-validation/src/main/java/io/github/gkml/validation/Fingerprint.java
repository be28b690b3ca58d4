package io.github.gkml.validation;

import io.github.gkml.model.ItemPath;
import io.github.gkml.validation.internal.Fingerprints;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 发现指纹 — a short, stable identifier of a finding, by which an {@link Acceptance} recognises the
 * same finding in a later run: 16 lower-case hex digits, e.g. {@code 9c1f0e7a3b52d846}.
 *
 * <p>The fingerprint depends only on what the finding says is wrong: the rule id, the item path,
 * the field, and the old and new values — the path and the values folded as {@link ItemPath#key()}
 * folds them, so that spacing, full- or half-width forms, bracket and quotation-mark variants and
 * traditional characters do not change it. It does not depend on the file location, the message
 * wording, the severity, the principle or the versions compared: a finding keeps its fingerprint
 * when the file moves lines, a message is reworded or a severity is configured differently.
 *
 * <p>Recipe {@code gkml-fingerprint/1} (public contract — acceptance files store fingerprints): the
 * first 8 bytes of SHA-256 over the UTF-8 bytes of {@code gkml-fingerprint/1} followed by these
 * parts, each as its UTF-8 byte length in decimal, a colon and its text: the rule id; the number of
 * path segments (0 without an item); each segment, folded; the field; the old value, folded; the
 * new value, folded. An absent or blank value is the empty text. See {@code docs/acceptances.md}.
 *
 * @param value 16 lower-case hex digits
 * @since 0.1
 */
public record Fingerprint(String value) implements Comparable<Fingerprint> {

  /**
   * Validates the value.
   *
   * @throws IllegalArgumentException unless it is 16 lower-case hex digits
   */
  public Fingerprint {
    Objects.requireNonNull(value, "value");
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException(
          "a fingerprint is 16 hex digits (0-9, a-f), e.g. 9c1f0e7a3b52d846: \"" + value + "\"");
    }
  }

  /** The fingerprint of a finding. */
  public static Fingerprint of(Finding finding) {
    return of(
        finding.ruleId(), finding.item(), finding.field(), finding.oldValue(), finding.newValue());
  }

  /** The fingerprint of a finding with these parts; absent and blank values are the same. */
  public static Fingerprint of(
      RuleId ruleId,
      @Nullable ItemPath item,
      @Nullable String field,
      @Nullable String oldValue,
      @Nullable String newValue) {
    Objects.requireNonNull(ruleId, "ruleId");
    return new Fingerprint(Fingerprints.compute(ruleId.id(), item, field, oldValue, newValue));
  }

  /**
   * A fingerprint as written: surrounding spaces are ignored and upper-case hex digits accepted.
   *
   * @throws IllegalArgumentException unless the text is 16 hex digits
   */
  public static Fingerprint parse(CharSequence text) {
    return new Fingerprint(text.toString().strip().toLowerCase(Locale.ROOT));
  }

  @Override
  public int compareTo(Fingerprint other) {
    return value.compareTo(other.value);
  }

  /** The 16 hex digits. */
  @Override
  public String toString() {
    return value;
  }

  private static boolean isWellFormed(String value) {
    if (value.length() != Fingerprints.HEX_DIGITS) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
