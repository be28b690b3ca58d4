package io.github.gkml.model.testing;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Seeded revisions of a catalog with a chosen mix of changes: element edits, removals, renames,
 * reorders and insertions at the front — the kinds of change real revisions make. The same seed and
 * catalog always give the same revision.
 */
public final class RevisionGenerator {

  /**
   * How much of each kind of change, as fractions of the items.
   *
   * @param edits items with one element edited
   * @param removals items removed
   * @param renames items renamed (a segment of the name changed, elements kept)
   * @param insertions new items inserted at the front
   * @param shuffle whether the order of items is shuffled
   */
  public record Mix(
      double edits, double removals, double renames, double insertions, boolean shuffle) {

    /** About 5% of items changed, in all kinds, order kept. */
    public static Mix typical() {
      return new Mix(0.03, 0.005, 0.005, 0.01, false);
    }

    /** No change but the order. */
    public static Mix reorderOnly() {
      return new Mix(0, 0, 0, 0, true);
    }
  }

  private final Random random;
  private final CatalogGenerator items;

  private RevisionGenerator(long seed) {
    this.random = new Random(seed);
    this.items = CatalogGenerator.seeded(seed ^ 0x5DEECE66DL);
  }

  /** A generator for one seed. */
  public static RevisionGenerator seeded(long seed) {
    return new RevisionGenerator(seed);
  }

  /** A revision of {@code catalog} with the given mix of changes. */
  public Catalog revise(Catalog catalog, Mix mix) {
    List<Item> result = new ArrayList<>();
    int size = catalog.items().size();
    for (Item item : catalog.items()) {
      double roll = random.nextDouble();
      if (roll < mix.removals()) {
        continue;
      } else if (roll < mix.removals() + mix.renames()) {
        result.add(rename(item));
      } else if (roll < mix.removals() + mix.renames() + mix.edits()) {
        result.add(edit(item));
      } else {
        result.add(item);
      }
    }
    List<Item> inserted = new ArrayList<>();
    for (int i = 0; i < Math.round(size * mix.insertions()); i++) {
      Item item = items.item(size + 1000 + i);
      inserted.add(item.withPath(ItemPath.of("新增事项" + (size + i), item.path().name())));
    }
    result.addAll(0, inserted);
    if (mix.shuffle()) {
      Collections.shuffle(result, random);
    }
    return catalog.withItems(result);
  }

  private Item rename(Item item) {
    List<String> segments = new ArrayList<>(item.path().segments());
    segments.set(0, "城乡" + segments.get(0));
    return item.withPath(new ItemPath(segments));
  }

  private Item edit(Item item) {
    Item.Builder edited = item.toBuilder();
    switch (random.nextInt(4)) {
      case 0 -> {
        List<String> content = new ArrayList<>(item.content());
        if (content.isEmpty() || random.nextBoolean()) {
          content.add("联系方式");
        } else {
          content.remove(0);
        }
        edited.content(content);
      }
      case 1 -> edited.deadline(Deadline.parse(random.nextBoolean() ? "30日内" : "5个工作日内"));
      case 2 -> {
        List<io.github.gkml.model.Channel> channels = new ArrayList<>(item.channels());
        channels.add(ChannelVocabulary.standard().resolve("两微一端"));
        if (channels.size() > 1 && random.nextBoolean()) {
          channels.remove(0);
        }
        edited.channels(channels);
      }
      default -> edited.subjects("县政务服务和数据管理局");
    }
    return edited.build();
  }
}
