package io.github.gkml.benchmarks.workload;

/**
 * Place names (乡镇、街道) made from an index, one to one: 东关镇, 西河乡 … and, past the 6,400 two-syllable
 * names, 东关镇2组. The names qualify the items a generator draws many times from one baseline row, so
 * that paths stay unique without a set of the paths made so far.
 */
final class Localities {

  private static final String FIRST = "东西南北新老上下前后大小金银石马龙凤青白红黄长高平安永兴太和丰宁福寿双三五桃柳";
  private static final String SECOND = "关河山湾桥店庄集坪岗沟堡营屯塘溪坝口林园岭泉湖洲台铺寨坊港渡川峪田坡阳城源井圩";
  private static final String[] SUFFIX = {"镇", "乡", "街道", "村"};
  private static final int NAMES = FIRST.length() * SECOND.length() * SUFFIX.length;

  private Localities() {}

  /** The place name of an index; different indexes give different names. */
  static String name(int index) {
    int n = index % NAMES;
    int round = index / NAMES;
    int first = n % FIRST.length();
    int second = (n / FIRST.length()) % SECOND.length();
    int suffix = n / (FIRST.length() * SECOND.length());
    String name = "" + FIRST.charAt(first) + SECOND.charAt(second) + SUFFIX[suffix];
    return round == 0 ? name : name + (round + 1) + "组";
  }
}
