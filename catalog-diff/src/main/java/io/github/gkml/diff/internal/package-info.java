/** Implementation of item matching and element comparison. Not API. */
@NullMarked
package io.github.gkml.diff.internal;

import org.jspecify.annotations.NullMarked;
