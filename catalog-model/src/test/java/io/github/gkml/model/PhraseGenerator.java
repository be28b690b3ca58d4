package io.github.gkml.model;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds 公开时限 phrases from parts, as catalogs write them: a trigger phrase, an amount in Arabic,
 * full-width or Chinese numerals, a unit, 内 or not, a trailing remark; then spaces and line breaks
 * anywhere, traditional characters and full-width punctuation. Every choice comes from the given
 * {@link Random}, so a seed gives the same phrase every time.
 */
final class PhraseGenerator {

  /** A generated phrase and what it says. */
  record Phrase(String text, Trigger trigger, TimeSpan span) {}

  private record Unit(String text, PeriodUnit unit, int factor) {}

  private static final Map<Trigger, List<String>> TRIGGERS =
      Map.of(
          Trigger.FORMED_OR_CHANGED,
          List.of("自信息形成或者变更之日起", "自该政府信息形成或者变更之日起", "信息形成(变更)", "信息产生、变更之日起", "信息形成之后"),
          Trigger.OBTAINED,
          List.of("制定或获取信息之日起", "自制作或获取该信息之日起", "制定或获取扶持政策之日起"),
          Trigger.ISSUED,
          List.of("颁布或印发之日起", "自文件印发之日起"),
          Trigger.DECIDED,
          List.of("作出决定之日起", "自作出行政处罚决定之日起", "决定作出之日起", "分配结果确定后"),
          Trigger.APPROVED,
          List.of("经本级人民代表大会批准后", "部门预算批复后"),
          Trigger.REQUEST_RECEIVED,
          List.of("自收到申请之日起", "收到政府信息公开申请后"),
          Trigger.RECEIVED,
          List.of("下发至本单位", "信息形成(变更)下发至本单位"),
          Trigger.EVENT_END,
          List.of("项目结束后", "事件结束之日起", "验收结束之日起"),
          Trigger.UNSPECIFIED,
          List.of("", "公开时限为"));

  private static final List<Trigger> TRIGGER_ORDER = List.of(Trigger.values());

  private static final List<Unit> UNITS =
      List.of(
          new Unit("个工作日", PeriodUnit.WORKING_DAYS, 1),
          new Unit("工作日", PeriodUnit.WORKING_DAYS, 1),
          new Unit("日", PeriodUnit.CALENDAR_DAYS, 1),
          new Unit("天", PeriodUnit.CALENDAR_DAYS, 1),
          new Unit("个自然日", PeriodUnit.CALENDAR_DAYS, 1),
          new Unit("个月", PeriodUnit.MONTHS, 1),
          new Unit("小时", PeriodUnit.HOURS, 1),
          new Unit("个小时", PeriodUnit.HOURS, 1),
          new Unit("周", PeriodUnit.CALENDAR_DAYS, 7),
          new Unit("个星期", PeriodUnit.CALENDAR_DAYS, 7));

  private static final List<String> ENDINGS = List.of("内", "以内", "之内", "");

  private static final List<String> REMARKS =
      List.of(
          "",
          "予以公开",
          "公开",
          "及时公开",
          ",法律法规另有规定的除外。",
          "。法律、法规对政府信息公开的期限另有规定的,从其规定。",
          "。可链接至县政府网站“政府信息公开”有关栏目");

  private static final List<String> NOISE = List.of(" ", "\n", "\r\n", "\t", "\u3000", "  ");

  private static final Map<Character, Character> TRADITIONAL =
      Map.ofEntries(
          Map.entry('个', '個'),
          Map.entry('内', '內'),
          Map.entry('变', '變'),
          Map.entry('获', '獲'),
          Map.entry('开', '開'),
          Map.entry('后', '後'),
          Map.entry('决', '決'),
          Map.entry('确', '確'),
          Map.entry('结', '結'),
          Map.entry('发', '發'),
          Map.entry('单', '單'),
          Map.entry('请', '請'),
          Map.entry('颁', '頒'),
          Map.entry('时', '時'),
          Map.entry('经', '經'),
          Map.entry('该', '該'),
          Map.entry('规', '規'),
          Map.entry('从', '從'),
          Map.entry('级', '級'),
          Map.entry('会', '會'));

