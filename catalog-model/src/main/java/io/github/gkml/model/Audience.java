package io.github.gkml.model;

import io.github.gkml.model.internal.Texts;
import java.util.Optional;

/**
 * 公开对象 — who an item is disclosed to.
 *
 * @since 0.1
 */
public enum Audience {
  /** 全社会 — everyone. */
  PUBLIC("全社会"),
  /** 特定群体 (also written 特定群众, 特定对象) — a specific group, e.g. applicants. */
  SPECIFIC_GROUP("特定群体");

  private final String label;

  Audience(String label) {
    this.label = label;
  }

  /** The Chinese label that catalogs write. */
  public String label() {
    return label;
  }

  /**
   * Reads a label as tables write it: 全社会, 社会 (a header whose first character slipped a row), 特定群体,
   * 特定群众, 特定对象; or the enum name.
   */
  public static Optional<Audience> find(CharSequence text) {
    String key = Texts.compact(text);
    return switch (key) {
      case "全社会", "社会", "公众", "社会公众", "PUBLIC" -> Optional.of(PUBLIC);
      case "特定群体", "特定群众", "特定对象", "特定人群", "SPECIFIC_GROUP" -> Optional.of(SPECIFIC_GROUP);
      default -> Optional.empty();
    };
  }
}
