package io.github.gkml.validation.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.gkml.model.ReadLimits;
import io.github.gkml.model.SourceLocation;
import io.github.gkml.validation.Acceptance;
import io.github.gkml.validation.AcceptanceFileException;
import io.github.gkml.validation.Acceptances;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads {@code gkml-acceptances/1} files strictly, streaming once over the YAML tokens so that
 * every error names the line, column and JSON pointer: unknown and repeated fields (checked here,
 * in words of the format), YAML aliases, a second document, values of the wrong kind and entries
 * that may not be used (see {@link EntryDraft}) are all errors. Bounded by {@link ReadLimits},
 * whose {@code maxItems} counts entries. Thread-safe.
 */
public final class AcceptanceReader {

  /** The format marker, the value of {@code format}. */
  public static final String FORMAT = "gkml-acceptances/1";

  private static final String EXPECTED_FILE =
      "expected an acceptance file (a mapping with format: " + FORMAT + " and acceptances)";

  private final ReadLimits limits;
  private final YAMLFactory factory;

  /** A reader within these limits. */
  public AcceptanceReader(ReadLimits limits) {
    this.limits = limits;
    LoaderOptions loader = new LoaderOptions();
    // Repeated fields are refused by the reader itself, in the words and with the pointer it uses
    // for every other error.
    loader.setAllowDuplicateKeys(true);
    loader.setMaxAliasesForCollections(0);
    loader.setNestingDepthLimit(limits.maxNestingDepth());
    loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
    this.factory =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxStringLength(limits.maxStringLength())
                    .build())
            .build();
  }

  /**
   * Reads the acceptances from the bytes of a file.
   *
   * @param source the file name to name in errors and locations
   * @throws AcceptanceFileException for anything that is not a usable acceptance file
   */
  public Acceptances read(byte[] bytes, String source) throws AcceptanceFileException {
    if (bytes.length > limits.maxFileBytes()) {
      throw new AcceptanceFileException(
          source,
          0,
          0,
          null,
          "file is " + bytes.length + " bytes, more than the limit of " + limits.maxFileBytes(),
          null);
    }
    YAMLParser parser;
    try {
      parser = factory.createParser(bytes);
    } catch (IOException e) {
      throw new AcceptanceFileException(source, 0, 0, null, "cannot read: " + e.getMessage(), e);
    }
    try (parser) {
      return document(new YamlCursor(parser, source, limits.maxStringLength()), source);
    } catch (AcceptanceFileException e) {
      throw e;
    } catch (IOException e) {
      throw new AcceptanceFileException(source, 0, 0, null, "cannot read: " + e.getMessage(), e);
    }
  }

  private Acceptances document(YamlCursor in, String source) throws AcceptanceFileException {
    JsonToken token = in.next();
    if (token == null) {
      throw in.error(null, "the file is empty; " + EXPECTED_FILE);
    }
    if (token != JsonToken.START_OBJECT) {
      throw in.error(in.location(), EXPECTED_FILE + ", found " + YamlCursor.kind(token));
    }
    JsonLocation start = in.location();
    boolean hasFormat = false;
    Entries entries = new Entries(source);
    Set<String> seen = new HashSet<>();
    for (token = in.next(); token == JsonToken.FIELD_NAME; token = in.next()) {
      String name = in.fieldName(seen, "");
      if (name.equals("format")) {
        format(in);
        hasFormat = true;
      } else if (name.equals("acceptances")) {
        acceptances(in, entries);
      } else {
        throw in.error(in.location(), EntryDraft.unknownField(name, "acceptances, format"));
      }
    }
    in.at("");
    if (!hasFormat) {
      throw in.error(start, "missing format; " + EXPECTED_FILE);
    }
    if (in.next() != null) {
      throw in.error(in.location(), "a second YAML document; an acceptance file is one document");
    }
    return Acceptances.of(entries.acceptances, entries.locations);
  }

  private static void format(YamlCursor in) throws AcceptanceFileException {
    in.next();
    JsonLocation at = in.location();
    String value = in.text("the format marker " + FORMAT);
    if (!FORMAT.equals(value)) {
      throw in.error(
          at,
          (value == null ? "no format" : "unknown format \"" + value + "\"")
              + "; expected "
              + FORMAT);
    }
  }

  private void acceptances(YamlCursor in, Entries entries) throws AcceptanceFileException {
    JsonToken token = in.next();
    if (token == JsonToken.VALUE_NULL) {
      return;
    }
    if (token != JsonToken.START_ARRAY) {
      throw in.error(
          in.location(), "expected a list of acceptances, found " + YamlCursor.kind(token));
    }
    for (token = in.next(); token != JsonToken.END_ARRAY; token = in.next()) {
      int index = entries.acceptances.size();
      String pointer = "/acceptances/" + index;
      in.at(pointer);
      if (index >= limits.maxItems()) {
        throw in.error(in.location(), "more than " + limits.maxItems() + " acceptances, the limit");
      }
      if (token != JsonToken.START_OBJECT) {
        throw in.error(
            in.location(), "expected an acceptance (a mapping), found " + YamlCursor.kind(token));
      }
      JsonLocation start = in.location();
      EntryDraft draft = new EntryDraft(index, pointer, start);
      draft.read(in);
      entries.add(draft.build(in), draft, start, in);
    }
  }

  /** The entries read so far, with their locations; refuses a repeated fingerprint and range. */
  private static final class Entries {
    final String source;
    final List<Acceptance> acceptances = new ArrayList<>();
    final List<SourceLocation> locations = new ArrayList<>();
    final Map<String, Integer> firstLines = new HashMap<>();

    Entries(String source) {
      this.source = source;
    }

    void add(Acceptance acceptance, EntryDraft draft, JsonLocation start, YamlCursor in)
        throws AcceptanceFileException {
      String key =
          BaselineGroup.key(
              acceptance.fingerprint(), acceptance.fromVersion(), acceptance.toVersion());
      Integer first = firstLines.putIfAbsent(key, YamlCursor.line(start));
      if (first != null) {
        in.at(draft.pointer());
        throw in.error(
            start,
            draft.describe()
                + " repeats the fingerprint and versions of the entry at line "
                + first
                + "; keep one of them");
      }
      acceptances.add(acceptance);
      locations.add(
          new SourceLocation(
              source, null, YamlCursor.line(start), YamlCursor.column(start), draft.pointer()));
    }
  }
}
