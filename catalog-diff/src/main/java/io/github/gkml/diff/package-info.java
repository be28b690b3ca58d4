/**
 * The semantic diff between two versions of a catalog (目录比对).
 *
 * <p>{@link io.github.gkml.diff.CatalogDiffer} matches the items of two catalogs — by item code,
 * then by the normalised path, then by rename detection over what is left — and describes every
 * difference as a {@link io.github.gkml.diff.Change}: an item added, removed or renamed, and per
 * matched item the changes to its content elements, basis, deadline, display period, subjects,
 * channels, audience, modes and levels. The diff only describes; whether a change narrows
 * disclosure is judged by the revision rules of {@code catalog-validation}.
 *
 * @since 0.1
 */
@NullMarked
package io.github.gkml.diff;

import org.jspecify.annotations.NullMarked;
