package io.github.gkml.io.internal;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Mode;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a header word means.
 *
 * @param field the column's field
 * @param rank 0 for the usual words; higher for words that count only where no usual word does
 *     (一级目录 is the path only in a table without 一级事项)
 * @param audience the audience of an {@link Field#AUDIENCE_MARK} column
 * @param mode the mode of a {@link Field#MODE_MARK} column
 * @param levels the levels of a {@link Field#LEVEL_MARK} column
 */
record HeaderMatch(
    Field field,
    int rank,
    @Nullable Audience audience,
    @Nullable Mode mode,
    Set<AdminLevel> levels) {

  HeaderMatch {
    levels = Set.copyOf(levels);
  }

  static HeaderMatch of(Field field, int rank) {
    return new HeaderMatch(field, rank, null, null, Set.of());
  }
}
