package io.github.gkml.validation.internal;

import io.github.gkml.diff.Change;
import io.github.gkml.diff.Delta;
import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Channel;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.DeadlineComparison;
import io.github.gkml.model.DeadlineOrder;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.Item;
import io.github.gkml.model.LegalBasis;
import io.github.gkml.model.Mode;
import io.github.gkml.model.RetiredItem;
import io.github.gkml.model.Strictness;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Principle;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns the changes between two catalog versions into findings under the three principles: items
 * only added (只增不减), ways only more (只多不少, channels judged through the channel taxonomy), and
 * deadlines only tighter (只紧不松, through {@link DeadlineOrder}; display periods the other way
 * round). An undecidable comparison is a warning that names the reason, never silently passed.
 */
public final class RevisionRules {

  private final DeadlineOrder order;
  private final ChannelVocabulary channels;

  /** Rules judging deadlines with {@code order} and channels in {@code channels}. */
  public RevisionRules(DeadlineOrder order, ChannelVocabulary channels) {
    this.order = order;
    this.channels = channels;
  }

  /**
   * The findings of one change; the caller adds the item path, location and versions.
   *
   * @param before the item in the old version, or {@code null} for an added item
   * @param after the item in the new version, or {@code null} for a removed item
   * @param retired the retired items of both versions, by folded path key
   */
  public void judge(
      Change change,
      @Nullable Item before,
      @Nullable Item after,
      Map<String, RetiredItem> retired,
      Consumer<Finding.Builder> out) {
    if (change instanceof Change.ItemRemoved removed) {
      RetiredItem record = retired.get(removed.path().key());
      out.accept(
          record == null
              ? finding(RuleId.ITEM_REMOVED, Principle.ITEMS_ONLY_ADDED, Severity.ERROR)
                  .oldValue(removed.path().toString())
              : finding(RuleId.ITEM_RETIRED, null, Severity.INFO)
                  .oldValue(removed.path().toString())
                  .param("reason", retirement(record)));
    } else if (change instanceof Change.ItemAdded added) {
      added(added.item(), retired, out);
    } else if (change instanceof Change.ItemRenamed renamed) {
      out.accept(
          finding(RuleId.ITEM_RENAMED, null, Severity.WARNING)
              .field("path")
              .oldValue(renamed.oldPath().toString())
              .newValue(renamed.path().toString())
              .param("score", String.format(Locale.ROOT, "%.2f", renamed.evidence().score()))
              .param("matchedBy", renamed.evidence().matchedBy().name()));
      reused(renamed.newItem(), retired, out);
    } else if (change instanceof Change.ContentChanged content) {
      each(
          content.delta().removed(),
          v ->
              finding(RuleId.CONTENT_ELEMENT_REMOVED, Principle.ITEMS_ONLY_ADDED, Severity.ERROR)
                  .field("content")
                  .oldValue(v),
          out);
      each(
          content.delta().added(),
          v ->
              finding(RuleId.CONTENT_ELEMENT_ADDED, null, Severity.INFO)
                  .field("content")
                  .newValue(v),
          out);
    } else if (change instanceof Change.BasisChanged basis) {
      out.accept(
          finding(RuleId.BASIS_CHANGED, null, Severity.INFO)
              .field("basis")
              .oldValue(join(basis.delta().removed(), LegalBasis::raw))
              .newValue(join(basis.delta().added(), LegalBasis::raw)));
    } else if (change instanceof Change.SubjectsChanged subjects) {
      out.accept(
          finding(RuleId.SUBJECT_CHANGED, null, Severity.INFO)
              .field("subjects")
              .oldValue(join(subjects.delta().removed(), s -> s))
              .newValue(join(subjects.delta().added(), s -> s)));
    } else if (change instanceof Change.DeadlineChanged deadline) {
      deadline(deadline.oldDeadline(), deadline.newDeadline(), out);
    } else if (change instanceof Change.DisplayPeriodChanged display) {
      display(display.oldPeriod(), display.newPeriod(), out);
    } else if (change instanceof Change.ChannelsChanged channelChange && after != null) {
      channels(channelChange, after.channels(), out);
    } else if (change instanceof Change.AudienceChanged && before != null && after != null) {
      narrowed(
          before.audience(),
          after.audience(),
          Audience.PUBLIC,
          RuleId.AUDIENCE_NARROWED,
          "audience",
          Audience::label,
          out);
    } else if (change instanceof Change.ModesChanged && before != null && after != null) {
      narrowed(
          before.modes(),
          after.modes(),
          Mode.PROACTIVE,
          RuleId.MODE_NARROWED,
          "modes",
          Mode::label,
          out);
    } else if (change instanceof Change.LevelsChanged levels) {
      levels(levels.delta(), out);
    }
  }

