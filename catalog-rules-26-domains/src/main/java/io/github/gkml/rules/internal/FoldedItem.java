package io.github.gkml.rules.internal;

import io.github.gkml.model.Item;
import io.github.gkml.model.TextFolding;
import java.util.List;

/**
 * An item's path segments and content elements folded once for matching against the domain
 * statutes: {@link TextFolding#key} (width, traditional characters, spaces, quotes and 《》, 、 as
 * {@code ,}), without the prefix 中华人民共和国 that citations write or leave out.
 *
 * @param path the folded path segments
 * @param content the folded content elements
 */
public record FoldedItem(List<String> path, List<String> content) {

  /** Copies. */
  public FoldedItem {
    path = List.copyOf(path);
    content = List.copyOf(content);
  }

  /** The item folded. */
  public static FoldedItem of(Item item) {
    return new FoldedItem(
        item.path().segments().stream().map(FoldedItem::fold).toList(),
        item.content().stream().map(FoldedItem::fold).toList());
  }

  /** Folds text as the table's words are folded. */
  public static String fold(String text) {
    return TextFolding.key(text).replace("中华人民共和国", "");
  }

  /** Whether a path segment or a content element contains one of the words. */
  public boolean mentionsAny(List<String> words) {
    for (String segment : path) {
      if (DomainStatute.containsAny(segment, words)) {
        return true;
      }
    }
    for (String element : content) {
      if (DomainStatute.containsAny(element, words)) {
        return true;
      }
    }
    return false;
  }
}
