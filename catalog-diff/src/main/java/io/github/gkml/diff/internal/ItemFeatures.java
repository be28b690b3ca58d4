package io.github.gkml.diff.internal;

import io.github.gkml.model.Item;
import java.util.List;
import java.util.Set;

/**
 * What rename detection compares of each item of one side — its folded content elements, its cited
 * documents and the sorted character bigrams of its folded path — made the first time an item is
 * scored and kept for the rest of the diff, so that an item scored against many candidates is
 * folded once rather than once per pair. Not thread-safe: one per diff.
 */
final class ItemFeatures {

  private final List<Item> items;
  private final String[] keys;
  private final Set<String>[] content;
  private final Set<String>[] basis;
  private final int[][] bigrams;

  @SuppressWarnings("unchecked")
  ItemFeatures(List<Item> items, String[] keys) {
    this.items = items;
    this.keys = keys;
    this.content = (Set<String>[]) new Set<?>[items.size()];
    this.basis = (Set<String>[]) new Set<?>[items.size()];
    this.bigrams = new int[items.size()][];
  }

  /** The folded content elements of item {@code i}. */
  Set<String> content(int i) {
    Set<String> keys = content[i];
    if (keys == null) {
      keys = Similarity.contentKeys(items.get(i));
      content[i] = keys;
    }
    return keys;
  }

  /** The cited documents of item {@code i}. */
  Set<String> basis(int i) {
    Set<String> keys = basis[i];
    if (keys == null) {
      keys = Similarity.basisKeys(items.get(i));
      basis[i] = keys;
    }
    return keys;
  }

  /** The sorted bigrams of the folded path of item {@code i}. */
  int[] bigrams(int i) {
    int[] grams = bigrams[i];
    if (grams == null) {
      grams = Similarity.sortedBigrams(keys[i]);
      bigrams[i] = grams;
    }
    return grams;
  }
}
