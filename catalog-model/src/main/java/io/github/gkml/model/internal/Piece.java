package io.github.gkml.model.internal;

import io.github.gkml.model.Deadline;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.TimeSpan;
import io.github.gkml.model.Trigger;
import org.jspecify.annotations.Nullable;

/** What one part of a cell says, before the parts are put together into one {@link Deadline}. */
sealed interface Piece {

  /**
   * A deadline, with the part of the item it applies to.
   *
   * @param deadline the deadline, its raw text the part it was read from
   * @param when the part of the item it applies to, or {@code null} for the item as a whole
   */
  record Found(Deadline deadline, @Nullable String when) implements Piece {}

  /**
   * A display period: 公示7个工作日, 公告期限为5个工作日.
   *
   * @param period the period
   */
  record Display(DisplayPeriod period) implements Piece {}

  /**
   * An extension of the deadline before it: 可延长7个工作日.
   *
   * @param span how much longer
   */
  record Extension(TimeSpan span) implements Piece {}

  /**
   * Text that gives no deadline, but may name the trigger of the next one (自信息形成之日起,20个工作日内).
   *
   * @param trigger the trigger named, or {@link Trigger#UNSPECIFIED}
   */
  record Remark(Trigger trigger) implements Piece {}
}
