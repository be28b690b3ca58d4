package io.github.gkml.model;

import io.github.gkml.model.internal.CatalogCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * 目录文件格式 — reads and writes catalogs in the {@code gkml-catalog/1} file format, JSON or YAML (see
 * {@code docs/format.md} and the JSON Schema {@code gkml-catalog-1.schema.json} in this jar).
 *
 * <p>Reading is strict: an unknown field is an error (a typo must not be silently ignored), except
 * inside {@code extensions}; every error is a {@link CatalogFormatException} naming the file, the
 * line and column or JSON pointer, and what was expected. Reading is bounded by {@link ReadLimits}.
 * Writing then reading a catalog gives an equal catalog.
 *
 * <p>Immutable and thread-safe: configure once, share freely.
 *
 * <pre>{@code
 * Catalog catalog = CatalogFormat.defaults().read(Path.of("社会救助-2024.yaml"));
 * }</pre>
 *
 * @since 0.1
 */
public final class CatalogFormat {

  private static final CatalogFormat DEFAULTS =
      new CatalogFormat(ReadLimits.defaults(), ChannelVocabulary.standard());

  private final ReadLimits limits;
  private final ChannelVocabulary channels;
  private final CatalogCodec codec;

  private CatalogFormat(ReadLimits limits, ChannelVocabulary channels) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.channels = Objects.requireNonNull(channels, "channels");
    this.codec = new CatalogCodec(limits, channels);
  }

  /** The format with default limits and the standard channel vocabulary. */
  public static CatalogFormat defaults() {
    return DEFAULTS;
  }

  /** A copy with other read limits. */
  public CatalogFormat withLimits(ReadLimits newLimits) {
    return new CatalogFormat(newLimits, channels);
  }

  /** A copy resolving channel names in another vocabulary. */
  public CatalogFormat withChannels(ChannelVocabulary vocabulary) {
    return new CatalogFormat(limits, vocabulary);
  }

  /**
   * The JSON Schema (draft 2020-12) of the {@code gkml-catalog/1} format, as shipped in this jar
   * and in {@code docs/gkml-catalog-1.schema.json}.
   */
  public static String jsonSchema() {
    try (InputStream in = CatalogFormat.class.getResourceAsStream("gkml-catalog-1.schema.json")) {
      return new String(
          Objects.requireNonNull(in, "schema").readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The read limits in force. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a catalog file; {@code .json} is JSON, {@code .yaml} and {@code .yml} are YAML.
   *
   * @throws CatalogFormatException if the file is not a valid catalog, too large, of another type,
   *     or cannot be read
   */
  public Catalog read(Path file) throws CatalogFormatException {
    return load(file).catalog();
  }

  /**
   * Reads a catalog file and where each item is in it.
   *
   * @throws CatalogFormatException as {@link #read(Path)}
   */
  public LoadedCatalog load(Path file) throws CatalogFormatException {
    String name = file.toString();
    CatalogSyntax syntax =
        CatalogSyntax.fromFileName(name)
            .orElseThrow(
                () ->
                    new CatalogFormatException(
                        name,
                        0,
                        0,
                        null,
                        "not a catalog file: expected a name ending in .json, .yaml or .yml",
                        null));
    try {
      if (Files.isDirectory(file)) {
        throw new CatalogFormatException(name, 0, 0, null, "is a directory, not a file", null);
      }
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        throw new CatalogFormatException(
            name,
            0,
            0,
            null,
            "file is " + size + " bytes, more than the limit of " + limits.maxFileBytes(),
            null);
      }
      return codec.read(Files.readAllBytes(file), name, syntax);
    } catch (NoSuchFileException e) {
      throw new CatalogFormatException(name, 0, 0, null, "no such file", e);
    } catch (CatalogFormatException e) {
      throw e;
    } catch (IOException e) {
      throw new CatalogFormatException(name, 0, 0, null, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a catalog from a stream, which is read to the end (up to the size limit) but not closed.
   *
   * @param source the name to give in errors and locations
   * @throws CatalogFormatException if the content is not a valid catalog or cannot be read
   */
  public LoadedCatalog load(InputStream in, String source, CatalogSyntax syntax)
      throws CatalogFormatException {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
    } catch (IOException e) {
      throw new CatalogFormatException(source, 0, 0, null, "cannot read: " + e.getMessage(), e);
    }
    return codec.read(bytes, source, syntax);
  }

  /**
   * Reads a catalog from text.
   *
   * @throws CatalogFormatException if the text is not a valid catalog
   */
  public Catalog parse(String text, String source, CatalogSyntax syntax)
      throws CatalogFormatException {
    return codec.read(text.getBytes(StandardCharsets.UTF_8), source, syntax).catalog();
  }

  /** Writes a catalog to a writer, which is flushed but not closed. */
  public void write(Catalog catalog, Writer out, CatalogSyntax syntax) throws IOException {
    codec.write(catalog, out, syntax);
  }

  /**
   * Writes a catalog to a file in UTF-8; the syntax follows the extension.
   *
   * @throws IllegalArgumentException if the name does not end in .json, .yaml or .yml
   */
  public void write(Catalog catalog, Path file) throws IOException {
    CatalogSyntax syntax =
        CatalogSyntax.fromFileName(file.toString())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "not a catalog file name (.json, .yaml, .yml): " + file));
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      codec.write(catalog, out, syntax);
    }
  }

  /** The catalog as text. */
  public String toString(Catalog catalog, CatalogSyntax syntax) {
    StringWriter out = new StringWriter();
    try {
      codec.write(catalog, out, syntax);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