  private void added(Item item, Map<String, RetiredItem> retired, Consumer<Finding.Builder> out) {
    out.accept(finding(RuleId.ITEM_ADDED, null, Severity.INFO).newValue(item.path().toString()));
    reused(item, retired, out);
  }

  private static void reused(
      Item item, Map<String, RetiredItem> retired, Consumer<Finding.Builder> out) {
    RetiredItem record = retired.get(item.path().key());
    if (record != null) {
      out.accept(
          finding(RuleId.RETIRED_PATH_REUSED, Principle.ITEMS_ONLY_ADDED, Severity.ERROR)
              .newValue(item.path().toString())
              .param("reason", retirement(record)));
    }
  }

  private void deadline(
      @Nullable Deadline older, @Nullable Deadline newer, Consumer<Finding.Builder> out) {
    String oldText = text(older);
    String newText = text(newer);
    if (oldText == null && newText == null) {
      return;
    }
    if (newText == null || newer == null) {
      out.accept(
          finding(RuleId.DEADLINE_REMOVED, Principle.DEADLINES_ONLY_TIGHTER, Severity.ERROR)
              .field("deadline")
              .oldValue(oldText));
      return;
    }
    if (oldText == null || older == null) {
      out.accept(
          finding(RuleId.DEADLINE_TIGHTENED, null, Severity.INFO)
              .field("deadline")
              .newValue(newText));
      return;
    }
    DeadlineComparison comparison = order.compare(older, newer);
    RuleId rule;
    Severity severity;
    switch (verdict(comparison)) {
      case SAME -> {
        return;
      }
      case TIGHTER -> {
        rule = RuleId.DEADLINE_TIGHTENED;
        severity = Severity.INFO;
      }
      case LOOSER -> {
        rule = RuleId.DEADLINE_LOOSENED;
        severity = Severity.ERROR;
      }
      default -> {
        rule = RuleId.DEADLINE_INDETERMINATE;
        severity = Severity.WARNING;
      }
    }
    Principle principle = severity == Severity.INFO ? null : Principle.DEADLINES_ONLY_TIGHTER;
    out.accept(
        reason(finding(rule, principle, severity), comparison)
            .field("deadline")
            .oldValue(oldText)
            .newValue(newText));
  }

  private void display(
      @Nullable DisplayPeriod older, @Nullable DisplayPeriod newer, Consumer<Finding.Builder> out) {
    if (older == null && newer == null) {
      return;
    }
    if (older == null || newer == null) {
      boolean shortened = newer == null;
      out.accept(
          finding(
                  shortened ? RuleId.DISPLAY_PERIOD_SHORTENED : RuleId.DISPLAY_PERIOD_LENGTHENED,
                  shortened ? Principle.DEADLINES_ONLY_TIGHTER : null,
                  shortened ? Severity.ERROR : Severity.INFO)
              .field("displayPeriod")
              .oldValue(older == null ? null : older.raw())
              .newValue(newer == null ? null : newer.raw())
              .param("reason@zh", "新版未写明公示期")
              .param("reason@en", "the new version gives no display period"));
      return;
    }
    DeadlineComparison comparison = order.compareDisplay(older, newer);
    RuleId rule;
    Severity severity;
    switch (verdict(comparison)) {
      case SAME -> {
        return;
      }
      case TIGHTER -> {
        rule = RuleId.DISPLAY_PERIOD_LENGTHENED;
        severity = Severity.INFO;
      }
      case LOOSER -> {
        rule = RuleId.DISPLAY_PERIOD_SHORTENED;
        severity = Severity.ERROR;
      }
      default -> {
        rule = RuleId.DEADLINE_INDETERMINATE;
        severity = Severity.WARNING;
      }
    }
    Principle principle = severity == Severity.INFO ? null : Principle.DEADLINES_ONLY_TIGHTER;
    out.accept(
        reason(finding(rule, principle, severity), comparison)
            .field("displayPeriod")
            .oldValue(older.raw())
            .newValue(newer.raw()));
  }

