package io.github.gkml.model;

import io.github.gkml.model.internal.OrderedSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 公开事项 — one row of a catalog: an item and the elements that describe its disclosure.
 *
 * <p>Immutable. Lists keep the order written; sets keep the order written too and compare as sets.
 * An element a table left blank is an empty list or set, or {@code null} for the deadline: the
 * model holds what was given, and validation reports what is missing.
 *
 * @param code 事项编码 such as {@code 0301}, or {@code null}
 * @param path 一级/二级/三级事项
 * @param content 公开内容（要素）: content elements, e.g. 办理事项, 办理条件
 * @param basis 公开依据: cited documents
 * @param deadline 公开时限, or {@code null} if blank
 * @param displayPeriod 公示期 / 公开时长 given in its own column, or {@code null}
 * @param subjects 公开主体: responsible bodies
 * @param channels 公开渠道和载体
 * @param audience 公开对象
 * @param modes 公开方式
 * @param levels 公开层级
 * @param source where the row was read from, or {@code null}
 * @param extensions columns the schema does not know (公开时长, 备注 …), by header, in order
 * @since 0.1
 */
public record Item(
    @Nullable String code,
    ItemPath path,
    List<String> content,
    List<LegalBasis> basis,
    @Nullable Deadline deadline,
    @Nullable DisplayPeriod displayPeriod,
    List<String> subjects,
    Set<Channel> channels,
    Set<Audience> audience,
    Set<Mode> modes,
    Set<AdminLevel> levels,
    @Nullable SourceLocation source,
    Map<String, String> extensions) {

  /** Validates and copies every collection. */
  public Item {
    Objects.requireNonNull(path, "path");
    content = List.copyOf(content);
    basis = List.copyOf(basis);
    subjects = List.copyOf(subjects);
    channels = OrderedSet.copyOf(channels);
    audience = enumSet(audience, Audience.class);
    modes = enumSet(modes, Mode.class);
    levels = enumSet(levels, AdminLevel.class);
    extensions = orderedMap(extensions);
    if (code != null && code.isBlank()) {
      code = null;
    }
  }

  /** A builder for an item with this path and no other elements. */
  public static Builder builder(ItemPath path) {
    return new Builder(path);
  }

  /** A builder holding this item's elements. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The display period that applies: the one given in its own column, else the one the deadline
   * text gives (公示7个工作日), else {@code null}.
   */
  public @Nullable DisplayPeriod effectiveDisplayPeriod() {
    if (displayPeriod != null) {
      return displayPeriod;
    }
    return deadline == null ? null : deadline.displayPeriod();
  }

  /** A copy with another path. */
  public Item withPath(ItemPath newPath) {
    return toBuilder().path(newPath).build();
  }

  /** A copy with another deadline. */
  public Item withDeadline(@Nullable Deadline newDeadline) {
    return toBuilder().deadline(newDeadline).build();
  }

  /** A copy with other channels. */
  public Item withChannels(Collection<Channel> newChannels) {
    return toBuilder().channels(newChannels).build();
  }

  private static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    set.addAll(values);
    return Collections.unmodifiableSet(set);
  }

  private static Map<String, String> orderedMap(Map<String, String> values) {
    if (values.isEmpty()) {
      return Collections.emptyMap(); // most items: no table allocated per item
    }
    Map<String, String> copy = new LinkedHashMap<>();
    values.forEach(
        (k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, k)));
    return Collections.unmodifiableMap(copy);
  }

  /** Builds an {@link Item}; not thread-safe. */
  public static final class Builder {
    private @Nullable String code;
    private ItemPath path;
    private List<String> content = new ArrayList<>();
    private List<LegalBasis> basis = new ArrayList<>();
    private @Nullable Deadline deadline;
    private @Nullable DisplayPeriod displayPeriod;
    private List<String> subjects = new ArrayList<>();
    private Set<Channel> channels = new LinkedHashSet<>();
    private Set<Audience> audience = EnumSet.noneOf(Audience.class);
    private Set<Mode> modes = EnumSet.noneOf(Mode.class);
    private Set<AdminLevel> levels = EnumSet.noneOf(AdminLevel.class);
    private @Nullable SourceLocation source;
    private Map<String, String> extensions = new LinkedHashMap<>();

    private Builder(ItemPath path) {
      this.path = Objects.requireNonNull(path, "path");
    }

    private Builder(Item item) {
      this(item.path);
      code = item.code;
      content = new ArrayList<>(item.content);
      basis = new ArrayList<>(item.basis);
      deadline = item.deadline;
      displayPeriod = item.displayPeriod;
      subjects = new ArrayList<>(item.subjects);
      channels = new LinkedHashSet<>(item.channels);
      audience =
          item.audience.isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(item.audience);
      modes = item.modes.isEmpty() ? EnumSet.noneOf(Mode.class) : EnumSet.copyOf(item.modes);
      levels =
          item.levels.isEmpty() ? EnumSet.noneOf(AdminLevel.class) : EnumSet.copyOf(item.levels);
      source = item.source;
      extensions = new LinkedHashMap<>(item.extensions);
    }

    /** 事项编码. */
    public Builder code(@Nullable String value) {
      code = value;
      return this;
    }

    /** 一级/二级/三级事项. */
    public Builder path(ItemPath value) {
      path = Objects.requireNonNull(value, "path");
      return this;
    }

    /** 公开内容 — replaces the content elements. */
    public Builder content(Collection<String> values) {
      content = new ArrayList<>(values);
      return this;
    }

    /** 公开内容 — replaces the content elements. */
    public Builder content(String... values) {
      return content(List.of(values));
    }

    /** 公开依据 — replaces the cited documents. */
    public Builder basis(Collection<LegalBasis> values) {
      basis = new ArrayList<>(values);
      return this;
    }

    /** 公开依据 — replaces the cited documents, each read with {@link LegalBasis#parse}. */
    public Builder basis(String... citations) {
      basis = new ArrayList<>();
      for (String citation : citations) {
        basis.add(LegalBasis.parse(citation));
      }
      return this;
    }

    /** 公开时限. */
    public Builder deadline(@Nullable Deadline value) {
      deadline = value;
      return this;
    }

    /** 公开时限, read with {@link Deadline#parse}. */
    public Builder deadline(String phrase) {
      return deadline(Deadline.parse(phrase));
    }

    /** 公示期 in its own column. */
    public Builder displayPeriod(@Nullable DisplayPeriod value) {
      displayPeriod = value;
      return this;
    }

    /** 公开主体 — replaces the subjects. */
    public Builder subjects(Collection<String> values) {
      subjects = new ArrayList<>(values);
      return this;
    }

    /** 公开主体 — replaces the subjects. */
    public Builder subjects(String... values) {
      return subjects(List.of(values));
    }

    /** 公开渠道和载体 — replaces the channels. */
    public Builder channels(Collection<Channel> values) {
      channels = new LinkedHashSet<>(values);
      return this;
    }

    /** 公开渠道和载体 — replaces the channels, resolved in the standard vocabulary. */
    public Builder channels(String... names) {
      channels = new LinkedHashSet<>();
      for (String name : names) {
        channels.add(ChannelVocabulary.standard().resolve(name));
      }
      return this;
    }

    /** 公开对象 — replaces the audience. */
    public Builder audience(Collection<Audience> values) {
      audience = values.isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(values);
      return this;
    }

    /** 公开对象 — replaces the audience. */
    public Builder audience(Audience... values) {
      return audience(List.of(values));
    }

    /** 公开方式 — replaces the modes. */
    public Builder modes(Collection<Mode> values) {
      modes = values.isEmpty() ? EnumSet.noneOf(Mode.class) : EnumSet.copyOf(values);
      return this;
    }

    /** 公开方式 — replaces the modes. */
    public Builder modes(Mode... values) {
      return modes(List.of(values));
    }

    /** 公开层级 — replaces the levels. */
    public Builder levels(Collection<AdminLevel> values) {
      levels = values.isEmpty() ? EnumSet.noneOf(AdminLevel.class) : EnumSet.copyOf(values);
      return this;
    }

    /** 公开层级 — replaces the levels. */
    public Builder levels(AdminLevel... values) {
      return levels(List.of(values));
    }

    /** Where the row was read from. */
    public Builder source(@Nullable SourceLocation value) {
      source = value;
      return this;
    }

    /** Replaces the extension columns. */
    public Builder extensions(Map<String, String> values) {
      extensions = new LinkedHashMap<>(values);
      return this;
    }

    /** Adds or replaces one extension column. */
    public Builder extension(String header, String value) {
      extensions.put(header, value);
      return this;
    }

    /** The item. */
    public Item build() {
      return new Item(
          code,
          path,
          content,
          basis,
          deadline,
          displayPeriod,
          subjects,
          channels,
          audience,
          modes,
          levels,
          source,
          extensions);
    }
  }
}
