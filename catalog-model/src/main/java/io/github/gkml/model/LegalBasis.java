package io.github.gkml.model;

import io.github.gkml.model.internal.LegalBasisParser;
import io.github.gkml.model.internal.Texts;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 公开依据 — one document an item cites as its basis: a title in 《》 and a document number, e.g.
 * 《中华人民共和国政府信息公开条例》(国务院令第711号).
 *
 * <p>The text is always kept as written in {@link #raw()}. What could be recognised is in {@link
 * #title()} (without the 《》) and {@link #number()}; text that names no recognisable document
 * (及相关规定, 信息公开规定) has neither and is still kept.
 *
 * @param raw the citation as written
 * @param title the document's title without 《》, or {@code null} if none was recognised
 * @param number the document number, or {@code null} if none was recognised
 * @since 0.1
 */
public record LegalBasis(String raw, @Nullable String title, @Nullable DocumentNumber number) {

  /**
   * Validates the basis.
   *
   * @throws IllegalArgumentException if the raw text is blank
   */
  public LegalBasis {
    Objects.requireNonNull(raw, "raw");
    if (raw.isBlank()) {
      throw new IllegalArgumentException("a legal basis is blank");
    }
  }

  /** Reads one citation; never throws for non-blank text. */
  public static LegalBasis parse(CharSequence text) {
    return LegalBasisParser.parse(text.toString());
  }

  /**
   * Reads a 公开依据 cell that may cite several documents, separated by 、，; line breaks, + or ● outside
   * 《》 and brackets. Blank parts are skipped; nothing else is dropped.
   */
  public static List<LegalBasis> parseAll(CharSequence cell) {
    return LegalBasisParser.parseAll(cell.toString());
  }

  /** Whether the text was recognised as a document: it has a title or a number. */
  public boolean isRecognised() {
    return title != null || number != null;
  }

  /**
   * Whether both cite the same document: the same number when both have one, otherwise the same
   * title (folded as in {@link ItemPath#key()}), otherwise the same folded text.
   */
  public boolean citesSameDocument(LegalBasis other) {
    if (number != null && other.number != null) {
      return number.equals(other.number);
    }
    if (title != null && other.title != null) {
      return Texts.key(title).equals(Texts.key(other.title));
    }
    return Texts.key(raw).equals(Texts.key(other.raw));
  }

  /** The raw text. */
  @Override
  public String toString() {
    return raw;
  }
}
