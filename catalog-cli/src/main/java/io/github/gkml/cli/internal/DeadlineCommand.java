package io.github.gkml.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gkml.model.Deadline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gkml deadline PHRASE…}: parses each 公开时限 phrase and prints what it means; JSON prints one
 * object per line, in order.
 */
@Command(name = "deadline", mixinStandardHelpOptions = true)
public final class DeadlineCommand implements Callable<Integer> {

  private static final JsonFactory JSON = new JsonFactory();

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      descriptionKey = "format")
  OutputFormat format = OutputFormat.TEXT;

  @Option(names = "--from", paramLabel = "DATE", descriptionKey = "from")
  @Nullable String from;

  @Parameters(paramLabel = "PHRASE", arity = "1..*", descriptionKey = "phrases")
  List<String> phrases = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (from != null) {
      throw new ParameterException(
          spec.commandLine(), CliText.get("deadline.fromUnavailable", common.language()));
    }
    PrintWriter out = spec.commandLine().getOut();
    for (String phrase : phrases) {
      Deadline deadline = Deadline.parse(phrase);
      if (format == OutputFormat.JSON) {
        out.println(json(deadline));
      } else {
        out.println("「" + phrase + "」");
        DeadlineText.describe(deadline, common.language(), "  ").forEach(out::println);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String json(Deadline deadline) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartObject();
      DeadlineJson.writeFields(json, deadline);
      json.writeEndObject();
    }
    return text.toString();
  }
}
