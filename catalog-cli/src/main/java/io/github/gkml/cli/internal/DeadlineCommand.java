package io.github.gkml.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gkml.model.CalendarCoverageException;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.DueDate;
import io.github.gkml.model.DueDates;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gkml deadline PHRASE…}: parses each 公开时限 phrase and prints what it means; with {@code
 * --from} also the due date on the working-day calendar and the last day of its display period.
 * JSON prints one object per line, in order.
 */
@Command(name = "deadline", mixinStandardHelpOptions = true)
public final class DeadlineCommand implements Callable<Integer> {

  private static final JsonFactory JSON = new JsonFactory();

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin DueOptions dueOptions;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      descriptionKey = "format")
  OutputFormat format = OutputFormat.TEXT;

  @Parameters(paramLabel = "PHRASE", arity = "1..*", descriptionKey = "phrases")
  List<String> phrases = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    DueDates dueDates = dueOptions.from() == null ? null : dueOptions.dueDates();
    PrintWriter out = spec.commandLine().getOut();
    for (String phrase : phrases) {
      Deadline deadline = Deadline.parse(phrase);
      DueDate due = null;
      DueDate display = null;
      if (dueDates != null) {
        due = dueDate(dueDates, deadline);
        display = lastDisplayDay(dueDates, deadline.displayPeriod());
      }
      if (format == OutputFormat.JSON) {
        out.println(json(deadline, due, display));
      } else {
        out.println("「" + phrase + "」");
        DeadlineText.describe(deadline, common.language(), "  ").forEach(out::println);
        if (due != null) {
          DueText.describe(due, display, common.language(), "  ").forEach(out::println);
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private DueDate dueDate(DueDates dueDates, Deadline deadline) {
    LocalDate from = java.util.Objects.requireNonNull(dueOptions.from());
    try {
      return dueDates.due(deadline, from);
    } catch (CalendarCoverageException e) {
      throw outsideCalendar(e);
    }
  }

  private @Nullable DueDate lastDisplayDay(DueDates dueDates, @Nullable DisplayPeriod period) {
    LocalDate published = dueOptions.published();
    if (period == null || published == null) {
      return null;
    }
    try {
      return dueDates.lastDisplayDay(period, published);
    } catch (CalendarCoverageException e) {
      throw outsideCalendar(e);
    }
  }

  private InputException outsideCalendar(CalendarCoverageException e) {
    return new InputException(
        CliText.get(
            "deadline.outsideCalendar",
            common.language(),
            n -> n.equals("message") ? e.getMessage() : null),
        e);
  }

  private static String json(Deadline deadline, @Nullable DueDate due, @Nullable DueDate display)
      throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartObject();
      DeadlineJson.writeFields(json, deadline);
      if (due != null) {
        DueJson.write(json, due, display);
      }
      json.writeEndObject();
    }
    return text.toString();
  }
}
