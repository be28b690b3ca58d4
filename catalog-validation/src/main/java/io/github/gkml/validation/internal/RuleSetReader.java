package io.github.gkml.validation.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.StrictnessPolicy;
import io.github.gkml.model.TimeSpan;
import io.github.gkml.model.Trigger;
import io.github.gkml.validation.RuleDescription;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.RuleSet;
import io.github.gkml.validation.RuleSetFileException;
import io.github.gkml.validation.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads {@code gkml-rules/1} files strictly in one pass over the YAML tokens, so that every error
 * names the line, column and JSON pointer. Not thread-safe; one per read.
 */
public final class RuleSetReader {

  /** The format marker. */
  public static final String FORMAT = "gkml-rules/1";

  private static final int MAX_BYTES = 1 << 20;
  private static final Set<String> BUILT_IN_OPTIONS =
      Set.of("statutoryPeriod", "promptWithin", "sameTriggers", "compareUnmatchedClauses");

  private final Set<RuleId> known = new HashSet<>();
  private final Set<String> options;
  private @Nullable YAMLParser parser;
  private String source = "";
  private String here = "";

  /** A reader for a validator with these rules and rule options. */
  public RuleSetReader(List<RuleDescription> rules, Set<String> ruleOptions) {
    rules.forEach(r -> known.add(r.id()));
    this.options = new TreeSet<>(ruleOptions);
    options.addAll(BUILT_IN_OPTIONS);
  }

  /** The rule set {@code base} with the file's settings applied. */
  public RuleSet read(byte[] bytes, String name, RuleSet base) throws RuleSetFileException {
    source = name;
    if (bytes.length > MAX_BYTES) {
      throw error(null, "a rule-set file of " + bytes.length + " bytes is too large");
    }
    LoaderOptions loader = new LoaderOptions();
    loader.setAllowDuplicateKeys(true);
    loader.setMaxAliasesForCollections(0);
    loader.setNestingDepthLimit(20);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(loader).build();
    try (YAMLParser yaml = factory.createParser(bytes)) {
      parser = yaml;
      return document(base);
    } catch (IOException e) {
      if (e instanceof RuleSetFileException r) {
        throw r;
      }
      throw error(null, "cannot read: " + e.getMessage());
    }
  }

  private RuleSet document(RuleSet base) throws RuleSetFileException {
    if (next() != JsonToken.START_OBJECT) {
      throw error(location(), "expected a rule-set file (a mapping with format: " + FORMAT + ")");
    }
    RuleSet result = base;
    boolean format = false;
    Set<String> seen = new HashSet<>();
    while (next() == JsonToken.FIELD_NAME) {
      String field = field(seen, "");
      next();
      switch (field) {
        case "format" -> {
          String value = text("the format marker " + FORMAT);
          if (!FORMAT.equals(value)) {
            throw error(location(), "expected format: " + FORMAT + ", found " + value);
          }
          format = true;
        }
        case "rules" -> result = rules(result);
        case "options" -> result = options(result);
        default ->
            throw error(
                location(), "unknown field \"" + field + "\" (expected format, rules, options)");
      }
    }
    if (!format) {
      here = "";
      throw error(location(), "missing format: " + FORMAT);
    }
    if (next() != null) {
      throw error(location(), "expected one YAML document");
    }
    return result;
  }

  private RuleSet rules(RuleSet base) throws RuleSetFileException {
    expect(JsonToken.START_OBJECT, "a mapping from rule id to {enabled, severity}");
    RuleSet result = base;
    Set<String> seen = new HashSet<>();
    while (next() == JsonToken.FIELD_NAME) {
      String name = field(seen, "/rules");
      RuleId id = ruleId(name);
      next();
      expect(JsonToken.START_OBJECT, "a mapping with enabled and severity");
      String parent = here;
      Set<String> settings = new HashSet<>();
      while (next() == JsonToken.FIELD_NAME) {
        String setting = field(settings, parent);
        next();
        if (setting.equals("enabled")) {
          result = bool("true or false") ? result.enable(id) : result.disable(id);
        } else if (setting.equals("severity")) {
          result = result.withSeverity(id, severity());
        } else {
          throw error(location(), "unknown field \"" + setting + "\" (expected enabled, severity)");
        }
      }
    }
    return result;
  }

  private RuleSet options(RuleSet base) throws RuleSetFileException {
    expect(JsonToken.START_OBJECT, "a mapping of option names to values");
    RuleSet result = base;
    StrictnessPolicy policy = base.policy();
    Set<String> seen = new HashSet<>();
    while (next() == JsonToken.FIELD_NAME) {
      String name = field(seen, "/options");
      if (!options.contains(name)) {
        throw error(location(), "unknown option \"" + name + "\" (known: " + options + ")");
      }
      next();
      switch (name) {
        case "statutoryPeriod" -> result = result.withStatutoryPeriod(span());
        case "promptWithin" -> policy = policy.withPromptWithin(span());
        case "compareUnmatchedClauses" ->
            policy = policy.withUnmatchedClausesCompared(bool("true or false"));
        case "sameTriggers" -> policy = sameTriggers(policy);
        default -> result = result.withOption(name, String.valueOf(text("text")));
      }
    }
    return result.withPolicy(policy);
  }

