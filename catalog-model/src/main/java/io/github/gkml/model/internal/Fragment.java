package io.github.gkml.model.internal;

import java.util.List;

/**
 * A range {@code [start, end)} of a {@link FoldedText}: a clause, a sentence or the inside of a
 * bracket. Gives both its folded text and the text as written.
 *
 * @param source the folded cell
 * @param start the first folded index
 * @param end one past the last folded index
 */
record Fragment(FoldedText source, int start, int end) {

  /** The folded text of the fragment. */
  String text() {
    return source.text().substring(start, end);
  }

  /** The text as written, stripped. */
  String raw() {
    return source.raw(start, end);
  }

  int length() {
    return end - start;
  }

  boolean isEmpty() {
    return start >= end;
  }

  /** The part {@code [from, to)}, in indices relative to this fragment. */
  Fragment slice(int from, int to) {
    return new Fragment(source, start + from, start + to);
  }

  /** The fragment without leading and trailing characters from {@code chars}. */
  Fragment trim(String chars) {
    String text = source.text();
    int s = start;
    int e = end;
    while (s < e && chars.indexOf(text.charAt(s)) >= 0) {
      s++;
    }
    while (e > s && chars.indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    return new Fragment(source, s, e);
  }

  /**
   * The text as written of the relative range {@code [from, to)}, leaving out the absolute ranges
   * in {@code holes} (sorted, non-overlapping), which cut out the exceptions a bracket states.
   */
  String raw(int from, int to, List<Fragment> holes) {
    int s = start + from;
    int e = start + to;
    StringBuilder out = new StringBuilder();
    for (Fragment hole : holes) {
      if (hole.end() <= s || hole.start() >= e) {
        continue;
      }
      out.append(source.raw(s, hole.start()));
      s = hole.end();
    }
    out.append(source.raw(s, e));
    return out.toString().strip();
  }
}
