package io.github.gkml.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 公开渠道和载体 — a channel an item is published through: 政府网站, 两微一端, 公示栏 ….
 *
 * <p>Known channels come from a {@link ChannelVocabulary} and have a stable ASCII {@link #id()}, a
 * Chinese {@link #label()}, the other names tables use ({@link #aliases()}) and optionally a parent
 * that covers them (政务微信 is part of 两微一端). A name the vocabulary does not know is kept as a {@link
 * #isCustom() custom} channel — never dropped — and reported as a warning.
 *
 * <p>Two channels are equal when their ids are equal.
 *
 * @param id the stable id, e.g. {@code government-website}; {@code custom:<name>} for custom
 *     channels
 * @param label the Chinese label, e.g. 政府网站
 * @param aliases other names for it, as tables write them
 * @param parentId the id of the channel that covers this one, or {@code null}
 * @param custom whether the vocabulary did not know the name
 * @since 0.1
 */
public record Channel(
    String id, String label, List<String> aliases, @Nullable String parentId, boolean custom) {

  /** The id prefix of custom channels. */
  public static final String CUSTOM_PREFIX = "custom:";

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if the id or label is blank
   */
  public Channel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    aliases = List.copyOf(aliases);
    if (id.isBlank() || label.isBlank()) {
      throw new IllegalArgumentException("a channel needs an id and a label");
    }
  }

  /** A channel the vocabulary does not know, kept under the name as written. */
  public static Channel custom(String name) {
    String label = name.strip();
    return new Channel(CUSTOM_PREFIX + label, label, List.of(), null, true);
  }

  /** Whether the vocabulary did not know the name. */
  public boolean isCustom() {
    return custom;
  }

  /** Equal ids. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Channel that && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** The label. */
  @Override
  public String toString() {
    return label;
  }
}
