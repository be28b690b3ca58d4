package io.github.gkml.model;

import io.github.gkml.model.internal.StandardChannels;
import io.github.gkml.model.internal.Texts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 渠道词表 — the controlled vocabulary of channels: the national template's 13 checkbox channels (政府网站
 * … 其他) and the common platforms (12345政务服务热线, 公共资源交易平台, 信用中国网站 …), with their aliases and parents.
 *
 * <p>Immutable and thread-safe. {@link #standard()} is the built-in vocabulary; {@link #with}
 * returns a copy that also knows a system's own channels.
 *
 * @since 0.1
 */
public final class ChannelVocabulary {

  private static final ChannelVocabulary STANDARD = new ChannelVocabulary(StandardChannels.all());

  private final Map<String, Channel> byId;
  private final Map<String, Channel> byName;

  private ChannelVocabulary(Collection<Channel> channels) {
    Map<String, Channel> ids = new LinkedHashMap<>();
    Map<String, Channel> names = new LinkedHashMap<>();
    for (Channel channel : channels) {
      if (ids.putIfAbsent(channel.id(), channel) != null) {
        throw new IllegalArgumentException("duplicate channel id: " + channel.id());
      }
    }
    for (Channel channel : channels) {
      if (channel.parentId() != null && !ids.containsKey(channel.parentId())) {
        throw new IllegalArgumentException(
            "channel " + channel.id() + " names an unknown parent: " + channel.parentId());
      }
      register(names, channel.label(), channel);
      register(names, channel.id(), channel);
      channel.aliases().forEach(alias -> register(names, alias, channel));
    }
    this.byId = Map.copyOf(ids);
    this.byName = Map.copyOf(names);
  }

  private static void register(Map<String, Channel> names, String name, Channel channel) {
    Channel previous = names.putIfAbsent(Texts.key(name), channel);
    if (previous != null && !previous.equals(channel)) {
      throw new IllegalArgumentException(
          "the name \"" + name + "\" would mean both " + previous.id() + " and " + channel.id());
    }
  }

  /** The built-in vocabulary. */
  public static ChannelVocabulary standard() {
    return STANDARD;
  }

  /**
   * A copy of this vocabulary that also knows the given channels.
   *
   * @throws IllegalArgumentException if an id repeats, a name would mean two channels, or a parent
   *     is unknown
   */
  public ChannelVocabulary with(Collection<Channel> extra) {
    List<Channel> all = new ArrayList<>(channels());
    all.addAll(extra);
    return new ChannelVocabulary(all);
  }

  /** Every known channel, the national template's 13 first, in template order. */
  public List<Channel> channels() {
    return StandardChannels.inOrder(byId.values());
  }

  /** The channel with this id. */
  public Optional<Channel> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The known channel with this name: its label, id or an alias, whatever the spacing, width,
   * brackets or traditional characters.
   */
  public Optional<Channel> find(CharSequence name) {
    return Optional.ofNullable(byName.get(Texts.key(name)));
  }

  /** The known channel with this name, or a {@link Channel#custom custom} one keeping the name. */
  public Channel resolve(CharSequence name) {
    return find(name).orElseGet(() -> Channel.custom(name.toString()));
  }

  /**
   * Whether {@code broader} covers {@code narrower}: they are the same channel, or {@code broader}
   * is an ancestor of {@code narrower} (两微一端 covers 政务微信).
   */
  public boolean covers(Channel broader, Channel narrower) {
    for (Channel c = narrower; c != null; c = parent(c)) {
      if (c.equals(broader)) {
        return true;
      }
    }
    return false;
  }

  /** The parent of a channel in this vocabulary, or {@code null}. */
  private @Nullable Channel parent(Channel channel) {
    String parentId = channel.parentId();
    return parentId == null ? null : byId.get(parentId);
  }
}
