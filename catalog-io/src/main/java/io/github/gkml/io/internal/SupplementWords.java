package io.github.gkml.io.internal;

import java.util.List;
import java.util.Map;

/**
 * The words of the tables that carry what a catalog holds besides its items — 目录信息 (metadata as key
 * and value), 未涉及事项说明 and 已退出事项 — as the exporters write them and the importer reads them back.
 */
final class SupplementWords {

  /** The title of the metadata table. */
  static final String METADATA = "目录信息";

  /** The title of the not-applicable table. */
  static final String NOT_APPLICABLE = "未涉及事项说明";

  /** The title of the retired-items table. */
  static final String RETIRED = "已退出事项";

  /** The header of the metadata table. */
  static final List<String> METADATA_HEADER = List.of("项目", "内容");

  static final String DOMAIN = "领域";
  static final String TITLE = "目录名称";
  static final String ISSUER = "发布机关";
  static final String REGION = "行政区划";
  static final String REGION_CODE = "行政区划代码";
  static final String LEVEL = "目录层级";
  static final String VERSION = "版本";
  static final String EFFECTIVE = "施行日期";
  static final String REFINES = "上级目录";
  static final String REFINES_ISSUER = "上级目录发布机关";
  static final String REFINES_VERSION = "上级目录版本";
  static final String REFINES_LOCATION = "上级目录位置";

  /** The metadata keys as written, and the other names read as them. */
  static final Map<String, String> METADATA_KEYS =
      Map.ofEntries(
          Map.entry(DOMAIN, DOMAIN),
          Map.entry("试点领域", DOMAIN),
          Map.entry(TITLE, TITLE),
          Map.entry("标题", TITLE),
          Map.entry(ISSUER, ISSUER),
          Map.entry("发布机构", ISSUER),
          Map.entry("发文机关", ISSUER),
          Map.entry(REGION, REGION),
          Map.entry(REGION_CODE, REGION_CODE),
          Map.entry(LEVEL, LEVEL),
          Map.entry(VERSION, VERSION),
          Map.entry(EFFECTIVE, EFFECTIVE),
          Map.entry("实施日期", EFFECTIVE),
          Map.entry("生效日期", EFFECTIVE),
          Map.entry(REFINES, REFINES),
          Map.entry(REFINES_ISSUER, REFINES_ISSUER),
          Map.entry(REFINES_VERSION, REFINES_VERSION),
          Map.entry(REFINES_LOCATION, REFINES_LOCATION));

  static final String PATH1 = "一级事项";
  static final String PATH2 = "二级事项";
  static final String PATH3 = "三级事项";
  static final String NA_REASON = "未涉及原因";
  static final String NA_BASIS = "依据";
  static final String SINCE = "退出日期";
  static final String RETIRED_REASON = "退出原因";
  static final String APPROVED_BY = "批准文件";
  static final String REPLACED_BY1 = "替代一级事项";
  static final String REPLACED_BY2 = "替代二级事项";
  static final String REPLACED_BY3 = "替代三级事项";

  /** The header of the not-applicable table. */
  static final List<String> NA_HEADER = List.of(PATH1, PATH2, PATH3, NA_REASON, NA_BASIS);

  /** The header of the retired-items table. */
  static final List<String> RETIRED_HEADER =
      List.of(
          PATH1,
          PATH2,
          PATH3,
          SINCE,
          RETIRED_REASON,
          APPROVED_BY,
          REPLACED_BY1,
          REPLACED_BY2,
          REPLACED_BY3);

  private SupplementWords() {}
}
