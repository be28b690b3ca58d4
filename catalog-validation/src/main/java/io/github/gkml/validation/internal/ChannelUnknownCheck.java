package io.github.gkml.validation.internal;

import io.github.gkml.model.Channel;
import io.github.gkml.model.Item;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.util.function.Consumer;

/** CHANNEL_UNKNOWN: a channel name the vocabulary does not know, kept as a custom channel. */
public final class ChannelUnknownCheck implements ItemCheck {

  @Override
  public void check(Item item, Consumer<Finding.Builder> report) {
    for (Channel channel : item.channels()) {
      if (channel.isCustom()) {
        report.accept(
            Finding.builder(RuleId.CHANNEL_UNKNOWN, Severity.WARNING)
                .field("channels")
                .newValue(channel.label()));
      }
    }
  }
}
