package io.github.gkml.model;

import io.github.gkml.model.internal.Texts;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 试点领域 — the 26 pilot domains of 国办发〔2019〕54号, each with its later names as aliases, the ministry
 * that issued its 标准指引 (standard guideline) and, where a copy of the notice was seen, that notice's
 * document number.
 *
 * <p>The canonical {@link #label()} follows the project design (54号's names, except 国土空间规划, which
 * replaced 城乡规划). Guideline numbers are given only where the project's legal fact sheet records a
 * verified or secondary source; the others are empty rather than guessed.
 *
 * @since 0.1
 */
public enum PilotDomain {
  /** 国土空间规划 (城乡规划). */
  SPATIAL_PLANNING("国土空间规划", "guotu-kongjian-guihua", "自然资源部", null, "城乡规划"),
  /** 重大建设项目. */
  MAJOR_CONSTRUCTION_PROJECTS(
      "重大建设项目", "zhongda-jianshe-xiangmu", "国家发展改革委", "发改办投资〔2019〕621号", "重大建设项目批准和实施"),
  /** 公共资源交易. */
  PUBLIC_RESOURCE_TRADING("公共资源交易", "gonggong-ziyuan-jiaoyi", "国家发展改革委", null, "公共资源配置"),
  /** 财政预决算. */
  BUDGETS_AND_FINAL_ACCOUNTS("财政预决算", "caizheng-yujuesuan", "财政部", null),
  /** 安全生产. */
  WORK_SAFETY("安全生产", "anquan-shengchan", "应急管理部", "应急厅函〔2019〕390号"),
  /** 税收管理. */
  TAX_ADMINISTRATION("税收管理", "shuishou-guanli", "国家税务总局", null),
  /** 征地补偿 (农村集体土地征收). */
  LAND_ACQUISITION_COMPENSATION("征地补偿", "zhengdi-buchang", "自然资源部", null, "农村集体土地征收"),
  /** 国有土地上房屋征收 (与补偿). */
  HOUSING_EXPROPRIATION(
      "国有土地上房屋征收", "guoyou-tudi-fangwu-zhengshou", "住房和城乡建设部", null, "国有土地上房屋征收与补偿"),
  /** 保障性住房. */
  AFFORDABLE_HOUSING("保障性住房", "baozhangxing-zhufang", "住房和城乡建设部", null, "住房保障"),
  /** 农村危房改造. */
  RURAL_DILAPIDATED_HOUSING_RENOVATION("农村危房改造", "nongcun-weifang-gaizao", "住房和城乡建设部", null),
  /** 环境保护 (生态环境). */
  ENVIRONMENTAL_PROTECTION("环境保护", "huanjing-baohu", "生态环境部", "环办厅函〔2019〕672号", "生态环境"),
  /** 公共文化服务. */
  PUBLIC_CULTURAL_SERVICES("公共文化服务", "gonggong-wenhua-fuwu", "文化和旅游部、国家文物局", "办办发〔2019〕139号"),
  /** 公共法律服务. */
  PUBLIC_LEGAL_SERVICES("公共法律服务", "gonggong-falv-fuwu", "司法部", null),
  /** 扶贫 (乡村振兴). */
  POVERTY_ALLEVIATION("扶贫", "fupin", "国务院扶贫开发领导小组办公室", null, "乡村振兴"),
  /** 救灾. */
  DISASTER_RELIEF("救灾", "jiuzai", "应急管理部", "应急厅函〔2019〕390号"),
  /** 食品药品监管. */
  FOOD_AND_DRUG_REGULATION("食品药品监管", "shipin-yaopin-jianguan", "国家市场监督管理总局", null),
  /** 城市综合执法. */
  URBAN_ADMINISTRATIVE_ENFORCEMENT("城市综合执法", "chengshi-zonghe-zhifa", "住房和城乡建设部", null, "城市管理行政执法"),
  /** 就业创业 (就业). */
  EMPLOYMENT("就业创业", "jiuye-chuangye", "人力资源社会保障部", "人社厅函〔2019〕113号", "就业"),
  /** 社会保险. */
  SOCIAL_INSURANCE("社会保险", "shehui-baoxian", "人力资源社会保障部", "人社厅函〔2019〕113号"),
  /** 社会救助. */
  SOCIAL_ASSISTANCE("社会救助", "shehui-jiuzhu", "民政部", "民办函〔2019〕52号"),
  /** 养老服务. */
  ELDERLY_CARE("养老服务", "yanglao-fuwu", "民政部", "民办函〔2019〕52号"),
  /** 户籍管理. */
  HOUSEHOLD_REGISTRATION("户籍管理", "huji-guanli", "公安部", "公治安〔2019〕158号"),
  /** 涉农补贴. */
  AGRICULTURAL_SUBSIDIES("涉农补贴", "shenong-butie", "财政部、农业农村部", null),
  /** 义务教育. */
  COMPULSORY_EDUCATION("义务教育", "yiwu-jiaoyu", "教育部", null),
  /** 医疗卫生 (卫生健康). */
  HEALTH_CARE("医疗卫生", "yiliao-weisheng", "国家卫生健康委", null, "卫生健康"),
  /** 市政服务. */
  MUNICIPAL_SERVICES("市政服务", "shizheng-fuwu", "住房和城乡建设部", null);

