/**
 * The embedding API: {@link io.github.gkml.sdk.Gkml}, configured once and shared, and the values it
 * returns.
 *
 * <pre>{@code
 * Gkml gkml = Gkml.defaults();
 * CatalogInput current = gkml.load(Path.of("社会救助-2023.xlsx"));
 * CatalogInput proposed = gkml.load(Path.of("社会救助-2024.xlsx"));
 * RevisionVerdict verdict = gkml.approve(current, proposed);
 * if (!verdict.approved()) {
 *   verdict.blocking().forEach(f -> log.warn(f.message(Locale.CHINA)));
 * }
 * }</pre>
 *
 * <p>Everything here is immutable and thread-safe. The lower-level modules stay available for what
 * the facade does not cover: {@code io.github.gkml.model} (the catalog, deadlines, calendar),
 * {@code io.github.gkml.diff}, {@code io.github.gkml.validation} (rules, acceptances, reports),
 * {@code io.github.gkml.rules} (baselines) and {@code io.github.gkml.io} (tables). See {@code
 * docs/embedding.md}.
 *
 * @since 0.1
 */
@NullMarked
package io.github.gkml.sdk;

import org.jspecify.annotations.NullMarked;
