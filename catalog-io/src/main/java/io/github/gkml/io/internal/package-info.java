/**
 * The implementation of table import and export: the format readers (each yields {@link
 * io.github.gkml.io.internal.Block}s of text and {@link io.github.gkml.io.internal.Grid}s of
 * cells), the one recogniser that reads catalogs from grids, and the writers.
 */
@NullMarked
package io.github.gkml.io.internal;

import org.jspecify.annotations.NullMarked;
