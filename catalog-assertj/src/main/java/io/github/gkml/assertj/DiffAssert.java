package io.github.gkml.assertj;

import io.github.gkml.assertj.internal.FailureMessages;
import io.github.gkml.diff.CatalogDiff;
import io.github.gkml.diff.Change;
import io.github.gkml.model.ItemPath;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;

/**
 * 比对断言 — assertions on a {@link CatalogDiff}: that two versions do not differ, or that an item has
 * a given kind of change.
 *
 * <pre>{@code
 * assertThat(differ.diff(catalog, shuffled)).isEmpty();                                  // passes
 * assertThat(diff).hasChange(Change.ItemRenamed.class, ItemPath.of("城乡最低生活保障", "办事指南"));
 * }</pre>
 *
 * @since 0.1
 */
public class DiffAssert extends AbstractAssert<DiffAssert, CatalogDiff> {

  private Locale locale = Locale.SIMPLIFIED_CHINESE;

  /** Assertions on {@code actual}; use {@link CatalogAssertions#assertThat(CatalogDiff)}. */
  public DiffAssert(CatalogDiff actual) {
    super(actual, DiffAssert.class);
  }

  /** Failure messages in this language: Chinese (the default) or English. */
  public DiffAssert inLanguage(Locale language) {
    this.locale = language;
    return myself;
  }

  /**
   * Verifies that the two versions hold the same items with the same elements, order aside.
   *
   * <p>Passes for a catalog and a shuffled copy; fails for a revision that adds an item, listing
   * the changes.
   */
  public DiffAssert isEmpty() {
    isNotNull();
    if (!actual.isEmpty()) {
      failWithMessage(
          "%s",
          FailureMessages.message(
                  "diff.notEmpty",
                  locale,
                  Map.of("count", Integer.toString(actual.changes().size())),
                  List.of())
              + changes());
    }
    return myself;
  }

  /**
   * Verifies that the item at {@code item} has a change of the given kind.
   *
   * <p>Passes for {@code hasChange(Change.ItemRenamed.class, ItemPath.of("城乡最低生活保障", "办事指南"))}
   * after that rename; fails for {@code Change.ItemRemoved.class} on it.
   */
  public DiffAssert hasChange(Class<? extends Change> kind, ItemPath item) {
    isNotNull();
    boolean found =
        actual.changes().stream().anyMatch(c -> kind.isInstance(c) && item.matches(c.path()));
    if (!found) {
      failWithMessage(
          "%s",
          FailureMessages.message(
                  "diff.noSuchChange",
                  locale,
                  Map.of("item", item.toString(), "change", kind.getSimpleName()),
                  List.of())
              + changes());
    }
    return myself;
  }

  private String changes() {
    StringBuilder text = new StringBuilder();
    for (Change change : actual.changes()) {
      text.append(System.lineSeparator())
          .append("  ")
          .append(change.getClass().getSimpleName())
          .append(' ')
          .append(change.path());
    }
    return text.toString();
  }
}
