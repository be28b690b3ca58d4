/** Failure messages of the assertions. Not API. */
@NullMarked
package io.github.gkml.assertj.internal;

import org.jspecify.annotations.NullMarked;
