package io.github.gkml.rules.internal;

import io.github.gkml.rules.BaselineSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a baseline's notes say about it: the coverage note ({@code 覆盖说明:…}) and the sources
 * ({@code S1 <url> <locality>}). Other notes are free text.
 */
public final class BaselineNotes {

  /** The prefix of the coverage note. */
  public static final String COVERAGE = "覆盖说明:";

  private static final Pattern SOURCE =
      Pattern.compile("([A-Z][0-9]+) (https?://\\S+)(?: (.*))?", Pattern.DOTALL);

  private BaselineNotes() {}

  /** The text of the first coverage note, if any. */
  public static Optional<String> coverage(List<String> notes) {
    return notes.stream()
        .filter(note -> note.startsWith(COVERAGE))
        .map(note -> note.substring(COVERAGE.length()).strip())
        .filter(text -> !text.isEmpty())
        .findFirst();
  }

  /** The sources, in the order the notes give them. */
  public static List<BaselineSource> sources(List<String> notes) {
    List<BaselineSource> sources = new ArrayList<>();
    for (String note : notes) {
      Matcher source = SOURCE.matcher(note.strip());
      if (source.matches()) {
        String locality = source.group(3);
        sources.add(
            new BaselineSource(
                source.group(1), source.group(2), locality == null ? "" : locality.strip()));
      }
    }
    return List.copyOf(sources);
  }
}
