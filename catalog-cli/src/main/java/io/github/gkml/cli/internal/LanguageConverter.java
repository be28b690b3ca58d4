package io.github.gkml.cli.internal;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --lang}: {@code zh} (also {@code zh_CN}, {@code zh-CN}) or {@code en}. */
public final class LanguageConverter implements ITypeConverter<Language> {

  @Override
  public Language convert(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    if (v.equals("zh") || v.equals("zh_cn") || v.equals("zh-cn")) {
      return Language.ZH;
    }
    if (v.equals("en")) {
      return Language.EN;
    }
    throw new TypeConversionException("expected zh or en, got \"" + value + "\"");
  }
}