  private void channels(
      Change.ChannelsChanged change, Collection<Channel> now, Consumer<Finding.Builder> out) {
    String nowText = join(now, Channel::label);
    for (Channel lost : change.delta().removed()) {
      if (now.stream().noneMatch(c -> channels.covers(c, lost))) {
        out.accept(
            finding(RuleId.CHANNEL_REMOVED, Principle.WAYS_ONLY_MORE, Severity.ERROR)
                .field("channels")
                .oldValue(lost.label())
                .param("now", nowText == null ? "" : nowText));
      }
    }
    for (Channel gained : change.delta().added()) {
      out.accept(
          finding(RuleId.CHANNEL_ADDED, null, Severity.INFO)
              .field("channels")
              .newValue(gained.label()));
    }
  }

  /** Narrowed: the widest value (全社会, 主动) was lost, or every value was. */
  private static <E> void narrowed(
      Collection<E> before,
      Collection<E> after,
      E widest,
      RuleId rule,
      String field,
      Function<E, String> label,
      Consumer<Finding.Builder> out) {
    boolean lostWidest = before.contains(widest) && !after.contains(widest);
    boolean emptied = !before.isEmpty() && after.isEmpty();
    if (lostWidest || emptied) {
      out.accept(
          finding(rule, Principle.WAYS_ONLY_MORE, Severity.ERROR)
              .field(field)
              .oldValue(join(before, label))
              .newValue(join(after, label)));
    }
  }

  private static void levels(Delta<AdminLevel> delta, Consumer<Finding.Builder> out) {
    for (AdminLevel lost : delta.removed()) {
      out.accept(
          finding(RuleId.LEVEL_REMOVED, Principle.WAYS_ONLY_MORE, Severity.ERROR)
              .field("levels")
              .oldValue(lost.label()));
    }
  }

  /**
   * The verdict under 只紧不松, which asks that the new deadline be at least as strict for every
   * possible start date: a comparison that is tighter for some start dates and looser for others
   * (undecided as a partial order, but with a start date that breaks it) is a loosening.
   */
  private static Strictness verdict(DeadlineComparison comparison) {
    return comparison.strictness() == Strictness.INDETERMINATE && comparison.breakingStart() != null
        ? Strictness.LOOSER
        : comparison.strictness();
  }

  private static Finding.Builder reason(Finding.Builder finding, DeadlineComparison comparison) {
    return finding
        .param("reason@zh", comparison.message(Locale.SIMPLIFIED_CHINESE))
        .param("reason@en", comparison.message(Locale.ENGLISH));
  }

  private static Finding.Builder finding(
      RuleId rule, @Nullable Principle principle, Severity severity) {
    return Finding.builder(rule, severity).principle(principle);
  }

  private static <T> void each(
      List<T> values, Function<T, Finding.Builder> finding, Consumer<Finding.Builder> out) {
    for (T value : values) {
      out.accept(finding.apply(value));
    }
  }

  private static <T> @Nullable String join(Collection<T> values, Function<T, String> label) {
    return values.isEmpty() ? null : values.stream().map(label).collect(Collectors.joining("、"));
  }

  private static @Nullable String text(@Nullable Deadline deadline) {
    return deadline == null || deadline.raw().isBlank() ? null : deadline.raw();
  }

  private static String retirement(RetiredItem record) {
    StringBuilder text = new StringBuilder(record.reason());
    if (record.since() != null) {
      text.append(" (").append(record.since()).append(')');
    }
    if (record.approvedBy() != null) {
      text.append(' ').append(record.approvedBy());
    }
    return text.toString();
  }
}