  private static final Map<Character, Character> FULL_WIDTH =
      Map.of(',', '，', '(', '（', ')', '）', ';', '；');

  private static final String CHINESE_DIGITS = "零一二三四五六七八九";

  private final Random random;

  PhraseGenerator(Random random) {
    this.random = random;
  }

  /** A phrase of the form trigger + amount + unit + 内 + remark, with noise. */
  Phrase within() {
    Trigger trigger = pick(TRIGGER_ORDER);
    Unit unit = pick(UNITS);
    int amount = 1 + random.nextInt(unit.factor() == 1 ? 400 : 20);
    String clean =
        pick(TRIGGERS.getOrDefault(trigger, List.of("")))
            + numeral(amount)
            + unit.text()
            + pick(ENDINGS)
            + pick(REMARKS);
    String text = noise(variants(clean));
    return new Phrase(text, trigger, TimeSpan.of(amount * unit.factor(), unit.unit()));
  }

  /** Any string: random code points, some from the deadline vocabulary, some not characters. */
  String randomText() {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(120);
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(6)) {
        case 0 -> out.append((char) (0x20 + random.nextInt(0x5f)));
        case 1 -> out.append((char) (0x4e00 + random.nextInt(0x5000)));
        case 2 -> out.append((char) random.nextInt(0x10000));
        case 3 -> out.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
        default -> out.append(pick(VOCABULARY));
      }
    }
    return out.toString();
  }

  private static final List<String> VOCABULARY =
      List.of(
          "1.", "2.", "①", "②", "(1)", "(", ")", "（", "）", "【", "】", ":", "：", ";", ",", "。", "、",
          "20", "二十", "个工作日", "日", "月", "年", "周", "内", "前", "后", "之日起", "每", "按", "季度", "半年",
          "1次/年", "公示", "公告期限为", "不少于", "可延长", "提前", "长期", "及时", "实时", "动态更新", "形成", "变更", "获取",
          "批准后", "作出决定", "下发至本单位", "收到申请", "结束后", "其中", "除外", "12月31日", "底", "次年", "\n", " ",
          "\u3000", "\uD800", "\uDC00", "\u0000", "\uFEFF", "\u200B");

  private String numeral(int amount) {
    return switch (random.nextInt(3)) {
      case 0 -> Integer.toString(amount);
      case 1 -> fullWidth(Integer.toString(amount));
      default -> chinese(amount);
    };
  }

  private static String fullWidth(String digits) {
    StringBuilder out = new StringBuilder();
    digits.chars().forEach(c -> out.append((char) (c - '0' + '０')));
    return out.toString();
  }

  /** 7 → 七, 15 → 十五, 20 → 二十, 105 → 一百零五, 110 → 一百一十. */
  static String chinese(int n) {
    int hundreds = n / 100;
    int tens = n / 10 % 10;
    int ones = n % 10;
    StringBuilder out = new StringBuilder();
    if (hundreds > 0) {
      out.append(CHINESE_DIGITS.charAt(hundreds)).append('百');
      if (tens == 0 && ones > 0) {
        out.append('零');
      }
    }
    if (tens > 0) {
      if (tens > 1 || hundreds > 0) {
        out.append(CHINESE_DIGITS.charAt(tens));
      }
      out.append('十');
    }
    if (ones > 0) {
      out.append(CHINESE_DIGITS.charAt(ones));
    }
    return out.toString();
  }

  private String variants(String text) {
    boolean traditional = random.nextInt(3) == 0;
    boolean fullWidth = random.nextInt(3) == 0;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Character t = traditional ? TRADITIONAL.get(c) : null;
      Character f = fullWidth ? FULL_WIDTH.get(c) : null;
      out.append(t != null ? t : f != null ? f : c);
    }
    return out.toString();
  }

  private String noise(String text) {
    int percent = random.nextInt(4) * 10;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      if (random.nextInt(100) < percent) {
        out.append(pick(NOISE));
      }
      out.append(text.charAt(i));
    }
    return out.toString();
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
