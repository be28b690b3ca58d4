package io.github.gkml.model.internal;

import io.github.gkml.model.Deadline;
import io.github.gkml.model.Deadline.Clause;
import io.github.gkml.model.DisplayPeriod;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads 公开时限 phrases into {@link Deadline}s and 公示期 phrases into {@link DisplayPeriod}s.
 *
 * <p>A cell is folded ({@link FoldedText}), split into numbered items if it is a numbered list
 * ({@link NumberedClauses}), then into sentences and bracketed groups ({@link FragmentReader});
 * each sentence is read into pieces ({@link SentenceReader}) that are put together into one
 * deadline ({@link CellAssembler}). Every pattern is precompiled and bounded, and cells longer than
 * {@value #MAX_LENGTH} characters are not read at all, so the work is linear in the length of the
 * cell. Stateless and thread-safe.
 */
public final class DeadlineParser {

  /**
   * The longest text read. Real cells are a few hundred characters at most; longer text is kept as
   * {@link Deadline.Unparsed} without being looked at.
   */
  public static final int MAX_LENGTH = 4096;

  /** The longest text before a colon that names the part a numbered item applies to. */
  private static final int MAX_CONDITION = 40;

  private DeadlineParser() {}

  /** Reads a deadline phrase; never throws, and keeps {@code text} as the raw text. */
  public static Deadline parse(String text) {
    try {
      return read(text);
    } catch (RuntimeException e) {
      // A reading bug must not cost a catalog its cell: keep the text, as for any unread phrase.
      // Tests run read() itself on random text, so this net does not hide such bugs from them.
      return new Deadline.Unparsed(text, null);
    }
  }

  /** Reads a deadline phrase without the safety net of {@link #parse}. */
  static Deadline read(String text) {
    if (text.length() > MAX_LENGTH) {
      return new Deadline.Unparsed(text, null);
    }
    FoldedText folded = FoldedText.of(text);
    Fragment cell = folded.whole();
    List<Fragment> items = NumberedClauses.split(cell);
    if (items != null) {
      return numbered(text, items);
    }
    return CellAssembler.assemble(FragmentReader.readCell(cell)).toDeadline(text);
  }

  /**
   * Reads a display period (公示7个工作日, 公示期不少于30日, 公告期限为5个工作日, 7天, 长期); never throws. The first number
   * with a unit is the length; without one, 长期 and its kin mean ongoing.
   */
  public static DisplayPeriod parseDisplayPeriod(String text) {
    if (text.length() > MAX_LENGTH) {
      return new DisplayPeriod(text, null, false);
    }
    String folded = FoldedText.of(text).text();
    List<Quantity> quantities = Quantity.findAll(folded);
    if (!quantities.isEmpty()) {
      return new DisplayPeriod(text, quantities.get(0).span(), false);
    }
    boolean ongoing = KindWords.ongoing(folded, 0, folded.length()) >= 0;
    return new DisplayPeriod(text, null, ongoing);
  }

  private static Deadline numbered(String raw, List<Fragment> items) {
    List<Clause> clauses = new ArrayList<>();
    DisplayPeriod display = null;
    boolean parsed = false;
    for (Fragment item : items) {
      Fragment trimmed = item.trim(FragmentReader.SEPARATORS);
      if (trimmed.isEmpty()) {
        continue;
      }
      Clause clause = item(trimmed);
      clauses.add(clause);
      parsed |= !(clause.deadline() instanceof Deadline.Unparsed);
      display = display != null ? display : clause.deadline().displayPeriod();
    }
    if (!parsed) {
      return new Deadline.Unparsed(raw, display);
    } else if (clauses.size() == 1 && clauses.get(0).when() == null) {
      Deadline only = clauses.get(0).deadline();
      return Deadlines.with(only, raw, only.displayPeriod());
    }
    return new Deadline.Conditional(raw, clauses, display);
  }

  /** One numbered item: 处罚决定:20个工作日内, or a sentence naming its part itself. */
  private static Clause item(Fragment item) {
    int colon = conditionColon(item.text());
    String when = colon < 0 ? null : ConditionText.of(item.text().substring(0, colon));
    Fragment body =
        colon < 0 ? item : item.slice(colon + 1, item.length()).trim(FragmentReader.SEPARATORS);
    Assembly assembly = CellAssembler.assemble(FragmentReader.readCell(body));
    Deadline deadline = assembly.toDeadline(body.raw());
    return new Clause(when != null ? when : assembly.onlyCondition(), deadline);
  }

  /** The colon after a short condition with no number (处罚决定:…), or -1. */
  private static int conditionColon(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon > MAX_CONDITION) {
      return -1;
    }
    return Quantity.findAll(text.substring(0, colon)).isEmpty() ? colon : -1;
  }
}
