package io.github.gkml.model.testing;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogMetadata;
import io.github.gkml.model.CatalogReference;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.LegalBasis;
import io.github.gkml.model.Mode;
import io.github.gkml.model.NotApplicable;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.model.Region;
import io.github.gkml.model.RetiredItem;
import io.github.gkml.model.SourceLocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The one seeded generator of realistic catalogs for tests: names, content elements, citations,
 * deadline phrases, subjects and channels drawn from rows of published county catalogs. The same
 * seed always gives the same catalog; print the seed when a test fails.
 */
public final class CatalogGenerator {

  private static final List<String> LEVEL1 =
      List.of(
          "综合业务",
          "最低生活保障",
          "特困人员救助供养",
          "临时救助",
          "养老服务",
          "政策文件",
          "办事服务",
          "征地管理政策",
          "招标投标",
          "政府采购",
          "部门预算",
          "行政许可",
          "行政处罚",
          "监督管理",
          "扶贫资金项目",
          "户籍业务办理");

  private static final List<String> LEVEL2 =
      List.of(
          "政策法规文件", "办事指南", "审核信息", "审批信息", "监督检查", "招标公告", "中标候选人公示", "中标结果", "预算公开", "决算公开",
          "资金分配结果", "项目公示", "处罚决定", "许可结果", "投诉举报");

  private static final List<String> CONTENT =
      List.of(
          "办理事项",
          "办理条件",
          "申请材料",
          "办理流程",
          "办理时间、地点",
          "联系方式",
          "最低生活保障标准",
          "初审对象名单及相关信息",
          "社会救助信访通讯地址",
          "社会救助投诉举报电话",
          "各地配套政策法规文件",
          "项目名称",
          "资金规模",
          "实施单位",
          "中标人名称",
          "中标金额",
          "处罚依据",
          "处罚结果");

  private static final List<String> BASIS =
      List.of(
          "《中华人民共和国政府信息公开条例》(国务院令第711号)",
          "《中华人民共和国政府信息公开条例》(国令第711号)",
          "《社会救助暂行办法》(国务院令第649号)",
          "《国务院关于进一步加强和改进最低生活保障工作的意见》(国发〔2012〕45号)",
          "《国务院关于全面建立临时救助制度的通知》(国发〔2014〕47号)",
          "《中华人民共和国预算法》",
          "《中华人民共和国政府采购法实施条例》(国务院令第658号)",
          "《中华人民共和国招标投标法实施条例》",
          "各地相关政策法规文件",
          "《信息公开条例》及相关规定");

  private static final List<String> DEADLINES =
      List.of(
          "自信息形成或者变更之日起20个工作日内",
          "制定或获取信息之日起10个工作日内",
          "制定或获取信息之日起10个工作日内,公示7个工作日",
          "信息形成(变更)20个工作日内",
          "作出决定之日起7个工作日内",
          "部门预算批复后20日内",
          "按季度",
          "每年1月31日前",
          "实时",
          "及时公开",
          "长期公开",
          "二十个工作日内",
          "1.除处罚决定外其他内容:长期公开(动态调整);2.处罚决定:20个工作日内。",
          "请于会后酌情处理");

  private static final List<String> DISPLAY = List.of("公示7天", "公示7个工作日", "公告期限为5个工作日", "长期");

  private static final List<String> SUBJECTS =
      List.of("县民政局", "乡镇人民政府(街道办事处)", "县级人民政府民政部门", "县财政局", "县公共资源交易中心", "县自然资源局", "镇人民政府");

  private static final List<String> CHANNELS =
      List.of(
          "政府网站",
          "政府公报",
          "两微一端",
          "政务微信",
          "发布会/听证会",
          "广播电视",
          "纸质媒体",
          "公开查阅点",
          "政务服务中心",
          "便民服务站",
          "入户/现场",
          "社区/企事业单位/村公示栏(电子屏)",
          "精准推送",
          "公共资源交易平台",
          "信用中国网站",
          "12345政务服务热线",
          "镇村公示公开栏",
          "县融媒体中心");

  private final Random random;

  private CatalogGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** A generator for one seed. */
  public static CatalogGenerator seeded(long seed) {
    return new CatalogGenerator(seed);
  }

