package io.github.gkml.benchmarks.workload;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogMetadata;
import io.github.gkml.model.Channel;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.Mode;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.model.Region;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded generator of realistic catalogs of any size, drawn from the rows of the 26 national
 * baselines: each item is a baseline row (its path, content elements, citations, deadline,
 * subjects, channels, audience, modes and levels) varied a little — an element dropped or added
 * from the same domain's rows, now and then another deadline or channel — and, from the second draw
 * of a row on, named for a township (最低生活保障 / 审核信息（东关镇）). Paths are unique by construction (a
 * counter per baseline path), so a million items cost no uniqueness checks.
 *
 * <p>The same seed always gives the same catalogs. Not thread-safe.
 */
public final class CatalogWorkload {

  private final Random random;
  private final BaselineRows rows = BaselineRows.all();
  private final int[] drawn;
  private int made;

  private CatalogWorkload(long seed) {
    this.random = new Random(seed);
    this.drawn = new int[rows.groups()];
  }

  /** A generator for one seed. */
  public static CatalogWorkload seeded(long seed) {
    return new CatalogWorkload(seed);
  }

  /** A catalog of {@code size} items spread over the 26 domains. */
  public Catalog catalog(int size) {
    List<Item> items = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      items.add(next());
    }
    CatalogMetadata metadata =
        new CatalogMetadata(
                PilotDomain.SOCIAL_ASSISTANCE,
                "某省基层政务公开标准目录汇编(" + size + "项)",
                "某省人民政府办公厅",
                Region.of("某省", "410000"),
                AdminLevel.PROVINCE,
                "2024",
                null,
                null)
            .withNotes(List.of("覆盖说明:由26个试点领域的国家标准指引基线生成"));
    return Catalog.of(metadata, items);
  }

  /** A new item, unlike every item this generator made before. */
  public Item next() {
    BaselineRows.Row row = rows.rows().get(random.nextInt(rows.rows().size()));
    return item(row, drawn[row.group()]++);
  }

  /** Items made so far. */
  public int made() {
    return made;
  }

  /**
   * A county's catalog of one domain: the baseline's county items, a few left out or renamed as
   * counties do, and some local items of their own.
   */
  public Catalog county(PilotDomain domain, int county) {
    List<Item> items = new ArrayList<>();
    for (BaselineRows.Row row : rows.rows()) {
      if (row.domain() != domain || random.nextInt(50) == 0) {
        continue; // 2% of baseline items missing
      }
      Item item = vary(row.item(), row.domain(), row.item().path());
      items.add(random.nextInt(20) == 0 ? Renames.rename(item, random, rows) : item);
    }
    int local = 5 + random.nextInt(20);
    List<BaselineRows.Row> own = rows.rows().stream().filter(r -> r.domain() == domain).toList();
    for (int i = 0; i < local; i++) {
      BaselineRows.Row row = own.get(random.nextInt(own.size()));
      items.add(item(row, 1 + drawn[row.group()]++));
    }
    String place = Localities.name(county);
    CatalogMetadata metadata =
        new CatalogMetadata(
            domain,
            place + domain.label() + "领域基层政务公开标准目录",
            place + "人民政府",
            null,
            AdminLevel.COUNTY,
            "2024",
            null,
            null);
    return Catalog.of(metadata, items);
  }

  private Item item(BaselineRows.Row row, int draw) {
    made++;
    ItemPath path = draw == 0 ? row.item().path() : qualified(row.item().path(), draw - 1);
    Item item = vary(row.item(), row.domain(), path);
    return random.nextInt(3) == 0 ? item.toBuilder().code(String.valueOf(made)).build() : item;
  }

  private static ItemPath qualified(ItemPath path, int locality) {
    List<String> segments = new ArrayList<>(path.segments());
    int last = segments.size() - 1;
    segments.set(last, segments.get(last) + "（" + Localities.name(locality) + "）");
    return new ItemPath(segments);
  }

  private Item vary(Item base, PilotDomain domain, ItemPath path) {
    BaselineRows.Pool pool = rows.pool(domain);
    Item.Builder item = Item.builder(path);
    item.content(vary(base.content(), pool.content(), 3));
    item.basis(base.basis().isEmpty() ? some(pool.basis(), 1) : base.basis());
    int roll = random.nextInt(20);
    if (roll == 0) {
      item.deadline((Deadline) null);
    } else if (roll < 4 || base.deadline() == null) {
      item.deadline(pool.deadlines().isEmpty() ? base.deadline() : pick(pool.deadlines()));
    } else {
      item.deadline(base.deadline());
    }
    item.displayPeriod(base.displayPeriod());
    item.subjects(base.subjects().isEmpty() ? some(pool.subjects(), 1) : base.subjects());
    List<Channel> channels = vary(new ArrayList<>(base.channels()), pool.channels(), 2);
    item.channels(channels);
    item.audience(base.audience().isEmpty() ? EnumSet.of(Audience.PUBLIC) : base.audience());
    item.modes(base.modes().isEmpty() ? EnumSet.of(Mode.PROACTIVE) : base.modes());
    item.levels(
        base.levels().isEmpty()
            ? EnumSet.of(AdminLevel.COUNTY, AdminLevel.TOWNSHIP)
            : base.levels());
    if (random.nextInt(10) == 0) {
      item.extension("备注", "村级事项由村委会公开");
    }
    return item.build();
  }

  /**
   * The values, one dropped or one added from the pool now and then; some from the pool if none.
   */
  private <T> List<T> vary(List<T> values, List<T> pool, int ifEmpty) {
    if (values.isEmpty()) {
      return some(pool, 1 + random.nextInt(ifEmpty));
    }
    List<T> result = new ArrayList<>(values);
    int roll = random.nextInt(10);
    if (roll == 0 && result.size() > 1) {
      result.remove(random.nextInt(result.size()));
    } else if (roll == 1 && !pool.isEmpty()) {
      T extra = pick(pool);
      if (!result.contains(extra)) {
        result.add(extra);
      }
    }
    return result;
  }

  private <T> List<T> some(List<T> pool, int count) {
    Set<T> result = new java.util.LinkedHashSet<>();
    for (int i = 0; i < count && !pool.isEmpty(); i++) {
      result.add(pick(pool));
    }
    return new ArrayList<>(result);
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * Checks that every path is unique (one pass with a set of keys): a guard on the construction,
   * not the way uniqueness is reached.
   *
   * @throws IllegalStateException naming the first repeated path
   */
  public static void requireUniquePaths(Catalog catalog) {
    Set<String> keys = new HashSet<>(catalog.items().size() * 2);
    for (Item item : catalog.items()) {
      if (!keys.add(item.path().key())) {
        throw new IllegalStateException("repeated path: " + item.path());
      }
    }
  }
}
