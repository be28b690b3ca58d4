package io.github.gkml.validation.internal;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.Channel;
import io.github.gkml.model.Item;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RuleContext;
import io.github.gkml.validation.RuleDescription;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;

/** CHANNEL_UNKNOWN: a channel name the vocabulary does not know, kept as a custom channel. */
public final class ChannelUnknownRule extends ItemRule {

  /** The rule. */
  public ChannelUnknownRule() {
    super(
        RuleDescription.of(
            RuleId.CHANNEL_UNKNOWN,
            Severity.WARNING,
            "渠道词表中没有的公开渠道(已作为自定义渠道保留);如为常用渠道的别称,应改用标准名称",
            "A channel the vocabulary does not know (kept as a custom channel); use the standard name"
                + " if it is another name for a known one"));
  }

  @Override
  void check(Catalog catalog, Item item, int index, RuleContext context) {
    for (Channel channel : item.channels()) {
      if (channel.isCustom()) {
        context.report(
            index,
            Finding.builder(RuleId.CHANNEL_UNKNOWN, Severity.WARNING)
                .field("channels")
                .newValue(channel.label()));
      }
    }
  }
}
