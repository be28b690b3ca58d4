/**
 * AssertJ assertions for test suites that check disclosure catalogs: {@link
 * io.github.gkml.assertj.CatalogAssertions#assertThat(io.github.gkml.model.Catalog)} and its
 * siblings for reports, diffs and publication records, with domain verbs such as {@code isValid()},
 * {@code satisfiesThePrinciplesAgainst(previous)}, {@code conformsTo(baseline)} and {@code
 * wasPublishedOnTime()}. Failure messages list the findings (rule id, item, old → new, message) in
 * Chinese by default or in English ({@code inLanguage(Locale.ENGLISH)}).
 *
 * @since 0.1
 */
@NullMarked
package io.github.gkml.assertj;

import org.jspecify.annotations.NullMarked;
