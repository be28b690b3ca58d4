package io.github.gkml.diff.internal;

import io.github.gkml.diff.ItemMatch;
import io.github.gkml.diff.MatchKind;
import io.github.gkml.model.Item;
import io.github.gkml.model.TextFolding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Matches the items of two catalogs: by code, by normalised path, then by rename detection over
 * what is left (see {@link io.github.gkml.diff.CatalogDiffer}). Linear in the number of items for
 * the first two passes (hash joins); the third scores only unmatched items, within blocks.
 */
public final class ItemMatcher {

  private ItemMatcher() {}

  /**
   * The matches, the indexes of the old items left unmatched (ascending), and which matches pair
   * items of different paths.
   *
   * @param matches the matched pairs
   * @param unmatchedOld old items with no counterpart
   * @param renamed the new indexes of the matches whose folded paths differ (matched by code or by
   *     rename detection): the matcher compared the paths already, so the elements' comparison need
   *     not read them again
   */
  public record Result(List<ItemMatch> matches, List<Integer> unmatchedOld, BitSet renamed) {}

  /** Matches {@code oldItems} with {@code newItems}. */
  public static Result match(List<Item> oldItems, List<Item> newItems, double renameThreshold) {
    Side old = new Side(oldItems);
    Side current = new Side(newItems);
    List<ItemMatch> matches = new ArrayList<>(Math.min(oldItems.size(), newItems.size()));
    BitSet renamed = new BitSet();
    matchByCode(old, current, matches, renamed);
    matchByPath(old, current, matches);
    int byPath = matches.size();
    RenameDetector.match(old, current, renameThreshold, matches);
    for (ItemMatch match : matches.subList(byPath, matches.size())) {
      if (!old.keys[match.oldIndex()].equals(current.keys[match.newIndex()])) {
        renamed.set(match.newIndex());
      }
    }
    List<Integer> unmatchedOld = new ArrayList<>();
    for (int i = 0; i < oldItems.size(); i++) {
      if (!old.used[i]) {
        unmatchedOld.add(i);
      }
    }
    return new Result(matches, unmatchedOld, renamed);
  }

  /**
   * Pairs items by a code unique on both sides. A pair of different paths is taken only if neither
   * path still names an item on the other side; those few pairs are decided after the others, with
   * one pass over the new paths instead of an index of them (at a million items, building that
   * index cost more than the rest of the code matching).
   */
  private static void matchByCode(Side old, Side current, List<ItemMatch> matches, BitSet renamed) {
    KeyIndex oldCodes = old.uniqueCodes();
    if (oldCodes.isEmpty()) {
      return;
    }
    KeyIndex newCodes = current.uniqueCodes();
    List<int[]> otherPaths = new ArrayList<>();
    for (int n = 0; n < current.items.size(); n++) {
      String code = newCodes.keyOf(n);
      if (code == null || !newCodes.isUnique(n)) {
        continue;
      }
      int o = oldCodes.firstOf(code, current.codeHashes[n]);
      if (o < 0 || !oldCodes.isUnique(o)) {
        continue;
      }
      if (old.keys[o].equals(current.keys[n])) {
        matches.add(pair(old, current, o, n, MatchKind.CODE));
      } else {
        otherPaths.add(new int[] {o, n});
      }
    }
    if (otherPaths.isEmpty()) {
      return;
    }
    Set<String> oldPaths = new HashSet<>();
    int[] oldPathHashes = new int[otherPaths.size()];
    for (int i = 0; i < oldPathHashes.length; i++) {
      int o = otherPaths.get(i)[0];
      oldPaths.add(old.keys[o]);
      oldPathHashes[i] = old.keyHashes[o];
    }
    Arrays.sort(oldPathHashes);
    Set<String> stillNamed = new HashSet<>();
    for (int n = 0; n < current.keys.length; n++) {
      // The hash, kept from the first pass, spares reading all but a few of the new paths again.
      if (Arrays.binarySearch(oldPathHashes, current.keyHashes[n]) >= 0
          && oldPaths.contains(current.keys[n])) {
        stillNamed.add(current.keys[n]);
      }
    }
    for (int[] candidate : otherPaths) {
      int o = candidate[0];
      int n = candidate[1];
      if (!stillNamed.contains(old.keys[o])
          && !old.byKey().contains(current.keys[n], current.keyHashes[n])) {
        matches.add(pair(old, current, o, n, MatchKind.CODE));
        renamed.set(n);
      }
    }
  }

