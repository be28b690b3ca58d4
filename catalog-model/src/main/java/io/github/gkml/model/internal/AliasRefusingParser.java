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
 *
 * <p>Also refuses a text value or field name longer than {@link
 * io.github.gkml.model.ReadLimits#maxStringLength()}, and a number of more digits than {@link
 * io.github.gkml.model.ReadLimits#maxNumberLength()}: Jackson's YAML parser does not apply its
 * string-length constraint, and its number-length constraint only to numbers of many digits (JSON's
 * applies both).
 */
final class AliasRefusingParser extends JsonParserDelegate {

  private final int maxStringLength;
  private final int maxNumberLength;

  AliasRefusingParser(JsonParser delegate, int maxStringLength, int maxNumberLength) {
    super(delegate);
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
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
    if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)
        && delegate.getTextLength() > maxStringLength) {
      throw new JsonParseException(
          this,
          "a text value of "
              + delegate.getTextLength()
              + " characters, more than the limit of "
              + maxStringLength
              + " (ReadLimits.maxStringLength)");
    }
    return token;
  }

  // The number's length is checked where its value is read, so that the error has the field's path.

  @Override
  public String getText() throws IOException {
    checkNumber();
    return super.getText();
  }

  @Override
  public String getValueAsString() throws IOException {
    checkNumber();
    return super.getValueAsString();
  }

  @Override
  public Number getNumberValue() throws IOException {
    checkNumber();
    return super.getNumberValue();
  }

  @Override
  public int getIntValue() throws IOException {
    checkNumber();
    return super.getIntValue();
  }

  @Override
  public long getLongValue() throws IOException {
    checkNumber();
    return super.getLongValue();
  }

  @Override
  public double getDoubleValue() throws IOException {
    checkNumber();
    return super.getDoubleValue();
  }

  private void checkNumber() throws IOException {
    JsonToken token = delegate.currentToken();
    if ((token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT)
        && digits(delegate.getText()) > maxNumberLength) {
      throw new JsonParseException(
          this,
          "a number of "
              + digits(delegate.getText())
              + " digits, more than the limit of "
              + maxNumberLength
              + " (ReadLimits.maxNumberLength)");
    }
  }

  private static int digits(String number) {
    return (int) number.chars().filter(Character::isDigit).count();
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }
}
