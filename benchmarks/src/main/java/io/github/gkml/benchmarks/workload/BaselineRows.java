package io.github.gkml.benchmarks.workload;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Channel;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.Item;
import io.github.gkml.model.LegalBasis;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.model.TextFolding;
import io.github.gkml.rules.Baseline;
import io.github.gkml.rules.NationalBaselines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of the 26 national baselines, and per domain the pools of values their rows use (content
 * elements, citations, deadlines, channels, subjects), for generators that draw realistic items
 * from them. Rows with the same folded path in several domains (综合业务 / 政策法规文件 …) are one {@link
 * Row#group()}, so that a generator can keep paths unique by counting per group.
 */
final class BaselineRows {

  /** One baseline row, its domain and the group of rows sharing its folded path. */
  record Row(PilotDomain domain, Item item, int group) {}

  /** What a domain's rows use, to vary an item drawn from one of them. */
  record Pool(
      List<String> content,
      List<LegalBasis> basis,
      List<Deadline> deadlines,
      List<Channel> channels,
      List<String> subjects) {}

  private static final BaselineRows ALL = load();

  private final List<Row> rows;
  private final List<String> groupKeys;
  private final Map<PilotDomain, Pool> pools;
  private final Set<String> segmentKeys = new HashSet<>();

  private BaselineRows(List<Row> rows, List<String> groupKeys, Map<PilotDomain, Pool> pools) {
    this.rows = rows;
    this.groupKeys = groupKeys;
    this.pools = pools;
    for (Row row : rows) {
      for (String segment : row.item().path().segments()) {
        segmentKeys.add(TextFolding.key(segment));
      }
    }
  }

  /** The rows of every bundled baseline (read once). */
  static BaselineRows all() {
    return ALL;
  }

  List<Row> rows() {
    return rows;
  }

  /** The number of distinct folded paths among the rows. */
  int groups() {
    return groupKeys.size();
  }

  /** The folded path of a group. */
  String groupKey(int group) {
    return groupKeys.get(group);
  }

  Pool pool(PilotDomain domain) {
    return java.util.Objects.requireNonNull(pools.get(domain), domain.label());
  }

  /** Every deadline phrase of every baseline, for edits that need another one. */
  List<Deadline> allDeadlines() {
    Set<Deadline> all = new LinkedHashSet<>();
    pools.values().forEach(p -> all.addAll(p.deadlines()));
    return List.copyOf(all);
  }

  /** The 一级事项 and names of every row, folded: a rename must not produce one of them. */
  Set<String> segmentKeys() {
    return segmentKeys;
  }

  private static BaselineRows load() {
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> groups = new HashMap<>();
    List<String> groupKeys = new ArrayList<>();
    Map<PilotDomain, Pool> pools = new HashMap<>();
    for (Baseline baseline : NationalBaselines.all()) {
      Set<String> content = new LinkedHashSet<>();
      Set<LegalBasis> basis = new LinkedHashSet<>();
      Set<Deadline> deadlines = new LinkedHashSet<>();
      Set<Channel> channels = new LinkedHashSet<>();
      Set<String> subjects = new LinkedHashSet<>();
      for (Item item : baseline.forLevel(AdminLevel.COUNTY)) {
        String key = item.path().key();
        Integer group = groups.get(key);
        if (group == null) {
          group = groupKeys.size();
          groups.put(key, group);
          groupKeys.add(key);
        }
        rows.add(new Row(baseline.domain(), item, group));
        content.addAll(item.content());
        basis.addAll(item.basis());
        if (item.deadline() != null) {
          deadlines.add(item.deadline());
        }
        channels.addAll(item.channels());
        subjects.addAll(item.subjects());
      }
      pools.put(
          baseline.domain(),
          new Pool(
              List.copyOf(content),
              List.copyOf(basis),
              List.copyOf(deadlines),
              List.copyOf(channels),
              List.copyOf(subjects)));
    }
    return new BaselineRows(List.copyOf(rows), List.copyOf(groupKeys), Map.copyOf(pools));
  }
}
