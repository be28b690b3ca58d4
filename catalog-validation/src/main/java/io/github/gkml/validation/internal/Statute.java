package io.github.gkml.validation.internal;

import io.github.gkml.model.DocumentNumber;
import io.github.gkml.model.Item;
import io.github.gkml.model.LegalBasis;
import io.github.gkml.model.TimeSpan;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the table of laws that set their own periods, or of superseded texts ({@code
 * statutes.txt}).
 *
 * @param kind what the entry says
 * @param title words the cited title must contain (folded), or {@code null}
 * @param number the document number, or {@code null}
 * @param article the article, or {@code null} when not known
 * @param period the period (publish, display), or {@code null} (superseded)
 * @param replacement what replaced a superseded document, or {@code null}
 * @param words the item matches when its path or content contains one (folded); empty for any
 * @param confidence V or S, as in the fact sheet
 * @param source where the fact sheet found it
 */
public record Statute(
    Kind kind,
    @Nullable String title,
    @Nullable DocumentNumber number,
    @Nullable String article,
    @Nullable TimeSpan period,
    @Nullable String replacement,
    List<String> words,
    String confidence,
    String source) {

  /** What an entry says. */
  public enum Kind {
    /** A deadline for publishing. */
    PUBLISH,
    /** A minimum display period. */
    DISPLAY,
    /** A document replaced by another. */
    SUPERSEDED
  }

  /** Validates and copies. */
  public Statute {
    words = List.copyOf(words);
  }

  /** Whether this basis cites the entry's document: by number when both have one, else by title. */
  public boolean citedBy(LegalBasis basis) {
    DocumentNumber cited = basis.number();
    if (number != null && cited != null) {
      return number.equals(cited);
    }
    if (title == null) {
      return false;
    }
    String text = basis.title() != null ? basis.title() : basis.raw();
    return Folding.fold(text).contains(title);
  }

  /** Whether the item cites the document and, if the entry names words, is about one of them. */
  public boolean appliesTo(Item item) {
    boolean cited = false;
    for (LegalBasis basis : item.basis()) {
      if (citedBy(basis)) {
        cited = true;
        break;
      }
    }
    return cited && (words.isEmpty() || mentions(item));
  }

  private boolean mentions(Item item) {
    for (String segment : item.path().segments()) {
      if (containsWord(segment)) {
        return true;
      }
    }
    for (String element : item.content()) {
      if (containsWord(element)) {
        return true;
      }
    }
    return false;
  }

  private boolean containsWord(String text) {
    String folded = Folding.fold(text);
    for (String word : words) {
      if (folded.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The entry as a citation: 《预算法》第十四条 or 国办发〔2018〕118号. */
  public String citation() {
    StringBuilder out = new StringBuilder();
    if (title != null) {
      out.append('《').append(title).append('》');
    }
    if (number != null) {
      out.append(title == null ? "" : "(").append(number).append(title == null ? "" : ")");
    }
    if (article != null) {
      out.append(article);
    }
    return out.toString();
  }
}
