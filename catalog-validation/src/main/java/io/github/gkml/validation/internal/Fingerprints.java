package io.github.gkml.validation.internal;

import io.github.gkml.model.ItemPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The fingerprint recipe {@code gkml-fingerprint/1} (public contract: acceptance files store its
 * results; {@code docs/acceptances.md} describes it).
 *
 * <p>The bytes hashed are {@code "gkml-fingerprint/1"} followed by these parts, each written as its
 * UTF-8 byte length in decimal, a colon, and its UTF-8 bytes: the rule id; the number of item path
 * segments (0 for a catalog-wide finding) in decimal; each segment, folded; the field; the old
 * value, folded; the new value, folded. An absent or blank value is the empty string. Folding is
 * that of {@link ItemPath#key()}: NFKC, traditional characters to simplified, whitespace removed,
 * quotation marks and title brackets removed, 、 ; and ， turned into a comma, 〔〕【】[] into (). The
 * fingerprint is the first 8 bytes of the SHA-256 of those bytes, as 16 lower-case hex digits.
 *
 * <p>Stateless and thread-safe.
 */
public final class Fingerprints {

  /** The recipe's name, also the first bytes hashed. */
  public static final String RECIPE = "gkml-fingerprint/1";

  /** The number of hex digits of a fingerprint. */
  public static final int HEX_DIGITS = 16;

  private static final HexFormat HEX = HexFormat.of();

  private Fingerprints() {}

  /** The fingerprint of a finding with these parts, as 16 lower-case hex digits. */
  public static String compute(
      String ruleId,
      @Nullable ItemPath item,
      @Nullable String field,
      @Nullable String oldValue,
      @Nullable String newValue) {
    return HEX.formatHex(sha256(canonical(ruleId, item, field, oldValue, newValue)), 0, 8);
  }

  /** The canonical text that is hashed (its UTF-8 bytes), for documentation and tests. */
  public static String canonical(
      String ruleId,
      @Nullable ItemPath item,
      @Nullable String field,
      @Nullable String oldValue,
      @Nullable String newValue) {
    StringBuilder out = new StringBuilder(RECIPE);
    part(out, ruleId);
    if (item == null) {
      part(out, "0");
    } else {
      part(out, Integer.toString(item.depth()));
      for (String segment : item.segments()) {
        part(out, fold(segment));
      }
    }
    part(out, field == null ? "" : field.strip());
    part(out, fold(oldValue));
    part(out, fold(newValue));
    return out.toString();
  }

  /** A value folded for matching as an item path segment is; blank or absent is empty. */
  public static String fold(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return "";
    }
    return ItemPath.of(value).key();
  }

  private static void part(StringBuilder out, String text) {
    out.append(text.getBytes(StandardCharsets.UTF_8).length).append(':').append(text);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest's Javadoc).
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
