package io.github.gkml.model.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The bracket structure of a fragment, found in one pass: top-level groups (…), […], 【…】, 〔…〕, and
 * the top-level separators between sentences. An opening bracket with no closing one is ordinary
 * text, so a stray bracket never swallows the rest of a cell.
 */
final class Brackets {

  /** Replaces the characters of a masked-out group; never part of any pattern. */
  static final char MASK = '\u0000';

  private static final String OPEN = "([【〔〖";
  private static final String CLOSE = ")]】〕〗";

  private final Fragment fragment;
  private final int[] match;

  private Brackets(Fragment fragment, int[] match) {
    this.fragment = fragment;
    this.match = match;
  }

  /** Finds the matching brackets of a fragment. */
  static Brackets of(Fragment fragment) {
    String text = fragment.text();
    int[] match = new int[text.length()];
    Arrays.fill(match, -1);
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (OPEN.indexOf(c) >= 0) {
        open.push(i);
      } else if (CLOSE.indexOf(c) >= 0 && !open.isEmpty()) {
        match[open.pop()] = i;
      }
    }
    return new Brackets(fragment, match);
  }

  /** The insides of the top-level groups, in order. */
  List<Fragment> groups() {
    List<Fragment> groups = new ArrayList<>();
    for (int i = 0; i < match.length; i++) {
      if (match[i] > i) {
        groups.add(fragment.slice(i + 1, match[i]));
        i = match[i];
      }
    }
    return groups;
  }

  /** The folded text with every top-level group, brackets included, replaced by {@link #MASK}. */
  String masked() {
    char[] text = fragment.text().toCharArray();
    for (int i = 0; i < match.length; i++) {
      if (match[i] > i) {
        Arrays.fill(text, i, match[i] + 1, MASK);
        i = match[i];
      }
    }
    return new String(text);
  }

  /**
   * The fragment split at top-level separators, each part trimmed of separators; empty parts are
   * dropped.
   */
  List<Fragment> split(String separators) {
    String text = fragment.text();
    List<Fragment> parts = new ArrayList<>();
    int partStart = 0;
    for (int i = 0; i < text.length(); i++) {
      if (match[i] > i) {
        i = match[i];
      } else if (separators.indexOf(text.charAt(i)) >= 0) {
        add(parts, fragment.slice(partStart, i), separators);
        partStart = i + 1;
      }
    }
    add(parts, fragment.slice(partStart, text.length()), separators);
    return parts;
  }

  /** For each relative index, whether it lies inside a top-level group (brackets excluded). */
  boolean[] inside() {
    boolean[] inside = new boolean[match.length];
    for (int i = 0; i < match.length; i++) {
      if (match[i] > i) {
        Arrays.fill(inside, i + 1, match[i], true);
        i = match[i];
      }
    }
    return inside;
  }

  private static void add(List<Fragment> parts, Fragment part, String separators) {
    Fragment trimmed = part.trim(separators);
    if (!trimmed.isEmpty()) {
      parts.add(trimmed);
    }
  }
}
