/**
 * The national baselines of the 26 pilot domains (国家标准指引基线), and their domain rules (领域规则).
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
 * <p>{@link io.github.gkml.rules.DomainRules} holds each domain's statutory periods as rules of the
 * validation SPI: an item is held to the period a law sets for what it is in its domain (征地补偿安置方案
 * 公告 at least 30日, 中标候选人 within 3日 …), whatever basis it cites. {@link
 * io.github.gkml.rules.Baseline#ruleSet()} validates a baseline as a reference, where a blank
 * element is a warning.
 *
 * <p>How the baselines were made, and what each one lacks, is described in {@code
 * docs/baselines.md}; the domain rules, with law, article and source, in {@code docs/rules.md}.
 *
 * @since 0.1
 */
@NullMarked
package io.github.gkml.rules;

import org.jspecify.annotations.NullMarked;
