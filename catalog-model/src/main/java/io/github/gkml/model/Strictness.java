package io.github.gkml.model;

/**
 * 宽严 — how strict a new deadline is against an old one (公开时限只紧不松): the answer of {@link
 * DeadlineOrder#compare}.
 *
 * <p>For display periods (公示期) the words keep their meaning — stricter or not — although the
 * direction reverses: a longer display period is {@link #TIGHTER}.
 *
 * @since 0.1
 */
public enum Strictness {
  /** 更紧 — the new one is at least as strict for every start date, and stricter for some. */
  TIGHTER,
  /** 相同 — as strict for every start date. */
  SAME,
  /** 更松 — the new one is at most as strict for every start date, and less strict for some. */
  LOOSER,
  /**
   * 无法判定 — neither: they cannot be compared (different triggers, 及时 against a number), or the new
   * one is stricter for some start dates and less strict for others. A warning, never a pass.
   */
  INDETERMINATE;

  /** The answer with old and new swapped: TIGHTER and LOOSER trade places. */
  public Strictness inverse() {
    return switch (this) {
      case TIGHTER -> LOOSER;
      case LOOSER -> TIGHTER;
      default -> this;
    };
  }

  /** Whether the new one is at least as strict: {@link #TIGHTER} or {@link #SAME}. */
  public boolean isAtLeastAsStrict() {
    return this == TIGHTER || this == SAME;
  }

  /**
   * Both answers at once, for a deadline made of parts that must all hold (clauses, a period and
   * its extension): SAME gives way to the other; TIGHTER with LOOSER is INDETERMINATE.
   */
  public Strictness and(Strictness other) {
    if (this == other || other == SAME) {
      return this;
    }
    if (this == SAME) {
      return other;
    }
    return INDETERMINATE;
  }
}
