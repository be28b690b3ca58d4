package io.github.gkml.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gkml.model.PilotDomain;
import org.junit.jupiter.api.Test;

/** A bundled baseline that cannot be read is a bug in the jar: it fails loudly, naming itself. */
class BundledBaselinesTest {

  @Test
  void a_missing_resource_is_named() {
    assertThatThrownBy(
            () ->
                BundledBaselines.load(
                    PilotDomain.SOCIAL_ASSISTANCE, "io/github/gkml/rules/baselines/无.yaml"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("io/github/gkml/rules/baselines/无.yaml")
        .hasMessageContaining("missing");
  }

  @Test
  void a_resource_of_another_domain_is_refused() {
    assertThatThrownBy(
            () ->
                BundledBaselines.load(
                    PilotDomain.SOCIAL_ASSISTANCE,
                    BundledBaselines.resourceName(PilotDomain.ELDERLY_CARE)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("yanglao-fuwu.yaml")
        .hasMessageContaining("养老服务");
  }

  @Test
  void an_invalid_resource_is_named_with_the_format_error() {
    String broken = "io/github/gkml/rules/internal/broken-baseline.yaml";

    assertThatThrownBy(() -> BundledBaselines.load(PilotDomain.SOCIAL_ASSISTANCE, broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(broken)
        .hasMessageContaining("deadlien")
        .cause()
        .isNotNull();
  }

  @Test
  void reads_each_baseline_once() {
    assertThat(BundledBaselines.get(PilotDomain.FOOD_AND_DRUG_REGULATION))
        .isSameAs(BundledBaselines.get(PilotDomain.FOOD_AND_DRUG_REGULATION));
  }
}
