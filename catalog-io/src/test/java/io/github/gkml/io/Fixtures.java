package io.github.gkml.io;

/**
 * Real rows of published catalogs (from the domain dossiers in {@code shared/reference/domains}),
 * laid out as the counties laid them out.
 */
final class Fixtures {

  static final String CHECKLIST_WEB_READING_CENTRE =
      "■政府网站 □政府公报 □两微一端 □发布会/听证会 □广播电视 □纸质媒体 ■公开查阅点 ■政务服务中心 □便民服务站"
          + " □入户/现场 □社区/企事业单位/村公示栏 (电子屏) □精准推送 □其他";

  static final String CHECKLIST_WEB_CENTRE_BOARD =
      "■政府网站 □政府公报 □两微一端 □发布会/听证会 □广播电视 □纸质媒体 □公开查阅点 ■政务服务中心 □便民服务站"
          + " □入户/现场 ■社区/企事业单位/村公示栏 (电子屏) □精准推送 □其他";

  static final String SUBJECT = "县级人民政府民政部门、乡镇人民政府(街道办事处)";
  static final String DEADLINE = "制定或获取信息之日起10个工作日内";

  private Fixtures() {}

  /**
   * The head of the national template (国家标准指引): the title row across all 14 columns, then the
   * two-row header — 公开事项 over 一级/二级事项, 公开对象 over 全社会/特定群体, 公开方式 over 主动/依申请, 公开层级 over 县级/乡级 —
   * with its merged cells.
   */
  static TableFixture nationalTemplate(String sheet, String title) {
    return TableFixture.named(sheet)
        .row(title)
        .merge(0, 0, 0, 13)
        .row(
            "序号",
            "公开事项",
            "",
            "公开内容（要素）",
            "公开依据",
            "公开时限",
            "公开主体",
            "公开渠道和载体",
            "公开对象",
            "",
            "公开方式",
            "",
            "公开层级",
            "")
        .row("", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群体", "主动", "依申请", "县级", "乡级")
        .merge(1, 1, 1, 2)
        .merge(1, 1, 8, 9)
        .merge(1, 1, 10, 11)
        .merge(1, 1, 12, 13)
        .merge(1, 2, 0, 0)
        .merge(1, 2, 3, 3)
        .merge(1, 2, 4, 4)
        .merge(1, 2, 5, 5)
        .merge(1, 2, 6, 6)
        .merge(1, 2, 7, 7);
  }

  /**
   * 社会救助 as 稻城县 (S6) publishes it: the national template with a title row, a two-row header, a ■/□
   * checkbox list, √ columns with their empty cells, 临时救助 merged down three rows, and notes below.
   */
  static TableFixture socialAssistanceTemplate() {
    return nationalTemplate("社会救助", "稻城县社会救助领域基层政务公开标准目录")
        .row(
            "11",
            "临时救助",
            "政策法规文件",
            "●《国务院关于全面建立临时救助制度的通知》(国发〔2014〕47号)\n"
                + "●《民政部 财政部关于进一步加强和改进临时救助工作的意见》(民发〔2018〕23号)\n●各地配套政策法规文件",
            "信息公开规定",
            DEADLINE,
            SUBJECT,
            CHECKLIST_WEB_READING_CENTRE,
            "√",
            "",
            "√",
            "",
            "√",
            "√")
        .row(
            "12",
            "",
            "办事指南",
            "办理事项、办理条件、救助标准、申请材料、办理流程、办理时间、地点、联系方式",
            "《国务院关于全面建立临时救助制度的通知》(国发〔2014〕47号)\n各地相关政策法规文件",
            DEADLINE,
            SUBJECT,
            CHECKLIST_WEB_CENTRE_BOARD,
            "√",
            "",
            "√",
            "",
            "√",
            "√")
        .row(
            "13",
            "",
            "审核审批信息",
            "支出型临时救助对象名单、救助金额、救助事由",
            "《国务院关于全面建立临时救助制度的通知》(国发〔2014〕47号)、各地相关政策法规文件",
            DEADLINE,
            SUBJECT,
            "■政府网站",
            "",
            "√",
            "√",
            "",
            "√",
            "")
        .merge(3, 5, 1, 1)
        .row("")
        .row("注:“■”表示必选项,“□”表示可选项。")
        .merge(7, 7, 0, 13)
        .row("填表人:王芳", "", "", "", "", "审核人:李军");
  }

  /**
   * 社会救助 as 上海某区 (S9) publishes it: one header row, no 序号 and no levels, audience and mode written
   * as text, channels as a plain list.
   */
  static TableFixture shanghaiOneRowHeader() {
    return TableFixture.named("社会救助")
        .row("公开事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开对象", "公开方式", "公开渠道和载体")
        .row(
            "特困人员救助供养政策法规文件",
            "《国务院关于进一步健全特困人员救助供养制度的意见》(国发〔2016〕14号);民政部关于印发《特困人员认定办法》的通知(民发〔2016〕178号)",
            "《中华人民共和国政府信息公开条件》、《上海市政府信息公开规定》",
            DEADLINE,
            "市、区两级人民政府民政部门、街镇人民政府(街道办事处)",
            "全社会",
            "主动公开",
            "政府网站,公开查阅点,政务服务中心");
  }

  /** 养老服务 rows (S1–S5): 扶持政策措施清单 has one name cell across 一级 and 二级 事项. */
  static TableFixture elderlyCare() {
    return nationalTemplate("养老服务", "某县养老服务领域基层政务公开标准目录")
        .row(
            "1",
            "养老服务通用政策",
            "国家和地方层面养老服务相关法律、法规、政策文件",
            "文件名称、文号、发文部门",
            "信息公开规定",
            "制定或获取文件之日起10个工作日内",
            "县级人民政府民政部门",
            "■政府网站 ■政府服务中心",
            "√",
            "",
            "√",
            "",
            "√",
            "")
        .row(
            "2",
            "养老服务扶持政策措施清单",
            "",
            "扶持政策措施名称、扶持对象、实施部门、扶持政策措施内容和标准",
            "信息公开规定",
            "制定或获取扶持政策措施之日起10个工作日内",
            "县级人民政府民政部门",
            "■政府网站 ■政府服务中心",
            "√",
            "",
            "√",
            "",
            "√",
            "")
        .merge(4, 4, 1, 2)
        .row(
            "3",
            "养老服务业务办理",
            "养老机构备案",
            "备案申请材料清单及样式、备案流程、办理部门、办理时限、办理时间、地点、咨询电话",
            "信息公开规定",
            "制定或获取备案政策之日起10个工作日内",
            "县级人民政府民政部门",
            "■政府网站 ■政府服务中心",
            "√",
            "",
            "√",
            "",
            "√",
            "");
  }

  /** 户籍管理 rows (S5): 一级事项 written only on the first row of each group, not merged. */
  static TableFixture householdRegistration() {
    return TableFixture.named("户籍管理")
        .row(
            "序号",
            "一级事项",
            "二级事项",
            "公开内容(要素)",
            "公开依据",
            "公开时限",
            "公开主体",
            "公开渠道和载体",
            "全社会",
            "特定群众",
            "主动",
            "依申请",
            "县级",
            "乡、村级")
        .row(
            "1",
            "出生登记",
            "出生登记",
            "受理部门、办理条件、办理流程、所需材料、办理时限、收费依据及标准",
            "《中华人民共和国户口登记条例》、《中华人民共和国政府信息公开条例》",
            "形成或者变更之日起20个工作日内予以公开",
            "公安机关",
            "■政府网站 ■入户/现场",
            "√",
            "",
            "√",
            "",
            "√",
            "√")
        .row(
            "2",
            "注销登记",
            "死亡注销",
            "受理部门、办理条件、办理流程、所需材料、办理时限、收费依据及标准",
            "《中华人民共和国户口登记条例》、《中华人民共和国政府信息公开条例》",
            "形成或者变更之日起20个工作日内予以公开",
            "公安机关",
            "■政府网站■入户/现场",
            "√",
            "",
            "√",
            "",
            "√",
            "")
        .row("3", "", "服现役注销", "同上", "同上", "同上", "公安机关", "■政府网站 ■入户/现场", "√", "", "√", "", "√", "");
  }

  /** 公共资源交易 (S3): £ for an empty box, no levels, 特定群众. */
  static TableFixture publicResourceTrading() {
    return TableFixture.named("公共资源交易")
        .row(
            "序号", "公开事项", "", "公开内容(要素)", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "", "公开方式", "")
        .row("", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群众", "主动", "依申请公开")
        .merge(0, 0, 1, 2)
        .merge(0, 0, 8, 9)
        .merge(0, 0, 10, 11)
        .merge(0, 1, 0, 0)
        .merge(0, 1, 3, 3)
        .merge(0, 1, 4, 4)
        .merge(0, 1, 5, 5)
        .merge(0, 1, 6, 6)
        .merge(0, 1, 7, 7)
        .row(
            "1",
            "工程建设项目招标投标信息",
            "审批核准信息",
            "招标内容、招标范围、招标组织形式、招标方式、招标估算金额、招标事项审核或核准部门",
            "《招标投标法实施条例》、《政府信息公开条例》、《国务院办公厅关于推进公共资源配置领域政府信息公开的意见》(国办发〔2017〕97号)",
            "信息形成之日起20个工作日内",
            "负责管理的部门分别公开",
            "■政府网站 £政府公报 £两微一端 £公开查阅点/政务公开专区 £入户⁄现场 ■公共资源交易平台",
            "√",
            "",
            "√",
            "");
  }

  /** 征地补偿 (S3/S8): ▲ for channels after approval, text with a tick in 特定群众. */
  static TableFixture landAcquisition() {
    return TableFixture.named("征地补偿")
        .row(
            "序号",
            "一级事项",
            "二级事项",
            "公开内容(要素)及要求",
            "公开依据",
            "公开时限",
            "公开主体",
            "公开渠道和载体",
            "全社会",
            "特定群众",
            "主动",
            "依申请",
            "县级",
            "乡级")
        .row(
            "3",
            "征地前期准备",
            "拟征收土地告知",
            "在拟征收土地前,应明确征收土地有关事项并予以公开\n1.拟征收土地用途\n2.拟征收土地的位置和范围\n3.征地补偿标准及安置途径",
            "《国务院关于深化改革严格土地管理的决定》(国发〔2004〕28号)",
            "在实地启动拟征收土地工作时,在村公示栏公开。",
            "县(市、区)自然资源主管部门和负责农村集体土地征收的有关部门",
            "■社区/企事业单位/村公示栏(电子屏) ▲政府网站 ▲征地信息公开平台",
            "",
            "√面向拟征收土地所在地的村集体成员",
            "√",
            "",
            "√",
            "√");
  }
}
