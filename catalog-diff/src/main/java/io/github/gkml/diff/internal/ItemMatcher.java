package io.github.gkml.diff.internal;

import io.github.gkml.diff.ItemMatch;
import io.github.gkml.diff.MatchKind;
import io.github.gkml.model.Item;
import io.github.gkml.model.TextFolding;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
    KeyIndex oldCodes = old.uniqueCodes();
    if (oldCodes.isEmpty()) {
      return;
    }
    KeyIndex newCodes = current.uniqueCodes();
    for (int n = 0; n < current.items.size(); n++) {
      String code = newCodes.keyOf(n);
      if (code == null || !newCodes.isUnique(n)) {
        continue;
      }
      int o = oldCodes.firstOf(code);
      if (o < 0 || !oldCodes.isUnique(o)) {
        continue;
      }
      boolean samePath = old.keys[o].equals(current.keys[n]);
      boolean pathsFree =
          !current.byKey.contains(old.keys[o]) && !old.byKey.contains(current.keys[n]);
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
   * ({@link KeyIndex}) is open addressing over int arrays with a chain through the items, so a
   * catalog of a million items costs a few arrays, not a million map entries: at that size the maps
   * outgrew the CPU caches and hashing came to dominate the diff (docs/performance.md).
   */
  static final class Side {
    final List<Item> items;
    final String[] keys;
    final boolean[] used;
    final KeyIndex byKey;
    private final ItemFeatures features;

    Side(List<Item> items) {
      int size = items.size();
      this.items = items;
      this.keys = new String[size];
      this.used = new boolean[size];
      for (int i = 0; i < size; i++) {
        keys[i] = items.get(i).path().key();
      }
      this.byKey = new KeyIndex(keys);
      this.features = new ItemFeatures(items, keys);
    }

    /** The first item with this key not yet matched, taken off its chain; -1 if none. */
    int firstUnused(String key) {
      return byKey.takeFirst(key, used);
    }

    /** Folded content, cited documents and name bigrams of each item, made when first asked. */
    ItemFeatures features() {
      return features;
    }

    /** The index of this side's codes (folded); items without a code have none. */
    KeyIndex uniqueCodes() {
      String[] codes = new String[items.size()];
      for (int i = 0; i < codes.length; i++) {
        String code = items.get(i).code();
        codes[i] = code == null ? null : TextFolding.key(code);
      }
      return new KeyIndex(codes);
    }
  }

  /**
   * 索引 — items by key: for each distinct key a slot of an open-addressing table holding the first
   * item with that key and the first not yet taken; the items with the same key are chained in
   * order through {@code next}. Keys may be null (no key).
   */
  static final class KeyIndex {
    private final @Nullable String[] keys;
    private final int[] next;
    private final int[] first;
    private final int[] cursor;
    private final int mask;
    private int distinct;

    KeyIndex(@Nullable String[] keys) {
      this.keys = keys;
      this.next = new int[keys.length];
      int capacity = Integer.highestOneBit(Math.max(2, keys.length) * 2 - 1) << 1;
      this.first = new int[capacity];
      this.cursor = new int[capacity];
      this.mask = capacity - 1;
      java.util.Arrays.fill(first, -1);
      int[] last = new int[capacity];
      for (int i = 0; i < keys.length; i++) {
        next[i] = -1;
        String key = keys[i];
        if (key == null) {
          continue;
        }
        int slot = slot(key);
        if (first[slot] < 0) {
          first[slot] = i;
          cursor[slot] = i;
          distinct++;
        } else {
          next[last[slot]] = i;
        }
        last[slot] = i;
      }
    }

    boolean isEmpty() {
      return distinct == 0;
    }

    boolean contains(String key) {
      return first[slot(key)] >= 0;
    }

    /** The first item with {@code key}, or -1. */
    int firstOf(String key) {
      return first[slot(key)];
    }

    @Nullable String keyOf(int item) {
      return keys[item];
    }

    /** Whether item {@code item} is the only one with its key. */
    boolean isUnique(int item) {
      String key = keys[item];
      return key != null && first[slot(key)] == item && next[item] < 0;
    }

    /** The first item with {@code key} not yet {@code used}, taken off its chain; -1 if none. */
    int takeFirst(String key, boolean[] used) {
      int slot = slot(key);
      if (first[slot] < 0) {
        return -1;
      }
      int i = cursor[slot];
      while (i >= 0 && used[i]) {
        i = next[i];
      }
      cursor[slot] = i < 0 ? -1 : next[i];
      return i;
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slot(String key) {
      int h = key.hashCode();
      int slot = (h ^ (h >>> 16)) & mask;
      while (first[slot] >= 0 && !key.equals(keys[first[slot]])) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }
  }
}
