package io.github.gkml.io.internal;

import io.github.gkml.model.Channel;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.Item;
import io.github.gkml.model.LegalBasis;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The text of each template cell for an item, written so that the importer reads the same item
 * back: lists joined with 、 (or one per line after ●), the deadline and citations as written, the
 * channels as the template's checkbox list of 13 with the item's other channels ticked after them,
 * √ in the √ columns.
 */
public final class CellValues {

  /** The national template's 13 checkbox channels, in template order. */
  static final List<String> TEMPLATE_CHANNELS =
      List.of(
          "government-website",
          "government-gazette",
          "two-weibo-one-app",
          "press-conference-hearing",
          "radio-tv",
          "print-media",
          "public-reading-point",
          "government-service-center",
          "convenience-service-station",
          "door-to-door-onsite",
          "notice-board",
          "targeted-push",
          "other");

  /** The tick of a √ column. */
  static final String TICK = "√";

  private final ChannelVocabulary vocabulary;

  /** Values resolving the template channels in {@code vocabulary}. */
  public CellValues(ChannelVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The text of an item's cell in a column. */
  public String text(Item item, TemplateColumn column) {
    return switch (column.field()) {
      case CODE -> Objects.requireNonNullElse(item.code(), "");
      case PATH1 -> segment(item, 0);
      case PATH2 -> segment(item, 1);
      case PATH3 -> segment(item, 2);
      case PATH -> item.path().toString();
      case CONTENT -> CellText.join(item.content());
      case BASIS -> CellText.join(item.basis().stream().map(LegalBasis::raw).toList());
      case DEADLINE -> deadline(item.deadline());
      case DISPLAY_PERIOD -> period(item.displayPeriod());
      case SUBJECTS -> CellText.join(item.subjects());
      case CHANNELS -> channels(item);
      case AUDIENCE_MARK -> item.audience().contains(column.audience()) ? TICK : "";
      case MODE_MARK -> item.modes().contains(column.mode()) ? TICK : "";
      case LEVEL_MARK -> item.levels().contains(column.level()) ? TICK : "";
      case EXTENSION -> item.extensions().getOrDefault(column.label(), "");
      case AUDIENCE, MODES, LEVELS -> "";
    };
  }

  private static String segment(Item item, int index) {
    List<String> segments = item.path().segments();
    return index < segments.size() ? segments.get(index) : "";
  }

  private static String deadline(@Nullable Deadline deadline) {
    return deadline == null ? "" : deadline.raw();
  }

  private static String period(@Nullable DisplayPeriod period) {
    return period == null ? "" : period.raw();
  }

  /** ■政府网站 □政府公报 … ■12345政务服务热线: the template's 13, then the item's others. */
  String channels(Item item) {
    StringBuilder out = new StringBuilder();
    for (String id : TEMPLATE_CHANNELS) {
      vocabulary
          .byId(id)
          .ifPresent(
              c ->
                  out.append(out.length() == 0 ? "" : " ")
                      .append(item.channels().contains(c) ? '■' : '□')
                      .append(c.label()));
    }
    for (Channel channel : item.channels()) {
      if (!TEMPLATE_CHANNELS.contains(channel.id())) {
        out.append(' ').append('■').append(channel.label());
      }
    }
    return out.toString();
  }
}
