package io.github.gkml.io.internal;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Channel;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.LegalBasis;
import io.github.gkml.model.Mode;
import io.github.gkml.model.SourceLocation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link Item} from a draft row: each column read as its field asks (lists split, the
 * deadline parsed, checkbox channels read, √ columns ticked), unknown columns kept as extensions,
 * and text a typed column cannot hold (特定群体: 低保对象) kept as an extension under its header too.
 *
 * <p>Values repeat from row to row (the same deadline, the same channel list), so each distinct
 * cell is read once and its value shared: a large table costs little more than its distinct texts.
 */
final class ItemAssembler {

  private static final int CACHE_SIZE = 4096;

  private final String file;
  private final ChannelCell channelCell;
  private final Map<String, Deadline> deadlines = cache();
  private final Map<String, DisplayPeriod> periods = cache();
  private final Map<String, List<String>> lists = cache();
  private final Map<String, List<LegalBasis>> citations = cache();
  private final Map<String, Set<Channel>> channels = cache();

  ItemAssembler(String file, ChannelVocabulary vocabulary) {
    this.file = file;
    this.channelCell = new ChannelCell(vocabulary);
  }

  /** The item of a draft read with a layout, from a sheet. */
  Item item(ItemDraft draft, Layout layout, @Nullable String sheet) {
    Item.Builder item = Item.builder(new ItemPath(draft.path()));
    item.code(draft.code());
    item.source(new SourceLocation(file, sheet, draft.row(), layout.nameColumn(), null));
    EnumSet<Audience> audience = EnumSet.noneOf(Audience.class);
    EnumSet<Mode> modes = EnumSet.noneOf(Mode.class);
    EnumSet<AdminLevel> levels = EnumSet.noneOf(AdminLevel.class);
    Map<String, String> extensions = new LinkedHashMap<>();
    Sets sets = new Sets(audience, modes, levels, extensions);
    for (ColumnRole role : layout.columns()) {
      String text = draft.text(role.column());
      if (!text.isEmpty() && !text.isBlank()) {
        cell(role, text, item, sets);
      }
    }
    return item.audience(audience).modes(modes).levels(levels).extensions(extensions).build();
  }

  /** Where the typed values of a row collect. */
  private record Sets(
      Set<Audience> audience,
      Set<Mode> modes,
      Set<AdminLevel> levels,
      Map<String, String> extensions) {}

  private void cell(ColumnRole role, String text, Item.Builder item, Sets sets) {
    switch (role.field()) {
      case CONTENT -> item.content(cached(lists, text, CellText::list));
      case SUBJECTS -> item.subjects(cached(lists, text, CellText::list));
      case BASIS -> item.basis(cached(citations, text, ItemAssembler::basis));
      case DEADLINE ->
          item.deadline(cached(deadlines, text, t -> Deadline.parse(CellText.name(t))));
      case DISPLAY_PERIOD ->
          item.displayPeriod(cached(periods, text, t -> DisplayPeriod.parse(CellText.name(t))));
      case CHANNELS -> item.channels(cached(channels, text, channelCell::read));
      case AUDIENCE_MARK, MODE_MARK, LEVEL_MARK -> mark(role, text, sets);
      case AUDIENCE ->
          words(text, role, sets, w -> Audience.find(w).map(a -> sets.audience.add(a)));
      case MODES -> words(text, role, sets, w -> Mode.find(w).map(m -> sets.modes.add(m)));
      case LEVELS -> words(text, role, sets, w -> LevelWords.parse(w).map(sets.levels::addAll));
      case EXTENSION -> sets.extensions.put(role.key(), text.strip());
      case CODE, PATH, PATH1, PATH2, PATH3 -> {}
    }
  }

  /** A √ column: a tick adds the column's value; other text adds it too and is kept. */
  private static void mark(ColumnRole role, String text, Sets sets) {
    Marks mark = Marks.of(text);
    if (mark == Marks.EMPTY) {
      return;
    }
    if (role.field() == Field.LEVEL_MARK && mark == Marks.TEXT) {
      Optional<Set<AdminLevel>> named = LevelWords.parse(text);
      if (named.isPresent()) {
        sets.levels.addAll(named.get());
        return;
      }
    }
    if (role.audience() != null) {
      sets.audience.add(role.audience());
    }
    if (role.mode() != null) {
      sets.modes.add(role.mode());
    }
    sets.levels.addAll(role.levels());
    if (mark == Marks.TEXT) {
      sets.extensions.put(role.key(), text.strip());
    }
  }

  /**
   * A text column (全社会, 主动公开, 县级、乡级): each word read; the cell is kept as an extension when a word
   * cannot be (全文发布 in a 公开方式 column).
   */
  private static void words(
      String text, ColumnRole role, Sets sets, Function<String, Optional<?>> reader) {
    if (!readsAll(CellText.splitOn(CellText.joinLines(text), "、,，;；/／ "), reader)
        && !readsAll(CellText.splitOn(CellText.name(text), "、,，;；/／"), reader)) {
      sets.extensions.put(role.key(), text.strip());
    }
  }

  private static boolean readsAll(List<String> words, Function<String, Optional<?>> reader) {
    boolean all = !words.isEmpty();
    for (String word : words) {
      String plain = word.strip().replaceFirst("^面向", "");
      all &= !plain.isEmpty() && reader.apply(plain).isPresent();
    }
    return all;
  }

  private static List<LegalBasis> basis(String text) {
    List<LegalBasis> result = new ArrayList<>();
    for (String citation : CellText.rawList(text)) {
      result.add(LegalBasis.parse(citation));
    }
    return List.copyOf(result);
  }

  private static <T> T cached(Map<String, T> cache, String key, Function<String, T> reader) {
    T value = cache.get(key);
    if (value == null) {
      value = reader.apply(key);
      cache.put(key, value);
    }
    return value;
  }

  private static <T> Map<String, T> cache() {
    return new LinkedHashMap<>(64, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
        return size() > CACHE_SIZE;
      }
    };
  }
}
