package io.github.gkml.examples;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.Channel;
import io.github.gkml.model.ItemPath;
import io.github.gkml.sdk.Gkml;
import io.github.gkml.sdk.Obligation;
import io.github.gkml.validation.ComplianceSummary;
import io.github.gkml.validation.PublicationRecord;
import io.github.gkml.validation.PublicationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * 低保审核确认系统 — how a business system embeds gkml: a township's minimum-living-allowance (最低生活保障) case
 * system that, when a case is confirmed, asks the county catalog what it must publish (the item
 * 最低生活保障/审核确认信息: by when, on which channels, displayed for how long), records what was posted and
 * taken down, and at month end checks every case against the catalog.
 *
 * <p>The cases live in memory here; a real system keeps them in its own database and hands gkml
 * {@link PublicationRecord}s built from its rows. Not thread-safe (one instance per request thread,
 * or guard it).
 */
public final class DibaoApprovalSystem {

  /** 最低生活保障 / 审核确认信息 — the names and amounts of confirmed households, posted for 公示. */
  public static final ItemPath CONFIRMATIONS = ItemPath.of("最低生活保障", "审核确认信息");

  private final Gkml gkml;
  private final Catalog catalog;
  private final Map<String, PublicationRecord> cases = new LinkedHashMap<>();

  /**
   * A system publishing under {@code catalog}.
   *
   * @throws IllegalArgumentException if the catalog has no item 最低生活保障 / 审核确认信息
   */
  public DibaoApprovalSystem(Gkml gkml, Catalog catalog) {
    if (catalog.item(CONFIRMATIONS).isEmpty()) {
      throw new IllegalArgumentException(
          catalog.metadata().title() + " has no item " + CONFIRMATIONS + " to publish under");
    }
    this.gkml = gkml;
    this.catalog = catalog;
  }

  /**
   * 审核确认 — a case was confirmed on {@code day}: the information is formed. Returns what the catalog
   * obliges: the last day to post it, the channels and the display period.
   *
   * @throws IllegalArgumentException if the case number is already known
   */
  public Obligation confirmed(String caseNo, LocalDate day) {
    if (cases.putIfAbsent(caseNo, PublicationRecord.formed(caseNo, CONFIRMATIONS, day)) != null) {
      throw new IllegalArgumentException("case " + caseNo + " is already confirmed");
    }
    return gkml.obligation(catalog, CONFIRMATIONS, day).orElseThrow();
  }

  /** 张榜公示 — the case was posted on {@code day} on {@code channels}. */
  public void posted(String caseNo, LocalDate day, Set<Channel> channels) {
    cases.put(caseNo, known(caseNo).publishedOn(day, channels));
  }

  /** 撤榜 — the posting was taken down on {@code day}. */
  public void takenDown(String caseNo, LocalDate day) {
    cases.put(caseNo, known(caseNo).takenDownOn(day));
  }

  /**
   * 月末核查 — checks every case as of {@code asOf}: each result goes to {@code each}, the tallies are
   * returned.
   */
  public ComplianceSummary monthEnd(LocalDate asOf, Consumer<PublicationResult> each) {
    return gkml.publications(catalog).checkAll(cases.values().iterator(), asOf, each);
  }

  private PublicationRecord known(String caseNo) {
    PublicationRecord record = cases.get(caseNo);
    if (record == null) {
      throw new IllegalArgumentException("no confirmed case " + caseNo);
    }
    return record;
  }

  /**
   * A month of a township's cases against the catalog file given as the argument (e.g. {@code
   * examples/data/shehui-jiuzhu-2024.yaml}): one posted on time and kept up, one posted late, one
   * taken down early, one never posted.
   */
  public static void main(String[] args) throws IOException {
    Gkml gkml = Gkml.defaults();
    DibaoApprovalSystem system =
        new DibaoApprovalSystem(gkml, gkml.load(Path.of(args[0])).catalog());
    system.simulateSeptember2024().forEach(System.out::println);
  }

  /** The month {@link #main} prints, one line per case and a total. */
  List<String> simulateSeptember2024() {
    Set<Channel> board = catalog.item(CONFIRMATIONS).orElseThrow().channels();
    List<String> lines = new ArrayList<>();
    Obligation first = confirmed("低保〔2024〕101", LocalDate.of(2024, 9, 2));
    lines.add("低保〔2024〕101 须于 " + first.lastDay().orElseThrow() + " 前公示于 " + board);
    posted("低保〔2024〕101", LocalDate.of(2024, 9, 4), board);
    confirmed("低保〔2024〕102", LocalDate.of(2024, 9, 3));
    posted("低保〔2024〕102", LocalDate.of(2024, 9, 27), board);
    confirmed("低保〔2024〕103", LocalDate.of(2024, 9, 5));
    posted("低保〔2024〕103", LocalDate.of(2024, 9, 6), board);
    takenDown("低保〔2024〕103", LocalDate.of(2024, 9, 9));
    confirmed("低保〔2024〕104", LocalDate.of(2024, 9, 6));
    ComplianceSummary summary =
        monthEnd(
            LocalDate.of(2024, 9, 30),
            r ->
                lines.add(r.record().id() + " " + r.status() + " " + r.findings().size() + " 项问题"));
    lines.add(
        "合计 "
            + summary.total().records()
            + " 件:按时 "
            + summary.total().onTime()
            + ",逾期公开 "
            + summary.total().late()
            + ",超期未公开 "
            + summary.total().overdue()
            + ",公示期不足 "
            + summary.total().displayCutShort());
    return lines;
  }
}
