package io.github.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the project's national calendar against the reference data it was made from, {@code
 * ../shared/data/holidays-cn/*.json} (NateScarlet/holiday-cn), when that folder is present; skipped
 * otherwise.
 */
class HolidaysCnCrossCheckTest {

  static final WorkingCalendar CHINA = WorkingCalendar.china();
  static final Map<LocalDate, Boolean> LISTED = new TreeMap<>();
  static final List<Integer> YEARS = new ArrayList<>();

  @BeforeAll
  static void read_the_reference_files() throws IOException {
    String shared = System.getProperty("gkml.shared");
    assumeTrue(shared != null, "gkml.shared is not set");
    Path folder = Path.of(shared, "data", "holidays-cn");
    assumeTrue(Files.isDirectory(folder), () -> folder + " is absent");
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode root = json.readTree(file.toFile());
        YEARS.add(root.get("year").asInt());
        for (JsonNode day : root.get("days")) {
          LocalDate date = LocalDate.parse(day.get("date").asText());
          Boolean before = LISTED.put(date, !day.get("isOffDay").asBoolean());
          assertThat(before).as("%s listed twice", date).isNull();
        }
      }
    }
  }

  @Test
  void every_listed_date_agrees() {
    // WHEN / THEN
    assertThat(LISTED).hasSizeGreaterThan(600);
    LISTED.forEach(
        (date, working) ->
            assertThat(CHINA.isWorkingDay(date)).as("listed %s", date).isEqualTo(working));
  }

  @Test
  void every_other_covered_day_follows_the_week() {
    // WHEN / THEN
    for (LocalDate d = CHINA.coverageStart(); !d.isAfter(CHINA.coverageEnd()); d = d.plusDays(1)) {
      boolean weekday =
          d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
      boolean expected = LISTED.getOrDefault(d, weekday);
      assertThat(CHINA.isWorkingDay(d)).as("%s", d).isEqualTo(expected);
    }
  }

  @Test
  void covers_exactly_the_years_of_the_reference_files() {
    // WHEN / THEN the first listed day (2006-12-30, from the 2007 notice) to the end of the last
    // year
    assertThat(CHINA.coverageStart()).isEqualTo(LISTED.keySet().iterator().next());
    int last = YEARS.stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertThat(CHINA.coverageEnd()).isEqualTo(LocalDate.of(last, 12, 31));
  }
}
