package io.github.gkml.io.internal;

import io.github.gkml.io.ImportedCatalog;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.PilotDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a reader yields into catalogs. Each catalog table starts a catalog, titled by its own
 * title row or the heading or title-like paragraph just above it; a table with the same header and
 * no title between continues the catalog above (a page split in two). Paragraphs after a table are
 * its notes, up to the next title or the page's footer. A supplementary table (目录信息, 未涉及事项说明,
 * 已退出事项) belongs to the catalog before it, or to the first one when it comes first. A new sheet
 * always starts a new catalog.
 */
public final class CatalogAssembler {

  private static final Pattern FURNITURE =
      Pattern.compile(
          ".*(版权所有|Copyright|©|网站标识码|ICP备|公网安备|打印本页|关闭窗口|上一篇|下一篇|扫一扫|分享到|主办单位|承办单位|技术支持|网站地图|返回顶部).*",
          Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern DEFAULT_SHEET = Pattern.compile("(?i)(sheet|工作表|表)\\s*\\d*");

  private final String file;
  private final ItemAssembler items;
  private final @Nullable PilotDomain forced;
  private final List<OpenCatalog> catalogs = new ArrayList<>();
  private final List<Supplement> waiting = new ArrayList<>();
  private final List<Block.Text> pending = new ArrayList<>();
  private final Candidates candidates = new Candidates();
  private @Nullable OpenCatalog current;
  private @Nullable String sheet;
  private @Nullable String pageTitle;

  /**
   * An assembler for one file.
   *
   * @param file the file name as the user gave it
   * @param forced the domain of every catalog, or {@code null} to read it from the table
   */
  public CatalogAssembler(String file, ChannelVocabulary vocabulary, @Nullable PilotDomain forced) {
    this.file = file;
    this.items = new ItemAssembler(file, vocabulary);
    this.forced = forced;
  }

  /**
   * The catalogs the blocks hold, in order.
   *
   * @throws ReadProblem if they hold none, naming the most header-like row found
   */
  public List<ImportedCatalog> assemble(List<Block> blocks) {
    for (Block block : blocks) {
      if (block instanceof Block.Text text) {
        text(text);
      } else if (block instanceof Block.SheetStart start) {
        flushNotes();
        current = null;
        sheet = start.name();
      } else if (block instanceof Block.Table table) {
        table(table.grid());
      }
    }
    flushNotes();
    if (catalogs.isEmpty()) {
      throw candidates.noCatalog();
    }
    waiting.forEach(s -> catalogs.get(0).add(s, null));
    List<ImportedCatalog> result = new ArrayList<>();
    for (OpenCatalog catalog : catalogs) {
      result.add(catalog.build(forced));
    }
    return result;
  }

  private void text(Block.Text text) {
    if (text.kind() == Block.TextKind.PAGE_TITLE) {
      pageTitle = text.text();
    } else {
      pending.add(text);
    }
  }

  private void table(Grid grid) {
    Optional<Supplement> lists = SupplementReader.lists(grid);
    if (lists.isPresent()) {
      supplement(lists.get(), grid.sheet());
      return;
    }
    List<Section> sections = TableReader.read(grid);
    if (!sections.isEmpty()) {
      for (int k = 0; k < sections.size(); k++) {
        section(sections.get(k), k == 0);
      }
      pending.clear();
      return;
    }
    Optional<Supplement> metadata = SupplementReader.metadata(grid);
    if (metadata.isPresent()) {
      supplement(metadata.get(), grid.sheet());
      return;
    }
    candidates.consider(grid);
    dropCaption();
  }

  private void section(Section section, boolean first) {
    int titleAt = first ? titleIndex() : -1;
    if (first && current != null && titleAt < 0 && current.continuesWith(section)) {
      current.addNotes(texts(pending, 0, pending.size()));
      current.add(section, items);
      return;
    }
    OpenCatalog previous = last();
    if (first && previous != null) {
      previous.addNotes(texts(pending, 0, titleAt < 0 ? pending.size() : titleAt));
    }
    String title = titleAt >= 0 ? pending.get(titleAt).text() : fallbackTitle(section);
    OpenCatalog opened = new OpenCatalog(file, section, title, sources(section));
    if (titleAt >= 0) {
      opened.addNotes(texts(pending, titleAt + 1, pending.size()));
    }
    opened.add(section, items);
    catalogs.add(opened);
    current = opened;
  }

  /** The pending text that titles the next table: the nearest heading or title-like text. */
  private int titleIndex() {
    for (int i = pending.size() - 1; i >= 0; i--) {
      Block.Text text = pending.get(i);
      if (text.kind() == Block.TextKind.HEADING || Titles.looksLikeTitle(text.text())) {
        return i;
      }
    }
    return -1;
  }

  private String fallbackTitle(Section section) {
    String sheetName = section.sheet() != null ? section.sheet() : sheet;
    if (sheetName != null && !DEFAULT_SHEET.matcher(sheetName.strip()).matches()) {
      return sheetName;
    }
    if (pageTitle != null) {
      return pageTitle;
    }
    String name = java.nio.file.Path.of(file).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Texts that may name the domain, nearest first: headings, then other text before the table. */
  private List<String> sources(Section section) {
    List<String> sources = new ArrayList<>();
    for (Block.TextKind kind : List.of(Block.TextKind.HEADING, Block.TextKind.PARAGRAPH)) {
      for (int i = pending.size() - 1; i >= 0; i--) {
        if (pending.get(i).kind() == kind) {
          sources.add(pending.get(i).text());
        }
      }
    }
    if (section.sheet() != null) {
      sources.add(section.sheet());
    }
    if (pageTitle != null) {
      sources.add(pageTitle);
    }
    sources.add(file);
    return sources;
  }

  private void supplement(Supplement supplement, @Nullable String where) {
    dropCaption();
    flushNotes();
    OpenCatalog target = last();
    if (target == null) {
      waiting.add(supplement);
    } else {
      target.add(supplement, where);
    }
  }

  /** A heading right before a table is that table's caption, not a note. */
  private void dropCaption() {
    if (!pending.isEmpty() && pending.get(pending.size() - 1).kind() == Block.TextKind.HEADING) {
      pending.remove(pending.size() - 1);
    }
  }

  /** The pending text becomes notes of the last catalog (up to the page's footer). */
  private void flushNotes() {
    OpenCatalog target = last();
    if (target != null) {
      target.addNotes(texts(pending, 0, pending.size()));
    }
    pending.clear();
  }

  private @Nullable OpenCatalog last() {
    return catalogs.isEmpty() ? null : catalogs.get(catalogs.size() - 1);
  }

  /** The texts of blocks {@code from} to {@code to}, stopping at the page's footer. */
  private static List<String> texts(List<Block.Text> blocks, int from, int to) {
    List<String> texts = new ArrayList<>();
    for (Block.Text block : blocks.subList(from, to)) {
      if (FURNITURE.matcher(block.text()).matches()) {
        break;
      }
      texts.add(block.text());
    }
    return texts;
  }
}
