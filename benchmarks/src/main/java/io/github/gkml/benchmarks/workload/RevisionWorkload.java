package io.github.gkml.benchmarks.workload;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.Channel;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.Item;
import io.github.gkml.model.Mode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Seeded revisions of a generated catalog with a chosen {@link Mix} of changes, and the {@link
 * Oracle} of what was changed. New items come from the same {@link CatalogWorkload} as the old
 * catalog, so they never repeat an old path. Linear in the number of items. Not thread-safe.
 */
public final class RevisionWorkload {

  private static final List<String> NEW_CONTENT = List.of("联系方式", "办理结果", "监督举报电话", "救济途径");

  private final Random random;
  private final CatalogWorkload items;
  private final BaselineRows rows = BaselineRows.all();
  private final List<Deadline> deadlines = rows.allDeadlines();
  private final List<Channel> channels = ChannelVocabulary.standard().channels();

  private RevisionWorkload(CatalogWorkload items, long seed) {
    this.items = items;
    this.random = new Random(seed);
  }

  /** Revisions drawing new items from {@code items} (the generator of the old catalog). */
  public static RevisionWorkload of(CatalogWorkload items, long seed) {
    return new RevisionWorkload(items, seed);
  }

  /** A revision of {@code older} with the given mix of changes. */
  public Revision revise(Catalog older, Mix mix) {
    List<Entry> entries = new ArrayList<>(older.items().size() + 16);
    boolean[] removed = new boolean[older.items().size()];
    for (int o = 0; o < older.items().size(); o++) {
      Item item = older.items().get(o);
      double roll = random.nextDouble();
      if (roll < mix.removals()) {
        removed[o] = true;
      } else if (roll < mix.removals() + mix.renames()) {
        entries.add(new Entry(Renames.rename(item, random, rows), o, Oracle.Kind.RENAMED));
      } else if (roll < mix.removals() + mix.renames() + mix.edits()) {
        entries.add(new Entry(edit(item), o, Oracle.Kind.EDITED));
      } else {
        entries.add(new Entry(item, o, Oracle.Kind.UNCHANGED));
      }
    }
    entries = moved(entries, (int) Math.round(older.items().size() * mix.moves()));
    List<Entry> inserted = new ArrayList<>();
    for (long i = Math.round(older.items().size() * mix.insertions()); i > 0; i--) {
      inserted.add(new Entry(items.next(), -1, Oracle.Kind.INSERTED));
    }
    inserted.addAll(entries);
    entries = inserted;
    if (mix.shuffle()) {
      Collections.shuffle(entries, random);
    }
    int[] oldIndex = new int[entries.size()];
    Oracle.Kind[] kinds = new Oracle.Kind[entries.size()];
    List<Item> newItems = new ArrayList<>(entries.size());
    for (int n = 0; n < entries.size(); n++) {
      oldIndex[n] = entries.get(n).oldIndex();
      kinds[n] = entries.get(n).kind();
      newItems.add(entries.get(n).item());
    }
    Catalog newer =
        older
            .withItems(newItems)
            .withMetadata(older.metadata().withVersion(next(older.metadata().version())));
    return new Revision(older, newer, new Oracle(oldIndex, kinds, removed));
  }

  /** {@code count} entries taken out and put back at random places: O(n + count log count). */
  private List<Entry> moved(List<Entry> entries, int count) {
    if (count == 0 || entries.isEmpty()) {
      return entries;
    }
    boolean[] moving = new boolean[entries.size()];
    for (int i = 0; i < count; i++) {
      moving[random.nextInt(entries.size())] = true;
    }
    List<Entry> staying = new ArrayList<>(entries.size());
    List<long[]> targets = new ArrayList<>();
    List<Entry> movingEntries = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (moving[i]) {
        targets.add(new long[] {0, movingEntries.size()});
        movingEntries.add(entries.get(i));
      } else {
        staying.add(entries.get(i));
      }
    }
    for (long[] target : targets) {
      target[0] = random.nextInt(staying.size() + 1);
    }
    targets.sort((a, b) -> Long.compare(a[0], b[0]));
    List<Entry> result = new ArrayList<>(entries.size());
    int t = 0;
    for (int i = 0; i <= staying.size(); i++) {
      while (t < targets.size() && targets.get(t)[0] == i) {
        result.add(movingEntries.get((int) targets.get(t++)[1]));
      }
      if (i < staying.size()) {
        result.add(staying.get(i));
      }
    }
    return result;
  }

  private Item edit(Item item) {
    Item.Builder edited = item.toBuilder();
    switch (random.nextInt(6)) {
      case 0 -> edited.content(editedContent(item.content()));
      case 1 -> edited.deadline(otherDeadline(item.deadline()));
      case 2 -> edited.channels(editedChannels(new ArrayList<>(item.channels())));
      case 3 -> edited.subjects("县政务服务和数据管理局");
      case 4 -> {
        EnumSet<AdminLevel> levels = EnumSet.noneOf(AdminLevel.class);
        levels.addAll(item.levels());
        if (!levels.remove(AdminLevel.TOWNSHIP)) {
          levels.add(AdminLevel.TOWNSHIP);
        }
        edited.levels(levels);
      }
      default -> {
        EnumSet<Mode> modes = EnumSet.noneOf(Mode.class);
        modes.addAll(item.modes());
        if (!modes.remove(Mode.ON_REQUEST)) {
          modes.add(Mode.ON_REQUEST);
        }
        edited.modes(modes);
      }
    }
    return edited.build();
  }

  private List<String> editedContent(List<String> content) {
    List<String> result = new ArrayList<>(content);
    if (!result.isEmpty() && random.nextBoolean()) {
      result.remove(random.nextInt(result.size()));
      return result;
    }
    for (String extra : NEW_CONTENT) {
      if (!result.contains(extra)) {
        result.add(extra);
        return result;
      }
    }
    result.remove(0);
    return result;
  }

  private Deadline otherDeadline(@Nullable Deadline current) {
    Deadline other;
    do {
      other = deadlines.get(random.nextInt(deadlines.size()));
    } while (current != null && other.raw().equals(current.raw()));
    return other;
  }

  private List<Channel> editedChannels(List<Channel> current) {
    if (current.size() > 1 && random.nextBoolean()) {
      current.remove(random.nextInt(current.size()));
      return current;
    }
    for (int tries = 0; tries < channels.size(); tries++) {
      Channel extra = channels.get(random.nextInt(channels.size()));
      if (!current.contains(extra)) {
        current.add(extra);
        return current;
      }
    }
    current.remove(0);
    return current;
  }

  private static String next(@Nullable String version) {
    if (version == null) {
      return "2";
    }
    try {
      return String.valueOf(Integer.parseInt(version) + 1);
    } catch (NumberFormatException e) {
      return version + "+1";
    }
  }

  private record Entry(Item item, int oldIndex, Oracle.Kind kind) {}
}
