package io.github.gkml.validation;

/**
 * 三个只 — the three principles catalog revisions must follow: 公开事项只增不减、公开方式只多不少、 公开时限只紧不松.
 *
 * @since 0.1
 */
public enum Principle {
  /** 公开事项只增不减 — items (and their content elements) are only ever added. */
  ITEMS_ONLY_ADDED("公开事项只增不减"),
  /** 公开方式只多不少 — channels, modes, audience and levels only ever widen. */
  WAYS_ONLY_MORE("公开方式只多不少"),
  /** 公开时限只紧不松 — deadlines only ever tighten; display periods only ever grow. */
  DEADLINES_ONLY_TIGHTER("公开时限只紧不松");

  private final String label;

  Principle(String label) {
    this.label = label;
  }

  /** The principle as the work plans state it, e.g. 公开事项只增不减. */
  public String label() {
    return label;
  }
}
