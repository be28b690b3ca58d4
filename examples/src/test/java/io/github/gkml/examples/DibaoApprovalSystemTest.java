package io.github.gkml.examples;

import static io.github.gkml.assertj.CatalogAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.Channel;
import io.github.gkml.model.ItemPath;
import io.github.gkml.sdk.Gkml;
import io.github.gkml.sdk.Obligation;
import io.github.gkml.validation.ComplianceSummary;
import io.github.gkml.validation.PublicationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DibaoApprovalSystemTest {

  static final Path DATA = Path.of(System.getProperty("gkml.root", "..")).resolve("examples/data");

  final Gkml gkml = Gkml.defaults();

  Catalog daZhu2024() throws IOException {
    return gkml.load(DATA.resolve("shehui-jiuzhu-2024.yaml")).catalog();
  }

  @Test
  void a_case_confirmed_before_mid_autumn_is_due_on_the_saturday_worked_for_it()
      throws IOException {
    DibaoApprovalSystem system = new DibaoApprovalSystem(gkml, daZhu2024());

    Obligation obligation = system.confirmed("低保〔2024〕101", LocalDate.of(2024, 9, 2));

    // 10 working days from Monday 2 September: 3–6, 9–13, and Saturday 14 September (调休上班).
    assertThat(obligation.lastDay()).contains(LocalDate.of(2024, 9, 14));
    assertThat(obligation.channels())
        .extracting(Channel::label)
        .containsExactly("社区/企事业单位/村公示栏(电子屏)");
    assertThat(obligation.displayPeriod()).isNotNull();
  }

  @Test
  void month_end_tells_on_time_late_cut_short_and_overdue_cases_apart() throws IOException {
    DibaoApprovalSystem system = new DibaoApprovalSystem(gkml, daZhu2024());
    system.simulateSeptember2024();
    List<PublicationResult> results = new ArrayList<>();

    ComplianceSummary summary = system.monthEnd(LocalDate.of(2024, 9, 30), results::add);

    assertThat(results.get(0)).wasPublishedOnTime().complies();
    assertThat(results.get(1)).wasPublishedLate();
    assertThat(results.get(2)).wasPublishedOnTime();
    assertThat(results.get(2).complies()).isFalse();
    assertThat(results.get(3)).isOverdue();
    assertThat(summary.total().records()).isEqualTo(4);
    assertThat(summary.total().onTime()).isEqualTo(2);
    assertThat(summary.total().late()).isEqualTo(1);
    assertThat(summary.total().overdue()).isEqualTo(1);
    assertThat(summary.total().displayCutShort()).isEqualTo(1);
    assertThat(summary.perItem().get(DibaoApprovalSystem.CONFIRMATIONS).records()).isEqualTo(4);
  }

  @Test
  void refuses_a_catalog_without_the_item_it_publishes_under() throws IOException {
    Catalog elderly = gkml.load(DATA.resolve("yanglao-fuwu-2024.yaml")).catalog();

    assertThatThrownBy(() -> new DibaoApprovalSystem(gkml, elderly))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("最低生活保障 / 审核确认信息");
  }

  @Test
  void refuses_to_post_a_case_it_never_confirmed_or_to_confirm_one_twice() throws IOException {
    DibaoApprovalSystem system = new DibaoApprovalSystem(gkml, daZhu2024());
    system.confirmed("低保〔2024〕101", LocalDate.of(2024, 9, 2));

    assertThatThrownBy(() -> system.posted("低保〔2024〕999", LocalDate.of(2024, 9, 3), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("低保〔2024〕999");
    assertThatThrownBy(() -> system.confirmed("低保〔2024〕101", LocalDate.of(2024, 9, 3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ItemPath.of("最低生活保障", "审核确认信息")).isEqualTo(DibaoApprovalSystem.CONFIRMATIONS);
  }
}
