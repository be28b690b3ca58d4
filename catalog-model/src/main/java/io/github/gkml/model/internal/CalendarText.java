package io.github.gkml.model.internal;

import io.github.gkml.model.CalendarFormatException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the {@code gkml-calendar/1} text format of {@link
 * io.github.gkml.model.WorkingCalendar}.
 *
 * <pre>
 * gkml-calendar/1
 * name 全国
 * covers 2006-12-30..2026-12-31
 * 2025 off 01-01 01-28..02-04 work 01-26 02-08
 * </pre>
 *
 * <p>{@code #} starts a comment; blank lines are ignored; tokens are separated by spaces.
 */
public final class CalendarText {

  /** The header line that opens every file. */
  public static final String HEADER = "gkml-calendar/1";

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern RANGE =
      Pattern.compile("(\\d{2})-(\\d{2})(?:\\.\\.(\\d{2})-(\\d{2}))?");
  private static final Pattern COVERS =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

  private CalendarText() {}

  /**
   * What a text says.
   *
   * @param name the {@code name} line, or {@code null}
   * @param first the first covered day from the {@code covers} line, or {@code null}
   * @param last the last covered day, or {@code null}
   * @param listed the listed days: {@code true} for a working day, {@code false} for a rest day
   */
  public record Parsed(
      @Nullable String name,
      @Nullable LocalDate first,
      @Nullable LocalDate last,
      Map<LocalDate, Boolean> listed) {

    /** Copies the listed days. */
    public Parsed {
      listed = Map.copyOf(listed);
    }
  }

  /**
   * Reads a text.
   *
   * @param source names the text in error messages
   * @throws CalendarFormatException if the text is not in the format
   */
  public static Parsed parse(CharSequence text, String source) {
    return new Reader(source).read(text.toString());
  }

  /** Writes a calendar: the header, its name and range, and one line per year that has listings. */
  public static String write(String name, LocalDate first, boolean[] working) {
    StringBuilder out = new StringBuilder(4096);
    LocalDate last = first.plusDays(working.length - 1L);
    out.append(HEADER).append('\n');
    out.append("name ").append(name).append('\n');
    out.append("covers ").append(first).append("..").append(last).append('\n');
    for (int year = first.getYear(); year <= last.getYear(); year++) {
      String line = yearLine(year, first, working);
      if (!line.isEmpty()) {
        out.append(year).append(line).append('\n');
      }
    }
    return out.toString();
  }

  private static String yearLine(int year, LocalDate first, boolean[] working) {
    long base = first.toEpochDay();
    int from = (int) Math.max(0, LocalDate.of(year, 1, 1).toEpochDay() - base);
    int to = (int) Math.min(working.length - 1L, LocalDate.of(year, 12, 31).toEpochDay() - base);
    StringBuilder off = new StringBuilder();
    StringBuilder work = new StringBuilder();
    int i = from;
    while (i <= to) {
      int j = i;
      while (j + 1 <= to && working[j + 1] == working[i]) {
        j++;
      }
      if (!working[i] && hasWeekday(first, i, j)) {
        appendRange(off, first, i, j);
      }
      if (working[i]) {
        appendWeekendRuns(work, first, working, i, j);
      }
      i = j + 1;
    }
    StringBuilder line = new StringBuilder();
    if (off.length() > 0) {
      line.append(" off").append(off);
    }
    if (work.length() > 0) {
      line.append(" work").append(work);
    }
    return line.toString();
  }

  private static void appendWeekendRuns(
      StringBuilder out, LocalDate first, boolean[] working, int from, int to) {
    int i = from;
    while (i <= to) {
      if (isWeekend(first.plusDays(i))) {
        int j = i;
        while (j + 1 <= to && isWeekend(first.plusDays(j + 1L)) && working[j + 1]) {
          j++;
        }
        appendRange(out, first, i, j);
        i = j + 1;
      } else {
        i++;
      }
    }
  }

  private static boolean hasWeekday(LocalDate first, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (!isWeekend(first.plusDays(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWeekend(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  private static void appendRange(StringBuilder out, LocalDate first, int from, int to) {
    out.append(' ').append(monthDay(first.plusDays(from)));
    if (to > from) {
      out.append("..").append(monthDay(first.plusDays(to)));
    }
  }

  private static String monthDay(LocalDate day) {
    return String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
  }

  /** One pass over the lines; keeps the state of a single read. */
  private static final class Reader {
    private final String source;
    private @Nullable String name;
    private @Nullable LocalDate first;
    private @Nullable LocalDate last;
    private final Map<LocalDate, Boolean> listed = new TreeMap<>();
    private final Map<LocalDate, Integer> lineOf = new HashMap<>();
    private boolean headerSeen;
    private int lineNo;

    Reader(String source) {
      this.source = Objects.requireNonNull(source, "source");
    }

    Parsed read(String text) {
      String body = text.startsWith("\ufeff") ? text.substring(1) : text;
      for (String raw : body.split("\r\n|\r|\n", -1)) {
        lineNo++;
        int hash = raw.indexOf('#');
        String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
        if (!line.isEmpty()) {
          readLine(line);
        }
      }
      if (!headerSeen) {
        throw new CalendarFormatException(source, 0, "empty: expected the header " + HEADER);
      }
      checkCoverage();
      return new Parsed(name, first, last, listed);
    }

    private void readLine(String line) {
      if (!headerSeen) {
        if (!line.equals(HEADER)) {
          throw error("expected the header " + HEADER + ", found: " + line);
        }
        headerSeen = true;
        return;
      }
      String[] tokens = line.split("\\s+");
      switch (tokens[0]) {
        case "name" -> readName(line);
        case "covers" -> readCovers(tokens);
        default -> readYear(tokens);
      }
    }

    private void readName(String line) {
      if (name != null) {
        throw error("a second name line");
      }
      String value = line.substring("name".length()).strip();
      if (value.isEmpty()) {
        throw error("the name is empty");
      }
      name = value;
    }

    private void readCovers(String[] tokens) {
      if (first != null) {
        throw error("a second covers line");
      }
      Matcher m = tokens.length == 2 ? COVERS.matcher(tokens[1]) : null;
      if (m == null || !m.matches()) {
        throw error("expected covers YYYY-MM-DD..YYYY-MM-DD");
      }
      LocalDate from = date(m.group(1));
      LocalDate to = date(m.group(2));
      if (to.isBefore(from)) {
        throw error("the covered range ends before it starts: " + tokens[1]);
      }
      first = from;
      last = to;
    }

    private void readYear(String[] tokens) {
      if (!YEAR.matcher(tokens[0]).matches()) {
        throw error("expected name, covers or a year, found: " + tokens[0]);
      }
      int year = Integer.parseInt(tokens[0]);
      Boolean working = null;
      for (int t = 1; t < tokens.length; t++) {
        String token = tokens[t];
        if (token.equals("off") || token.equals("work")) {
          working = token.equals("work");
        } else if (working == null) {
          throw error("a date before off or work: " + token);
        } else {
          readRange(year, token, working);
        }
      }
    }

    private void readRange(int year, String token, boolean working) {
      Matcher m = RANGE.matcher(token);
      if (!m.matches()) {
        throw error("expected MM-DD or MM-DD..MM-DD, found: " + token);
      }
      LocalDate from = monthDay(year, m.group(1), m.group(2), token);
      String toMonth = m.group(3);
      String toDay = m.group(4);
      LocalDate to =
          toMonth == null || toDay == null ? from : monthDay(year, toMonth, toDay, token);
      if (to.isBefore(from)) {
        throw error("the range ends before it starts: " + token);
      }
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        Boolean before = listed.put(d, working);
        if (before != null && before != working) {
          throw error(d + " is listed both as off and as work");
        }
        lineOf.putIfAbsent(d, lineNo);
      }
    }

    private void checkCoverage() {
      LocalDate from = first;
      LocalDate to = last;
      if (from == null || to == null) {
        return;
      }
      for (LocalDate d : listed.keySet()) {
        if (d.isBefore(from) || d.isAfter(to)) {
          lineNo = lineOf.getOrDefault(d, 0);
          throw error(d + " is outside the covered range " + from + ".." + to);
        }
      }
    }

    private LocalDate monthDay(int year, String month, String day, String token) {
      try {
        return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
      } catch (DateTimeException e) {
        throw error("no such date in " + year + ": " + token);
      }
    }

    private LocalDate date(String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        throw error("no such date: " + text);
      }
    }

    private CalendarFormatException error(String problem) {
      return new CalendarFormatException(source, lineNo, problem);
    }
  }
}
