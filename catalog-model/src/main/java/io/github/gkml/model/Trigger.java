package io.github.gkml.model;

/**
 * 起算事由 — the event a deadline counts from.
 *
 * @since 0.1
 */
public enum Trigger {
  /** 信息形成或者变更 (信息产生、变更; 形成之后) — the information is formed or changed. */
  FORMED_OR_CHANGED("自信息形成或者变更之日起"),
  /** 制作或获取 (制定或获取) — the body makes or obtains the information. */
  OBTAINED("自制作或获取信息之日起"),
  /** 颁布或印发 — a document is promulgated or issued. */
  ISSUED("自颁布或印发之日起"),
  /** 作出决定 (结果确定后) — a decision is made or a result fixed. */
  DECIDED("自作出决定之日起"),
  /** 批准后, 批复后 — approval by a people's congress, a finance department or a superior. */
  APPROVED("自批准之日起"),
  /** 收到申请 — an application for disclosure is received. */
  REQUEST_RECEIVED("自收到申请之日起"),
  /** 下发至本单位 — a document reaches this body from above. */
  RECEIVED("自下发至本单位之日起"),
  /** 事件/项目结束后 — an event or project ends. */
  EVENT_END("自事项结束之日起"),
  /** No trigger named: a bare 20个工作日内. */
  UNSPECIFIED("");

  private final String phrase;

  Trigger(String phrase) {
    this.phrase = phrase;
  }

  /** The canonical phrase that opens a deadline with this trigger, e.g. 自信息形成或者变更之日起. */
  public String phrase() {
    return phrase;
  }
}
