/**
 * gkml catalog model — 政务公开事项标准目录的类型模型.
 *
 * <p>The nouns of a disclosure standard catalog ({@link io.github.gkml.model.Catalog}, {@link
 * io.github.gkml.model.Item}, {@link io.github.gkml.model.Deadline} …) and the JSON/YAML catalog
 * file format ({@link io.github.gkml.model.CatalogFormat}).
 */
module io.github.gkml.model {
  requires transitive org.jspecify;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;

  exports io.github.gkml.model;

  opens io.github.gkml.model.internal to
      com.fasterxml.jackson.databind;
}
