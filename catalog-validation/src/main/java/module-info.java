/**
 * gkml catalog validation — 目录检查: findings and their rule ids, messages in Chinese and English, the
 * checks of a single catalog, acceptances (接受清单, read and written as YAML) and the reports that
 * render findings.
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

  exports io.github.gkml.validation;
}
