/** Implementation of catalog checks and report rendering. Not API. */
@NullMarked
package io.github.gkml.validation.internal;

import org.jspecify.annotations.NullMarked;
