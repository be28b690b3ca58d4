package io.github.gkml.model.internal;

import io.github.gkml.model.Channel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The built-in channels: the national template's 13 checkbox channels in template order, then the
 * common platforms. Aliases are the spellings seen in published catalogs.
 */
public final class StandardChannels {

  private static final List<Channel> ALL =
      List.of(
          // The national template's 13 checkbox channels, in template order.
          channel(
              "government-website",
              "政府网站",
              null,
              "政府门户网站",
              "门户网站",
              "县政府门户网站",
              "区政府门户网站",
              "市政府门户网站",
              "政府信息公开网站",
              "政府信息公开平台",
              "政府信息公开专栏",
              "政府网",
              "管理部门网站",
              "部门网站",
              "部门门户网站"),
          channel("government-gazette", "政府公报", null, "公报"),
          channel("two-weibo-one-app", "两微一端", null, "政务新媒体", "新媒体", "两微一端新媒体"),
          channel(
              "press-conference-hearing",
              "发布会/听证会",
              null,
              "发布会",
              "听证会",
              "发布会听证会",
              "新闻发布会",
              "新闻发布会/听证会"),
          channel("radio-tv", "广播电视", null, "广播", "电视", "广播/电视", "广播、电视"),
          channel("print-media", "纸质媒体", null, "报刊", "报纸", "纸媒", "报刊杂志", "报刊、杂志"),
          channel(
              "public-reading-point",
              "公开查阅点",
              null,
              "查阅点",
              "政府信息查阅点",
              "政府信息公开查阅点",
              "政府信息查阅场所",
              "信息查阅场所",
              "公共查阅室",
              "查阅室"),
          channel(
              "government-service-center",
              "政务服务中心",
              null,
              "政府服务中心",
              "政务服务大厅",
              "行政服务中心",
              "政务大厅",
              "政务服务中心(大厅)"),
          channel(
              "convenience-service-station",
              "便民服务站",
              null,
              "便民服务中心",
              "便民惠民服务中心",
              "便民服务点",
              "便民服务大厅",
              "村(社区)便民服务站",
              "为民服务中心"),
          channel("door-to-door-onsite", "入户/现场", null, "入户", "现场", "入户现场", "入户、现场"),
          channel(
              "notice-board",
              "社区/企事业单位/村公示栏(电子屏)",
              null,
              "社区/企事业单位/村公示栏",
              "社区/企事业单位、村公示栏(电子屏)",
              "社区、企事业单位、村公示栏(电子屏)",
              "社区/企事业单位/村公示栏电子屏",
              "公示栏",
              "公示栏(电子屏)",
              "村公示栏",
              "社区公示栏",
              "村务公开栏",
              "镇村公示公开栏",
              "公示公开栏",
              "信息公告栏",
              "公告栏",
              "公开栏",
              "电子屏",
              "电子显示屏"),
          channel("targeted-push", "精准推送", null, "短信推送", "定向推送"),
          channel("other", "其他", null, "其它"),
          // Children of 两微一端.
          channel("government-weibo", "政务微博", "two-weibo-one-app", "微博", "官方微博"),
          channel(
              "government-wechat",
              "政务微信",
              "two-weibo-one-app",
              "微信",
              "微信公众号",
              "政务微信公众号",
              "公众号",
              "微信公众平台"),
          channel(
              "government-app",
              "政务客户端",
              "two-weibo-one-app",
              "客户端",
              "移动客户端",
              "政务APP",
              "APP",
              "手机APP"),
          // Common platforms appended after the template's 13.
          channel(
              "hotline-12345",
              "12345政务服务热线",
              null,
              "12345",
              "12345热线",
              "12345政务服务便民热线",
              "12345便民服务热线",
              "12345市民热线"),
          channel(
              "public-resource-trading-platform",
              "公共资源交易平台",
              null,
              "公共资源交易网",
              "公共资源交易中心网站",
              "公共资源交易服务平台"),
          channel("credit-china", "信用中国网站", null, "信用中国"),
          channel("tendering-service-platform", "招标投标公共服务平台", null, "招投标公共服务平台", "招标投标公共服务平台网站"),
          channel("investment-approval-platform", "投资项目在线审批监管平台", null, "投资项目在线审批平台", "在线审批监管平台"),
          channel("government-procurement-website", "中国政府采购网", null, "政府采购网", "中国政府采购网地方分网"),
          channel("enterprise-credit-system", "国家企业信用信息公示系统", null, "企业信用信息公示系统"),
          channel("land-acquisition-platform", "征地信息公开平台", null, "征地信息公开网", "征收土地信息公开平台"),
          channel("disclosure-zone", "政务公开专区", null, "政府信息公开专区", "政务公开专栏"),
          channel("hotline-12317", "12317扶贫监督举报电话", null, "12317", "12317监督举报电话"));

  private static final Map<String, Integer> ORDER = order();

  private StandardChannels() {}

  /** The built-in channels. */
  public static List<Channel> all() {
    return ALL;
  }

  /** The channels sorted built-ins first in their order, then others by id. */
  public static List<Channel> inOrder(Collection<Channel> channels) {
    List<Channel> sorted = new ArrayList<>(channels);
    sorted.sort(
        Comparator.comparing((Channel c) -> ORDER.getOrDefault(c.id(), Integer.MAX_VALUE))
            .thenComparing(Channel::id));
    return List.copyOf(sorted);
  }

  /** The rank of a channel for sorting: template order, then others. */
  public static int rank(Channel channel) {
    return ORDER.getOrDefault(channel.id(), Integer.MAX_VALUE);
  }

  private static Channel channel(
      String id, String label, @Nullable String parent, String... aliases) {
    return new Channel(id, label, List.of(aliases), parent, false);
  }

  private static Map<String, Integer> order() {
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < ALL.size(); i++) {
      order.put(ALL.get(i).id(), i);
    }
    return Map.copyOf(order);
  }
}
