package io.github.gkml.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Valid Office packages around fuzzed XML: a workbook whose sheet (and shared strings) are the
 * input, a Word document whose body is the input. The fuzzer then reaches the XML readers instead
 * of failing at the zip layer every time.
 */
final class OfficePackages {

  static final String SHEET = "xl/worksheets/sheet1.xml";
  static final String SHARED_STRINGS = "xl/sharedStrings.xml";
  static final String DOCUMENT = "word/document.xml";

  private static final Map<String, byte[]> WORKBOOK = parts(templateWorkbook());
  private static final Map<String, byte[]> WORD = parts(documentTemplate());

  private OfficePackages() {}

  /** Whether the bytes are a zip file already (fuzzed as a whole file). */
  static boolean isZip(byte[] input) {
    return input.length >= 2 && input[0] == 'P' && input[1] == 'K';
  }

  /**
   * A workbook whose first sheet is the input up to its first NUL byte, and whose shared strings
   * are what follows the NUL (the template's when there is none).
   */
  static byte[] workbook(byte[] input) {
    Map<String, byte[]> parts = new LinkedHashMap<>(WORKBOOK);
    int nul = indexOf(input, (byte) 0);
    parts.put(SHEET, nul < 0 ? input : Arrays.copyOf(input, nul));
    if (nul >= 0) {
      parts.put(SHARED_STRINGS, Arrays.copyOfRange(input, nul + 1, input.length));
    }
    return zip(parts);
  }

  /** A Word document whose body part is the input. */
  static byte[] document(byte[] input) {
    Map<String, byte[]> parts = new LinkedHashMap<>(WORD);
    parts.put(DOCUMENT, input);
    return zip(parts);
  }

  /** The parts of a zip file, by name, in order. */
  static Map<String, byte[]> parts(byte[] zip) {
    // ZipFile, not ZipInputStream: POI's streaming writer leaves sizes to data descriptors.
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try {
      Path file = Files.createTempFile("gkml-package", ".zip");
      try {
        Files.write(file, zip);
        try (ZipFile in = new ZipFile(file.toFile())) {
          for (ZipEntry entry : java.util.Collections.list(in.entries())) {
            try (InputStream part = in.getInputStream(entry)) {
              parts.put(entry.getName(), part.readAllBytes());
            }
          }
        }
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  /** A zip file of these parts. */
  static byte[] zip(Map<String, byte[]> parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        out.putNextEntry(new ZipEntry(part.getKey()));
        out.write(part.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static int indexOf(byte[] input, byte b) {
    for (int i = 0; i < input.length; i++) {
      if (input[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** A small workbook with shared strings, the template of {@link #workbook}. */
  static byte[] templateWorkbook() {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("社会救助");
      XSSFRow row = sheet.createRow(0);
      String[] header = {"序号", "一级事项", "二级事项", "公开内容", "公开时限"};
      for (int c = 0; c < header.length; c++) {
        row.createCell(c).setCellValue(header[c]);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] documentTemplate() {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText("社会救助领域基层政务公开标准目录");
      XWPFTable table = document.createTable(2, 3);
      table.getRow(0).getCell(0).setText("一级事项");
      table.getRow(0).getCell(1).setText("二级事项");
      table.getRow(0).getCell(2).setText("公开时限");
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a part of a package, for seeds. */
  static String text(byte[] zip, String part) {
    return new String(parts(zip).get(part), StandardCharsets.UTF_8);
  }
}