  /** A catalog of {@code size} items with unique paths, plus declarations and retirements. */
  public Catalog catalog(int size) {
    PilotDomain domain = pick(List.of(PilotDomain.values()));
    CatalogMetadata metadata =
        new CatalogMetadata(
            domain,
            "某县" + domain.label() + "领域基层政务公开标准目录",
            random.nextBoolean() ? "某县人民政府办公室" : null,
            random.nextBoolean() ? Region.of("某县", "4103" + (10 + random.nextInt(80))) : null,
            random.nextBoolean() ? AdminLevel.COUNTY : null,
            random.nextBoolean() ? String.valueOf(2020 + random.nextInt(6)) : null,
            random.nextBoolean()
                ? LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1)
                : null,
            random.nextBoolean() ? CatalogReference.of(domain.label() + "领域基层政务公开标准指引") : null);
    // Notes follow the version rather than a fresh random draw, so seeds keep their catalogs.
    if (metadata.version() != null) {
      metadata =
          metadata.withNotes(
              List.of("覆盖说明:只读到前" + size + "行", "S1 http://example.gov.cn/ml.html 某县", "2024"));
    }
    List<Item> items = new ArrayList<>(size);
    Set<String> keys = new HashSet<>();
    while (items.size() < size) {
      Item item = item(items.size());
      if (keys.add(item.path().key())) {
        items.add(item);
      }
    }
    List<NotApplicable> notApplicable = new ArrayList<>();
    List<RetiredItem> retired = new ArrayList<>();
    if (random.nextInt(4) == 0) {
      notApplicable.add(new NotApplicable(ItemPath.of("特困人员救助供养", "审批信息"), "本乡无此事项", null));
    }
    if (random.nextInt(4) == 0) {
      retired.add(
          new RetiredItem(
              ItemPath.of("扶贫", "政策文件"),
              LocalDate.of(2021, 6, 1),
              "机构改革,并入乡村振兴",
              "某政办〔2021〕12号",
              ItemPath.of("乡村振兴", "政策文件")));
    }
    return new Catalog(metadata, items, notApplicable, retired);
  }

  /** One realistic item; {@code index} makes paths varied in large catalogs. */
  public Item item(int index) {
    ItemPath path =
        random.nextInt(5) == 0
            ? ItemPath.of(pick(LEVEL1) + suffix(index))
            : ItemPath.of(pick(LEVEL1) + suffix(index), pick(LEVEL2));
    Item.Builder item = Item.builder(path);
    if (random.nextInt(3) == 0) {
      item.code(String.format("%04d", index + 1));
    }
    item.content(some(CONTENT, 0, 5));
    item.basis(some(BASIS, 0, 3).stream().map(LegalBasis::parse).toList());
    if (random.nextInt(8) != 0) {
      item.deadline(Deadline.parse(pick(DEADLINES)));
    }
    if (random.nextInt(4) == 0) {
      item.displayPeriod(DisplayPeriod.parse(pick(DISPLAY)));
    }
    item.subjects(some(SUBJECTS, 0, 2));
    item.channels(
        some(CHANNELS, 0, 4).stream().map(ChannelVocabulary.standard()::resolve).toList());
    item.audience(someEnums(Audience.values()));
    item.modes(someEnums(Mode.values()));
    item.levels(someEnums(AdminLevel.values()));
    if (random.nextInt(6) == 0) {
      item.source(SourceLocation.of("目录.xlsx", "Sheet1", 3 + index));
    }
    if (random.nextInt(5) == 0) {
      Map<String, String> extensions = new LinkedHashMap<>();
      extensions.put("公开时长", random.nextBoolean() ? "长期" : "5年");
      if (random.nextBoolean()) {
        extensions.put("备注", "村级事项由村委会公开");
      }
      item.extensions(extensions);
    }
    return item.build();
  }

  private String suffix(int index) {
    return index < LEVEL1.size() ? "" : "(" + (index / LEVEL1.size()) + ")";
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <T> List<T> some(List<T> values, int min, int max) {
    int count = min + random.nextInt(max - min + 1);
    List<T> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      T value = pick(values);
      if (!result.contains(value)) {
        result.add(value);
      }
    }
    return result;
  }

  @SafeVarargs
  private <E extends Enum<E>> Set<E> someEnums(E... values) {
    Set<E> result = EnumSet.noneOf(values[0].getDeclaringClass());
    for (E value : values) {
      if (random.nextBoolean()) {
        result.add(value);
      }
    }
    return result;
  }
}
