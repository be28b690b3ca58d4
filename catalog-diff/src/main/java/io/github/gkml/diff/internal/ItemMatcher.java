package io.github.gkml.diff.internal;

import io.github.gkml.diff.ItemMatch;
import io.github.gkml.diff.MatchKind;
import io.github.gkml.model.Item;
import io.github.gkml.model.TextFolding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches the items of two catalogs: by code, by normalised path, then by rename detection over
 * what is left (see {@link io.github.gkml.diff.CatalogDiffer}). Linear in the number of items for
 * the first two passes (hash joins); the third scores only unmatched items, within blocks.
 */
public final class ItemMatcher {

  private ItemMatcher() {}

  /**
   * The matches, and the indexes of the old items left unmatched (ascending).
   *
   * @param matches the matched pairs
   * @param unmatchedOld old items with no counterpart
   */
  public record Result(List<ItemMatch> matches, List<Integer> unmatchedOld) {}

  /** Matches {@code oldItems} with {@code newItems}. */
  public static Result match(List<Item> oldItems, List<Item> newItems, double renameThreshold) {
    Side old = new Side(oldItems);
    Side current = new Side(newItems);
    List<ItemMatch> matches = new ArrayList<>();
    matchByCode(old, current, matches);
    matchByPath(old, current, matches);
    RenameDetector.match(old, current, renameThreshold, matches);
    List<Integer> unmatchedOld = new ArrayList<>();
    for (int i = 0; i < oldItems.size(); i++) {
      if (!old.used[i]) {
        unmatchedOld.add(i);
      }
    }
    return new Result(matches, unmatchedOld);
  }

  private static void matchByCode(Side old, Side current, List<ItemMatch> matches) {
    Map<String, Integer> oldCodes = old.uniqueCodes();
    Map<String, Integer> newCodes = current.uniqueCodes();
    for (Map.Entry<String, Integer> entry : newCodes.entrySet()) {
      Integer o = oldCodes.get(entry.getKey());
      if (o == null) {
        continue;
      }
      int n = entry.getValue();
      boolean samePath = old.keys[o].equals(current.keys[n]);
      boolean pathsFree =
          !current.byKey.containsKey(old.keys[o]) && !old.byKey.containsKey(current.keys[n]);
      if (samePath || pathsFree) {
        matches.add(pair(old, current, o, n, MatchKind.CODE));
      }
    }
  }

  private static void matchByPath(Side old, Side current, List<ItemMatch> matches) {
    for (int n = 0; n < current.items.size(); n++) {
      if (current.used[n]) {
        continue;
      }
      Deque<Integer> candidates = old.byKey.get(current.keys[n]);
      while (candidates != null && !candidates.isEmpty()) {
        int o = candidates.pollFirst();
        if (!old.used[o]) {
          matches.add(pair(old, current, o, n, MatchKind.PATH));
          break;
        }
      }
    }
  }

  static ItemMatch pair(Side old, Side current, int o, int n, MatchKind kind) {
    old.used[o] = true;
    current.used[n] = true;
    return new ItemMatch(old.items.get(o), current.items.get(n), o, n, kind);
  }

  /** One catalog's items with their folded keys, an index by key, and which are matched. */
  static final class Side {
    final List<Item> items;
    final String[] keys;
    final boolean[] used;
    final Map<String, Deque<Integer>> byKey = new HashMap<>();

    Side(List<Item> items) {
      this.items = items;
      this.keys = new String[items.size()];
      this.used = new boolean[items.size()];
      for (int i = 0; i < items.size(); i++) {
        keys[i] = items.get(i).path().key();
        byKey.computeIfAbsent(keys[i], k -> new ArrayDeque<>()).addLast(i);
      }
    }

    /** Codes that occur once on this side, with their item's index. */
    Map<String, Integer> uniqueCodes() {
      Map<String, Integer> codes = new HashMap<>();
      Map<String, Boolean> repeated = new HashMap<>();
      for (int i = 0; i < items.size(); i++) {
        String code = items.get(i).code();
        if (code == null) {
          continue;
        }
        String key = TextFolding.key(code);
        if (codes.putIfAbsent(key, i) != null) {
          repeated.put(key, true);
        }
      }
      repeated.keySet().forEach(codes::remove);
      return codes;
    }
  }
}
