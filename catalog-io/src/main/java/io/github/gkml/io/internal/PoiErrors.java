package io.github.gkml.io.internal;

import java.util.Locale;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.xml.sax.SAXException;

/** Turns what POI throws on a bad file into a {@link ReadProblem} a person can act on. */
final class PoiErrors {

  private PoiErrors() {}

  /** The problem behind a failure to open or read an Office Open XML file. */
  static ReadProblem of(Exception e, String kind, String extension) {
    if (e instanceof ReadProblem problem) {
      return problem;
    }
    String message = String.valueOf(e.getMessage());
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("zip bomb")) {
      return ReadProblem.of(
          "refused: a part of the file expands far more than any "
              + kind
              + " does (a zip bomb?); POI says: "
              + firstLine(message),
          e);
    }
    if (lower.contains("doctype") || lower.contains("entity")) {
      return ReadProblem.of(
          "refused: the file's XML declares a DOCTYPE or entities, which are never read", e);
    }
    if (e instanceof OLE2NotOfficeXmlFileException) {
      return ReadProblem.of(
          "this is an old binary Office file, not "
              + kind
              + ": save it as ."
              + extension
              + " (or give it the name .xls if it is a workbook)",
          e);
    }
    if (e instanceof EmptyFileException) {
      return ReadProblem.of("the file is empty; expected " + kind, e);
    }
    if (e instanceof UnsupportedFileFormatException || e instanceof InvalidFormatException) {
      return ReadProblem.of("not " + kind + " (not an Office Open XML file)", e);
    }
    if (e instanceof SAXException) {
      return ReadProblem.of("the " + kind + " holds malformed XML: " + firstLine(message), e);
    }
    return ReadProblem.of("cannot read it as " + kind + ": " + firstLine(message), e);
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
