package io.github.gkml.validation.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Turns a file name as the user gave it into a SARIF {@code artifactLocation.uri}: a relative URI
 * reference with {@code /} separators, percent-encoded (so 目录.yaml becomes {@code
 * %E7%9B%AE%E5%BD%95.yaml}); a Windows drive path becomes a {@code file:///} URI. Something that
 * already is a URI with a scheme ({@code file:}, {@code https:}) is kept.
 */
final class SarifUris {

  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:.*");
  private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:/.*");
  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/";

  private SarifUris() {}

  static String of(String file) {
    String path = file.replace('\\', '/');
    if (DRIVE.matcher(path).matches()) {
      return "file:///" + path.substring(0, 2) + encode(path.substring(2));
    }
    if (SCHEME.matcher(path).matches()) {
      return path;
    }
    return encode(path);
  }

  private static String encode(String path) {
    StringBuilder out = new StringBuilder(path.length() + 16);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && UNRESERVED.indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)));
        out.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
