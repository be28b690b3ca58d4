package io.github.gkml.validation.internal.structure;

import io.github.gkml.validation.RuleId;
import jakarta.validation.Payload;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Bean Validation payloads that name the rule id a structural constraint reports under: a
 * constraint declares {@code payload = RulePayloads.ElementMissing.class}, and the violation
 * becomes a finding of that rule.
 */
final class RulePayloads {

  /** ELEMENT_MISSING. */
  interface ElementMissing extends Payload {}

  /** DUPLICATE_ITEM. */
  interface DuplicateItem extends Payload {}

  /** REGION_CODE_INVALID. */
  interface RegionCodeInvalid extends Payload {}

  /** DATE_INVALID. */
  interface DateInvalid extends Payload {}

  private static final Map<Class<? extends Payload>, RuleId> RULES =
      Map.of(
          ElementMissing.class, RuleId.ELEMENT_MISSING,
          DuplicateItem.class, RuleId.DUPLICATE_ITEM,
          RegionCodeInvalid.class, RuleId.REGION_CODE_INVALID,
          DateInvalid.class, RuleId.DATE_INVALID);

  private RulePayloads() {}

  /** The rule id a constraint's payloads name, or {@code null} if none. */
  static @Nullable RuleId ruleOf(Set<Class<? extends Payload>> payloads) {
    for (Class<? extends Payload> payload : payloads) {
      RuleId rule = RULES.get(payload);
      if (rule != null) {
        return rule;
      }
    }
    return null;
  }
}
