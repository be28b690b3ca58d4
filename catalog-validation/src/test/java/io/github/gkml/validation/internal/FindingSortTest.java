package io.github.gkml.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.model.ItemPath;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link FindingSort} puts findings in exactly the order {@code sort(Finding.ORDER)} gives. */
class FindingSortTest {

  private static final List<String> NAMES =
      List.of(
          "最低生活保障",
          "最低生活保障标准",
          "临时救助",
          "特困人员救助供养",
          "办事指南",
          "办事",
          "审核信息",
          "审核信息（东关镇）",
          "政策法规文件",
          "办事\u0001");

  /** Names holding the char the sort joins segments with, which a JSON file can carry. */
  private static final List<String> ODD_NAMES = List.of("办事\u0000指南", "办事");

  private static final List<RuleId> RULES =
      List.of(
          RuleId.ELEMENT_MISSING,
          RuleId.DEADLINE_UNPARSED,
          RuleId.CHANNEL_UNKNOWN,
          RuleId.DEADLINE_VAGUE);

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  /**
   * Findings with paths of one to three segments drawn from a few names (so that paths tie, and one
   * is often a prefix of another), some with no path, several rules and values per path.
   */
  private static List<Finding> findings(Random random, List<String> names) {
    List<Finding> findings = new ArrayList<>();
    int count = random.nextInt(60);
    for (int i = 0; i < count; i++) {
      Finding.Builder finding =
          Finding.builder(RULES.get(random.nextInt(RULES.size())), Severity.WARNING);
      if (random.nextInt(6) > 0) {
        List<String> segments = new ArrayList<>();
        for (int depth = 1 + random.nextInt(3); depth > 0; depth--) {
          segments.add(names.get(random.nextInt(names.size())));
        }
        finding.item(new ItemPath(segments));
      }
      if (random.nextBoolean()) {
        finding.newValue("值" + random.nextInt(3));
      }
      findings.add(finding.build());
    }
    return findings;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void sorts_findings_exactly_as_their_order_does(long seed) {
    assertSortsAsOrder(findings(new Random(seed), NAMES));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void sorts_paths_holding_the_joining_char_exactly_as_their_order_does(long seed) {
    assertSortsAsOrder(findings(new Random(seed), ODD_NAMES));
  }

  private static void assertSortsAsOrder(List<Finding> findings) {
    List<Finding> expected = new ArrayList<>(findings);
    expected.sort(Finding.ORDER);

    FindingSort.sort(findings);

    assertThat(findings).containsExactlyElementsOf(expected);
    for (int i = 0; i < findings.size(); i++) {
      assertThat(findings.get(i)).isSameAs(expected.get(i));
    }
  }
}
