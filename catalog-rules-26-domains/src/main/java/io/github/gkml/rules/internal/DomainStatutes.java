package io.github.gkml.rules.internal;

import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.DocumentNumber;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.model.TimeSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The table of periods that laws and national guidelines set for the items of a domain, read once
 * from {@code domain-statutes.txt} (format {@code gkml-domain-statutes/1}, described in the file).
 * Immutable; thread-safe.
 */
public final class DomainStatutes {

  private static final String FORMAT = "gkml-domain-statutes/1";
  private static final int FIELDS = 13;

  private static final DomainStatutes BUNDLED = load();

  private final List<DomainStatute> entries;

  private DomainStatutes(List<DomainStatute> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The project's table. */
  public static DomainStatutes bundled() {
    return BUNDLED;
  }

  /** Every entry, in file order. */
  public List<DomainStatute> entries() {
    return entries;
  }

  /** The domains that entries of these kinds apply to. */
  public Set<PilotDomain> domains(Set<DomainStatute.Kind> kinds) {
    Set<PilotDomain> domains = EnumSet.noneOf(PilotDomain.class);
    for (DomainStatute entry : entries) {
      if (kinds.contains(entry.kind())) {
        domains.addAll(entry.domains());
      }
    }
    return Set.copyOf(domains);
  }

  /** The entries of these kinds, for this domain, that the item is one of; in file order. */
  public List<DomainStatute> applying(
      Set<DomainStatute.Kind> kinds, PilotDomain domain, FoldedItem item) {
    List<DomainStatute> found = new ArrayList<>(1);
    for (DomainStatute entry : entries) {
      if (kinds.contains(entry.kind()) && entry.domains().contains(domain) && entry.matches(item)) {
        found.add(entry);
      }
    }
    return found;
  }

  /**
   * Reads a table in the {@code gkml-domain-statutes/1} format.
   *
   * @throws IllegalStateException naming the line of an entry it cannot read
   */
  public static DomainStatutes parse(BufferedReader in) throws IOException {
    if (!FORMAT.equals(in.readLine())) {
      throw new IllegalStateException("domain-statutes.txt: expected " + FORMAT + " on line 1");
    }
    List<DomainStatute> entries = new ArrayList<>();
    int lineNumber = 1;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (!line.isBlank() && !line.startsWith("#")) {
        try {
          entries.add(entry(line.split("\t", -1)));
        } catch (RuntimeException e) {
          throw new IllegalStateException(
              "domain-statutes.txt:" + lineNumber + ": " + e.getMessage(), e);
        }
      }
    }
    return new DomainStatutes(entries);
  }

  private static DomainStatute entry(String[] f) {
    if (f.length != FIELDS) {
      throw new IllegalArgumentException("expected " + FIELDS + " tab-separated fields");
    }
    List<String> match = words(f[3]);
    return new DomainStatute(
        domains(f[0]),
        DomainStatute.Kind.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)),
        f[2],
        Arrays.stream(f[3].split("\\+", -1)).map(DomainStatutes::words).toList(),
        words(f[4]),
        dash(f[5]) == null ? match : words(f[5]),
        span(f[6]),
        dash(f[7]),
        dash(f[8]) == null ? null : DocumentNumber.find(f[8]).orElseThrow(),
        dash(f[9]),
        yes(f[10]),
        confidence(f[11]),
        f[12]);
  }

  private static Set<PilotDomain> domains(String field) {
    Set<PilotDomain> domains = EnumSet.noneOf(PilotDomain.class);
    for (String slug : field.split("\\|", -1)) {
      domains.add(
          PilotDomain.find(slug)
              .orElseThrow(() -> new IllegalArgumentException("unknown domain " + slug)));
    }
    return domains;
  }

  /** Folded words, | between; none for -. */
  private static List<String> words(String field) {
    if (dash(field) == null) {
      return List.of();
    }
    return Arrays.stream(field.split("[|+]", -1)).map(FoldedItem::fold).toList();
  }

  private static TimeSpan span(String text) {
    TimeSpan span = DisplayPeriod.parse(text).length();
    if (span == null) {
      throw new IllegalArgumentException("period " + text);
    }
    return span;
  }

  private static boolean yes(String field) {
    if (!field.equals("yes") && !field.equals("no")) {
      throw new IllegalArgumentException("builtin is yes or no, not " + field);
    }
    return field.equals("yes");
  }

  private static String confidence(String field) {
    if (!field.equals("V") && !field.equals("S")) {
      throw new IllegalArgumentException("conf is V or S, not " + field);
    }
    return field;
  }

  private static @Nullable String dash(String field) {
    return field.isEmpty() || field.equals("-") ? null : field;
  }

  private static DomainStatutes load() {
    try (InputStream in =
            Objects.requireNonNull(
                DomainStatutes.class.getResourceAsStream("domain-statutes.txt"),
                "domain-statutes.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
