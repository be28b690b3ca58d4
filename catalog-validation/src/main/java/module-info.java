/**
 * gkml catalog validation — 目录检查: findings and their rule ids, messages in Chinese and English, the
 * checks of a single catalog and the reports that render findings.
 */
module io.github.gkml.validation {
  requires transitive io.github.gkml.model;
  requires transitive io.github.gkml.diff;
  requires transitive org.jspecify;
  requires com.fasterxml.jackson.core;
  requires java.xml;

  exports io.github.gkml.validation;
}
