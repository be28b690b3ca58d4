package io.github.gkml.diff.internal;

import io.github.gkml.diff.ItemMatch;
import io.github.gkml.diff.MatchKind;
import io.github.gkml.model.Item;
import io.github.gkml.model.TextFolding;
import java.util.ArrayList;
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
    List<ItemMatch> matches = new ArrayList<>(Math.min(oldItems.size(), newItems.size()));
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
    if (oldCodes.isEmpty()) {
      return;
    }
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
      int o = old.firstUnused(current.keys[n]);
      if (o >= 0) {
        matches.add(pair(old, current, o, n, MatchKind.PATH));
      }
    }
  }

  static ItemMatch pair(Side old, Side current, int o, int n, MatchKind kind) {
    old.used[o] = true;
    current.used[n] = true;
    return new ItemMatch(old.items.get(o), current.items.get(n), o, n, kind);
  }

  /**
   * One catalog's items with their folded keys, an index by key, and which are matched. The index
   * holds, per key, the first position of a chain through {@code next} (items in order), so a
   * catalog of unique paths costs one map entry per item and no list per key.
   */
  static final class Side {
    final List<Item> items;
    final String[] keys;
    final boolean[] used;
    final Map<String, int[]> byKey;
    private final int[] next;
    private final ItemFeatures features;

    Side(List<Item> items) {
      int size = items.size();
      this.items = items;
      this.keys = new String[size];
      this.used = new boolean[size];
      this.next = new int[size];
      this.byKey = new HashMap<>(capacity(size));
      this.features = new ItemFeatures(items, keys);
      for (int i = 0; i < size; i++) {
        keys[i] = items.get(i).path().key();
        next[i] = -1;
        int[] chain = byKey.get(keys[i]);
        if (chain == null) {
          chain = new int[] {i, i}; // first not yet taken, last
          byKey.put(keys[i], chain);
        } else {
          next[chain[1]] = i;
          chain[1] = i;
        }
      }
    }

    /** The first item with this key not yet matched, taken off its chain; -1 if none. */
    int firstUnused(String key) {
      int[] chain = byKey.get(key);
      if (chain == null) {
        return -1;
      }
      int i = chain[0];
      while (i >= 0 && used[i]) {
        i = next[i];
      }
      chain[0] = i < 0 ? -1 : next[i];
      return i;
    }

    /** Folded content, cited documents and name bigrams of each item, made when first asked. */
    ItemFeatures features() {
      return features;
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

    private static int capacity(int size) {
      return (int) Math.min(1 << 30, size * 4L / 3 + 1);
    }
  }
}
