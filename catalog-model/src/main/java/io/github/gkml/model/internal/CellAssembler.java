package io.github.gkml.model.internal;

import io.github.gkml.model.Deadline;
import io.github.gkml.model.Deadline.Clause;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.Trigger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Puts the pieces of a cell (or of one numbered clause) together, in the order written:
 *
 * <ul>
 *   <li>a display period belongs to the deadline before it (…10个工作日内,公示7个工作日);
 *   <li>an extension extends the deadline before it (…;情况复杂的,…可延长7个工作日);
 *   <li>a remark naming a trigger lends it to the deadline right after it (自信息形成之日起,20个工作日内);
 *   <li>an ongoing part with no condition, beside a real deadline, is that deadline's display
 *       period (…20个工作日内公开,保持长期公开);
 *   <li>a bare 及时 beside a deadline with a number adds nothing (the number is stricter);
 *   <li>the same deadline written twice counts once.
 * </ul>
 *
 * What remains is one deadline, or the clauses of a conditional one.
 */
final class CellAssembler {

  private final List<Entry> entries = new ArrayList<>();
  private @Nullable DisplayPeriod firstDisplay;
  private Trigger pending = Trigger.UNSPECIFIED;

  private CellAssembler() {}

  /** Assembles the pieces of a cell part. */
  static Assembly assemble(List<Piece> pieces) {
    CellAssembler assembler = new CellAssembler();
    for (Piece piece : pieces) {
      assembler.add(piece);
    }
    assembler.ongoingAsDisplay();
    assembler.dropVague();
    assembler.dropRepeats();
    return assembler.result();
  }

  private void add(Piece piece) {
    Trigger lent = pending;
    pending = Trigger.UNSPECIFIED;
    if (piece instanceof Piece.Found found) {
      Deadline d = found.deadline();
      if (lent != Trigger.UNSPECIFIED && found.when() == null && Deadlines.lacksTrigger(d)) {
        d = Deadlines.withTrigger(d, lent);
      }
      entries.add(new Entry(found.when(), d, null));
    } else if (piece instanceof Piece.Display display) {
      attach(display.period(), entries.size() - 1);
    } else if (piece instanceof Piece.Extension extension && !entries.isEmpty()) {
      Entry last = entries.get(entries.size() - 1);
      entries.set(
          entries.size() - 1,
          last.with(Deadlines.withExtension(last.deadline(), extension.span())));
    } else if (piece instanceof Piece.Remark remark) {
      pending = remark.trigger();
    }
  }

  private void attach(DisplayPeriod period, int index) {
    if (firstDisplay == null) {
      firstDisplay = period;
    }
    if (index >= 0 && index < entries.size() && entries.get(index).display() == null) {
      entries.set(index, entries.get(index).with(period));
    }
  }

  /**
   * Turns each ongoing part with no condition into the display period of the nearest real deadline
   * before it (or, if none precedes, the first one after it), when the cell has a real deadline.
   */
  private void ongoingAsDisplay() {
    if (entries.stream().allMatch(CellAssembler::isOngoing)) {
      return;
    }
    List<Entry> parts = List.copyOf(entries);
    List<DisplayPeriod> waiting = new ArrayList<>();
    entries.clear();
    int owner = -1;
    for (Entry e : parts) {
      if (isOngoing(e) && e.when() == null) {
        waiting.add(new DisplayPeriod(e.deadline().raw(), null, true));
      } else {
        entries.add(e);
        owner = isOngoing(e) ? owner : entries.size() - 1;
      }
      if (owner >= 0) {
        for (DisplayPeriod period : waiting) {
          attach(period, owner);
        }
        waiting.clear();
      }
    }
  }

  private static boolean isOngoing(Entry e) {
    return e.deadline() instanceof Deadline.Ongoing;
  }

  private void dropVague() {
    if (entries.stream().anyMatch(e -> Deadlines.isDefinite(e.deadline()))) {
      entries.removeIf(e -> e.deadline() instanceof Deadline.Prompt && e.when() == null);
    }
  }

  private void dropRepeats() {
    Set<Deadline> seen = new HashSet<>();
    entries.removeIf(e -> e.when() == null && !seen.add(Deadlines.with(e.deadline(), "", null)));
  }

  private Assembly result() {
    List<Clause> clauses = new ArrayList<>();
    for (Entry e : entries) {
      Deadline d = e.deadline();
      clauses.add(new Clause(e.when(), Deadlines.with(d, d.raw(), e.display())));
    }
    return new Assembly(clauses, firstDisplay);
  }

  /** A deadline being assembled, with its condition and display period. */
  private record Entry(@Nullable String when, Deadline deadline, @Nullable DisplayPeriod display) {
    Entry with(Deadline d) {
      return new Entry(when, d, display);
    }

    Entry with(DisplayPeriod period) {
      return new Entry(when, deadline, period);
    }
  }
}
