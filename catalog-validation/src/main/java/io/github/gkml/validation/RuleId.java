package io.github.gkml.validation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 规则编号 — the stable identifier of a check, e.g. {@code ITEM_REMOVED}. Rule ids are public API:
 * reports, acceptances and test assertions use them. Business systems may define their own ids
 * (upper case, digits and underscores).
 *
 * @param id the identifier, e.g. {@code ELEMENT_MISSING}
 * @since 0.1
 */
public record RuleId(String id) implements Comparable<RuleId> {

  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** 缺少必备要素 — a required element (name, content, basis, deadline …) is blank. */
  public static final RuleId ELEMENT_MISSING = new RuleId("ELEMENT_MISSING");

  /** 公开时限无法识别 — the deadline text could not be read. */
  public static final RuleId DEADLINE_UNPARSED = new RuleId("DEADLINE_UNPARSED");

  /** 未知公开渠道 — a channel name the vocabulary does not know, kept as a custom channel. */
  public static final RuleId CHANNEL_UNKNOWN = new RuleId("CHANNEL_UNKNOWN");

  /**
   * 接受条目失效 — an acceptance that covered no finding of the run, or whose expiry date has passed (a
   * warning, under no principle; see {@link Acceptances#applyTo}).
   */
  public static final RuleId ACCEPTANCE_STALE = new RuleId("ACCEPTANCE_STALE");

  /**
   * Validates the id.
   *
   * @throws IllegalArgumentException if it is not upper case letters, digits and underscores
   */
  public RuleId {
    Objects.requireNonNull(id, "id");
    if (!FORM.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "a rule id is upper case letters, digits and underscores, e.g. ITEM_REMOVED: " + id);
    }
  }

  /** The rule id with this name. */
  public static RuleId of(String id) {
    return new RuleId(id);
  }

  @Override
  public int compareTo(RuleId other) {
    return id.compareTo(other.id);
  }

  /** The id. */
  @Override
  public String toString() {
    return id;
  }
}
