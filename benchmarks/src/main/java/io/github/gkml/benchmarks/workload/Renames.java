package io.github.gkml.benchmarks.workload;

import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Renames as revisions make them: a word put before the 一级事项 (城乡最低生活保障), or 信息 in the item's own
 * name reworded as 情况. Neither gives a name that a baseline row has, and each is one to one, so a
 * renamed path never meets another item's path.
 */
final class Renames {

  private static final List<String> PREFIXES = List.of("城乡", "基层", "全县");

  private Renames() {}

  /** The item under a new name, its elements kept. */
  static Item rename(Item item, Random random, BaselineRows rows) {
    Set<String> taken = rows.segmentKeys();
    List<String> segments = new ArrayList<>(item.path().segments());
    int last = segments.size() - 1;
    String name = segments.get(last);
    int word = unqualified(name).lastIndexOf("信息");
    if (segments.size() > 1 && word >= 0 && random.nextBoolean()) {
      String renamed = name.substring(0, word) + "情况" + name.substring(word + 2);
      if (!taken.contains(TextFolding.key(unqualified(renamed)))) {
        segments.set(last, renamed);
        return item.withPath(new ItemPath(segments));
      }
    }
    String prefix = PREFIXES.get(random.nextInt(PREFIXES.size()));
    if (taken.contains(TextFolding.key(prefix + unqualified(segments.get(0))))) {
      prefix = "县级" + prefix;
    }
    segments.set(0, prefix + segments.get(0));
    return item.withPath(new ItemPath(segments));
  }

  /** A name without the township a generator added to it. */
  private static String unqualified(String name) {
    int open = name.lastIndexOf('（');
    return open > 0 && name.endsWith("）") ? name.substring(0, open) : name;
  }
}