  private static void matchByPath(Side old, Side current, List<ItemMatch> matches) {
    for (int n = 0; n < current.items.size(); n++) {
      if (current.used[n]) {
        continue;
      }
      int o = old.firstUnused(current.keys[n], current.keyHashes[n]);
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
    final int[] keyHashes;
    private final @Nullable String[] codes;
    final int[] codeHashes;
    final boolean[] used;
    private @Nullable KeyIndex byKey;
    private final ItemFeatures features;

    Side(List<Item> items) {
      int size = items.size();
      this.items = items;
      this.keys = new String[size];
      this.keyHashes = new int[size];
      this.codes = new String[size];
      this.codeHashes = new int[size];
      this.used = new boolean[size];
      // One pass reads each item's key and code, and hashes them, while they are in cache: at a
      // million items every later pass that read them again would miss on every item.
      for (int i = 0; i < size; i++) {
        Item item = items.get(i);
        String key = item.path().key();
        keys[i] = key;
        keyHashes[i] = key.hashCode();
        String code = item.code();
        if (code != null) {
          String folded = TextFolding.key(code);
          codes[i] = folded;
          codeHashes[i] = folded.hashCode();
        }
      }
      this.features = new ItemFeatures(items, keys);
    }

    /** The first item with this key not yet matched, taken off its chain; -1 if none. */
    int firstUnused(String key, int hash) {
      return byKey().takeFirst(key, hash, used);
    }

    /** The index of this side's paths, built when first asked (the new side never asks). */
    KeyIndex byKey() {
      KeyIndex index = byKey;
      if (index == null) {
        index = new KeyIndex(keys, keyHashes);
        byKey = index;
      }
      return index;
    }

    /** Folded content, cited documents and name bigrams of each item, made when first asked. */
    ItemFeatures features() {
      return features;
    }

    /** The index of this side's codes (folded); items without a code have none. */
    KeyIndex uniqueCodes() {
      return new KeyIndex(codes, codeHashes);
    }
  }

  /**
   * 索引 — items by key: for each distinct key a slot of an open-addressing table holding the key's
   * hash, the first item with that key and the first not yet taken; the items with the same key are
   * chained in order through {@code next}. Keys may be null (no key).
   *
   * <p>The fields of a slot (and the last item of its chain, while the index is built) sit side by
   * side in one array, four {@code int}s, so a probe reads one cache line, and a probe compares
   * hashes before it reads a key; whether an item's key is shared is noted as the index is built.
   * At a million items the table is far larger than the CPU caches, and every line a lookup does
   * not read is time saved (docs/performance.md).
   */
  static final class KeyIndex {
    private static final int STRIDE = 4;
    private static final int FIRST = 0;
    private static final int CURSOR = 1;
    private static final int HASH = 2;
    private static final int LAST = 3;

    private final @Nullable String[] keys;
    private final int[] hashes;
    private final int[] next;
    private final boolean[] shared;
    private final int[] table;
    private final int mask;
    private int distinct;

    /** An index of {@code keys}, whose {@link String#hashCode}s {@code hashes} holds. */
    KeyIndex(@Nullable String[] keys, int[] hashes) {
      this.keys = keys;
      this.hashes = hashes;
      this.next = new int[keys.length];
      this.shared = new boolean[keys.length];
      int capacity = Integer.highestOneBit(Math.max(2, keys.length) * 2 - 1) << 1;
      this.table = new int[capacity * STRIDE];
      this.mask = capacity - 1;
      for (int slot = 0; slot < capacity; slot++) {
        table[slot * STRIDE + FIRST] = -1;
      }
      for (int i = 0; i < keys.length; i++) {
        next[i] = -1;
        String key = keys[i];
        if (key == null) {
          continue;
        }
        int at = locate(key, hashes[i]) * STRIDE;
        int first = table[at + FIRST];
        if (first < 0) {
          table[at + FIRST] = i;
          table[at + CURSOR] = i;
          table[at + HASH] = hashes[i];
          distinct++;
        } else {
          shared[first] = true;
          shared[i] = true;
          next[table[at + LAST]] = i;
        }
        table[at + LAST] = i;
      }
    }

    boolean isEmpty() {
      return distinct == 0;
    }

    /** Whether an item has {@code key}, whose hash code is {@code hash}. */
    boolean contains(String key, int hash) {
      return firstOf(key, hash) >= 0;
    }

    /** The first item with {@code key} (hash code {@code hash}), or -1. */
    int firstOf(String key, int hash) {
      return table[locate(key, hash) * STRIDE + FIRST];
    }

    @Nullable String keyOf(int item) {
      return keys[item];
    }

    /** Whether item {@code item} is the only one with its key. */
    boolean isUnique(int item) {
      return keys[item] != null && !shared[item];
    }

    /** The first item with {@code key} not yet {@code used}, taken off its chain; -1 if none. */
    int takeFirst(String key, int hash, boolean[] used) {
      int at = locate(key, hash) * STRIDE;
      if (table[at + FIRST] < 0) {
        return -1;
      }
      int i = table[at + CURSOR];
      while (i >= 0 && used[i]) {
        i = next[i];
      }
      table[at + CURSOR] = i < 0 ? -1 : next[i];
      return i;
    }

    /**
     * The slot holding {@code key}, or the empty slot where it would go. The caller passes the hash
     * code it kept, so that a probe reads no string but the one whose hash matches.
     */
    private int locate(String key, int h) {
      int slot = (h ^ (h >>> 16)) & mask;
      while (true) {
        int first = table[slot * STRIDE + FIRST];
        if (first < 0 || (table[slot * STRIDE + HASH] == h && key.equals(keys[first]))) {
          return slot;
        }
        slot = (slot + 1) & mask;
      }
    }
  }
}
