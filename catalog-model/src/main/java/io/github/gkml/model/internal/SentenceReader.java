package io.github.gkml.model.internal;

import io.github.gkml.model.Deadline;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.Frequency;
import io.github.gkml.model.PeriodUnit;
import io.github.gkml.model.TimeSpan;
import io.github.gkml.model.Trigger;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads one sentence, its bracketed groups masked out, into pieces. Each number with a unit opens a
 * region that runs to the next one (after its 内予以公开); the words in a region before its number say
 * what the number is. A number with a unit wins over the kind words (及时, 长期, 按季度), which are read
 * only when no number gave a deadline.
 */
final class SentenceReader {

  private final Fragment fragment;
  private final String masked;
  private final String text;
  private final List<Fragment> holes;

  private SentenceReader(Fragment fragment, String masked, List<Fragment> holes) {
    this.fragment = fragment;
    this.masked = masked;
    this.text = fragment.text();
    this.holes = holes;
  }

  /**
   * Reads a sentence.
   *
   * @param fragment the sentence
   * @param masked its folded text with bracketed groups masked
   * @param holes bracketed exceptions to leave out of the raw text of what is read here
   */
  static List<Piece> read(Fragment fragment, String masked, List<Fragment> holes) {
    return new SentenceReader(fragment, masked, holes).read();
  }

  private List<Piece> read() {
    List<Quantity> quantities = Quantity.findAll(masked);
    List<Piece> pieces = new ArrayList<>();
    int regionStart = 0;
    for (int k = 0; k < quantities.size(); k++) {
      Quantity q = quantities.get(k);
      boolean last = k + 1 == quantities.size();
      String after =
          masked.substring(q.end(), last ? masked.length() : quantities.get(k + 1).start());
      int regionEnd = last ? masked.length() : q.end() + QuantityContext.tailLength(after);
      Piece piece = quantity(regionStart, q, after, regionEnd);
      if (piece != null) {
        pieces.add(piece);
      }
      regionStart = regionEnd;
    }
    if (pieces.stream().noneMatch(p -> p instanceof Piece.Found || p instanceof Piece.Extension)) {
      pieces.add(0, words());
    }
    return pieces;
  }

  /**
   * What a quantity is, from the words before it (back to {@code start}) and after it (up to the
   * next quantity); its region, and so its raw text, runs from {@code start} to {@code end}.
   */
  private @Nullable Piece quantity(int start, Quantity q, String after, int end) {
    String before = masked.substring(start, q.start());
    TimeSpan span = q.span();
    if (QuantityContext.isLead(before, after)) {
      return null;
    } else if (QuantityContext.isExtension(before)) {
      return new Piece.Extension(span);
    } else if (QuantityContext.isDisplay(before, after)) {
      return new Piece.Display(new DisplayPeriod(raw(start, end), span, false));
    }
    int every = QuantityContext.interval(before, after);
    if (every >= 0) {
      return found(interval(raw(start, end), span), start, start + every);
    }
    QuantityContext.Offset offset = QuantityContext.offset(before);
    if (offset != null) {
      Deadline periodic =
          new Deadline.Periodic(raw(start, end), offset.frequency(), span, null, null, null);
      return found(periodic, start, start + offset.start());
    }
    return within(start, q, end);
  }

  private Piece within(int start, Quantity q, int end) {
    TriggerWords.Found trigger = TriggerWords.find(masked, start, q.start());
    Trigger named = trigger == null ? Trigger.UNSPECIFIED : trigger.trigger();
    int subjectEnd = trigger == null ? q.start() : trigger.firstStart();
    TimeSpan span = q.span();
    return found(
        new Deadline.Within(raw(start, end), named, span.amount(), span.unit(), null, null),
        start,
        subjectEnd);
  }

  /** The kind words of the whole sentence: a yearly date, a frequency, 实时, 及时, 长期. */
  private Piece words() {
    int end = masked.length();
    String raw = raw(0, end);
    YearlyDate.Hit date = YearlyDate.find(masked, 0, end);
    if (date != null) {
      return found(
          new Deadline.Periodic(raw, Frequency.YEARLY, null, date.dueBy(), null, null),
          0,
          date.start());
    }
    KindWords.Hit frequency = KindWords.frequency(masked, 0, end);
    if (frequency != null) {
      return found(
          new Deadline.Periodic(raw, frequency.frequency(), null, null, null, null),
          0,
          frequency.start());
    }
    return timeWords(raw, end);
  }

  private Piece timeWords(String raw, int end) {
    int realtime = KindWords.realtime(masked, 0, end);
    if (realtime >= 0) {
      return found(new Deadline.Realtime(raw, null), 0, realtime);
    }
    int prompt = KindWords.prompt(masked, 0, end);
    if (prompt >= 0) {
      TriggerWords.Found trigger = TriggerWords.find(masked, 0, prompt);
      Trigger named = trigger == null ? Trigger.UNSPECIFIED : trigger.trigger();
      int subjectEnd = trigger == null ? prompt : trigger.firstStart();
      return found(new Deadline.Prompt(raw, named, null), 0, subjectEnd);
    }
    int ongoing = KindWords.ongoing(masked, 0, end);
    if (ongoing >= 0) {
      return found(new Deadline.Ongoing(raw, null), 0, ongoing);
    }
    TriggerWords.Found trigger = TriggerWords.find(masked, 0, end);
    return new Piece.Remark(trigger == null ? Trigger.UNSPECIFIED : trigger.trigger());
  }

  /** 每20个工作日: a custom interval, or the frequency it equals (每3个月 is quarterly). */
  private static Deadline interval(String raw, TimeSpan span) {
    Frequency frequency = frequencyOf(span);
    return frequency == null
        ? new Deadline.Periodic(raw, null, null, null, span, null)
        : new Deadline.Periodic(raw, frequency, null, null, null, null);
  }

  private static @Nullable Frequency frequencyOf(TimeSpan span) {
    if (span.unit() == PeriodUnit.CALENDAR_DAYS) {
      return span.amount() == 1 ? Frequency.DAILY : span.amount() == 7 ? Frequency.WEEKLY : null;
    } else if (span.unit() != PeriodUnit.MONTHS) {
      return null;
    }
    return switch (span.amount()) {
      case 1 -> Frequency.MONTHLY;
      case 3 -> Frequency.QUARTERLY;
      case 6 -> Frequency.HALF_YEARLY;
      case 12 -> Frequency.YEARLY;
      default -> null;
    };
  }

  private Piece found(Deadline deadline, int subjectStart, int subjectEnd) {
    return new Piece.Found(deadline, ConditionText.of(text.substring(subjectStart, subjectEnd)));
  }

  private String raw(int from, int to) {
    return fragment.raw(from, to, holes);
  }
}
