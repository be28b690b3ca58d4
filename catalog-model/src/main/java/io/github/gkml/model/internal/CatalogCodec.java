package io.github.gkml.model.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormatException;
import io.github.gkml.model.CatalogSyntax;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.LoadedCatalog;
import io.github.gkml.model.ReadLimits;
import io.github.gkml.model.SourceLocation;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads and writes catalog files with Jackson, within {@link ReadLimits}. Thread-safe. */
public final class CatalogCodec {

  private final ReadLimits limits;
  private final DocumentMapper mapper;
  private final ObjectMapper json;
  private final ObjectMapper yaml;

  /** A codec with these limits, resolving channel names in {@code channels}. */
  public CatalogCodec(ReadLimits limits, ChannelVocabulary channels) {
    this.limits = limits;
    this.mapper = new DocumentMapper(channels, limits.maxItems());
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .build();
    JsonFactory jsonFactory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    this.json = configure(JsonMapper.builder(jsonFactory).build());
    LoaderOptions loader = new LoaderOptions();
    loader.setAllowDuplicateKeys(false);
    loader.setMaxAliasesForCollections(0);
    loader.setNestingDepthLimit(limits.maxNestingDepth());
    loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
    YAMLFactory yamlFactory =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .streamReadConstraints(constraints)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build();
    this.yaml = configure(YAMLMapper.builder(yamlFactory).build());
  }

  private static ObjectMapper configure(ObjectMapper mapper) {
    return mapper
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .registerModule(ItemLocations.module());
  }

  /**
   * Reads a catalog from the bytes of a file.
   *
   * @param source the file name to name in errors and locations
   * @throws CatalogFormatException for anything that is not a valid catalog
   */
  public LoadedCatalog read(byte[] bytes, String source, CatalogSyntax syntax)
      throws CatalogFormatException {
    if (bytes.length > limits.maxFileBytes()) {
      throw FormatErrors.at(
          source,
          null,
          null,
          "file is "
              + bytes.length
              + " bytes, more than the limit of "
              + limits.maxFileBytes()
              + " bytes");
    }
    if (isBlank(bytes)) {
      throw FormatErrors.at(
          source, null, null, "the file is empty; expected a catalog (format: gkml-catalog/1)");
    }
    ObjectMapper objectMapper = syntax == CatalogSyntax.JSON ? json : yaml;
    List<JsonLocation> locations = ItemLocations.newList();
    ObjectReader reader =
        objectMapper.readerFor(CatalogDocument.class).withAttribute(ItemLocations.KEY, locations);
    CatalogDocument document;
    try {
      document =
          syntax == CatalogSyntax.JSON
              ? reader.readValue(bytes)
              : reader.readValue(
                  new AliasRefusingParser(
                      yaml.getFactory().createParser(bytes),
                      limits.maxStringLength(),
                      limits.maxNumberLength()));
    } catch (JsonProcessingException e) {
      throw FormatErrors.from(
          source,
          e,
          locator(objectMapper.getFactory(), bytes),
          () -> failureLocation(objectMapper.getFactory(), bytes));
    } catch (IOException | RuntimeException e) {
      throw FormatErrors.at(source, null, null, "not a readable catalog file: " + e.getMessage());
    } catch (StackOverflowError e) {
      throw FormatErrors.at(source, null, null, "the document is nested too deeply");
    }
    if (document == null) {
      throw FormatErrors.at(
          source, null, null, "the file is empty; expected a catalog (format: gkml-catalog/1)");
    }
    Catalog catalog;
    try {
      catalog = mapper.toCatalog(document);
    } catch (DocumentException | IllegalArgumentException e) {
      String pointer = e instanceof DocumentException d ? d.pointer() : null;
      JsonLocation at = pointer == null ? null : locate(objectMapper.getFactory(), bytes, pointer);
      throw FormatErrors.at(source, at, pointer, String.valueOf(e.getMessage()));
    }
    return new LoadedCatalog(catalog, source, itemLocations(source, locations, catalog));
  }

  /** Writes a catalog; the writer is flushed, not closed. */
  public void write(Catalog catalog, Writer out, CatalogSyntax syntax) throws IOException {
    ObjectWriter writer =
        syntax == CatalogSyntax.JSON ? json.writerWithDefaultPrettyPrinter() : yaml.writer();
    CatalogDocument document = DocumentMapper.toDocument(catalog);
    String text = writer.writeValueAsString(document);
    out.write(text);
    if (!text.endsWith("\n")) {
      out.write('\n');
    }
    out.flush();
  }

  private static List<SourceLocation> itemLocations(
      String source, List<JsonLocation> locations, Catalog catalog) {
    List<SourceLocation> result = new ArrayList<>(catalog.items().size());
    for (int i = 0; i < catalog.items().size(); i++) {
      JsonLocation location = i < locations.size() ? locations.get(i) : null;
      int line = location == null ? 0 : Math.max(0, location.getLineNr());
      int column = location == null ? 0 : Math.max(0, location.getColumnNr());
      result.add(new SourceLocation(source, null, line, column, "/items/" + i));
    }
    return result;
  }

  private static Function<String, @Nullable JsonLocation> locator(
      JsonFactory factory, byte[] bytes) {
    return pointer -> locate(factory, bytes, pointer);
  }

  /** The location of the pointer's value, or of its nearest ancestor that exists. */
  private static @Nullable JsonLocation locate(JsonFactory factory, byte[] bytes, String pointer) {
    for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
      Optional<JsonLocation> location = JsonPointers.locate(factory, bytes, p);
      if (location.isPresent() || p.isEmpty()) {
        return location.orElse(null);
      }
    }
  }

  /** Where reading the bytes token by token fails, or null if it does not. */
  private static @Nullable JsonLocation failureLocation(JsonFactory factory, byte[] bytes) {
    JsonParser parser = null;
    try {
      parser = factory.createParser(bytes);
      while (parser.nextToken() != null) {
        if (parser.currentToken().isNumeric()) {
          parser.getNumberValue();
        }
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return parser == null ? null : parser.currentTokenLocation();
    } finally {
      closeQuietly(parser);
    }
  }

  private static void closeQuietly(@Nullable JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        // nothing was written; nothing to lose
      }
    }
  }

  private static boolean isBlank(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      if (!Character.isWhitespace(bytes[i])) {
        return false;
      }
    }
    return true;
  }
}
