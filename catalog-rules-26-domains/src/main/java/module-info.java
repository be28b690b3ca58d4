/**
 * gkml rules for the 26 pilot domains — 26个试点领域的国家标准指引基线与领域规则: the national baseline catalog of
 * each domain, as data, the items a county or township catalog is expected to contain, conformance
 * to a baseline, and the statutory periods of each domain as rules of the validation SPI.
 */
module io.github.gkml.rules {
  requires transitive io.github.gkml.model;
  requires transitive io.github.gkml.validation;
  requires transitive org.jspecify;

  exports io.github.gkml.rules;

  provides io.github.gkml.validation.CatalogRule with
      io.github.gkml.rules.internal.DomainDeadlineRule,
      io.github.gkml.rules.internal.DomainDisplayPeriodRule;
}
