package io.github.gkml.sdk;

import io.github.gkml.io.ImportedCatalog;
import io.github.gkml.io.TableFormat;
import io.github.gkml.io.TableImport;
import io.github.gkml.io.TableImportException;
import io.github.gkml.io.TableImporter;
import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.CalendarCoverageException;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.CatalogFormatException;
import io.github.gkml.model.CatalogSyntax;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.LoadedCatalog;
import io.github.gkml.model.WorkingCalendar;
import io.github.gkml.rules.Baseline;
import io.github.gkml.rules.Conformance;
import io.github.gkml.rules.NationalBaselines;
import io.github.gkml.validation.Acceptances;
import io.github.gkml.validation.CatalogValidator;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.PublicationCheck;
import io.github.gkml.validation.PublicationRecord;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.RevisionCheck;
import io.github.gkml.validation.Severity;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * gkml — 政务公开事项标准目录的嵌入入口: one object a business system configures once and shares, for everything
 * gkml checks.
 *
 * <ul>
 *   <li>{@link #load} reads a catalog from a catalog file ({@code .json}, {@code .yaml}) or a table
 *       as counties publish it ({@code .xlsx}, {@code .xls}, {@code .docx}, {@code .html}, {@code
 *       .csv}, {@code .md});
 *   <li>{@link #validate} checks one catalog (required elements, statutory deadlines, channels,
 *       citations, the domain's statutes);
 *   <li>{@link #checkRevision} and {@link #checkHistory} check revisions under the three principles
 *       — 公开事项只增不减、公开方式只多不少、公开时限只紧不松;
 *   <li>{@link #conform} checks a local catalog against its domain's national baseline;
 *   <li>{@link #approve} decides whether a proposed revision may be published;
 *   <li>{@link #obligation} tells a business system what an item obliges it to publish, by when and
 *       where, and {@link #publications} checks what it actually published.
 * </ul>
 *
 * <p>Every report carries the findings of the input too (a table's unreadable rows), and has the
 * {@linkplain #withAcceptances acceptances} applied as of {@linkplain #today() today}. Reports fail
 * from {@link Severity#ERROR} unless {@linkplain #withFailOn configured} otherwise.
 *
 * <p>"Today" is the day in China ({@code Asia/Shanghai}) at the clock's instant, whatever the
 * clock's own zone: deadlines count on the Chinese official calendar, so a server running in UTC
 * must not see yesterday until 08:00. {@link #withClock} sets another clock (a fixed one in tests).
 *
 * <p>Immutable and thread-safe. Each {@code with…} method returns a copy; {@link #withCalendar} and
 * {@link #withChannels} reconfigure every part that counts days or judges channels, so call them
 * after {@link #withValidator}, {@link #withRevisionCheck} or {@link #withTableImporter} if those
 * are set too.
 *
 * @since 0.1
 */
public final class Gkml {

  /** The zone "today" is taken in: the calendar's own. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static final Gkml DEFAULTS =
      new Gkml(
          CatalogFormat.defaults(),
          TableImporter.defaults(),
          CatalogValidator.defaults(),
          RevisionCheck.defaults(),
          WorkingCalendar.china(),
          ChannelVocabulary.standard(),
          Acceptances.empty(),
          Severity.ERROR,
          Clock.systemUTC());

  private final CatalogFormat format;
  private final TableImporter importer;
  private final CatalogValidator validator;
  private final RevisionCheck revisionCheck;
  private final WorkingCalendar calendar;
  private final ChannelVocabulary channels;
  private final Acceptances acceptances;
  private final @Nullable Severity failOn;
  private final Clock clock;

  @SuppressWarnings("TooManyParameters") // private: each with-method names one of them
  private Gkml(
      CatalogFormat format,
      TableImporter importer,
      CatalogValidator validator,
      RevisionCheck revisionCheck,
      WorkingCalendar calendar,
      ChannelVocabulary channels,
      Acceptances acceptances,
      @Nullable Severity failOn,
      Clock clock) {
    this.format = Objects.requireNonNull(format, "format");
    this.importer = Objects.requireNonNull(importer, "importer");
    this.validator = Objects.requireNonNull(validator, "validator");
    this.revisionCheck = Objects.requireNonNull(revisionCheck, "revisionCheck");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.channels = Objects.requireNonNull(channels, "channels");
    this.acceptances = Objects.requireNonNull(acceptances, "acceptances");
    this.failOn = failOn;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The defaults: every built-in rule and every rule on the class path ({@link
   * CatalogValidator#defaults()}, which finds the 26 domains' rules), the national working-day
   * calendar, the standard channel vocabulary, no acceptances, failing from errors, today in China.
   */
  public static Gkml defaults() {
    return DEFAULTS;
  }

  // ---------------------------------------------------------------- configuration

  /** A copy reading catalog files with another format (other read limits). */
  public Gkml withCatalogFormat(CatalogFormat newFormat) {
    return new Gkml(
        newFormat,
        importer,
        validator,
        revisionCheck,
        calendar,
        channels,
        acceptances,
        failOn,
        clock);
  }

  /**
   * A copy reading tables with another importer (limits, encoding, a domain for untitled tables).
   */
  public Gkml withTableImporter(TableImporter newImporter) {
    return new Gkml(
        format,
        newImporter,
        validator,
        revisionCheck,
        calendar,
        channels,
        acceptances,
        failOn,
        clock);
  }

  /** A copy validating with another validator (more rules, a rule set from a file). */
  public Gkml withValidator(CatalogValidator newValidator) {
    return new Gkml(
        format,
        importer,
        newValidator,
        revisionCheck,
        calendar,
        channels,
        acceptances,
        failOn,
        clock);
  }

  /** A copy checking revisions, histories and conformance with another revision check. */
  public Gkml withRevisionCheck(RevisionCheck newCheck) {
    return new Gkml(
        format, importer, validator, newCheck, calendar, channels, acceptances, failOn, clock);
  }

  /**
   * A copy counting working days on another calendar (a region's own, or one extended with a year
   * not yet published): in the validator's rule set, the revision check, due dates and publication
   * checks alike.
   */
  public Gkml withCalendar(WorkingCalendar newCalendar) {
    return new Gkml(
        format,
        importer,
        validator.withRuleSet(validator.ruleSet().withCalendar(newCalendar)),
        revisionCheck.withCalendar(newCalendar),
        newCalendar,
        channels,
        acceptances,
        failOn,
        clock);
  }

  /**
   * A copy judging channels in another vocabulary (a province's own platforms): when reading
   * tables, checking revisions and checking publications.
   */
  public Gkml withChannels(ChannelVocabulary vocabulary) {
    return new Gkml(
        format,
        importer.withChannels(vocabulary),
        validator,
        revisionCheck.withChannels(vocabulary),
        calendar,
        vocabulary,
        acceptances,
        failOn,
        clock);
  }

  /** A copy applying these acceptances (接受清单) to every report. */
  public Gkml withAcceptances(Acceptances newAcceptances) {
    return new Gkml(
        format,
        importer,
        validator,
        revisionCheck,
        calendar,
        channels,
        newAcceptances,
        failOn,
        clock);
  }

  /**
   * A copy whose reports fail, and whose {@link #approve} blocks, from {@code threshold} up; {@code
   * null} never fails.
   */
  public Gkml withFailOn(@Nullable Severity threshold) {
    return new Gkml(
        format,
        importer,
        validator,
        revisionCheck,
        calendar,
        channels,
        acceptances,
        threshold,
        clock);
  }

  /**
   * A copy taking "today" from {@code newClock}: for acceptance expiry and overdue publications.
   */
  public Gkml withClock(Clock newClock) {
    return new Gkml(
        format,
        importer,
        validator,
        revisionCheck,
        calendar,
        channels,
        acceptances,
        failOn,
        newClock);
  }

  /** The validator in use. */
  public CatalogValidator validator() {
    return validator;
  }

  /** The working-day calendar in use. */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /** Today in China at the configured clock's instant (whatever the clock's own zone). */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), CHINA);
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads the one catalog in {@code file}: a catalog file by its format, a table by the importer.
   *
   * @throws CatalogInputException naming the file and the line, row or pointer at fault; also when
   *     the file's kind is unknown, or a table holds several catalogs (use {@link #loadAll})
   */
  public CatalogInput load(Path file) throws CatalogInputException {
    if (!isTable(file)) {
      return catalogFile(file);
    }
    TableImport table = table(file);
    if (table.hasSeveral()) {
      throw new CatalogInputException(
          file
              + ": holds "
              + table.catalogs().size()
              + " catalogs where one is expected: "
              + table.catalogs().stream()
                  .map(ImportedCatalog::describe)
                  .collect(Collectors.joining("; "))
              + ". Read them with loadAll, or split the file with: gkml import "
              + file
              + " -o FOLDER");
    }
    return input(table.catalogs().get(0));
  }

  /**
   * Reads every catalog in {@code file}: one from a catalog file, one per domain from a table that
   * holds several (a workbook with a sheet per domain, a page with a table per domain).
   *
   * @throws CatalogInputException naming the file and the line, row or pointer at fault
   */
  public List<CatalogInput> loadAll(Path file) throws CatalogInputException {
    if (!isTable(file)) {
      return List.of(catalogFile(file));
    }
    return table(file).catalogs().stream().map(Gkml::input).toList();
  }

  private static boolean isTable(Path file) {
    return TableFormat.fromFileName(file.toString()).isPresent();
  }

  private CatalogInput catalogFile(Path file) throws CatalogInputException {
    String name = file.toString();
    if (CatalogSyntax.fromFileName(name).isEmpty()) {
      throw new CatalogInputException(
          name
              + ": not a catalog file or a table: expected a name ending in .json, .yaml, .yml"
              + " (a catalog) or .xlsx, .xls, .docx, .html, .htm, .csv, .md (a table)");
    }
    try {
      return new CatalogInput(format.load(file), List.of());
    } catch (CatalogFormatException e) {
      throw new CatalogInputException(String.valueOf(e.getMessage()), e);
    }
  }

  private TableImport table(Path file) throws CatalogInputException {
    try {
      return importer.read(file);
    } catch (TableImportException e) {
      throw new CatalogInputException(String.valueOf(e.getMessage()), e);
    }
  }

  private static CatalogInput input(ImportedCatalog imported) {
    return new CatalogInput(imported.loaded(), imported.findings());
  }

  // ---------------------------------------------------------------- checking

  /** 目录检查 — validates one catalog. */
  public Report validate(CatalogInput input) {
    List<Finding> findings = new ArrayList<>(input.findings());
    findings.addAll(validator.validate(input.loaded()));
    return finish(Report.of(input.source(), accepted(findings)));
  }

  /** 修订检查 — checks the revision {@code older} → {@code newer} under the three principles. */
  public Report checkRevision(CatalogInput older, CatalogInput newer) {
    List<Finding> findings = new ArrayList<>(older.findings());
    findings.addAll(newer.findings());
    findings.addAll(revisionCheck.check(older.loaded(), newer.loaded()));
    return finish(comparison(older, newer, findings));
  }

  /**
   * 历次修订检查 — checks an ordered history, each version against every earlier one (see {@link
   * RevisionCheck#history}), in the order given.
   *
   * @throws IllegalArgumentException if fewer than two versions are given
   */
  public Report checkHistory(List<CatalogInput> versions) {
    if (versions.size() < 2) {
      throw new IllegalArgumentException(
          "a history needs at least two versions, got " + versions.size());
    }
    List<Finding> findings = new ArrayList<>();
    List<LoadedCatalog> loaded = new ArrayList<>();
    for (CatalogInput version : versions) {
      findings.addAll(version.findings());
      loaded.add(version.loaded());
    }
    findings.addAll(revisionCheck.history(loaded));
    return finish(comparison(versions.get(0), versions.get(versions.size() - 1), findings));
  }

  /**
   * 对标检查 — checks {@code local} against its domain's national baseline, at its own level: a catalog
   * of a township (乡镇) or village is held to the township items, any other to the county items.
   */
  public Report conform(CatalogInput local) {
    return conform(
        local,
        NationalBaselines.of(local.catalog().domain()),
        Conformance.levelOf(local.catalog()));
  }

  /** 对标检查 — checks {@code local} against {@code baseline} at {@code level}. */
  public Report conform(CatalogInput local, Baseline baseline, AdminLevel level) {
    List<Finding> findings = new ArrayList<>(local.findings());
    findings.addAll(
        Conformance.defaults()
            .withRevisionCheck(revisionCheck)
            .conform(local.loaded(), baseline, level));
    return finish(
        Report.comparison(
            Report.Source.of(
                "national baseline " + baseline.domain().slug(),
                baseline.catalog().metadata().version()),
            Report.Source.of(local.loaded()),
            accepted(findings)));
  }

  /**
   * 修订审核 — whether {@code proposed} may replace {@code current}: the proposed catalog is validated
   * and the revision checked; what is open at or above the fail-on severity blocks it.
   */
  public RevisionVerdict approve(CatalogInput current, CatalogInput proposed) {
    List<Finding> findings = new ArrayList<>(current.findings());
    findings.addAll(proposed.findings());
    findings.addAll(validator.validate(proposed.loaded()));
    findings.addAll(revisionCheck.check(current.loaded(), proposed.loaded()));
    return RevisionVerdict.of(finish(comparison(current, proposed, findings)));
  }

  // ---------------------------------------------------------------- business systems

  /**
   * 公开义务 — what {@code item} of {@code catalog} obliges once its information was formed on {@code
   * formedOn}: the due date on this calendar, the channels and the display period. Empty if the
   * catalog has no such item.
   *
   * @throws CalendarCoverageException if the due date falls past the calendar's last year
   */
  public Optional<Obligation> obligation(Catalog catalog, ItemPath item, LocalDate formedOn) {
    Optional<Item> found = catalog.item(item);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    PublicationRecord formed = PublicationRecord.formed("obligation", item, formedOn);
    return publications(catalog).due(formed).map(due -> new Obligation(found.get(), formedOn, due));
  }

  /**
   * 公开核查 — checks publications against {@code catalog} on this calendar and vocabulary: {@code
   * check(record, gkml.today())} for one, {@code checkAll} for a stream.
   */
  public PublicationCheck publications(Catalog catalog) {
    return PublicationCheck.of(catalog).withCalendar(calendar).withChannels(channels);
  }

  // ---------------------------------------------------------------- internals

  private List<Finding> accepted(List<Finding> findings) {
    return acceptances.isEmpty() ? findings : acceptances.applyTo(findings, today());
  }

  private Report comparison(CatalogInput older, CatalogInput newer, List<Finding> findings) {
    return Report.comparison(
        Report.Source.of(older.loaded()), Report.Source.of(newer.loaded()), accepted(findings));
  }

  private Report finish(Report report) {
    return report.withFailOn(failOn);
  }
}
