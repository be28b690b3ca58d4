/**
 * gkml rules for the 26 pilot domains — 26个试点领域的国家标准指引基线: the national baseline catalog of each
 * domain, as data, and the items a county or township catalog is expected to contain.
 */
module io.github.gkml.rules {
  requires transitive io.github.gkml.model;
  requires io.github.gkml.validation;
  requires transitive org.jspecify;

  exports io.github.gkml.rules;
}
