package io.github.gkml.model;

import io.github.gkml.model.internal.LegalBasisParser;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 文号 — the number of an official document: 国发〔2012〕45号 (issuer code, year, serial) or 国务院令第711号 (an
 * order, serial only).
 *
 * <p>Real tables write the same number in many ways; {@link #find} reads 〔2012〕, [2012], (2012),
 * （2012） and 【2012】 alike, stray spaces, 国令 for 国务院令, and Chinese numerals in orders (主席令第二十九号).
 * Two numbers are equal when they name the same document, whatever the spelling; {@link
 * #toString()} gives the canonical spelling.
 *
 * @param issuer the issuer code: 国发, 民办函, 发改办投资; or the order's issuer ending in 令: 国务院令, 财政部令
 * @param year the year in the brackets, or {@code null} for orders
 * @param serial the serial number
 * @since 0.1
 */
public record DocumentNumber(String issuer, @Nullable Integer year, int serial) {

  /**
   * Validates the number.
   *
   * @throws IllegalArgumentException if the issuer is blank or the serial is not positive
   */
  public DocumentNumber {
    Objects.requireNonNull(issuer, "issuer");
    if (issuer.isBlank()) {
      throw new IllegalArgumentException("a document number needs an issuer code");
    }
    if (serial <= 0) {
      throw new IllegalArgumentException("a document serial number is positive: " + serial);
    }
    issuer = LegalBasisParser.canonicalIssuer(issuer);
  }

  /** Finds the first document number in the text, if any. */
  public static Optional<DocumentNumber> find(CharSequence text) {
    return LegalBasisParser.findNumber(text.toString());
  }

  /** Whether this is an order (令), numbered without a year: 国务院令第711号. */
  public boolean isOrder() {
    return year == null;
  }

  /** The canonical spelling: {@code 国发〔2012〕45号} or {@code 国务院令第711号}. */
  @Override
  public String toString() {
    return year == null ? issuer + "第" + serial + "号" : issuer + "〔" + year + "〕" + serial + "号";
  }
}
