package io.github.gkml.rules.internal;

import io.github.gkml.model.DocumentNumber;
import io.github.gkml.model.Item;
import io.github.gkml.model.LegalBasis;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.model.TimeSpan;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 领域法定期限 — one entry of {@code domain-statutes.txt}: a period a law or national guideline sets for
 * what an item of some pilot domains is (征地补偿安置方案公告 at least 30日), whatever the item cites.
 *
 * @param domains the domains whose catalogs it applies to
 * @param kind what the period bounds
 * @param what what the law governs, in Chinese, as the message names it
 * @param match groups of folded words; the item is one when each group has a word in its path or
 *     content
 * @param unless folded words; a path segment containing one excludes the item
 * @param clauses folded words selecting the clauses of a conditional deadline
 * @param period the period
 * @param title the document's title without 《》, or {@code null}
 * @param number the document number, or {@code null}
 * @param article the article, or {@code null} when no source showed it
 * @param builtIn whether the built-in statutes table holds an item citing the document to the same
 *     period
 * @param confidence V or S, as in the legal fact sheet
 * @param source where the fact sheet or the dossier found it
 */
public record DomainStatute(
    Set<PilotDomain> domains,
    Kind kind,
    String what,
    List<List<String>> match,
    List<String> unless,
    List<String> clauses,
    TimeSpan period,
    @Nullable String title,
    @Nullable DocumentNumber number,
    @Nullable String article,
    boolean builtIn,
    String confidence,
    String source) {

  /** What the period bounds. */
  public enum Kind {
    /** 公开时限 — published within the period. */
    PUBLISH,
    /** 公示期 — displayed at least the period. */
    DISPLAY,
    /** 征求意见期 — open for comment at least the period. */
    COMMENT
  }

  /** Validates and copies. */
  public DomainStatute {
    domains = Set.copyOf(domains);
    match = match.stream().map(List::copyOf).toList();
    unless = List.copyOf(unless);
    clauses = List.copyOf(clauses);
    Objects.requireNonNull(period, "period");
    if (title == null && number == null) {
      throw new IllegalArgumentException(what + ": a title or a document number is needed");
    }
  }

  /**
   * Whether the item is what the entry governs: every match group has a word in a path segment or a
   * content element, and no path segment names an excluded word.
   */
  public boolean matches(FoldedItem item) {
    for (String segment : item.path()) {
      if (containsAny(segment, unless)) {
        return false;
      }
    }
    for (List<String> group : match) {
      if (!item.mentionsAny(group)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a clause's condition (处罚决定, 其中行政许可、行政处罚事项) is about what the entry governs. */
  public boolean governsClause(String condition) {
    String folded = FoldedItem.fold(condition);
    return !folded.startsWith("除") && containsAny(folded, clauses);
  }

  /** Whether the item cites the document: by number when both have one, else by title. */
  public boolean citedBy(Item item) {
    for (LegalBasis basis : item.basis()) {
      DocumentNumber cited = basis.number();
      if (number != null && cited != null) {
        if (number.equals(cited)) {
          return true;
        }
      } else if (citesTitle(basis)) {
        return true;
      }
    }
    return false;
  }

  private boolean citesTitle(LegalBasis basis) {
    String text = basis.title() != null ? basis.title() : basis.raw();
    return title != null && FoldedItem.fold(text).contains(FoldedItem.fold(title));
  }

  /** The document as cited: 《土地管理法实施条例》(国务院令第743号)第二十八条, or 国办发〔2018〕118号. */
  public String citation() {
    StringBuilder out = new StringBuilder();
    if (title != null) {
      out.append('《').append(title).append('》');
    }
    if (number != null) {
      out.append(title == null ? number : "(" + number + ")");
    }
    if (article != null) {
      out.append(article);
    }
    return out.toString();
  }

  static boolean containsAny(String folded, List<String> words) {
    for (String word : words) {
      if (folded.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
