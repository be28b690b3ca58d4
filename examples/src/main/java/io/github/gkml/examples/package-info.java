/**
 * Runnable examples of embedding gkml in a business system. Each compiles with the library and is
 * exercised by a test, so the examples cannot drift from the API.
 *
 * @since 0.1
 */
@NullMarked
package io.github.gkml.examples;

import org.jspecify.annotations.NullMarked;
