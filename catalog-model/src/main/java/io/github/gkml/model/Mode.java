package io.github.gkml.model;

import io.github.gkml.model.internal.Texts;
import java.util.Optional;

/**
 * 公开方式 — whether an item is disclosed proactively or on request.
 *
 * @since 0.1
 */
public enum Mode {
  /** 主动 (主动公开) — published without being asked. */
  PROACTIVE("主动"),
  /** 依申请 (依申请公开) — disclosed when someone applies. */
  ON_REQUEST("依申请");

  private final String label;

  Mode(String label) {
    this.label = label;
  }

  /** The Chinese label that catalogs write. */
  public String label() {
    return label;
  }

  /**
   * Reads a label as tables write it: 主动, 主动公开, 依申请, 依申请公开, 申请 (a header whose first character
   * slipped a row); or the enum name.
   */
  public static Optional<Mode> find(CharSequence text) {
    String key = Texts.compact(text);
    return switch (key) {
      case "主动", "主动公开", "PROACTIVE" -> Optional.of(PROACTIVE);
      case "依申请", "依申请公开", "申请", "申请公开", "ON_REQUEST" -> Optional.of(ON_REQUEST);
      default -> Optional.empty();
    };
  }
}
