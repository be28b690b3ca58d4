package io.github.gkml.sdk;

import io.github.gkml.model.Channel;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.DueDate;
import io.github.gkml.model.Item;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 公开义务 — what a catalog item obliges a business system to do once its information is formed (信息形成):
 * publish it by the due date, on every channel the item names, and, for a 公示, keep it up for the
 * display period.
 *
 * @param item the catalog item
 * @param formedOn the day the information was formed, from which the deadline counts
 * @param due when it is due: a day, none (the item's deadline is unparsed, periodic or has no fixed
 *     start), or one day per clause of a conditional deadline
 * @since 0.1
 */
public record Obligation(Item item, LocalDate formedOn, DueDate due) {

  /** Validates. */
  public Obligation {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(formedOn, "formedOn");
    Objects.requireNonNull(due, "due");
  }

  /** The last day to publish on, if the deadline gives one (the latest clause's, if several). */
  public Optional<LocalDate> lastDay() {
    return due.lastDay();
  }

  /** 公开渠道和载体 — every channel the information must appear on. */
  public Set<Channel> channels() {
    return item.channels();
  }

  /** 公示期 — how long the information must stay up, or {@code null} if the item sets none. */
  public @Nullable DisplayPeriod displayPeriod() {
    return item.effectiveDisplayPeriod();
  }
}
