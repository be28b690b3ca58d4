package io.github.gkml.io.internal;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Mode;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one column of a catalog table holds.
 *
 * @param column the 0-based column
 * @param field what it holds
 * @param key the header as written (lines joined): the extension's name for {@link
 *     Field#EXTENSION}, the name under which unreadable text is kept for the others
 * @param rank 0 for a usual header word, more for a word that counts only without a usual one
 * @param audience the audience of an {@link Field#AUDIENCE_MARK} column
 * @param mode the mode of a {@link Field#MODE_MARK} column
 * @param levels the levels of a {@link Field#LEVEL_MARK} column
 * @param splitPath whether a one-column path holds 一级/二级 separated by a slash
 */
record ColumnRole(
    int column,
    Field field,
    String key,
    int rank,
    @Nullable Audience audience,
    @Nullable Mode mode,
    Set<AdminLevel> levels,
    boolean splitPath) {

  ColumnRole {
    levels = Set.copyOf(levels);
  }

  static ColumnRole of(int column, HeaderMatch match, String key, boolean splitPath) {
    return new ColumnRole(
        column,
        match.field(),
        key,
        match.rank(),
        match.audience(),
        match.mode(),
        match.levels(),
        splitPath);
  }

  static ColumnRole extension(int column, String key) {
    return new ColumnRole(column, Field.EXTENSION, key, 0, null, null, Set.of(), false);
  }

  ColumnRole withField(Field newField) {
    return new ColumnRole(column, newField, key, rank, audience, mode, levels, splitPath);
  }

  ColumnRole asExtension() {
    return extension(column, key);
  }

  ColumnRole withMark(@Nullable Audience newAudience, @Nullable Mode newMode) {
    Field mark = newAudience != null ? Field.AUDIENCE_MARK : Field.MODE_MARK;
    return new ColumnRole(column, mark, key, rank, newAudience, newMode, levels, false);
  }
}
