package io.github.gkml.diff.internal;

import io.github.gkml.diff.ItemMatch;
import io.github.gkml.diff.MatchKind;
import io.github.gkml.model.Item;
import io.github.gkml.model.TextFolding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds renamed items among the items the code and path passes left unmatched. Candidates are pairs
 * that share their 一级事项, their own name (the last path segment), or its first or last characters —
 * or every pair, when few items are left — scored by {@link Similarity}; the best-scoring pairs at
 * or above the threshold are taken greedily, each item at most once. Two names closing with
 * different qualifiers (审核信息（东关镇） / 审核信息（西河乡）) are items of two places or scopes, never a rename.
 */
final class RenameDetector {

  /** Below this many unmatched pairs every pair is scored, so a rename of both names is found. */
  static final int ALL_PAIRS_LIMIT = 10_000;

  /** A name must be at least this similar: identical boilerplate content alone is no rename. */
  static final double MIN_NAME_SIMILARITY = 0.3;

  /** The block suffix every old item is also filed under, whatever its qualifier. */
  private static final String ANY_QUALIFIER = "|*";

  /** How many characters of a name's start and end make a block. */
  static final int AFFIX = 4;

  private RenameDetector() {}

  static void match(
      ItemMatcher.Side old, ItemMatcher.Side current, double threshold, List<ItemMatch> matches) {
    List<Integer> oldLeft = unused(old);
    List<Integer> newLeft = unused(current);
    if (oldLeft.isEmpty() || newLeft.isEmpty()) {
      return;
    }
    List<Candidate> candidates = new ArrayList<>();
    if ((long) oldLeft.size() * newLeft.size() <= ALL_PAIRS_LIMIT) {
      for (int n : newLeft) {
        for (int o : oldLeft) {
          score(old, current, o, n, threshold, candidates);
        }
      }
    } else {
      Map<String, List<Integer>> blocks = blocks(old, oldLeft);
      for (int n : newLeft) {
        for (int o : candidatesFor(current.items.get(n), blocks)) {
          score(old, current, o, n, threshold, candidates);
        }
      }
    }
    // Ties are broken by the positions of both items, the same whichever side is old, so that
    // diff(b, a) stays the inverse of diff(a, b).
    candidates.sort(
        Comparator.comparingDouble(Candidate::score)
            .reversed()
            .thenComparingInt(c -> Math.min(c.oldIndex(), c.newIndex()))
            .thenComparingInt(c -> Math.max(c.oldIndex(), c.newIndex())));
    for (Candidate c : candidates) {
      if (!old.used[c.oldIndex()] && !current.used[c.newIndex()]) {
        matches.add(ItemMatcher.pair(old, current, c.oldIndex(), c.newIndex(), MatchKind.RENAME));
      }
    }
  }

  private static void score(
      ItemMatcher.Side old,
      ItemMatcher.Side current,
      int o,
      int n,
      double threshold,
      List<Candidate> out) {
    if (Similarity.differInQualifier(old.keys[o], current.keys[n])) {
      return; // checked first: in a large catalog most pairs of a block are other places' items
    }
    ItemFeatures a = old.features();
    ItemFeatures b = current.features();
    double name =
        old.keys[o].equals(current.keys[n])
            ? 1
            : Similarity.dice(
                a.bigrams(o), b.bigrams(n), old.keys[o].length(), current.keys[n].length());
    if (name < MIN_NAME_SIMILARITY) {
      return;
    }
    double score =
        Similarity.combine(
            name,
            Similarity.jaccard(a.content(o), b.content(n)),
            Similarity.jaccard(a.basis(o), b.basis(n)));
    if (score >= threshold) {
      out.add(new Candidate(o, n, score));
    }
  }

  /**
   * The old items by block. Each is filed under every block key twice: with its qualifier ({@code
   * |(东关镇)}, or {@code |} for none), and as {@link #ANY_QUALIFIER} — so that a new item looks up
   * only the old items a rename can come from: those with its own qualifier or none if it has one,
   * all if it has none. Pairs of two different qualifiers, never a rename, are not even looked at.
   */
  private static Map<String, List<Integer>> blocks(ItemMatcher.Side side, List<Integer> indexes) {
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i : indexes) {
      String name = TextFolding.key(side.items.get(i).path().name());
      String qualifier = "|" + Similarity.qualifier(name);
      for (String key : blockKeys(side.items.get(i), name)) {
        blocks.computeIfAbsent(key + ANY_QUALIFIER, k -> new ArrayList<>()).add(i);
        blocks.computeIfAbsent(key + qualifier, k -> new ArrayList<>()).add(i);
      }
    }
    return blocks;
  }

  private static Set<Integer> candidatesFor(Item item, Map<String, List<Integer>> blocks) {
    String name = TextFolding.key(item.path().name());
    String qualifier = Similarity.qualifier(name);
    Set<Integer> candidates = new LinkedHashSet<>();
    for (String key : blockKeys(item, name)) {
      if (qualifier.isEmpty()) {
        candidates.addAll(blocks.getOrDefault(key + ANY_QUALIFIER, List.of()));
      } else {
        candidates.addAll(blocks.getOrDefault(key + "|" + qualifier, List.of()));
        candidates.addAll(blocks.getOrDefault(key + "|", List.of()));
      }
    }
    return candidates;
  }

  /**
   * The blocks an item is a candidate in: its 一级事项, its own name, and the first and the last
   * {@value #AFFIX} characters of its own name without a closing qualifier — so that a word put
   * before or after a one-segment name (征地管理政策 → 基层征地管理政策) still meets the old name.
   */
  private static List<String> blockKeys(Item item, String name) {
    String bare = Similarity.withoutQualifier(name);
    return List.of(
        "1:" + TextFolding.key(item.path().level1()),
        "n:" + name,
        "s:" + bare.substring(0, Math.min(AFFIX, bare.length())),
        "e:" + bare.substring(Math.max(0, bare.length() - AFFIX)));
  }

  private static List<Integer> unused(ItemMatcher.Side side) {
    List<Integer> left = new ArrayList<>();
    for (int i = 0; i < side.used.length; i++) {
      if (!side.used[i]) {
        left.add(i);
      }
    }
    return left;
  }

  /** A scored pair. */
  private record Candidate(int oldIndex, int newIndex, double score) {}
}
