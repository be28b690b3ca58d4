package io.github.gkml.rules.internal;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.CatalogFormatException;
import io.github.gkml.model.CatalogSyntax;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.rules.Baseline;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Reads the baselines bundled in the jar, each once. The cache is private to this class and holds
 * immutable values only; two threads racing on a first read may both read the file, and both get
 * the one value that was stored.
 */
public final class BundledBaselines {

  private static final String FOLDER = "io/github/gkml/rules/baselines/";

  private static final AtomicReferenceArray<Baseline> CACHE =
      new AtomicReferenceArray<>(PilotDomain.values().length);

  private BundledBaselines() {}

  /** The baseline of a domain, read on first use. */
  public static Baseline get(PilotDomain domain) {
    int slot = domain.ordinal();
    Baseline cached = CACHE.get(slot);
    if (cached != null) {
      return cached;
    }
    CACHE.compareAndSet(slot, null, load(domain, resourceName(domain)));
    return CACHE.get(slot);
  }

  /** The class-path name of a domain's baseline. */
  public static String resourceName(PilotDomain domain) {
    return FOLDER + domain.slug() + ".yaml";
  }

  /**
   * Reads one bundled resource as the baseline of {@code domain}.
   *
   * @throws IllegalStateException naming the resource if it is missing, not a valid catalog, or a
   *     catalog of another domain
   */
  public static Baseline load(PilotDomain domain, String resource) {
    try (InputStream in = BundledBaselines.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "bundled baseline " + resource + " is missing from the jar");
      }
      Catalog catalog = CatalogFormat.defaults().load(in, resource, CatalogSyntax.YAML).catalog();
      if (catalog.domain() != domain) {
        throw new IllegalStateException(
            "bundled baseline "
                + resource
                + " is a catalog of "
                + catalog.domain().label()
                + ", not of "
                + domain.label());
      }
      return Baseline.from(catalog);
    } catch (CatalogFormatException e) {
      throw new IllegalStateException(
          "bundled baseline " + resource + " is not a valid catalog: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException(
          "bundled baseline " + resource + " cannot be read: " + e.getMessage(), e);
    }
  }
}
