package io.github.gkml.model.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * Refuses YAML aliases ({@code *name}). Jackson would otherwise read an alias as the text of its
 * name — silently changing what the file says — and a catalog has no need for them. Refusing them
 * also makes alias bombs harmless.
 */
final class AliasRefusingParser extends JsonParserDelegate {

  AliasRefusingParser(JsonParser delegate) {
    super(delegate);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = super.nextToken();
    if (delegate instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      throw new JsonParseException(
          this,
          "YAML aliases (*"
              + yaml.getText()
              + ") are not supported in catalog files; write the values out");
    }
    return token;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }
}
