package io.github.gkml.io.internal;

import io.github.gkml.io.TableLimits;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an {@code .xlsx} workbook in streaming mode: each sheet's XML is parsed with SAX (POI's
 * {@link XSSFSheetXMLHandler}), so no sheet is ever held as a DOM — only the cells' text, which the
 * catalog needs anyway. Merged regions, listed after the cells in the sheet's XML, are applied when
 * the sheet ends.
 */
public final class XlsxReader {

  private XlsxReader() {}

  /**
   * The sheets of a workbook, in order.
   *
   * @throws ReadProblem if the file is not a workbook, is refused, or goes beyond a limit
   */
  public static List<Block> read(File file, TableLimits limits) {
    PoiSettings.apply();
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file, PackageAccess.READ);
    } catch (InvalidFormatException | RuntimeException e) {
      throw PoiErrors.of(e, "an Excel .xlsx workbook", "xlsx");
    }
    try {
      return sheets(pkg, limits);
    } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
      throw PoiErrors.of(e, "an Excel .xlsx workbook", "xlsx");
    } finally {
      pkg.revert();
    }
  }

  private static List<Block> sheets(OPCPackage pkg, TableLimits limits)
      throws IOException, SAXException, ParserConfigurationException {
    XSSFReader reader;
    ReadOnlySharedStringsTable strings;
    StylesTable styles;
    XSSFReader.SheetIterator sheets;
    try {
      reader = new XSSFReader(pkg);
      strings = new ReadOnlySharedStringsTable(pkg, false);
      styles = reader.getStylesTable();
      sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
    } catch (OpenXML4JException e) {
      throw PoiErrors.of(e, "an Excel .xlsx workbook", "xlsx");
    }
    return sheets(sheets, strings, styles, limits);
  }

  private static List<Block> sheets(
      XSSFReader.SheetIterator sheets,
      ReadOnlySharedStringsTable strings,
      StylesTable styles,
      TableLimits limits)
      throws IOException, SAXException, ParserConfigurationException {
    List<Block> blocks = new ArrayList<>();
    while (sheets.hasNext()) {
      try (InputStream in = sheets.next()) {
        String name = sheets.getSheetName();
        GridBuilder grid = new GridBuilder(name, limits);
        XMLReader parser = XMLHelper.newXMLReader();
        Cells cells = new Cells(grid);
        parser.setContentHandler(
            new MergeCapture(
                new XSSFSheetXMLHandler(styles, null, strings, cells, formatter(), false), grid));
        parser.parse(new InputSource(in));
        blocks.add(new Block.SheetStart(name));
        blocks.add(new Block.Table(grid.build()));
      }
    }
    return blocks;
  }

  static DataFormatter formatter() {
    DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    formatter.setUseCachedValuesForFormulaCells(true);
    return formatter;
  }

  /** Puts each cell POI reports into the grid. */
  private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final GridBuilder grid;
    private int row;
    private int column = -1;

    Cells(GridBuilder grid) {
      this.grid = grid;
    }

    @Override
    public void startRow(int rowNum) {
      row = rowNum;
      column = -1;
    }

    @Override
    public void endRow(int rowNum) {}

    @Override
    public void cell(
        @Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
      if (reference == null) {
        column++;
      } else {
        CellAddress address = new CellAddress(reference);
        row = address.getRow();
        column = address.getColumn();
      }
      grid.cell(row + 1, column, value);
    }
  }

  /**
   * Passes every SAX event on to POI's sheet handler and notes the merged regions ({@code
   * <mergeCell ref="A3:A6"/>}), which POI's handler ignores.
   */
  private static final class MergeCapture extends DefaultHandler {
    private final DefaultHandler delegate;
    private final GridBuilder grid;

    MergeCapture(DefaultHandler delegate, GridBuilder grid) {
      this.delegate = delegate;
      this.grid = grid;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
        throws SAXException {
      if ("mergeCell".equals(localName)) {
        String ref = attributes.getValue("ref");
        if (ref != null) {
          CellRangeAddress range = CellRangeAddress.valueOf(ref);
          grid.merge(
              range.getFirstRow() + 1,
              range.getLastRow() + 1,
              range.getFirstColumn(),
              range.getLastColumn());
        }
      }
      delegate.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      delegate.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      delegate.characters(ch, start, length);
    }
  }
}
