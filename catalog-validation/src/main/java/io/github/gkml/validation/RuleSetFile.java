package io.github.gkml.validation;

import io.github.gkml.validation.internal.RuleSetReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * 规则配置文件 — reads a rule-set configuration ({@code gkml-rules/1}, YAML) strictly, against the rules
 * of a validator: which rule ids to disable, severity overrides, and options.
 *
 * <pre>{@code
 * format: gkml-rules/1
 * rules:
 *   DEADLINE_VAGUE: {enabled: false}
 *   LEVEL_INCONSISTENT: {severity: warning}
 * options:
 *   statutoryPeriod: 15个工作日          # instead of 条例第二十六条's 20个工作日
 *   promptWithin: 5个工作日              # read 及时 as within 5 working days
 *   sameTriggers: [OBTAINED, FORMED_OR_CHANGED]
 *   compareUnmatchedClauses: false
 * }</pre>
 *
 * <p>Unknown fields, rule ids no rule of the validator reports, options no rule reads, repeated
 * fields, YAML aliases and values of the wrong kind are errors naming the file, line, column and
 * field. The settings are applied on top of the validator's own rule set. Thread-safe.
 *
 * @since 0.1
 */
public final class RuleSetFile {

  /** The format marker, the value of {@code format}. */
  public static final String FORMAT = RuleSetReader.FORMAT;

  private RuleSetFile() {}

  /**
   * Reads a rule-set file for {@code validator}.
   *
   * @return the validator's rule set with the file's settings applied
   * @throws RuleSetFileException if the file cannot be read or used
   */
  public static RuleSet read(Path file, CatalogValidator validator) throws RuleSetFileException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new RuleSetFileException(file.toString(), 0, 0, null, "no such file", e);
    } catch (IOException e) {
      throw new RuleSetFileException(
          file.toString(), 0, 0, null, "cannot read: " + e.getMessage(), e);
    }
    return read(bytes, file.toString(), validator);
  }

  /**
   * Reads a rule-set file from its bytes.
   *
   * @param source the file name to name in errors
   * @throws RuleSetFileException if the file cannot be used
   */
  public static RuleSet read(byte[] bytes, String source, CatalogValidator validator)
      throws RuleSetFileException {
    return new RuleSetReader(validator.rules(), validator.options())
        .read(bytes, source, validator.ruleSet());
  }
}
