package io.github.gkml.io.internal;

import io.github.gkml.model.Channel;
import io.github.gkml.model.ChannelVocabulary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a 公开渠道和载体 cell. Written as a checkbox list (■政府网站 □政府公报 …), only the ticked entries count:
 * ■ and its stand-ins ☑ ✓ √ ✔ ▲ ◆, and a lone {@code t} or {@code R} that broken encodings leave in
 * its place; □ ☐ and the character 口 (OCR and Word text), and £, are not ticked. Written as plain
 * text, every name counts, separated by 、，,;； or line breaks. Names resolve in the channel
 * vocabulary; an unknown one is kept as a custom channel.
 */
public final class ChannelCell {

  private static final String TICKED = "■☑✓√✔▲◆";
  private static final String UNTICKED = "□☐";
  private static final String LIST_SEPARATORS = "、,，;；\n";
  private static final Pattern UNDERSCORES = Pattern.compile("[_＿]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern OTHER = Pattern.compile("^其[他它][:：(（]?(.*?)[)）]?$");

  private final ChannelVocabulary vocabulary;

  /** A reader resolving names in {@code vocabulary}. */
  public ChannelCell(ChannelVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The channels a cell names, in the order written. */
  public Set<Channel> read(String cell) {
    String text = cell.replace('?', ' ').replace('？', ' ');
    Set<Channel> channels = new LinkedHashSet<>();
    for (Token token : tokens(text)) {
      if (token.mark != Mark.UNTICKED) {
        names(token.name, channels);
      }
    }
    return channels;
  }

  private enum Mark {
    NONE,
    TICKED,
    UNTICKED
  }

  private record Token(Mark mark, String name) {}

  /** Splits at glyphs; a token runs from one glyph to the next. */
  private List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    Mark mark = Mark.NONE;
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      Mark glyph = glyph(text, i);
      if (glyph == Mark.NONE) {
        name.append(text.charAt(i));
      } else {
        tokens.add(new Token(mark, name.toString()));
        name.setLength(0);
        mark = glyph;
      }
    }
    tokens.add(new Token(mark, name.toString()));
    tokens.removeIf(t -> t.mark == Mark.NONE && t.name.isBlank());
    return tokens;
  }

  /** Whether the character at {@code i} is a checkbox glyph. */
  private Mark glyph(String text, int i) {
    char c = text.charAt(i);
    if (TICKED.indexOf(c) >= 0) {
      return Mark.TICKED;
    }
    if (UNTICKED.indexOf(c) >= 0) {
      return Mark.UNTICKED;
    }
    boolean tokenStart = i == 0 || Character.isWhitespace(text.charAt(i - 1));
    boolean beforeName =
        i + 1 < text.length() && CellText.isHanLike(text.charAt(i + 1)) && tokenStart;
    if (!beforeName) {
      return Mark.NONE;
    }
    if ((c == '口' || c == '£') && isKnownAfter(text, i)) {
      return Mark.UNTICKED;
    }
    if (c == 't' || c == 'R') {
      return Mark.TICKED;
    }
    return c == '£' ? Mark.UNTICKED : Mark.NONE;
  }

  /** Whether the word after position {@code i} starts a known channel (口 is also a character). */
  private boolean isKnownAfter(String text, int i) {
    int end = i + 1;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return find(text.substring(i + 1, end)).isPresent();
  }

  /** Adds the channels of a token's text: one name, or several separated. */
  private void names(String raw, Set<Channel> out) {
    String text = UNDERSCORES.matcher(raw).replaceAll(" ").strip();
    if (text.isEmpty()) {
      return;
    }
    Optional<Channel> whole = find(text);
    if (whole.isPresent()) {
      out.add(whole.get());
      return;
    }
    List<String> parts = CellText.splitOn(text, LIST_SEPARATORS);
    if (parts.size() > 1) {
      parts.forEach(part -> names(part, out));
      return;
    }
    words(text, out);
  }

  /** A name with spaces inside: a known channel as a whole, else each word. */
  private void words(String text, Set<Channel> out) {
    List<String> words = new ArrayList<>();
    for (String word : SPACES.splitAsStream(text).toList()) {
      if (!words.isEmpty() && (word.startsWith("(") || word.startsWith("（"))) {
        words.set(words.size() - 1, words.get(words.size() - 1) + word);
      } else if (!word.isBlank() && word.codePoints().anyMatch(Character::isLetterOrDigit)) {
        words.add(word);
      }
    }
    boolean allKnown = words.size() > 1 && words.stream().allMatch(w -> find(w).isPresent());
    if (allKnown) {
      words.forEach(w -> out.add(find(w).orElseThrow()));
    } else if (!words.isEmpty()) {
      out.add(resolve(CellText.name(text)));
    }
  }

  private Channel resolve(String name) {
    return find(name).orElseGet(() -> Channel.custom(name));
  }

  /** The known channel a name means: as written, after 其他: …, or without a bracketed note. */
  private Optional<Channel> find(String raw) {
    String name = CellText.name(raw);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    java.util.regex.Matcher other = OTHER.matcher(name);
    if (other.matches()) {
      String inner = other.group(1).strip();
      return inner.isEmpty() ? vocabulary.find("其他") : Optional.of(resolveInner(inner));
    }
    Optional<Channel> found = vocabulary.find(name);
    if (found.isPresent()) {
      return found;
    }
    int bracket = Math.max(name.lastIndexOf('('), name.lastIndexOf('（'));
    return bracket > 0 ? vocabulary.find(name.substring(0, bracket)) : Optional.empty();
  }

  private Channel resolveInner(String inner) {
    Optional<Channel> found = vocabulary.find(inner);
    return found.orElseGet(() -> Channel.custom(inner));
  }
}
