package io.github.gkml.validation;

import io.github.gkml.model.ReadLimits;
import io.github.gkml.validation.internal.AcceptanceReader;
import io.github.gkml.validation.internal.AcceptanceWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * 接受清单文件 — reads and writes acceptance files (baselines) in the YAML format {@code
 * gkml-acceptances/1} (see {@code docs/acceptances.md}).
 *
 * <p>Reading is strict, like the catalog format: unknown or repeated fields, YAML aliases, a second
 * document, a wrong format marker and values of the wrong kind are errors, and so is any entry
 * whose justification or approving document is missing or blank — an unreviewed baseline can never
 * silently accept anything. Every error is an {@link AcceptanceFileException} naming the file, the
 * line and column, the JSON pointer and what was expected. Reading is bounded by {@link
 * ReadLimits}; {@link ReadLimits#maxItems()} counts entries.
 *
 * <p>{@link #writeBaseline} writes entries for the current findings, ready to review: each with its
 * fingerprint, rule, item, field and versions, a blank justification and approving document for a
 * person to fill in, and the finding's message as a comment. {@link #write} writes reviewed
 * acceptances; reading what it wrote gives equal acceptances.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Acceptances acceptances = AcceptanceFile.defaults().read(Path.of("acceptances.yaml"));
 * List<Finding> findings =
 *     acceptances.applyTo(CatalogValidator.defaults().validate(catalog), LocalDate.now(clock));
 * }</pre>
 *
 * @since 0.1
 */
public final class AcceptanceFile {

  /** The format marker, the value of the field {@code format}. */
  public static final String FORMAT = AcceptanceReader.FORMAT;

  /** The least severity {@link #writeBaseline(List, Writer)} writes entries for: WARNING. */
  public static final Severity DEFAULT_BASELINE_THRESHOLD = Severity.WARNING;

  private static final AcceptanceFile DEFAULTS =
      new AcceptanceFile(new ReadLimits(64L << 20, 16, 64 << 10, 1_000_000));

  private static final AcceptanceWriter WRITER = new AcceptanceWriter();

  private final ReadLimits limits;
  private final AcceptanceReader reader;

  private AcceptanceFile(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.reader = new AcceptanceReader(limits);
  }

  /**
   * The format with the default limits: files up to 64 MiB, nesting depth 16, 65,536 characters per
   * value, 1,000,000 entries.
   */
  public static AcceptanceFile defaults() {
    return DEFAULTS;
  }

  /** A copy with other read limits; {@code maxItems} counts entries. */
  public AcceptanceFile withLimits(ReadLimits newLimits) {
    return new AcceptanceFile(newLimits);
  }

  /** The read limits in force. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads an acceptance file (UTF-8 YAML).
   *
   * @throws AcceptanceFileException if the file is missing, unreadable, too large or not a usable
   *     acceptance file
   */
  public Acceptances read(Path file) throws AcceptanceFileException {
    String name = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw new AcceptanceFileException(name, 0, 0, null, "is a directory, not a file", null);
      }
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        throw new AcceptanceFileException(
            name,
            0,
            0,
            null,
            "file is " + size + " bytes, more than the limit of " + limits.maxFileBytes(),
            null);
      }
      return reader.read(Files.readAllBytes(file), name);
    } catch (NoSuchFileException e) {
      throw new AcceptanceFileException(name, 0, 0, null, "no such file", e);
    } catch (AcceptanceFileException e) {
      throw e;
    } catch (IOException e) {
      throw new AcceptanceFileException(name, 0, 0, null, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads an acceptance file from a stream, which is read to the end (up to the size limit) but not
   * closed.
   *
   * @param source the name to give in errors and locations
   * @throws AcceptanceFileException if the content is not a usable acceptance file
   */
  public Acceptances load(InputStream in, String source) throws AcceptanceFileException {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
    } catch (IOException e) {
      throw new AcceptanceFileException(source, 0, 0, null, "cannot read: " + e.getMessage(), e);
    }
    return reader.read(bytes, source);
  }

  /**
   * Reads an acceptance file from text.
   *
   * @param source the name to give in errors and locations
   * @throws AcceptanceFileException if the text is not a usable acceptance file
   */
  public Acceptances parse(String text, String source) throws AcceptanceFileException {
    return reader.read(text.getBytes(StandardCharsets.UTF_8), source);
  }

  /** Writes reviewed acceptances in their order; the writer is flushed, not closed. */
  public void write(Acceptances acceptances, Writer out) throws IOException {
    WRITER.write(acceptances, out);
  }

  /**
   * Writes a baseline to review with the defaults: an entry for every finding of severity WARNING
   * or ERROR that is not accepted, comments in Chinese. The writer is flushed, not closed.
   */
  public void writeBaseline(List<Finding> findings, Writer out) throws IOException {
    writeBaseline(Acceptances.empty(), findings, DEFAULT_BASELINE_THRESHOLD, Locale.CHINA, out);
  }

  /**
   * Writes a baseline to review: first the {@code existing} acceptances as they are (so a baseline
   * can be refreshed in place: pass the acceptances the findings were {@linkplain
   * Acceptances#applyTo applied} with), then one entry for each fingerprint among the findings that
   * are not accepted, at or above {@code threshold} and not ACCEPTANCE_STALE, with a blank
   * justification and approving document that a person must fill in. Findings with the same
   * fingerprint (a history check reports one break for several version pairs) share one entry whose
   * version range spans them. New entries are sorted by {@link Finding#ORDER}; each is preceded by
   * a YAML comment with the findings' severity, versions and message in {@code locale}. The same
   * input gives the same bytes. The writer is flushed, not closed.
   */
  public void writeBaseline(
      Acceptances existing, List<Finding> findings, Severity threshold, Locale locale, Writer out)
      throws IOException {
    WRITER.writeBaseline(existing, findings, threshold, locale, out);
  }
}
