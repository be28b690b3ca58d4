package io.github.gkml.validation.internal;

import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.DocumentNumber;
import io.github.gkml.model.Item;
import io.github.gkml.model.TimeSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The table of laws that set their own periods and of superseded texts, read once from {@code
 * statutes.txt} (format {@code gkml-statutes/1}, described in the file). Immutable; thread-safe.
 */
public final class Statutes {

  private static final String FORMAT = "gkml-statutes/1";

  private static final Statutes BUILT_IN = load();

  private final List<Statute> entries;

  private Statutes(List<Statute> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The project's table. */
  public static Statutes builtIn() {
    return BUILT_IN;
  }

  /** Every entry, in file order. */
  public List<Statute> entries() {
    return entries;
  }

  /** The entries of this kind that apply to the item (it cites the document and names a word). */
  public List<Statute> applying(Statute.Kind kind, Item item) {
    List<Statute> found = new ArrayList<>(1);
    for (Statute entry : entries) {
      if (entry.kind() == kind && entry.appliesTo(item)) {
        found.add(entry);
      }
    }
    return found;
  }

  /** Reads a table in the {@code gkml-statutes/1} format. */
  static Statutes parse(BufferedReader in) throws IOException {
    String header = in.readLine();
    if (!FORMAT.equals(header)) {
      throw new IllegalStateException("statutes.txt: expected " + FORMAT + " on line 1");
    }
    List<Statute> entries = new ArrayList<>();
    int lineNumber = 1;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      entries.add(entry(line.split("\t", -1), lineNumber));
    }
    return new Statutes(entries);
  }

  private static Statute entry(String[] f, int line) {
    if (f.length != 8) {
      throw new IllegalStateException("statutes.txt:" + line + ": expected 8 tab-separated fields");
    }
    Statute.Kind kind =
        switch (f[0]) {
          case "publish" -> Statute.Kind.PUBLISH;
          case "display" -> Statute.Kind.DISPLAY;
          case "superseded" -> Statute.Kind.SUPERSEDED;
          default -> throw new IllegalStateException("statutes.txt:" + line + ": kind " + f[0]);
        };
    String title = dash(f[1]);
    String number = dash(f[2]);
    TimeSpan period = kind == Statute.Kind.SUPERSEDED ? null : span(f[4], line);
    String words = dash(f[5]);
    return new Statute(
        kind,
        title == null ? null : Folding.fold(title),
        number == null ? null : DocumentNumber.find(number).orElseThrow(),
        dash(f[3]),
        period,
        kind == Statute.Kind.SUPERSEDED ? f[4] : null,
        words == null ? List.of() : List.of(Folding.fold(words).split("\\|")),
        f[6],
        f[7]);
  }

  private static TimeSpan span(String text, int line) {
    TimeSpan span = DisplayPeriod.parse(text).length();
    if (span == null) {
      throw new IllegalStateException("statutes.txt:" + line + ": period " + text);
    }
    return span;
  }

  private static @Nullable String dash(String field) {
    return field.isEmpty() || field.equals("-") ? null : field;
  }

  private static Statutes load() {
    try (InputStream in =
            Objects.requireNonNull(
                Statutes.class.getResourceAsStream("statutes.txt"), "statutes.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
