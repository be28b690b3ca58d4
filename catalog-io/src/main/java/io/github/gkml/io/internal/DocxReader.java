package io.github.gkml.io.internal;

import io.github.gkml.io.TableLimits;
import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads the tables of a {@code .docx} document, with the paragraphs around them (titles, notes), in
 * document order. Horizontal spans ({@code gridSpan}) and vertical merges ({@code vMerge}) become
 * merged regions.
 */
public final class DocxReader {

  private DocxReader() {}

  /**
   * The paragraphs and tables of a document, in order.
   *
   * @throws ReadProblem if the file is not a Word document or goes beyond a limit
   */
  public static List<Block> read(File file, TableLimits limits) {
    PoiSettings.apply();
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file, PackageAccess.READ);
    } catch (InvalidFormatException | RuntimeException e) {
      throw PoiErrors.of(e, "a Word .docx document", "docx");
    }
    try {
      XWPFDocument document = new XWPFDocument(pkg);
      List<Block> blocks = new ArrayList<>();
      int tables = 0;
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFTable table) {
          tables++;
          blocks.add(new Block.Table(grid(table, "表" + tables, limits)));
        } else if (element instanceof XWPFParagraph paragraph) {
          String text = paragraph.getText().strip();
          if (!text.isEmpty()) {
            blocks.add(new Block.Text(text, kind(document, paragraph)));
          }
        }
      }
      return blocks;
    } catch (IOException | RuntimeException e) {
      throw PoiErrors.of(e, "a Word .docx document", "docx");
    } finally {
      pkg.revert();
    }
  }

  private static Block.TextKind kind(XWPFDocument document, XWPFParagraph paragraph) {
    String id = paragraph.getStyleID();
    XWPFStyle style =
        id == null || document.getStyles() == null ? null : document.getStyles().getStyle(id);
    String name = style == null ? (id == null ? "" : id) : String.valueOf(style.getName());
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("heading") || lower.startsWith("title") || name.startsWith("标题")
        ? Block.TextKind.HEADING
        : Block.TextKind.PARAGRAPH;
  }

  private static Grid grid(XWPFTable table, String name, TableLimits limits) {
    GridBuilder grid = new GridBuilder(name, limits);
    Map<Integer, int[]> openMerges = new HashMap<>();
    List<int[]> merges = new ArrayList<>();
    int r = 0;
    for (XWPFTableRow row : table.getRows()) {
      r++;
      int column = 0;
      for (XWPFTableCell cell : row.getTableCells()) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        int span = span(properties);
        STMerge.Enum merge = vMerge(properties);
        if (merge == STMerge.CONTINUE) {
          int[] open = openMerges.get(column);
          if (open != null) {
            open[1] = r;
          }
        } else {
          grid.cell(r, column, text(cell));
          int[] region = {r, r, column, column + span - 1};
          merges.add(region);
          if (merge == STMerge.RESTART) {
            openMerges.put(column, region);
          } else {
            openMerges.remove(column);
          }
        }
        column += span;
      }
    }
    for (int[] m : merges) {
      grid.merge(m[0], m[1], m[2], m[3]);
    }
    return grid.build();
  }

  private static int span(@Nullable CTTcPr properties) {
    if (properties == null || !properties.isSetGridSpan()) {
      return 1;
    }
    BigInteger value = properties.getGridSpan().getVal();
    return value == null ? 1 : Math.max(1, Math.min(value.intValue(), 1024));
  }

  private static STMerge.@Nullable Enum vMerge(@Nullable CTTcPr properties) {
    if (properties == null || !properties.isSetVMerge()) {
      return null;
    }
    CTVMerge merge = properties.getVMerge();
    return merge.isSetVal() ? merge.getVal() : STMerge.CONTINUE;
  }

  private static String text(XWPFTableCell cell) {
    StringBuilder out = new StringBuilder();
    for (XWPFParagraph paragraph : cell.getParagraphs()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(paragraph.getText());
    }
    for (XWPFTable nested : cell.getTables()) {
      out.append('\n').append(nested.getText());
    }
    return out.toString();
  }
}
