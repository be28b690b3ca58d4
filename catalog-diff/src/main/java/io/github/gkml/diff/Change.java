package io.github.gkml.diff;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Channel;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.LegalBasis;
import io.github.gkml.model.Mode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 变更 — one difference between two versions of a catalog: an item added, removed or renamed, or one
 * element of a matched item changed. Every change knows the item's path (in the new catalog, or in
 * the old one for a removed item) and the item's index on each side ({@code -1} where it has none),
 * and can be seen from the other side ({@link #inverse()}): the diff of {@code b} against {@code a}
 * is the inverse of the diff of {@code a} against {@code b}.
 *
 * @since 0.1
 */
public sealed interface Change
    permits Change.ItemAdded,
        Change.ItemRemoved,
        Change.ItemRenamed,
        Change.CodeChanged,
        Change.ContentChanged,
        Change.BasisChanged,
        Change.DeadlineChanged,
        Change.DisplayPeriodChanged,
        Change.SubjectsChanged,
        Change.ChannelsChanged,
        Change.AudienceChanged,
        Change.ModesChanged,
        Change.LevelsChanged {

  /** The item's path: in the new catalog, or in the old one for a removed item. */
  ItemPath path();

  /** The item's index in the old catalog, or -1 for an added item. */
  int oldIndex();

  /** The item's index in the new catalog, or -1 for a removed item. */
  int newIndex();

  /** The same change seen from the other side. */
  Change inverse();

  /**
   * 新增事项 — an item of the new catalog with no counterpart in the old.
   *
   * @param item the new item
   * @param newIndex its index in the new catalog
   */
  record ItemAdded(Item item, int newIndex) implements Change {
    /** Validates. */
    public ItemAdded {
      Objects.requireNonNull(item, "item");
    }

    @Override
    public ItemPath path() {
      return item.path();
    }

    @Override
    public int oldIndex() {
      return -1;
    }

    @Override
    public Change inverse() {
      return new ItemRemoved(item, newIndex);
    }
  }

  /**
   * 删除事项 — an item of the old catalog with no counterpart in the new.
   *
   * @param item the old item
   * @param oldIndex its index in the old catalog
   */
  record ItemRemoved(Item item, int oldIndex) implements Change {
    /** Validates. */
    public ItemRemoved {
      Objects.requireNonNull(item, "item");
    }

    @Override
    public ItemPath path() {
      return item.path();
    }

    @Override
    public int newIndex() {
      return -1;
    }

    @Override
    public Change inverse() {
      return new ItemAdded(item, oldIndex);
    }
  }

  /**
   * 事项改名 — an item matched across a change of path, with the evidence. The element changes of the
   * pair are reported as their own changes, under the new path.
   *
   * @param oldItem the item in the old catalog
   * @param newItem the item in the new catalog
   * @param oldIndex its index in the old catalog
   * @param newIndex its index in the new catalog
   * @param evidence why the two were judged one item
   */
  record ItemRenamed(
      Item oldItem, Item newItem, int oldIndex, int newIndex, RenameEvidence evidence)
      implements Change {
    /** Validates. */
    public ItemRenamed {
      Objects.requireNonNull(oldItem, "oldItem");
      Objects.requireNonNull(newItem, "newItem");
      Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public ItemPath path() {
      return newItem.path();
    }

    /** The path in the old catalog. */
    public ItemPath oldPath() {
      return oldItem.path();
    }

    @Override
    public Change inverse() {
      return new ItemRenamed(newItem, oldItem, newIndex, oldIndex, evidence);
    }
  }

  /**
   * 事项编码变更 — the item code changed.
   *
   * @param item where the item is on each side
   * @param oldCode the old code, or {@code null}
   * @param newCode the new code, or {@code null}
   */
  record CodeChanged(ItemPair item, @Nullable String oldCode, @Nullable String newCode)
      implements Change {
    /** Validates. */
    public CodeChanged {
      Objects.requireNonNull(item, "item");
    }

    @Override
    public ItemPath path() {
      return item.newPath();
    }

    @Override
    public int oldIndex() {
      return item.oldIndex();
    }

    @Override
    public int newIndex() {
      return item.newIndex();
    }

    @Override
    public Change inverse() {
      return new CodeChanged(item.inverse(), newCode, oldCode);
    }
  }

  /**
   * 公开内容变更 — content elements lost or gained.
   *
   * @param item where the item is on each side
   * @param delta the elements removed and added
   */
  record ContentChanged(ItemPair item, Delta<String> delta) implements Change {
    /** Validates. */
    public ContentChanged {
      Objects.requireNonNull(item, "item");
    }

    @Override
    public ItemPath path() {
      return item.newPath();
    }

    @Override
    public int oldIndex() {
      return item.oldIndex();
    }

    @Override
    public int newIndex() {
      return item.newIndex();
    }

    @Override
    public Change inverse() {
      return new ContentChanged(item.inverse(), delta.inverse());
    }
  }

  /**
   * 公开依据变更 — cited documents lost or gained (documents compared by number, else title).
   *
   * @param item where the item is on each side
   * @param delta the citations removed and added
   */
  record BasisChanged(ItemPair item, Delta<LegalBasis> delta) implements Change {
    /** Validates. */
    public BasisChanged {
      Objects.requireNonNull(item, "item");
    }

    @Override
    public ItemPath path() {
      return item.newPath();
    }

    @Override
    public int oldIndex() {
      return item.oldIndex();
    }

    @Override
    public int newIndex() {
      return item.newIndex();
    }

    @Override
    public Change inverse() {
      return new BasisChanged(item.inverse(), delta.inverse());
    }
  }

  /**
   * 公开时限变更 — the deadline text changed (whether it is stricter is for the rules to judge).
   *
   * @param item where the item is on each side
   * @param oldDeadline the old deadline, or {@code null} if blank
   * @param newDeadline the new deadline, or {@code null} if blank
   */
  record DeadlineChanged(
      ItemPair item, @Nullable Deadline oldDeadline, @Nullable Deadline newDeadline)
      implements Change {
    /** Validates. */
    public DeadlineChanged {
      Objects.requireNonNull(item, "item");
    }

    @Override
    public ItemPath path() {
      return item.newPath();
    }

    @Override
    public int oldIndex() {
      return item.oldIndex();
    }

    @Override
    public int newIndex() {
      return item.newIndex();
    }

    @Override
    public Change inverse() {
      return new DeadlineChanged(item.inverse(), newDeadline, oldDeadline);
    }
  }

  /**
   * 公示期变更 — the display period that applies changed (its own column, or the one the deadline text
   * gives).
   *
   * @param item where the item is on each side
   * @param oldPeriod the old display period, or {@code null}
   * @param newPeriod the new display period, or {@code null}
   */
  record DisplayPeriodChanged(
      ItemPair item, @Nullable DisplayPeriod oldPeriod, @Nullable DisplayPeriod newPeriod)
      implements Change {
    /** Validates. */
    public DisplayPeriodChanged {
      Objects.requireNonNull(item, "item");
    }

    @Override
    public ItemPath path() {
      return item.newPath();
    }

    @Override
    public int oldIndex() {
      return item.oldIndex();
    }

    @Override
    public int newIndex() {
      return item.newIndex();
    }

    @Override
    public Change inverse() {
      return new DisplayPeriodChanged(item.inverse(), newPeriod, oldPeriod);
    }
  }

  /**
   * 公开主体变更 — responsible bodies lost or gained.
   *
   * @param item where the item is on each side
   * @param delta the subjects removed and added
   */
  record SubjectsChanged(ItemPair item, Delta<String> delta) implements Change {
    /** Validates. */
    public SubjectsChanged {
      Objects.requireNonNull(item, "item");
    }

    @Override
    public ItemPath path() {
      return item.newPath();
    }

    @Override
    public int oldIndex() {
      return item.oldIndex();
    }

    @Override
    public int newIndex() {
      return item.newIndex();
    }

    @Override
    public Change inverse() {
      return new SubjectsChanged(item.inverse(), delta.inverse());
    }
  }

  /**
   * 公开渠道变更 — channels lost or gained, as set differences by channel id (whether a loss is covered
   * by a broader channel is for the rules to judge).
   *
   * @param item where the item is on each side
   * @param delta the channels removed and added
   */
  record ChannelsChanged(ItemPair item, Delta<Channel> delta) implements Change {
    /** Validates. */
    public ChannelsChanged {
      Objects.requireNonNull(item, "item");
    }

    @Override
    public ItemPath path() {
      return item.newPath();
    }

    @Override
    public int oldIndex() {
      return item.oldIndex();
    }

    @Override
    public int newIndex() {
      return item.newIndex();
    }

    @Override
    public Change inverse() {
      return new ChannelsChanged(item.inverse(), delta.inverse());
    }
  }

  /**
   * 公开对象变更.
   *
   * @param item where the item is on each side
   * @param delta the audiences removed and added
   */
  record AudienceChanged(ItemPair item, Delta<Audience> delta) implements Change {
    /** Validates. */
    public AudienceChanged {
      Objects.requireNonNull(item, "item");
    }

    @Override
    public ItemPath path() {
      return item.newPath();
    }

    @Override
    public int oldIndex() {
      return item.oldIndex();
    }

    @Override
    public int newIndex() {
      return item.newIndex();
    }

    @Override
    public Change inverse() {
      return new AudienceChanged(item.inverse(), delta.inverse());
    }
  }

  /**
   * 公开方式变更.
   *
   * @param item where the item is on each side
   * @param delta the modes removed and added
   */
  record ModesChanged(ItemPair item, Delta<Mode> delta) implements Change {
    /** Validates. */
    public ModesChanged {
      Objects.requireNonNull(item, "item");
    }

    @Override
    public ItemPath path() {
      return item.newPath();
    }

    @Override
    public int oldIndex() {
      return item.oldIndex();
    }

    @Override
    public int newIndex() {
      return item.newIndex();
    }

    @Override
    public Change inverse() {
      return new ModesChanged(item.inverse(), delta.inverse());
    }
  }

  /**
   * 公开层级变更.
   *
   * @param item where the item is on each side
   * @param delta the levels removed and added
   */
  record LevelsChanged(ItemPair item, Delta<AdminLevel> delta) implements Change {
    /** Validates. */
    public LevelsChanged {
      Objects.requireNonNull(item, "item");
    }

    @Override
    public ItemPath path() {
      return item.newPath();
    }

    @Override
    public int oldIndex() {
      return item.oldIndex();
    }

    @Override
    public int newIndex() {
      return item.newIndex();
    }

    @Override
    public Change inverse() {
      return new LevelsChanged(item.inverse(), delta.inverse());
    }
  }
}
