package io.github.gkml.io.internal;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Mode;
import org.jspecify.annotations.Nullable;

/**
 * One column of the national template layout as the exporters write it.
 *
 * @param field what it holds
 * @param group the header over it (公开事项, 公开对象 …), or {@code null} when its own header spans both
 *     header rows
 * @param label its own header (一级事项, 全社会, 公开时限 …)
 * @param audience the audience of a √ column
 * @param mode the mode of a √ column
 * @param level the level of a √ column
 * @param width the column's width in characters
 */
record TemplateColumn(
    Field field,
    @Nullable String group,
    String label,
    @Nullable Audience audience,
    @Nullable Mode mode,
    @Nullable AdminLevel level,
    int width) {

  static TemplateColumn plain(Field field, String label, int width) {
    return new TemplateColumn(field, null, label, null, null, null, width);
  }

  static TemplateColumn grouped(Field field, String group, String label, int width) {
    return new TemplateColumn(field, group, label, null, null, null, width);
  }

  /** Whether it is a √ column. */
  boolean isMark() {
    return field == Field.AUDIENCE_MARK || field == Field.MODE_MARK || field == Field.LEVEL_MARK;
  }
}
