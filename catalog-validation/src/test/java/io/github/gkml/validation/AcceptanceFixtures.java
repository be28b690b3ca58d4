package io.github.gkml.validation;

import io.github.gkml.model.ItemPath;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Findings and acceptances from the 大竹县 社会救助 catalogs (2023 → 2024), the case {@code
 * docs/acceptances.md} tells: 公开查阅点 was dropped from 特困人员救助供养 / 政策法规文件 because the county's 查阅点
 * merged into the 政务服务中心.
 */
final class AcceptanceFixtures {

  static final RuleId CHANNEL_REMOVED = RuleId.of("CHANNEL_REMOVED");
  static final RuleId DEADLINE_LOOSENED = RuleId.of("DEADLINE_LOOSENED");
  static final RuleId ITEM_ADDED = RuleId.of("ITEM_ADDED");

  static final ItemPath POLICY_DOCUMENTS = ItemPath.of("特困人员救助供养", "政策法规文件");
  static final ItemPath GUIDE = ItemPath.of("最低生活保障", "办事指南");

  static final String JUSTIFICATION = "县公开查阅点已并入县政务服务中心,政策法规文件改在政务服务中心查阅";
  static final String APPROVED_BY = "竹民发〔2024〕21号";
  static final LocalDate RUN_DAY = LocalDate.of(2024, 7, 1);

  private AcceptanceFixtures() {}

  /** 公开查阅点 dropped from 特困人员救助供养 / 政策法规文件 between the 2023 and 2024 versions. */
  static Finding readingRoomRemoved() {
    return Finding.builder(CHANNEL_REMOVED, Severity.ERROR)
        .principle(Principle.WAYS_ONLY_MORE)
        .item(POLICY_DOCUMENTS)
        .field("channels")
        .oldValue("公开查阅点")
        .build()
        .withVersions("2023", "2024");
  }

  /** 最低生活保障 / 办事指南: 10 working days became 20. */
  static Finding guideDeadlineLoosened() {
    return Finding.builder(DEADLINE_LOOSENED, Severity.ERROR)
        .principle(Principle.DEADLINES_ONLY_TIGHTER)
        .item(GUIDE)
        .field("deadline")
        .oldValue("制定或获取信息之日起10个工作日内")
        .newValue("制定或获取信息之日起20个工作日内")
        .build()
        .withVersions("2023", "2024");
  }

  /** 最低生活保障 / 办事指南: 两微一端 replaced by 政务微信 (a loss: 政务微博 and 客户端 go). */
  static Finding guideChannelNarrowed() {
    return Finding.builder(CHANNEL_REMOVED, Severity.ERROR)
        .principle(Principle.WAYS_ONLY_MORE)
        .item(GUIDE)
        .field("channels")
        .oldValue("两微一端")
        .newValue("政务微信")
        .build()
        .withVersions("2023", "2024");
  }

  /** A new item in 2024, for information only. */
  static Finding itemAdded() {
    return Finding.builder(ITEM_ADDED, Severity.INFO)
        .item(ItemPath.of("低保边缘家庭和刚性支出困难家庭", "办事指南"))
        .build()
        .withVersions("2023", "2024");
  }

  /** The acceptance of {@link #readingRoomRemoved()}, as approved. */
  static Acceptance readingRoomAccepted() {
    return Acceptance.of(readingRoomRemoved(), JUSTIFICATION, APPROVED_BY);
  }

  /** The file the acceptances would be written to. */
  static String written(Acceptances acceptances) {
    StringWriter out = new StringWriter();
    try {
      AcceptanceFile.defaults().write(acceptances, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The baseline written for these findings with the defaults. */
  static String baseline(List<Finding> findings) {
    StringWriter out = new StringWriter();
    try {
      AcceptanceFile.defaults().writeBaseline(findings, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
