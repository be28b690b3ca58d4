/** Implementation of the catalog model: parsers, text folding and the file codec. Not API. */
@NullMarked
package io.github.gkml.model.internal;

import org.jspecify.annotations.NullMarked;
