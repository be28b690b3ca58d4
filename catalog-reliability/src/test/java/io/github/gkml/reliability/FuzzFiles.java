package io.github.gkml.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A scratch directory for the files fuzz targets write, one per JVM, removed when it exits. */
final class FuzzFiles {

  private static final Path DIRECTORY = create();

  private FuzzFiles() {}

  static Path directory() {
    return DIRECTORY;
  }

  private static Path create() {
    try {
      Path dir = Files.createTempDirectory("gkml-fuzz");
      dir.toFile().deleteOnExit();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteAll(dir)));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteAll(Path dir) {
    try (var files = Files.list(dir)) {
      files.forEach(f -> f.toFile().delete());
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // Best effort at exit: a leftover scratch file in the temp directory does no harm.
    }
  }
}
