package io.github.gkml.validation;

/**
 * 公开状态 — where one publication record stands against the catalog on a given day.
 *
 * @since 0.1
 */
public enum PublicationStatus {
  /** 按时公开 — published by the due date. */
  ON_TIME,
  /** 逾期公开 — published, but after the due date. */
  LATE,
  /** 超期未公开 — not published, and the due date has passed. */
  OVERDUE,
  /** 待公开 — not published yet, and still within the deadline. */
  PENDING,
  /** 无到期日 — the item's deadline gives no day (及时, 长期公开, unreadable). */
  NO_DUE_DATE,
  /** 未知事项 — the catalog has no such item. */
  UNKNOWN_ITEM
}
