/**
 * gkml catalog diff — 目录比对: matching items between two versions of a catalog and the typed change
 * list between them.
 */
module io.github.gkml.diff {
  requires transitive io.github.gkml.model;
  requires transitive org.jspecify;

  exports io.github.gkml.diff;
}
