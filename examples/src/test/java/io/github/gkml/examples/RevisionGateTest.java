package io.github.gkml.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.sdk.RevisionVerdict;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RuleId;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RevisionGateTest {

  static final Path DATA = Path.of(System.getProperty("gkml.root", "..")).resolve("examples/data");
  static final Path OLD = DATA.resolve("shehui-jiuzhu-2023.yaml");
  static final Path NEW = DATA.resolve("shehui-jiuzhu-2024.yaml");
  static final Path ACCEPTED = DATA.resolve("shehui-jiuzhu-acceptances.yaml");

  @Test
  void blocks_the_2024_revision_on_the_dropped_content_element_alone_once_the_channel_is_accepted()
      throws IOException {
    RevisionGate gate = RevisionGate.withAcceptances(ACCEPTED);

    RevisionVerdict verdict = gate.judge(OLD, NEW);

    assertThat(verdict.approved()).isFalse();
    assertThat(verdict.blocking())
        .extracting(Finding::ruleId)
        .containsExactly(RuleId.CONTENT_ELEMENT_REMOVED);
    assertThat(gate.explain(verdict)).first().asString().startsWith("不予发布: ");
    assertThat(gate.explain(verdict))
        .anyMatch(l -> l.contains("CONTENT_ELEMENT_REMOVED 临时救助 / 办事指南: 删除了公开内容要素“联系方式”"))
        .last()
        .asString()
        .startsWith("  已接受 1 条");
  }

  @Test
  void approves_the_elderly_care_revision_that_only_adds() throws IOException {
    RevisionGate gate = RevisionGate.withAcceptances(null);

    RevisionVerdict verdict =
        gate.judge(DATA.resolve("yanglao-fuwu-2023.yaml"), DATA.resolve("yanglao-fuwu-2024.yaml"));

    assertThat(verdict.approved()).isTrue();
    assertThat(gate.explain(verdict).get(0)).startsWith("准予发布: ");
  }
}
