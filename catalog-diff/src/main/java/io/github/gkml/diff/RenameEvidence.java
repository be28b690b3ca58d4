package io.github.gkml.diff;

/**
 * 改名依据 — why two items with different paths were judged to be one item renamed: how similar their
 * names, content elements and bases are, and whether their codes agree. Each similarity is between
 * 0 (nothing shared) and 1 (the same).
 *
 * @param matchedBy how the pair was matched ({@link MatchKind#CODE} or {@link MatchKind#RENAME})
 * @param score the combined similarity the match was accepted on
 * @param name similarity of the paths (character bigrams of the folded names)
 * @param content similarity of the content elements (shared elements over all elements)
 * @param basis similarity of the cited documents
 * @since 0.1
 */
public record RenameEvidence(
    MatchKind matchedBy, double score, double name, double content, double basis) {

  /**
   * Validates the scores.
   *
   * @throws IllegalArgumentException if a score is outside [0, 1]
   */
  public RenameEvidence {
    for (double s : new double[] {score, name, content, basis}) {
      if (!(s >= 0 && s <= 1)) {
        throw new IllegalArgumentException("similarities lie between 0 and 1, got " + s);
      }
    }
  }
}
