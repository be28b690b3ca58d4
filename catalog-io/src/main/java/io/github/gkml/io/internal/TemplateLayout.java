package io.github.gkml.io.internal;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.Item;
import io.github.gkml.model.Mode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The national template layout for one or more catalogs: 序号 | 公开事项 (一级事项 | 二级事项 [| 三级事项]) |
 * 公开内容（要素） | 公开依据 | 公开时限 [| 公示期] | 公开主体 | 公开渠道和载体 | 公开对象 (全社会 | 特定群体) | 公开方式 (主动 | 依申请) | 公开层级 (县级
 * | 乡级 [| …]) | then one column per extension, in the order first met.
 *
 * <p>三级事项 and 公示期 are written when an item needs them — or when an extension's name would be read
 * as that column, so that the import reads the extension back as an extension.
 */
public record TemplateLayout(List<TemplateColumn> columns) {

  static final String PATH_GROUP = "公开事项";
  static final String AUDIENCE_GROUP = "公开对象";
  static final String MODE_GROUP = "公开方式";
  static final String LEVEL_GROUP = "公开层级";

  /** Copies. */
  public TemplateLayout {
    columns = List.copyOf(columns);
  }

  /** The layout that holds every item of these catalogs. */
  public static TemplateLayout of(List<Catalog> catalogs) {
    boolean threeLevels = false;
    boolean display = false;
    Set<AdminLevel> levels = EnumSet.of(AdminLevel.COUNTY, AdminLevel.TOWNSHIP);
    Set<String> extensions = new LinkedHashSet<>();
    for (Catalog catalog : catalogs) {
      for (Item item : catalog.items()) {
        threeLevels |= item.path().depth() == 3;
        display |= item.displayPeriod() != null;
        levels.addAll(item.levels());
        extensions.addAll(item.extensions().keySet());
      }
    }
    for (String key : extensions) {
      Optional<HeaderMatch> match = HeaderWords.match(key);
      threeLevels |= match.isPresent() && match.get().field() == Field.PATH3;
      display |= match.isPresent() && match.get().field() == Field.DISPLAY_PERIOD;
    }
    return new TemplateLayout(columns(threeLevels, display, levels, extensions));
  }

  private static List<TemplateColumn> columns(
      boolean threeLevels, boolean display, Set<AdminLevel> levels, Set<String> extensions) {
    List<TemplateColumn> columns = new ArrayList<>();
    columns.add(TemplateColumn.plain(Field.CODE, "序号", 6));
    columns.add(TemplateColumn.grouped(Field.PATH1, PATH_GROUP, "一级事项", 12));
    columns.add(TemplateColumn.grouped(Field.PATH2, PATH_GROUP, "二级事项", 12));
    if (threeLevels) {
      columns.add(TemplateColumn.grouped(Field.PATH3, PATH_GROUP, "三级事项", 12));
    }
    columns.add(TemplateColumn.plain(Field.CONTENT, "公开内容（要素）", 30));
    columns.add(TemplateColumn.plain(Field.BASIS, "公开依据", 30));
    columns.add(TemplateColumn.plain(Field.DEADLINE, "公开时限", 18));
    if (display) {
      columns.add(TemplateColumn.plain(Field.DISPLAY_PERIOD, "公示期", 10));
    }
    columns.add(TemplateColumn.plain(Field.SUBJECTS, "公开主体", 16));
    columns.add(TemplateColumn.plain(Field.CHANNELS, "公开渠道和载体", 28));
    for (Audience audience : Audience.values()) {
      columns.add(
          new TemplateColumn(
              Field.AUDIENCE_MARK, AUDIENCE_GROUP, audience.label(), audience, null, null, 6));
    }
    for (Mode mode : Mode.values()) {
      columns.add(
          new TemplateColumn(Field.MODE_MARK, MODE_GROUP, mode.label(), null, mode, null, 6));
    }
    for (AdminLevel level : levels) {
      columns.add(
          new TemplateColumn(Field.LEVEL_MARK, LEVEL_GROUP, level.label(), null, null, level, 6));
    }
    for (String key : extensions) {
      columns.add(new TemplateColumn(Field.EXTENSION, null, key, null, null, null, 14));
    }
    return columns;
  }

  /** The index of the first column of a field, or -1. */
  public int indexOf(Field field) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).field() == field) {
        return i;
      }
    }
    return -1;
  }
}
