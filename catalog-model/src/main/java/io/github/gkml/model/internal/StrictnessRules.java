package io.github.gkml.model.internal;

import io.github.gkml.model.Deadline;
import io.github.gkml.model.DeadlineComparison;
import io.github.gkml.model.DeadlineComparison.Reason;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.Frequency;
import io.github.gkml.model.Strictness;
import io.github.gkml.model.StrictnessPolicy;
import io.github.gkml.model.TimeSpan;
import io.github.gkml.model.Trigger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The strictness order of deadlines (公开时限只紧不松), as documented on {@link
 * io.github.gkml.model.DeadlineOrder}. Comparisons over start dates are cached per distinct pair of
 * due functions; the cache is thread-safe and bounded.
 */
public final class StrictnessRules {

  /** Beyond this many entries the cache stops growing; comparisons are then computed each time. */
  static final int CACHE_LIMIT = 10_000;

  private final CalendarIndex cal;
  private final StrictnessPolicy policy;
  private final ConcurrentHashMap<Key, StartDateComparison> cache = new ConcurrentHashMap<>();

  /** The cache key: the set of starts and the two functions. */
  private record Key(@Nullable Frequency periods, DueFunction oldDue, DueFunction newDue) {}

  public StrictnessRules(CalendarIndex cal, StrictnessPolicy policy) {
    this.cal = Objects.requireNonNull(cal, "cal");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** How strict {@code newer} is against {@code older}. */
  public DeadlineComparison compare(Deadline older, Deadline newer) {
    TimeSpan prompt = policy.promptWithin();
    if (prompt != null && (older instanceof Deadline.Prompt || newer instanceof Deadline.Prompt)) {
      DeadlineComparison inner = compare(asWithin(older, prompt), asWithin(newer, prompt));
      return Comparisons.wrap(Reason.PROMPT_BY_POLICY, older.raw(), newer.raw(), inner);
    }
    if (older instanceof Deadline.Conditional || newer instanceof Deadline.Conditional) {
      return clauses(older, newer);
    }
    if (older instanceof Deadline.Unparsed || newer instanceof Deadline.Unparsed) {
      boolean same =
          older instanceof Deadline.Unparsed
              && newer instanceof Deadline.Unparsed
              && Texts.key(older.raw()).equals(Texts.key(newer.raw()));
      return same ? identical(older, newer) : indeterminate(Reason.UNPARSED, older, newer);
    }
    if (older instanceof Deadline.Ongoing || newer instanceof Deadline.Ongoing) {
      return older instanceof Deadline.Ongoing && newer instanceof Deadline.Ongoing
          ? identical(older, newer)
          : indeterminate(Reason.ONGOING, older, newer);
    }
    if (older instanceof Deadline.Realtime || newer instanceof Deadline.Realtime) {
      return realtime(older, newer);
    }
    if (older instanceof Deadline.Prompt a && newer instanceof Deadline.Prompt b) {
      return sameTrigger(a.trigger(), b.trigger())
          ? identical(older, newer)
          : triggers(older, newer, a.trigger(), b.trigger());
    }
    if (older instanceof Deadline.Prompt || newer instanceof Deadline.Prompt) {
      return indeterminate(Reason.PROMPT_WITHOUT_NUMBER, older, newer);
    }
    if (older instanceof Deadline.Within a && newer instanceof Deadline.Within b) {
      return within(a, b);
    }
    if (older instanceof Deadline.Periodic a && newer instanceof Deadline.Periodic b) {
      return periodic(a, b);
    }
    return indeterminate(Reason.DIFFERENT_KINDS, older, newer);
  }

  /**
   * How strict a period of {@code newer} is against one of {@code older} after the same trigger.
   */
  public DeadlineComparison compareSpans(TimeSpan older, TimeSpan newer) {
    return chains(DueFunction.Chain.of(older, null), DueFunction.Chain.of(newer, null));
  }

  /** How strict a display period is against another: the longer is stricter. */
  public DeadlineComparison compareDisplay(DisplayPeriod older, DisplayPeriod newer) {
    String a = older.raw();
    String b = newer.raw();
    TimeSpan x = older.length();
    TimeSpan y = newer.length();
    if (x != null && y != null) {
      if (x.unit() == y.unit()) {
        return Comparisons.of(
            amounts(y.amount(), x.amount()), Reason.DISPLAY_LENGTH, x.toString(), y.toString());
      }
      DueFunction oldEnd = DueFunction.Chain.of(x, null);
      DueFunction newEnd = DueFunction.Chain.of(y, null);
      return Comparisons.displayFromStarts(
          x.toString(), y.toString(), starts(null, newEnd, oldEnd));
    }
    if (older.ongoing() && newer.ongoing()) {
      return Comparisons.of(Strictness.SAME, Reason.IDENTICAL, a, b);
    }
    if (older.isParsed() && newer.isParsed()) {
      Strictness s = newer.ongoing() ? Strictness.TIGHTER : Strictness.LOOSER;
      return Comparisons.of(s, Reason.DISPLAY_ONGOING, a, b);
    }
    boolean same = Texts.key(a).equals(Texts.key(b));
    return Comparisons.of(
        same ? Strictness.SAME : Strictness.INDETERMINATE,
        same ? Reason.IDENTICAL : Reason.DISPLAY_UNPARSED,
        a,
        b);
  }

  private DeadlineComparison within(Deadline.Within a, Deadline.Within b) {
    if (!sameTrigger(a.trigger(), b.trigger())) {
      return triggers(a, b, a.trigger(), b.trigger());
    }
    DeadlineComparison base =
        chains(DueFunction.Chain.of(a.span(), null), DueFunction.Chain.of(b.span(), null));
    if (a.extension() == null && b.extension() == null) {
      return base;
    }
    DeadlineComparison longest =
        chains(
            DueFunction.Chain.of(a.span(), a.extension()),
            DueFunction.Chain.of(b.span(), b.extension()));
    return Comparisons.allOf(Reason.EXTENSION, a.raw(), b.raw(), List.of(base, longest));
  }

  private DeadlineComparison chains(DueFunction.Chain a, DueFunction.Chain b) {
    if (a.equals(b)) {
      return Comparisons.of(Strictness.SAME, Reason.AMOUNTS, a.label(), b.label());
    }
    if ((a.isAllWorkingDays() && b.isAllWorkingDays()) || DueFunction.sameShape(a, b)) {
      return Comparisons.of(amounts(a.total(), b.total()), Reason.AMOUNTS, a.label(), b.label());
    }
    return Comparisons.fromStarts(Reason.CALENDAR, a.label(), b.label(), starts(null, a, b));
  }

  private DeadlineComparison periodic(Deadline.Periodic a, Deadline.Periodic b) {
    Frequency fa = a.frequency();
    Frequency fb = b.frequency();
    TimeSpan ia = a.interval();
    TimeSpan ib = b.interval();
    if (fa != null && fb != null) {
      Strictness s =
          fa == fb
              ? Strictness.SAME
              : fb.isAtLeastAsFrequentAs(fa) ? Strictness.TIGHTER : Strictness.LOOSER;
      if (s != Strictness.SAME) {
        return Comparisons.of(s, Reason.FREQUENCY, fa.label(), fb.label());
      }
      DueFunction.Lateness la = new DueFunction.Lateness(a.offset(), a.dueBy());
      DueFunction.Lateness lb = new DueFunction.Lateness(b.offset(), b.dueBy());
      if (la.equals(lb)) {
        return Comparisons.of(Strictness.SAME, Reason.FREQUENCY, fa.label(), fb.label());
      }
      String oldText = fa.label() + la.label();
      String newText = fb.label() + lb.label();
      return Comparisons.fromStarts(Reason.LATENESS, oldText, newText, starts(fa, la, lb));
    }
    if (fa == null && fb == null && ia != null && ib != null) {
      DeadlineComparison inner = compareSpans(ia, ib);
      return Comparisons.wrap(Reason.INTERVAL, a.raw(), b.raw(), inner);
    }
    return indeterminate(Reason.CADENCE_FORMS_DIFFER, a, b);
  }

  private DeadlineComparison realtime(Deadline older, Deadline newer) {
    boolean a = older instanceof Deadline.Realtime;
    boolean b = newer instanceof Deadline.Realtime;
    if (a && b) {
      return identical(older, newer);
    }
    return Comparisons.of(
        b ? Strictness.TIGHTER : Strictness.LOOSER, Reason.REALTIME, older.raw(), newer.raw());
  }

  private DeadlineComparison clauses(Deadline older, Deadline newer) {
    List<Deadline.Clause> a = clausesOf(older);
    List<Deadline.Clause> b = clausesOf(newer);
    List<Deadline.Clause> paired = pair(a, b);
    List<DeadlineComparison> parts = new ArrayList<>();
    if (paired != null) {
      for (int i = 0; i < a.size(); i++) {
        parts.add(compare(a.get(i).deadline(), paired.get(i).deadline()));
      }
      return Comparisons.allOf(Reason.CLAUSES, older.raw(), newer.raw(), parts);
    }
    if (!policy.compareUnmatchedClauses()) {
      return indeterminate(Reason.CLAUSES_DO_NOT_MATCH, older, newer);
    }
    for (Deadline.Clause x : a) {
      for (Deadline.Clause y : b) {
        parts.add(compare(x.deadline(), y.deadline()));
      }
    }
    return Comparisons.allOf(Reason.CLAUSES_DO_NOT_MATCH, older.raw(), newer.raw(), parts);
  }

  /**
   * The new clauses in the order of the old ones, when the conditions line up: the same conditions
   * in the same order, or the same set of distinct conditions; else {@code null}.
   */
  private static @Nullable List<Deadline.Clause> pair(
      List<Deadline.Clause> a, List<Deadline.Clause> b) {
    List<String> ka = a.stream().map(StrictnessRules::condition).toList();
    List<String> kb = b.stream().map(StrictnessRules::condition).toList();
    if (ka.equals(kb)) {
      return b;
    }
    Map<String, Deadline.Clause> byCondition = new HashMap<>();
    b.forEach(c -> byCondition.put(condition(c), c));
    if (a.size() != b.size()
        || byCondition.size() != b.size()
        || ka.stream().distinct().count() != a.size()) {
      return null;
    }
    List<Deadline.Clause> out = new ArrayList<>();
    for (String k : ka) {
      Deadline.Clause c = byCondition.get(k);
      if (c == null) {
        return null;
      }
      out.add(c);
    }
    return out;
  }

  private static String condition(Deadline.Clause c) {
    String when = c.when();
    return when == null ? "" : Texts.key(when);
  }

  private static List<Deadline.Clause> clausesOf(Deadline d) {
    return d instanceof Deadline.Conditional c
        ? c.clauses()
        : List.of(new Deadline.Clause(null, d));
  }

  private static Deadline asWithin(Deadline d, TimeSpan span) {
    return d instanceof Deadline.Prompt p
        ? new Deadline.Within(p.raw(), p.trigger(), span.amount(), span.unit(), null, null)
        : d;
  }

  private boolean sameTrigger(Trigger a, Trigger b) {
    return policy.representative(a) == policy.representative(b);
  }

  private StartDateComparison starts(
      @Nullable Frequency periods, DueFunction oldDue, DueFunction newDue) {
    Key key = new Key(periods, oldDue, newDue);
    StartDateComparison cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    StartDateComparison computed = StartDateComparison.of(cal, periods, oldDue, newDue);
    if (cache.size() < CACHE_LIMIT) {
      cache.putIfAbsent(key, computed);
    }
    return computed;
  }

  /** How many comparisons over start dates are cached. */
  public int cachedPairs() {
    return cache.size();
  }

  /** TIGHTER when the new amount is smaller. */
  private static Strictness amounts(long older, long newer) {
    return newer < older ? Strictness.TIGHTER : newer > older ? Strictness.LOOSER : Strictness.SAME;
  }

  private static DeadlineComparison identical(Deadline older, Deadline newer) {
    return Comparisons.of(Strictness.SAME, Reason.IDENTICAL, older.raw(), newer.raw());
  }

  private static DeadlineComparison indeterminate(Reason reason, Deadline older, Deadline newer) {
    return Comparisons.of(Strictness.INDETERMINATE, reason, older.raw(), newer.raw());
  }

  private static DeadlineComparison triggers(Deadline older, Deadline newer, Trigger a, Trigger b) {
    return Comparisons.of(
        Strictness.INDETERMINATE,
        Reason.DIFFERENT_TRIGGERS,
        older.raw(),
        newer.raw(),
        Map.of("oldTrigger", a.name(), "newTrigger", b.name()));
  }
}
