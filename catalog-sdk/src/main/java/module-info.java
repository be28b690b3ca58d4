/**
 * gkml SDK — 嵌入接口: one entry point for business systems and tools. {@link io.github.gkml.sdk.Gkml}
 * loads a catalog from any file counties publish, validates it, checks a revision or a whole
 * history, conforms it to its domain's national baseline, approves or blocks a proposed revision,
 * and tells a business system what an item obliges it to publish, by when and where.
 */
module io.github.gkml.sdk {
  requires transitive io.github.gkml.model;
  requires transitive io.github.gkml.diff;
  requires transitive io.github.gkml.validation;
  requires transitive io.github.gkml.rules;
  requires transitive io.github.gkml.io;
  requires transitive org.jspecify;

  exports io.github.gkml.sdk;
}
