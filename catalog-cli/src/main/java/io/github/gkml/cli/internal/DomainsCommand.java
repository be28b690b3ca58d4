package io.github.gkml.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.rules.Baseline;
import io.github.gkml.rules.NationalBaselines;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gkml domains}: the 26 pilot domains with their aliases, issuing ministry and the size and
 * coverage note of their national baseline.
 */
@Command(name = "domains", mixinStandardHelpOptions = true)
public final class DomainsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      descriptionKey = "format")
  OutputFormat format = OutputFormat.TEXT;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.JSON) {
      writeJson(out);
    } else {
      writeText(out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private void writeText(PrintWriter out) {
    Language language = common.language();
    for (PilotDomain domain : PilotDomain.values()) {
      StringBuilder line = new StringBuilder(domain.label());
      if (!domain.aliases().isEmpty()) {
        line.append("  ").append(CliText.get("domains.aliases", language));
        line.append(String.join("、", domain.aliases()));
      }
      line.append("  ").append(CliText.get("domains.ministry", language)).append(domain.ministry());
      domain.guideline().ifPresent(g -> line.append(' ').append(g));
      int items = NationalBaselines.of(domain).itemCount();
      line.append("  ")
          .append(CliText.get("domains.baseline", language, n -> Integer.toString(items)));
      out.println(line);
    }
    out.println(
        CliText.get("domains.total", language, n -> Integer.toString(PilotDomain.values().length)));
  }

  private static void writeJson(PrintWriter out) throws IOException {
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeArrayFieldStart("domains");
      for (PilotDomain domain : PilotDomain.values()) {
        json.writeStartObject();
        json.writeStringField("name", domain.label());
        json.writeStringField("id", domain.name());
        json.writeStringField("slug", domain.slug());
        json.writeArrayFieldStart("aliases");
        for (String alias : domain.aliases()) {
          json.writeString(alias);
        }
        json.writeEndArray();
        json.writeStringField("ministry", domain.ministry());
        if (domain.guideline().isPresent()) {
          json.writeStringField("guideline", domain.guideline().get());
        } else {
          json.writeNullField("guideline");
        }
        Baseline baseline = NationalBaselines.of(domain);
        json.writeNumberField("baselineItems", baseline.itemCount());
        json.writeStringField("coverage", baseline.coverage());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.println();
  }
}
