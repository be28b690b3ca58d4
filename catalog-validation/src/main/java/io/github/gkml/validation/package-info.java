/**
 * Checks of disclosure catalogs and what they find.
 *
 * <p>Every check returns {@link io.github.gkml.validation.Finding}s, each with a stable {@link
 * io.github.gkml.validation.RuleId}, a {@link io.github.gkml.validation.Severity}, the principle it
 * enforces where one applies ({@link io.github.gkml.validation.Principle}), the item and field, and
 * a message in Chinese and English. Findings sort by item path, then rule id, so the same inputs
 * give byte-identical reports: a {@link io.github.gkml.validation.Report} is rendered by {@link
 * io.github.gkml.validation.Reports} as text, JSON, Markdown, HTML, SARIF or JUnit XML.
 *
 * <p>A deliberate, approved break is recorded as an {@link io.github.gkml.validation.Acceptance} in
 * an acceptance file ({@link io.github.gkml.validation.AcceptanceFile}), matched by the finding's
 * {@link io.github.gkml.validation.Fingerprint}; {@link
 * io.github.gkml.validation.Acceptances#applyTo} marks covered findings accepted and reports stale
 * acceptances.
 *
 * @since 0.1
 */
@NullMarked
package io.github.gkml.validation;

import org.jspecify.annotations.NullMarked;
