package io.github.gkml.cli.internal;

import io.github.gkml.model.LoadedCatalog;
import io.github.gkml.validation.Report;

/** The source of a report: a catalog file's name and version label. */
final class Sources {

  private Sources() {}

  static Report.Source of(LoadedCatalog catalog) {
    return new Report.Source(catalog.source(), catalog.catalog().metadata().version());
  }
}
