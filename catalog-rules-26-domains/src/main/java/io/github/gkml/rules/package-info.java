/**
 * The national baselines of the 26 pilot domains (国家标准指引基线).
 *
 * <p>{@link io.github.gkml.rules.NationalBaselines} holds, for each {@link
 * io.github.gkml.model.PilotDomain}, the items that the domain's national standard guideline (标准指引)
 * asks a county catalog to contain, as far as published county and township catalogs let them be
 * read: a {@link io.github.gkml.rules.Baseline} is a catalog in the project's own format, with a
 * coverage note (覆盖说明) saying what is missing and the sources it was read from. {@link
 * io.github.gkml.rules.Baseline#forLevel} gives the items a county or a township catalog is
 * expected to hold. A province's or city's own catalog can serve as the baseline instead ({@link
 * io.github.gkml.rules.Baseline#load}): the bundled one is a default, not the only truth.
 *
 * <p>How the baselines were made, and what each one lacks, is described in {@code
 * docs/baselines.md}.
 *
 * @since 0.1
 */
@NullMarked
package io.github.gkml.rules;

import org.jspecify.annotations.NullMarked;
