/**
 * gkml catalog validation — 目录检查: findings and their rule ids, messages in Chinese and English, the
 * rule engine for single catalogs (the {@link io.github.gkml.validation.CatalogRule} SPI, built-in
 * rules, structural constraints checked with Jakarta Bean Validation), acceptances (接受清单, read and
 * written as YAML) and the reports that render findings.
 */
module io.github.gkml.validation {
  requires transitive io.github.gkml.model;
  requires transitive io.github.gkml.diff;
  requires transitive org.jspecify;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires java.xml;
  requires java.logging;
  requires jakarta.validation;
  requires org.hibernate.validator;

  exports io.github.gkml.validation;

  // The structural views and their constraint validators are read and instantiated reflectively by
  // gkml's private Hibernate Validator factory, and by no one else.
  opens io.github.gkml.validation.internal.structure to
      org.hibernate.validator;

  uses io.github.gkml.validation.CatalogRule;

  provides io.github.gkml.validation.CatalogRule with
      io.github.gkml.validation.internal.structure.StructureRule,
      io.github.gkml.validation.internal.DeadlineUnparsedRule,
      io.github.gkml.validation.internal.DeadlineVagueRule,
      io.github.gkml.validation.internal.StatutoryDeadlineRule,
      io.github.gkml.validation.internal.DisplayPeriodRule,
      io.github.gkml.validation.internal.ChannelUnknownRule,
      io.github.gkml.validation.internal.SupersededBasisRule,
      io.github.gkml.validation.internal.LevelRule;
}