  private static final Map<String, PilotDomain> BY_NAME = index();

  private final String label;
  private final String slug;
  private final String ministry;
  private final @Nullable String guideline;

  @SuppressWarnings("ImmutableEnumChecker") // List.of(...) is unmodifiable
  private final List<String> aliases;

  PilotDomain(
      String label, String slug, String ministry, @Nullable String guideline, String... aliases) {
    this.label = label;
    this.slug = slug;
    this.ministry = ministry;
    this.guideline = guideline;
    this.aliases = List.of(aliases);
  }

  /** The Chinese name, e.g. 社会救助. */
  public String label() {
    return label;
  }

  /** A stable ASCII identifier (pinyin), e.g. {@code shehui-jiuzhu}; used in resource names. */
  public String slug() {
    return slug;
  }

  /** Other names of the domain: 54号's name where it was renamed, and later names. */
  public List<String> aliases() {
    return aliases;
  }

  /** 发布部委 — the ministry (or ministries) that issued the domain's guideline. */
  public String ministry() {
    return ministry;
  }

  /** 指引文号 — the document number of the guideline notice, where a source confirms it. */
  public Optional<String> guideline() {
    return Optional.ofNullable(guideline);
  }

  /**
   * Finds a domain by its name, an alias, its slug or its enum name. The suffixes 领域 and
   * 领域基层政务公开标准目录, spaces and traditional characters are ignored.
   */
  public static Optional<PilotDomain> find(CharSequence name) {
    return Optional.ofNullable(BY_NAME.get(normalise(name)));
  }

  /**
   * Like {@link #find}, but an unknown name is an error.
   *
   * @throws IllegalArgumentException naming the text and listing the 26 names
   */
  public static PilotDomain parse(CharSequence name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "not one of the 26 pilot domains: \""
                        + name
                        + "\"; expected one of "
                        + Arrays.stream(values()).map(PilotDomain::label).toList()));
  }

  private static String normalise(CharSequence name) {
    String key = Texts.compact(name);
    for (String suffix : List.of("基层政务公开标准目录", "政务公开标准目录", "标准目录", "领域")) {
      if (key.endsWith(suffix) && key.length() > suffix.length()) {
        key = key.substring(0, key.length() - suffix.length());
      }
    }
    return key;
  }

  private static Map<String, PilotDomain> index() {
    Map<String, PilotDomain> map = new HashMap<>();
    for (PilotDomain domain : values()) {
      map.put(normalise(domain.label), domain);
      map.put(domain.slug, domain);
      map.put(domain.name(), domain);
      for (String alias : domain.aliases) {
        map.put(normalise(alias), domain);
      }
    }
    return Map.copyOf(map);
  }
}
