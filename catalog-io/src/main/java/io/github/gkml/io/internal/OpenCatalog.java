package io.github.gkml.io.internal;

import io.github.gkml.io.ImportedCatalog;
import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogMetadata;
import io.github.gkml.model.CatalogReference;
import io.github.gkml.model.Item;
import io.github.gkml.model.NotApplicable;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.model.Region;
import io.github.gkml.model.RetiredItem;
import io.github.gkml.validation.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A catalog being collected from one or more tables of a file, with what is said around them. */
final class OpenCatalog {

  private final String file;
  private final @Nullable String sheet;
  private final List<Field> fields;
  private final List<String> titleSources = new ArrayList<>();
  private final List<Item> items = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Map<String, Supplement.Value> metadata = new HashMap<>();
  private final List<NotApplicable> notApplicable = new ArrayList<>();
  private final List<RetiredItem> retired = new ArrayList<>();
  private final String title;

  /**
   * A catalog starting with a table.
   *
   * @param title the title the text around the table gives (or the sheet's or file's name), used
   *     when the table has no title row
   * @param titleSources other texts that may name the domain, most telling first
   */
  OpenCatalog(String file, Section first, String title, List<String> titleSources) {
    this.file = file;
    this.sheet = first.sheet();
    this.fields = first.layout().fields();
    String own = first.title();
    this.title = own != null ? own : title;
    this.titleSources.add(this.title);
    this.titleSources.addAll(titleSources);
  }

  /** Whether a table with this header may continue the catalog (a table split over pages). */
  boolean continuesWith(Section section) {
    return section.title() == null && fields.equals(section.layout().fields());
  }

  /** Adds a table's items, notes and unreadable rows. */
  void add(Section section, ItemAssembler assembler) {
    for (ItemDraft draft : section.drafts()) {
      items.add(assembler.item(draft, section.layout(), section.sheet()));
    }
    addNotes(section.notes());
    for (Section.Unreadable row : section.unreadable()) {
      findings.add(ImportFindings.unreadable(file, section.sheet(), row));
    }
  }

  /**
   * Adds notes found as text around the table. Text that is empty or only white space — a Markdown
   * heading with no words (a line of only {@code #}), a spacer row between the table and its 注 —
   * says nothing, and a catalog's notes are never blank: it is passed over; every other note is
   * kept as written.
   */
  void addNotes(List<String> more) {
    for (String note : more) {
      if (!note.isBlank()) {
        notes.add(note);
      }
    }
  }

  /** Adds what a supplementary table says. */
  void add(Supplement supplement, @Nullable String supplementSheet) {
    supplement.metadata().forEach(metadata::putIfAbsent);
    notApplicable.addAll(supplement.notApplicable());
    retired.addAll(supplement.retired());
    for (Section.Unreadable row : supplement.unreadable()) {
      findings.add(ImportFindings.unreadable(file, supplementSheet, row));
    }
  }

  /**
   * The catalog.
   *
   * @param forced the domain to use whatever the table says, or {@code null}
   * @throws ReadProblem if no domain can be told
   */
  ImportedCatalog build(@Nullable PilotDomain forced) {
    String chosenTitle = value(SupplementWords.TITLE);
    if (chosenTitle == null) {
      chosenTitle = Titles.clean(title);
    }
    CatalogMetadata meta =
        new CatalogMetadata(
            domain(forced),
            chosenTitle,
            value(SupplementWords.ISSUER),
            region(),
            parsed(SupplementWords.LEVEL, AdminLevel::find),
            value(SupplementWords.VERSION),
            parsed(SupplementWords.EFFECTIVE, Dates::parse),
            refines());
    Catalog catalog = new Catalog(meta.withNotes(notes), items, notApplicable, retired);
    return new ImportedCatalog(catalog, file, sheet, findings);
  }

  private PilotDomain domain(@Nullable PilotDomain forced) {
    if (forced != null) {
      return forced;
    }
    Optional<PilotDomain> named =
        Optional.ofNullable(parsed(SupplementWords.DOMAIN, PilotDomain::find));
    for (String source : titleSources) {
      if (named.isPresent()) {
        break;
      }
      named = DomainFinder.find(source);
    }
    return named.orElseThrow(
        () ->
            new ReadProblem(
                sheet,
                0,
                0,
                "cannot tell the domain: none of the 26 pilot domains is named in the title, the"
                    + " headings, the sheet or the file name ("
                    + String.join(" | ", titleSources)
                    + "); give it (gkml import --domain 社会救助)",
                null));
  }

  private @Nullable Region region() {
    String name = value(SupplementWords.REGION);
    String code = value(SupplementWords.REGION_CODE);
    if (name == null) {
      return null;
    }
    if (code != null && !code.matches("[1-9]\\d{5}")) {
      unreadable(SupplementWords.REGION_CODE);
      code = null;
    }
    return new Region(name, code);
  }

  private @Nullable CatalogReference refines() {
    String refined = value(SupplementWords.REFINES);
    return refined == null
        ? null
        : new CatalogReference(
            refined,
            value(SupplementWords.REFINES_ISSUER),
            value(SupplementWords.REFINES_VERSION),
            value(SupplementWords.REFINES_LOCATION));
  }

  private @Nullable String value(String key) {
    Supplement.Value value = metadata.get(key);
    return value == null || value.text().isBlank() ? null : value.text();
  }

  /** A metadata value read by {@code reader}; reported when it cannot be read. */
  private <T> @Nullable T parsed(String key, Function<String, Optional<T>> reader) {
    String text = value(key);
    if (text == null) {
      return null;
    }
    Optional<T> value = reader.apply(text);
    if (value.isEmpty()) {
      unreadable(key);
    }
    return value.orElse(null);
  }

  private void unreadable(String key) {
    Supplement.Value value = metadata.get(key);
    if (value != null) {
      findings.add(
          ImportFindings.unreadable(
              file,
              value.sheet(),
              new Section.Unreadable(
                  value.row(), value.column(), "metadata", key + ": " + value.text())));
    }
  }
}
