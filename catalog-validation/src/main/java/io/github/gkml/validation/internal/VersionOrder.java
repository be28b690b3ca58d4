package io.github.gkml.validation.internal;

import java.text.Normalizer;
import java.util.Comparator;

/**
 * The natural order of version labels: a label is cut into runs of digits and runs of other
 * characters; digit runs compare as numbers ({@code 9 < 10}, and {@code 01} equals {@code 1}),
 * other runs as text, a digit run before a text run, and a label that is a prefix of another comes
 * first. So {@code 2023 < 2024 < 2024.1 < 2024.10 < 2025} and {@code 2024 < 2024版}. Labels are
 * NFKC-folded and stripped first, so full-width digits count as digits.
 *
 * <p>Labels that compare equal ({@code 01} and {@code 1}, {@code 2024} and {@code ２０２４}) are the
 * same version; {@code 2024} and {@code 2024.0} are not. Stateless and thread-safe.
 */
public final class VersionOrder implements Comparator<String> {

  /** The one instance. */
  public static final VersionOrder INSTANCE = new VersionOrder();

  private VersionOrder() {}

  @Override
  public int compare(String a, String b) {
    String x = fold(a);
    String y = fold(b);
    int i = 0;
    int j = 0;
    while (i < x.length() && j < y.length()) {
      int endX = runEnd(x, i);
      int endY = runEnd(y, j);
      boolean digitsX = isDigit(x.charAt(i));
      boolean digitsY = isDigit(y.charAt(j));
      int c;
      if (digitsX && digitsY) {
        c = compareNumbers(x.substring(i, endX), y.substring(j, endY));
      } else if (digitsX || digitsY) {
        c = digitsX ? -1 : 1;
      } else {
        c = x.substring(i, endX).compareTo(y.substring(j, endY));
      }
      if (c != 0) {
        return c;
      }
      i = endX;
      j = endY;
    }
    return Boolean.compare(i < x.length(), j < y.length());
  }

  private static String fold(String label) {
    return Normalizer.normalize(label, Normalizer.Form.NFKC).strip();
  }

  private static int runEnd(String s, int start) {
    boolean digits = isDigit(s.charAt(start));
    int end = start + 1;
    while (end < s.length() && isDigit(s.charAt(end)) == digits) {
      end++;
    }
    return end;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Compares digit runs as numbers of any length: leading zeros dropped, then length, then text.
   */
  private static int compareNumbers(String a, String b) {
    String x = stripZeros(a);
    String y = stripZeros(b);
    return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
  }

  private static String stripZeros(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }
}
