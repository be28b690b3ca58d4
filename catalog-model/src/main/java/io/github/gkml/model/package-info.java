/**
 * The typed model of a 政务公开事项标准目录 (disclosure standard catalog).
 *
 * <p>A {@link io.github.gkml.model.Catalog} belongs to one of the 26 {@link
 * io.github.gkml.model.PilotDomain pilot domains} and holds {@link io.github.gkml.model.Item items}
 * (公开事项), each described by the elements that 国办发〔2019〕54号 requires: name ({@link
 * io.github.gkml.model.ItemPath}), content, basis ({@link io.github.gkml.model.LegalBasis}),
 * deadline ({@link io.github.gkml.model.Deadline}), subjects, channels ({@link
 * io.github.gkml.model.Channel}), audience, modes and levels.
 *
 * <p>Time is counted the way the law counts it: a {@link io.github.gkml.model.WorkingCalendar}
 * (工作日历, the State Council's holidays and make-up working days) gives {@link
 * io.github.gkml.model.DueDates due dates} (到期日), and {@link io.github.gkml.model.DeadlineOrder}
 * decides whether a revised deadline is at least as strict as the old one (公开时限只紧不松).
 *
 * <p>All types here are immutable and thread-safe. Text is never lost: parsers keep the text they
 * were given ({@link io.github.gkml.model.Deadline#raw()}, {@link
 * io.github.gkml.model.LegalBasis#raw()}) and what they cannot read is kept as written. Catalog
 * files are read and written by {@link io.github.gkml.model.CatalogFormat}.
 *
 * @since 0.1
 */
@NullMarked
package io.github.gkml.model;

import org.jspecify.annotations.NullMarked;
