package io.github.gkml.benchmarks.workload;

import io.github.gkml.model.Catalog;

/**
 * A generated revision: the two versions and what was done to get from one to the other.
 *
 * @param older the old version
 * @param newer the new version
 * @param truth the changes made, item by item
 */
public record Revision(Catalog older, Catalog newer, Oracle truth) {}
