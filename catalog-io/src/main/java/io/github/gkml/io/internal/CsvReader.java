package io.github.gkml.io.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.gkml.io.TableLimits;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

/**
 * Reads a CSV file (RFC 4180: quoted cells may hold commas, quotes and line breaks) with Jackson's
 * streaming CSV parser, which keeps every cell exactly as written. Row numbers count records, as
 * Excel shows a CSV file; a tab-separated file (Excel's "Unicode text") is read the same way.
 */
public final class CsvReader {

  private CsvReader() {}

  /**
   * The one table of a CSV text.
   *
   * @throws ReadProblem if the text is not CSV or goes beyond a limit
   */
  public static List<Block> read(String text, TableLimits limits) {
    CsvFactory factory =
        CsvFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    // No cell is longer than the text; GridBuilder names the row, column and
                    // TableLimits.maxCellLength of a cell too long.
                    .maxStringLength(Math.max(text.length(), 1000))
                    .build())
            .build();
    GridBuilder grid = new GridBuilder(null, limits);
    try (CsvParser parser = factory.createParser(new StringReader(text))) {
      parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator(text)));
      parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      int depth = 0;
      int row = 0;
      int column = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_ARRAY) {
          depth++;
          if (depth == 2) {
            row++;
            column = 0;
          }
        } else if (token == JsonToken.END_ARRAY) {
          depth--;
        } else if (token == JsonToken.VALUE_STRING) {
          grid.cell(row, column++, parser.getText());
        }
      }
    } catch (JsonProcessingException e) {
      throw new ReadProblem(
          null,
          e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          0,
          "not readable as CSV: " + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw ReadProblem.of("cannot read the CSV text: " + e.getMessage(), e);
    }
    return List.of(new Block.Table(grid.build()));
  }

  /** A tab when the first line has tabs and no commas; else a comma. */
  private static char separator(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    return first.indexOf('\t') >= 0 && first.indexOf(',') < 0 ? '\t' : ',';
  }
}
