/** The commands of {@code gkml}. Not API. */
@NullMarked
package io.github.gkml.cli.internal;

import org.jspecify.annotations.NullMarked;
