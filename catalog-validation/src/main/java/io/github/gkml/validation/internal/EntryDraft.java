package io.github.gkml.validation.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import io.github.gkml.model.ItemPath;
import io.github.gkml.validation.Acceptance;
import io.github.gkml.validation.AcceptanceFileException;
import io.github.gkml.validation.Fingerprint;
import io.github.gkml.validation.RuleId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an acceptance file as written, read field by field, then checked and turned into an
 * {@link Acceptance}. Every error names the entry — its number, rule, item and fingerprint as far
 * as they are known — so that a person finds it. An entry whose justification or approving document
 * is missing or blank is refused: an unreviewed baseline can never accept anything.
 */
final class EntryDraft {

  /** The fields of an entry, in the order they are written. */
  static final List<String> FIELDS =
      List.of(
          "fingerprint",
          "ruleId",
          "item",
          "field",
          "from",
          "to",
          "justification",
          "approvedBy",
          "expires",
          "note");

  private static final String KNOWN = String.join(", ", FIELDS.stream().sorted().toList());

  private final int index;
  private final String pointer;
  private final JsonLocation start;
  private final Map<String, String> text = new HashMap<>();
  private final Map<String, JsonLocation> where = new HashMap<>();
  private @Nullable List<String> item;

  EntryDraft(int index, String pointer, JsonLocation start) {
    this.index = index;
    this.pointer = pointer;
    this.start = start;
  }

  String pointer() {
    return pointer;
  }

  /** Reads the fields up to the end of the entry's mapping. */
  void read(YamlCursor in) throws AcceptanceFileException {
    Set<String> seen = new HashSet<>();
    for (JsonToken token = in.next(); token == JsonToken.FIELD_NAME; token = in.next()) {
      String name = in.fieldName(seen, pointer);
      if (!FIELDS.contains(name)) {
        throw in.error(in.location(), unknownField(name, KNOWN));
      }
      JsonToken value = in.next();
      where.put(name, in.location());
      if (name.equals("item")) {
        item = item(in, value);
      } else {
        String scalar = in.text(expected(name));
        if (scalar != null) {
          text.put(name, scalar);
        }
      }
    }
  }

  private @Nullable List<String> item(YamlCursor in, @Nullable JsonToken token)
      throws AcceptanceFileException {
    if (token != JsonToken.START_ARRAY) {
      String single = in.text("an item path (a list of 1 to 3 names)");
      return single == null ? null : List.of(single);
    }
    List<String> segments = new ArrayList<>();
    for (JsonToken t = in.next(); t != JsonToken.END_ARRAY; t = in.next()) {
      in.at(pointer + "/item/" + segments.size());
      String segment = in.text("an item name");
      segments.add(segment == null ? "" : segment);
    }
    return segments;
  }

  /** The acceptance, or an error naming this entry. */
  Acceptance build(YamlCursor in) throws AcceptanceFileException {
    Fingerprint fingerprint = fingerprint(in);
    RuleId ruleId = ruleId(in);
    ItemPath path = path(in);
    LocalDate expires = expires(in);
    String justification = required(in, "justification", "why the finding is accepted");
    String approvedBy =
        required(in, "approvedBy", "the document that approves it, e.g. 竹民发〔2024〕21号");
    try {
      return new Acceptance(
          ruleId,
          path,
          text.get("field"),
          fingerprint,
          text.get("from"),
          text.get("to"),
          justification,
          approvedBy,
          expires,
          text.get("note"));
    } catch (IllegalArgumentException e) {
      // Every other component was checked above; what is left is the order of from and to.
      throw fail(in, "to", describe() + ": " + e.getMessage() + "; expected from ≤ to");
    }
  }

  /** The entry for people: {@code entry 2 (CHANNEL_REMOVED 最低生活保障 / 办事指南, fingerprint …)}. */
  String describe() {
    List<String> parts = new ArrayList<>();
    String rule = text.get("ruleId");
    String path = item == null ? null : String.join(" / ", item);
    String subject = rule == null ? path : path == null ? rule : rule + " " + path;
    if (subject != null) {
      parts.add(subject);
    }
    String fingerprint = text.get("fingerprint");
    if (fingerprint != null) {
      parts.add("fingerprint " + fingerprint);
    }
    return "entry " + (index + 1) + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
  }

  private Fingerprint fingerprint(YamlCursor in) throws AcceptanceFileException {
    String value = present(in, "fingerprint", "copy it from --write-baseline or a report");
    try {
      return Fingerprint.parse(value);
    } catch (IllegalArgumentException e) {
      throw fail(in, "fingerprint", describe() + ": " + e.getMessage());
    }
  }

  private RuleId ruleId(YamlCursor in) throws AcceptanceFileException {
    String value = present(in, "ruleId", "the rule id of the accepted finding, e.g. ITEM_REMOVED");
    try {
      return RuleId.of(value.strip());
    } catch (IllegalArgumentException e) {
      throw fail(in, "ruleId", describe() + ": " + e.getMessage());
    }
  }

  private @Nullable ItemPath path(YamlCursor in) throws AcceptanceFileException {
    if (item == null) {
      return null;
    }
    try {
      return new ItemPath(item);
    } catch (IllegalArgumentException e) {
      throw fail(in, "item", describe() + ": " + e.getMessage());
    }
  }

  private @Nullable LocalDate expires(YamlCursor in) throws AcceptanceFileException {
    String value = text.get("expires");
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw fail(in, "expires", "expected a date YYYY-MM-DD, found \"" + value + "\"");
    }
  }

  private String required(YamlCursor in, String name, String expected)
      throws AcceptanceFileException {
    String value = present(in, name, "write " + expected);
    if (value.isBlank()) {
      throw fail(in, name, describe() + " has a blank " + name + "; write " + expected);
    }
    return value;
  }

  private String present(YamlCursor in, String name, String hint) throws AcceptanceFileException {
    String value = text.get(name);
    if (value == null) {
      in.at(where.containsKey(name) ? pointer + "/" + name : pointer);
      throw in.error(where.getOrDefault(name, start), describe() + " has no " + name + "; " + hint);
    }
    return value;
  }

  private AcceptanceFileException fail(YamlCursor in, String name, String problem) {
    in.at(pointer + "/" + name);
    return in.error(where.getOrDefault(name, start), problem);
  }

  private static String expected(String name) {
    return switch (name) {
      case "fingerprint" -> "a fingerprint (16 hex digits)";
      case "ruleId" -> "a rule id";
      case "from", "to" -> "a version label";
      case "expires" -> "a date YYYY-MM-DD";
      default -> "text";
    };
  }

  static String unknownField(String name, String known) {
    return "unknown field \"" + name + "\"; expected one of: " + known;
  }
}
