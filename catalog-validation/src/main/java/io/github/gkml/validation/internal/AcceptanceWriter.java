package io.github.gkml.validation.internal;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.gkml.model.ItemPath;
import io.github.gkml.validation.Acceptance;
import io.github.gkml.validation.Acceptances;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code gkml-acceptances/1} files. Each entry is serialised by Jackson's YAML generator (so
 * quoting is exactly what the reader expects) and placed under {@code acceptances:}; baseline
 * entries are preceded by YAML comments that show the findings they would accept. Output is
 * deterministic. Thread-safe.
 */
public final class AcceptanceWriter {

  /** Comment lines shown above a baseline entry, at most. */
  private static final int MAX_COMMENTS = 5;

  private static final String BASELINE_HEADER =
      """
      # gkml 接受清单草稿 — acceptances to review (docs/acceptances.md).
      # 每个条目都须填写接受理由 justification 和批准文件 approvedBy(如 竹民发〔2024〕21号),
      # 可选填到期日 expires: YYYY-MM-DD 和备注 note;不应接受的条目请删除。
      # 理由或批准文件留空的条目会被拒绝,在填写之前本文件无法使用。
      # Fill in justification and approvedBy for every entry (optionally expires and note) and
      # delete the entries that should not be accepted. Blank entries are refused.
      """;

  private final ObjectWriter yaml;

  /** A writer. */
  public AcceptanceWriter() {
    YAMLFactory factory =
        YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build();
    this.yaml = new YAMLMapper(factory).writer();
  }

  /** Writes reviewed acceptances, in their order; the writer is flushed, not closed. */
  public void write(Acceptances acceptances, Writer out) throws IOException {
    out.write("format: " + AcceptanceReader.FORMAT + "\n");
    if (acceptances.isEmpty()) {
      out.write("acceptances: []\n");
    } else {
      out.write("acceptances:\n");
      for (Acceptance acceptance : acceptances.entries()) {
        entry(reviewed(acceptance), out);
      }
    }
    out.flush();
  }

  /**
   * Writes a baseline to review: the {@code existing} acceptances as they are, then one entry with
   * a blank justification and approving document for each fingerprint among the findings that are
   * not accepted, at or above {@code threshold}, and not ACCEPTANCE_STALE. Findings that share a
   * fingerprint (a history check reports the same break for several version pairs) share an entry
   * whose range spans them; a group with the fingerprint and range of an existing entry is left
   * out. New entries follow {@link Finding#ORDER}; each is preceded by comments giving the
   * findings' severity, versions and message in {@code locale}.
   */
  public void writeBaseline(
      Acceptances existing, List<Finding> findings, Severity threshold, Locale locale, Writer out)
      throws IOException {
    out.write(BASELINE_HEADER);
    Set<String> kept = new HashSet<>();
    for (Acceptance acceptance : existing.entries()) {
      kept.add(
          BaselineGroup.key(
              acceptance.fingerprint(), acceptance.fromVersion(), acceptance.toVersion()));
    }
    // A finding that an existing entry no longer covers because it expired gets no second entry
    // with the same fingerprint and range (the reader would refuse the pair): renew the first.
    List<BaselineGroup> groups = new ArrayList<>();
    for (BaselineGroup group : BaselineGroup.of(findings, threshold)) {
      if (!kept.contains(group.key())) {
        groups.add(group);
      }
    }
    out.write("format: " + AcceptanceReader.FORMAT + "\n");
    if (existing.isEmpty() && groups.isEmpty()) {
      out.write("acceptances: []\n");
      out.flush();
      return;
    }
    out.write("acceptances:\n");
    for (Acceptance acceptance : existing.entries()) {
      entry(reviewed(acceptance), out);
    }
    boolean first = existing.isEmpty();
    for (BaselineGroup group : groups) {
      if (!first) {
        out.write('\n');
      }
      first = false;
      List<Finding> members = group.findings();
      for (int i = 0; i < Math.min(members.size(), MAX_COMMENTS); i++) {
        out.write("  # " + comment(members.get(i), locale) + "\n");
      }
      if (members.size() > MAX_COMMENTS) {
        out.write("  # … +" + (members.size() - MAX_COMMENTS) + "\n");
      }
      entry(placeholder(group), out);
    }
    out.flush();
  }

  /**
   * One entry as Jackson writes a one-element list: {@code INDENT_ARRAYS_WITH_INDICATOR} puts the
   * dash two spaces in, which is where the entries of {@code acceptances:} go.
   */
  private void entry(Map<String, Object> fields, Writer out) throws IOException {
    out.write(yaml.writeValueAsString(List.of(fields)).stripTrailing());
    out.write('\n');
  }

  private static Map<String, Object> reviewed(Acceptance acceptance) {
    Map<String, Object> fields =
        head(
            acceptance.fingerprint().value(),
            acceptance.ruleId(),
            acceptance.item(),
            acceptance.field(),
            acceptance.fromVersion(),
            acceptance.toVersion());
    fields.put("justification", acceptance.justification());
    fields.put("approvedBy", acceptance.approvedBy());
    if (acceptance.expires() != null) {
      fields.put("expires", String.valueOf(acceptance.expires()));
    }
    putIfPresent(fields, "note", acceptance.note());
    return fields;
  }

  private static Map<String, Object> placeholder(BaselineGroup group) {
    Finding first = group.findings().get(0);
    Map<String, Object> fields =
        head(
            group.fingerprint().value(),
            first.ruleId(),
            first.item(),
            first.field(),
            group.fromVersion(),
            group.toVersion());
    fields.put("justification", "");
    fields.put("approvedBy", "");
    return fields;
  }

  private static Map<String, Object> head(
      String fingerprint,
      RuleId ruleId,
      @Nullable ItemPath item,
      @Nullable String field,
      @Nullable String from,
      @Nullable String to) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("fingerprint", fingerprint);
    fields.put("ruleId", ruleId.id());
    if (item != null) {
      fields.put("item", item.segments());
    }
    putIfPresent(fields, "field", field == null || field.isBlank() ? null : field.strip());
    putIfPresent(fields, "from", from);
    putIfPresent(fields, "to", to);
    return fields;
  }

  private static void putIfPresent(Map<String, Object> fields, String name, @Nullable String v) {
    if (v != null && !v.isBlank()) {
      fields.put(name, v.strip());
    }
  }

  /** {@code ERROR 2023 → 2024: message}, on one line of printable characters. */
  private static String comment(Finding finding, Locale locale) {
    List<String> parts = new ArrayList<>();
    parts.add(finding.severity().name());
    if (finding.fromVersion() != null || finding.toVersion() != null) {
      parts.add(orBlank(finding.fromVersion()) + " → " + orBlank(finding.toVersion()));
    }
    return printable(String.join(" ", parts) + ": " + finding.message(locale));
  }

  private static String orBlank(@Nullable String version) {
    return version == null ? "?" : version;
  }

  /** Line breaks and characters YAML may not hold become spaces, so a comment stays a comment. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) || isUnsafe(cp) ? ' ' : cp));
    return out.toString().strip();
  }

  private static boolean isUnsafe(int cp) {
    int type = Character.getType(cp);
    return type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED
        || cp == 0xFEFF
        || cp == 0xFFFE
        || cp == 0xFFFF;
  }
}
