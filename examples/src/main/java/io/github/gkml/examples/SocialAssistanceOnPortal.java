package io.github.gkml.examples;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.Channel;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.model.Region;
import io.github.gkml.validation.CatalogRule;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.MessageBundle;
import io.github.gkml.validation.RuleContext;
import io.github.gkml.validation.RuleDescription;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A county's own rule, written as one class: in 大竹县 (行政区划代码 511724) every 社会救助 item must be
 * published on the government website (政府网站). Registered as a service in this module's {@code
 * module-info.java} (and {@code META-INF/services} for the class path), so that {@code
 * CatalogValidator.defaults()} finds it; or passed in with {@code
 * CatalogValidator.builtIn().withRules(List.of(new SocialAssistanceOnPortal()))}. Its findings
 * carry its own messages ({@link #messages()}), so every report renders them in Chinese and
 * English.
 */
public final class SocialAssistanceOnPortal implements CatalogRule {

  /** The rule id; a business system's ids are its own. */
  public static final RuleId ID = RuleId.of("DAZHU_PORTAL_REQUIRED");

  private static final Channel PORTAL = ChannelVocabulary.standard().resolve("政府网站");

  private static final MessageBundle MESSAGES =
      MessageBundle.of(
          Map.of(ID.id(), "大竹县要求社会救助事项在政府网站公开,本事项的{field}未勾选政府网站"),
          Map.of(
              ID.id(),
              "大竹县 asks for every 社会救助 item on the government website: 政府网站 is not ticked"));

  @Override
  public List<RuleDescription> descriptions() {
    return List.of(
        RuleDescription.of(
            ID,
            Severity.WARNING,
            "大竹县:社会救助事项均须在政府网站公开",
            "大竹县: every 社会救助 item is published on the government website"));
  }

  @Override
  public Set<PilotDomain> domains() {
    return Set.of(PilotDomain.SOCIAL_ASSISTANCE);
  }

  @Override
  public Optional<MessageBundle> messages() {
    return Optional.of(MESSAGES);
  }

  @Override
  public boolean appliesTo(Catalog catalog) {
    Region region = catalog.metadata().region();
    return CatalogRule.super.appliesTo(catalog) && region != null && "511724".equals(region.code());
  }

  @Override
  public void check(Catalog catalog, RuleContext context) {
    for (int i = 0; i < catalog.items().size(); i++) {
      if (!catalog.items().get(i).channels().contains(PORTAL)) {
        context.report(i, Finding.builder(ID, Severity.WARNING).field("channels"));
      }
    }
  }
}
