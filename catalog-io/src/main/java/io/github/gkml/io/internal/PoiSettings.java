package io.github.gkml.io.internal;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The one place where gkml sets POI's limits. POI keeps them in static fields for the whole JVM, so
 * they are set once, before the first workbook or Word file is opened, and never changed after:
 *
 * <ul>
 *   <li>{@value #MIN_INFLATE_RATIO} — the smallest ratio of compressed to expanded size of a zip
 *       entry (POI's default, stated here so that it is a decision): a part that expands more than
 *       100 times is refused as a zip bomb;
 *   <li>{@value #MAX_ENTRY_SIZE} bytes (1 GiB) — the largest expanded part (POI's default is 4
 *       GiB), ample for a sheet of a million rows;
 *   <li>XML external entities and DOCTYPEs are refused by POI's own XML parsers (its default, which
 *       gkml does not change; tests prove it).
 * </ul>
 *
 * <p>An application that needs other values may set them itself after gkml's first read: gkml does
 * not set them again.
 */
public final class PoiSettings {

  /** The smallest compressed-to-expanded ratio of a zip entry. */
  public static final double MIN_INFLATE_RATIO = 0.01;

  /** The largest expanded zip entry, in bytes. */
  public static final long MAX_ENTRY_SIZE = 1L << 30;

  private static boolean applied;

  private PoiSettings() {}

  /** Sets POI's limits the first time it is called; does nothing after. */
  public static synchronized void apply() {
    if (!applied) {
      ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
      ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
      applied = true;
    }
  }
}
