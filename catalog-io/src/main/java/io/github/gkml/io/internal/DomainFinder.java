package io.github.gkml.io.internal;

import io.github.gkml.model.PilotDomain;
import io.github.gkml.model.TextFolding;
import java.util.Optional;

/**
 * Finds the pilot domain a text names — a title (某县社会救助领域基层政务公开标准目录), a heading, a sheet or file
 * name — by the longest domain name or alias it contains (traditional characters and spaces
 * folded).
 */
final class DomainFinder {

  private DomainFinder() {}

  /** The domain named in the text, if any. */
  static Optional<PilotDomain> find(String text) {
    Optional<PilotDomain> whole = PilotDomain.find(text);
    if (whole.isPresent()) {
      return whole;
    }
    String folded = TextFolding.compact(text);
    PilotDomain best = null;
    int length = 0;
    for (PilotDomain domain : PilotDomain.values()) {
      int found = longest(folded, domain);
      if (found > length) {
        best = domain;
        length = found;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int longest(String folded, PilotDomain domain) {
    int length = contains(folded, domain.label());
    for (String alias : domain.aliases()) {
      length = Math.max(length, contains(folded, alias));
    }
    return length;
  }

  private static int contains(String folded, String name) {
    String key = TextFolding.compact(name);
    return key.length() >= 2 && folded.contains(key) ? key.length() : 0;
  }
}