  private StrictnessPolicy sameTriggers(StrictnessPolicy policy) throws RuleSetFileException {
    expect(
        JsonToken.START_ARRAY,
        "a list of two or more triggers, e.g. [OBTAINED, FORMED_OR_CHANGED]");
    List<Trigger> triggers = new ArrayList<>();
    JsonLocation start = location();
    while (next() != JsonToken.END_ARRAY) {
      String name = String.valueOf(text("a trigger"));
      try {
        triggers.add(Trigger.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw error(
            location(), "unknown trigger " + name + " (known: " + List.of(Trigger.values()) + ")");
      }
    }
    if (triggers.size() < 2) {
      throw error(start, "sameTriggers needs two or more triggers");
    }
    return policy.withSameTriggers(
        triggers.get(0), triggers.subList(1, triggers.size()).toArray(new Trigger[0]));
  }

  private RuleId ruleId(String name) throws RuleSetFileException {
    RuleId id;
    try {
      id = RuleId.of(name);
    } catch (IllegalArgumentException e) {
      throw error(location(), "not a rule id: " + name);
    }
    if (!known.contains(id)) {
      throw error(
          location(), "unknown rule id " + name + " (gkml validate --list-rules lists them)");
    }
    return id;
  }

  private Severity severity() throws RuleSetFileException {
    String value = String.valueOf(text("error, warning or info"));
    try {
      return Severity.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw error(location(), "expected error, warning or info, found " + value);
    }
  }

  private TimeSpan span() throws RuleSetFileException {
    String value = String.valueOf(text("a period such as 20个工作日"));
    TimeSpan span = DisplayPeriod.parse(value).length();
    if (span == null) {
      throw error(location(), "expected a period such as 20个工作日 or 15日, found " + value);
    }
    return span;
  }

  private boolean bool(String expected) throws RuleSetFileException {
    String value = String.valueOf(text(expected));
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw error(location(), "expected " + expected + ", found " + value);
    };
  }

  private @Nullable String text(String expected) throws RuleSetFileException {
    JsonToken token = parser().currentToken();
    if (token == null || !token.isScalarValue() || token == JsonToken.VALUE_NULL) {
      throw error(location(), "expected " + expected + ", found " + YamlCursor.kind(token));
    }
    try {
      return parser().getText();
    } catch (IOException e) {
      throw error(location(), "cannot read " + expected);
    }
  }

  private void expect(JsonToken token, String expected) throws RuleSetFileException {
    JsonToken current = parser().currentToken();
    if (current != token) {
      throw error(location(), "expected " + expected + ", found " + YamlCursor.kind(current));
    }
  }

  private String field(Set<String> seen, String parent) throws RuleSetFileException {
    String name;
    try {
      name = String.valueOf(parser().currentName());
    } catch (IOException e) {
      throw error(location(), "cannot read a field name");
    }
    here = parent + "/" + name.replace("~", "~0").replace("/", "~1");
    if (!seen.add(name)) {
      throw error(location(), "duplicate field \"" + name + "\"");
    }
    return name;
  }

  private @Nullable JsonToken next() throws RuleSetFileException {
    try {
      JsonToken token = parser().nextToken();
      if (parser().isCurrentAlias()) {
        throw error(location(), "YAML aliases are not supported in rule-set files");
      }
      return token;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new RuleSetFileException(
          source,
          YamlCursor.line(at),
          YamlCursor.column(at),
          pointer(),
          "not well-formed YAML: " + firstLine(e.getOriginalMessage()),
          e);
    } catch (RuleSetFileException e) {
      throw e;
    } catch (IOException e) {
      throw error(null, "cannot read: " + e.getMessage());
    }
  }

  private YAMLParser parser() {
    if (parser == null) {
      throw new IllegalStateException("not reading");
    }
    return parser;
  }

  private @Nullable JsonLocation location() {
    return parser == null ? null : parser.currentTokenLocation();
  }

  private @Nullable String pointer() {
    return here.isEmpty() ? null : here;
  }

  private RuleSetFileException error(@Nullable JsonLocation at, String problem) {
    return new RuleSetFileException(
        source, YamlCursor.line(at), YamlCursor.column(at), pointer(), problem, null);
  }

  private static String firstLine(@Nullable String message) {
    if (message == null || message.isBlank()) {
      return "syntax error";
    }
    String text = message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline).strip();
  }
}
