package io.github.gkml.io.internal;

/** What a column of a catalog table holds. */
enum Field {
  /** 序号 / 事项编码. */
  CODE,
  /** 公开事项 in one column (or the group over 一级/二级事项). */
  PATH,
  /** 一级事项. */
  PATH1,
  /** 二级事项. */
  PATH2,
  /** 三级事项. */
  PATH3,
  /** 公开内容（要素）. */
  CONTENT,
  /** 公开依据. */
  BASIS,
  /** 公开时限. */
  DEADLINE,
  /** 公示期. */
  DISPLAY_PERIOD,
  /** 公开主体. */
  SUBJECTS,
  /** 公开渠道和载体. */
  CHANNELS,
  /** 公开对象 as text (or the group over 全社会/特定群体). */
  AUDIENCE,
  /** 公开方式 as text (or the group over 主动/依申请). */
  MODES,
  /** 公开层级 as text (or the group over the level columns). */
  LEVELS,
  /** A √ column of one audience (全社会, 特定群体). */
  AUDIENCE_MARK,
  /** A √ column of one mode (主动, 依申请). */
  MODE_MARK,
  /** A √ column of one or more levels (县级, 乡、村级). */
  LEVEL_MARK,
  /** Any other column, kept in the item's extensions under its header. */
  EXTENSION;

  /** Whether the word names a group of sub-columns rather than one column's meaning. */
  boolean isGroup() {
    return this == PATH || this == AUDIENCE || this == MODES || this == LEVELS;
  }

  /** Whether a table has at most one column of it (a second one is kept as an extension). */
  boolean isSingle() {
    return this != AUDIENCE
        && this != MODES
        && this != LEVELS
        && this != AUDIENCE_MARK
        && this != MODE_MARK
        && this != LEVEL_MARK
        && this != EXTENSION;
  }

  /** Whether it names the item (a path column). */
  boolean isPath() {
    return this == PATH || this == PATH1 || this == PATH2 || this == PATH3;
  }
}
