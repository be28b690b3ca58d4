package io.github.gkml.model.internal;

import io.github.gkml.model.Trigger;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a cell part into pieces: sentence by sentence, and inside each sentence its bracketed
 * groups. A group that states a deadline for a named part — (资金使用…按季度公开) — is an exception and
 * becomes a clause of its own; a group that only repeats or glosses the deadline — (动态调整), (变更) —
 * adds nothing; a group that names a trigger — 20个工作日(自该信息形成之日起) — lends it to the sentence.
 */
final class FragmentReader {

  /** Sentence separators, folded: full-width ；，！？ are ASCII after NFKC. */
  static final String SEPARATORS = ";。,!?";

  /** How deep bracketed groups are read; deeper groups are masked and skipped. */
  private static final int MAX_DEPTH = 3;

  private FragmentReader() {}

  /** Reads a cell part with no list numbering. */
  static List<Piece> readCell(Fragment cell) {
    return readCell(cell, 0);
  }

  private static List<Piece> readCell(Fragment cell, int depth) {
    List<Piece> pieces = new ArrayList<>();
    for (Fragment sentence : Brackets.of(cell).split(SEPARATORS)) {
      pieces.addAll(readSentence(sentence, depth));
    }
    return pieces;
  }

  private static List<Piece> readSentence(Fragment sentence, int depth) {
    Brackets brackets = Brackets.of(sentence);
    List<List<Piece>> groups = new ArrayList<>();
    List<Fragment> holes = new ArrayList<>();
    if (depth < MAX_DEPTH) {
      for (Fragment group : brackets.groups()) {
        List<Piece> read = readCell(group, depth + 1);
        groups.add(read);
        if (read.stream().anyMatch(FragmentReader::isException)) {
          holes.add(new Fragment(group.source(), group.start() - 1, group.end() + 1));
        }
      }
    }
    List<Piece> pieces = SentenceReader.read(sentence, brackets.masked(), holes);
    boolean hasDeadline = pieces.stream().anyMatch(Piece.Found.class::isInstance);
    for (List<Piece> group : groups) {
      merge(pieces, group, hasDeadline);
    }
    return pieces;
  }

  private static void merge(List<Piece> pieces, List<Piece> group, boolean hasDeadline) {
    for (Piece piece : group) {
      if (piece instanceof Piece.Found found) {
        if (found.when() != null || !hasDeadline) {
          pieces.add(piece);
        }
      } else if (piece instanceof Piece.Remark remark) {
        lendTrigger(pieces, remark.trigger());
      } else {
        pieces.add(piece);
      }
    }
  }

  private static void lendTrigger(List<Piece> pieces, Trigger trigger) {
    if (trigger == Trigger.UNSPECIFIED) {
      return;
    }
    for (int i = 0; i < pieces.size(); i++) {
      if (pieces.get(i) instanceof Piece.Found found
          && found.when() == null
          && Deadlines.lacksTrigger(found.deadline())) {
        pieces.set(i, new Piece.Found(Deadlines.withTrigger(found.deadline(), trigger), null));
      }
    }
  }

  private static boolean isException(Piece piece) {
    return piece instanceof Piece.Found found && found.when() != null;
  }
}
