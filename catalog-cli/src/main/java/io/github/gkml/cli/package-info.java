/**
 * The {@code gkml} command line. {@link io.github.gkml.cli.Gkml} is the entry point; the exit codes
 * are 0 (no failing finding), 1 (failing findings), 2 (usage error), 3 (unreadable or invalid
 * input) and 70 (internal error).
 *
 * @since 0.1
 */
@NullMarked
package io.github.gkml.cli;

import org.jspecify.annotations.NullMarked;
