package io.github.gkml.io.internal;

import io.github.gkml.io.TableLimits;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads an old binary {@code .xls} workbook (Excel 97–2003), which many counties still publish.
 * Such files are small (at most 65,536 rows a sheet), so POI's in-memory model is used; the file
 * size limit bounds it.
 */
public final class XlsReader {

  private XlsReader() {}

  /**
   * The sheets of a workbook, in order.
   *
   * @throws ReadProblem if the file is not an .xls workbook or goes beyond a limit
   */
  public static List<Block> read(File file, TableLimits limits) {
    PoiSettings.apply();
    try (POIFSFileSystem fs = new POIFSFileSystem(file, true);
        HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
      DataFormatter formatter = XlsxReader.formatter();
      List<Block> blocks = new ArrayList<>();
      for (Sheet sheet : workbook) {
        blocks.add(new Block.SheetStart(sheet.getSheetName()));
        blocks.add(new Block.Table(grid(sheet, formatter, limits)));
      }
      return blocks;
    } catch (IOException | RuntimeException e) {
      throw PoiErrors.of(e, "an Excel .xls workbook", "xls");
    }
  }

  private static Grid grid(Sheet sheet, DataFormatter formatter, TableLimits limits) {
    GridBuilder grid = new GridBuilder(sheet.getSheetName(), limits);
    for (Row row : sheet) {
      for (Cell cell : row) {
        grid.cell(row.getRowNum() + 1, cell.getColumnIndex(), formatter.formatCellValue(cell));
      }
    }
    for (CellRangeAddress range : sheet.getMergedRegions()) {
      grid.merge(
          range.getFirstRow() + 1,
          range.getLastRow() + 1,
          range.getFirstColumn(),
          range.getLastColumn());
    }
    return grid.build();
  }
}
