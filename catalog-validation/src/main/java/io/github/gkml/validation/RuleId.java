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

  /** 公开时限表述模糊 — 及时, 按进展: a deadline with no number. */
  public static final RuleId DEADLINE_VAGUE = new RuleId("DEADLINE_VAGUE");

  /**
   * 公开时限超过法定期限 — a 主动 item may be published later than 20 working days after the information is
   * formed (条例第二十六条), or later than the period a special law it cites sets; an 依申请 reply later than
   * 条例第三十三条 allows.
   */
  public static final RuleId DEADLINE_EXCEEDS_STATUTE = new RuleId("DEADLINE_EXCEEDS_STATUTE");

  /** 公示期短于法定最短期限 — the display period is shorter than the law the item cites requires. */
  public static final RuleId DISPLAY_PERIOD_TOO_SHORT = new RuleId("DISPLAY_PERIOD_TOO_SHORT");

  /** 公开依据已被替代 — the basis cites a superseded text (国务院令第492号, its old article numbers). */
  public static final RuleId BASIS_SUPERSEDED = new RuleId("BASIS_SUPERSEDED");

  /** 公开层级与目录层级不符 — an item published at a level above the catalog's own. */
  public static final RuleId LEVEL_INCONSISTENT = new RuleId("LEVEL_INCONSISTENT");

  /** 事项重复 — two items have the same path (compared by {@code ItemPath.key()}). */
  public static final RuleId DUPLICATE_ITEM = new RuleId("DUPLICATE_ITEM");

  /** 行政区划代码有误 — not a GB/T 2260 code of a province's region, or not of the catalog's level. */
  public static final RuleId REGION_CODE_INVALID = new RuleId("REGION_CODE_INVALID");

  /** 日期有误 — a catalog date before standard catalogs existed (国办发〔2017〕42号, 2017-05-09). */
  public static final RuleId DATE_INVALID = new RuleId("DATE_INVALID");

  /**
   * 表格行无法读取 — a row of an imported table could not be read as an item (no item name, a cell too
   * long …); reported with the row, never silently left out.
   */
  public static final RuleId ROW_UNREADABLE = new RuleId("ROW_UNREADABLE");

  /** 删除事项 (只增不减) — an item of the old version has no counterpart in the new. */
  public static final RuleId ITEM_REMOVED = new RuleId("ITEM_REMOVED");

  /** 事项退出 — an item was removed and recorded as retired, with its reason. */
  public static final RuleId ITEM_RETIRED = new RuleId("ITEM_RETIRED");

  /** 新增事项. */
  public static final RuleId ITEM_ADDED = new RuleId("ITEM_ADDED");

  /** 事项改名 — matched across a change of name; a person should confirm it is the same item. */
  public static final RuleId ITEM_RENAMED = new RuleId("ITEM_RENAMED");

  /** 已退出事项的名称被再次使用 (只增不减). */
  public static final RuleId RETIRED_PATH_REUSED = new RuleId("RETIRED_PATH_REUSED");

  /** 删除公开内容要素 (只增不减). */
  public static final RuleId CONTENT_ELEMENT_REMOVED = new RuleId("CONTENT_ELEMENT_REMOVED");

  /** 新增公开内容要素. */
  public static final RuleId CONTENT_ELEMENT_ADDED = new RuleId("CONTENT_ELEMENT_ADDED");

  /** 公开依据变更. */
  public static final RuleId BASIS_CHANGED = new RuleId("BASIS_CHANGED");

  /** 公开主体变更. */
  public static final RuleId SUBJECT_CHANGED = new RuleId("SUBJECT_CHANGED");

  /** 减少公开渠道 (只多不少), judged through the channel taxonomy. */
  public static final RuleId CHANNEL_REMOVED = new RuleId("CHANNEL_REMOVED");

  /** 新增公开渠道. */
  public static final RuleId CHANNEL_ADDED = new RuleId("CHANNEL_ADDED");

  /** 公开方式收窄 (只多不少): 主动 became 依申请 only. */
  public static final RuleId MODE_NARROWED = new RuleId("MODE_NARROWED");

  /** 公开对象收窄 (只多不少): 全社会 became 特定群体. */
  public static final RuleId AUDIENCE_NARROWED = new RuleId("AUDIENCE_NARROWED");

  /** 减少公开层级 (只多不少). */
  public static final RuleId LEVEL_REMOVED = new RuleId("LEVEL_REMOVED");

  /** 公开时限放宽 (只紧不松). */
  public static final RuleId DEADLINE_LOOSENED = new RuleId("DEADLINE_LOOSENED");

  /** 公开时限被删除 (只紧不松). */
  public static final RuleId DEADLINE_REMOVED = new RuleId("DEADLINE_REMOVED");

  /** 公开时限无法判定松紧 (只紧不松): a person must review it; never silently passed. */
  public static final RuleId DEADLINE_INDETERMINATE = new RuleId("DEADLINE_INDETERMINATE");

  /** 公开时限收紧 (or a deadline given where there was none). */
  public static final RuleId DEADLINE_TIGHTENED = new RuleId("DEADLINE_TIGHTENED");

  /** 公示期缩短 (只紧不松: display periods only grow). */
  public static final RuleId DISPLAY_PERIOD_SHORTENED = new RuleId("DISPLAY_PERIOD_SHORTENED");

  /** 公示期延长 (or a display period given where there was none). */
  public static final RuleId DISPLAY_PERIOD_LENGTHENED = new RuleId("DISPLAY_PERIOD_LENGTHENED");

  /**
   * 接受条目失效 — an acceptance that covered no finding of the run, or whose expiry date has passed (a
   * warning, under no principle; see {@link Acceptances#applyTo}).
   */
  public static final RuleId ACCEPTANCE_STALE = new RuleId("ACCEPTANCE_STALE");

  /** 逾期公开 — published after the due date. */
  public static final RuleId PUBLICATION_LATE = new RuleId("PUBLICATION_LATE");

  /** 超期未公开 — not published, and the due date has passed. */
  public static final RuleId PUBLICATION_OVERDUE = new RuleId("PUBLICATION_OVERDUE");

  /** 公开渠道缺失 — published without a channel the catalog names. */
  public static final RuleId PUBLICATION_CHANNEL_MISSING =
      new RuleId("PUBLICATION_CHANNEL_MISSING");

  /** 公示期未满即撤下 — taken down before the end of the display period. */
  public static final RuleId DISPLAY_PERIOD_CUT_SHORT = new RuleId("DISPLAY_PERIOD_CUT_SHORT");

  /** 无到期日 — the item's deadline gives no day to judge a publication by. */
  public static final RuleId PUBLICATION_NO_DUE_DATE = new RuleId("PUBLICATION_NO_DUE_DATE");

  /** 未知事项 — a publication record names an item the catalog does not have. */
  public static final RuleId PUBLICATION_ITEM_UNKNOWN = new RuleId("PUBLICATION_ITEM_UNKNOWN");

  /** 缺少基准目录中的事项 (只增不减 down the hierarchy), unless declared not applicable. */
  public static final RuleId BASELINE_ITEM_MISSING = new RuleId("BASELINE_ITEM_MISSING");

  /** 基准事项不适用 — a baseline item the local catalog declares not applicable, with the reason. */
  public static final RuleId BASELINE_ITEM_NOT_APPLICABLE =
      new RuleId("BASELINE_ITEM_NOT_APPLICABLE");

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
