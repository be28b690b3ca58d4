#!/usr/bin/env python3
"""Writes the 26 national baseline catalogs (gkml-catalog/1 YAML) from the domain dossiers.

Usage (from the repository root, once; the generated files are committed):
    scripts/generate-baselines.py [../shared/reference/domains]

Reads <slug>.yaml for each of the 26 pilot domains and writes
catalog-rules-26-domains/src/main/resources/io/github/gkml/rules/baselines/<slug>.yaml, which
io.github.gkml.rules.NationalBaselines reads with CatalogFormat.defaults(). The build never needs
the dossiers; the tests cross-check against them when ../shared is present.

Rules (docs/baselines.md explains them):
- items are the dossier's baseline_items, in order (never local_items or variants);
- a field the dossier gives as null or empty is left out, never invented;
- the dossier writes remarks inside some values ("(其后截断)", "(原文如此)", "(▲)" …): each such
  value is listed in VALUE_DECISIONS below — cleaned when what was read is complete, dropped when
  the value itself is cut off or polluted; an annotated value missing from the table stops the
  script, so no remark reaches a baseline unread;
- ITEM_DECISIONS leaves out whole items, or fields, that the dossier's own notes mark as cut off,
  polluted, reconstructed or not a catalog row; every decision is written into the baseline's notes;
- subjects are split on 、 only where every part names a body; channels use the national
  template's labels where the dossier writes a known alias, other names are kept as written;
  audience, modes and levels become the format's labels.
"""
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(
    ROOT, "catalog-rules-26-domains/src/main/resources/io/github/gkml/rules/baselines")
VERSION = "baseline-2026.11"
SCRIPT = "scripts/generate-baselines.py"

# slug -> the canonical label of io.github.gkml.model.PilotDomain, in enum order.
DOMAINS = {
    "guotu-kongjian-guihua": "国土空间规划",
    "zhongda-jianshe-xiangmu": "重大建设项目",
    "gonggong-ziyuan-jiaoyi": "公共资源交易",
    "caizheng-yujuesuan": "财政预决算",
    "anquan-shengchan": "安全生产",
    "shuishou-guanli": "税收管理",
    "zhengdi-buchang": "征地补偿",
    "guoyou-tudi-fangwu-zhengshou": "国有土地上房屋征收",
    "baozhangxing-zhufang": "保障性住房",
    "nongcun-weifang-gaizao": "农村危房改造",
    "huanjing-baohu": "环境保护",
    "gonggong-wenhua-fuwu": "公共文化服务",
    "gonggong-falv-fuwu": "公共法律服务",
    "fupin": "扶贫",
    "jiuzai": "救灾",
    "shipin-yaopin-jianguan": "食品药品监管",
    "chengshi-zonghe-zhifa": "城市综合执法",
    "jiuye-chuangye": "就业创业",
    "shehui-baoxian": "社会保险",
    "shehui-jiuzhu": "社会救助",
    "yanglao-fuwu": "养老服务",
    "huji-guanli": "户籍管理",
    "shenong-butie": "涉农补贴",
    "yiwu-jiaoyu": "义务教育",
    "yiliao-weisheng": "医疗卫生",
    "shizheng-fuwu": "市政服务",
}

# Remarks the dossiers write inside values. A value matching this must be in VALUE_DECISIONS.
ANNOTATION = re.compile(
    r"截断|原文|摘录|只显示|▲|…|页面来源栏|各地写法|类别:|公开要求”列|S\d+ |镜像|篡改")

CUT = "值本身被截断"
# raw value -> (value to keep, or None to drop it; why). A dropped value is reported in the notes.
VALUE_DECISIONS = {
    "(其后截断)": (None, None),  # a marker only, not a value
    "(其余与政府预算相同的细化要求,摘录截断)": (None, None),  # the dossier's remark, not a value
    "申请受理(其后要素截断)": ("申请受理", None),
    "公告名称(其后要素截断)": ("公告名称", None),
    "依申请开展听证工作的,听证结果公开(其后截断)": ("依申请开展听证工作的,听证结果公开", None),
    "《城乡规划法》(其后截断)": ("《城乡规划法》", None),
    "《中华人民共和国政府信息公开条例》(其后截断)": ("《中华人民共和国政府信息公开条例》", None),
    "《中华人民共和国就业促进法》(…摘录截断)": ("《中华人民共和国就业促进法》", None),
    "《国务院办公厅关于运用大数据加强对市场主体服务和监管的若干意见》(摘录在此截断)":
        ("《国务院办公厅关于运用大数据加强对市场主体服务和监管的若干意见》", None),
    "政府网站(其后截断)": ("政府网站", None),
    "机构职能、权责清单、执法人员名单(镜像只显示多行单元格首行,其余6项未读到)":
        ("机构职能、权责清单、执法人员名单", None),
    "《住房城乡建设部办公厅关于做好2013年住房保障信息公开工作的通知》(原文如此)":
        ("《住房城乡建设部办公厅关于做好2013年住房保障信息公开工作的通知》", None),
    "《招投公告和公示信息发布管理办法》(原文如此,应为《招标公告和公示信息发布管理办法》)":
        ("《招投公告和公示信息发布管理办法》", None),
    "政府网站(▲)": ("政府网站", None),
    "征地信息公开平台(▲)": ("征地信息公开平台", None),
    "行政处罚(类别:权力事项)": ("行政处罚", None),
    "规划主管部门(各地写法不同)": ("规划主管部门", None),
    "《突发事件应急预案管理(办法)》(原文在此截断)":
        (None, "依据在此截断,括注“(办法)”是档案补写的"),
    "机构职能、权责清单、执法(摘录截断)": (None, CUT),
    "1.除处罚决定外其他内容:长期公开(动态调整);(只显示首行)": (None, "时限只读到首行,第2段未读到"),
    "退出程序(民主评议、村两委和驻村工作队核实、贫困户认可……,摘录截断)": (None, CUT),
    "《国务院扶……》(乡村振兴版依据在此截断)": (None, CUT),
    "省级(含计划单列市)财政部门(指定媒体,原文截断)": (None, CUT),
    "完成并履行有关报审程序后5个工作(日…)": (None, CUT),
    "信息形成或者变更之日起20个工作日内予以公开;征求意见期限不得少于30(日,原文截断)": (None, CUT),
    "《关于做好下放危险废物经营许可审批工……》(标题在来源中截断)": (None, CUT),
    "以会议讨论作出重要改革方案等重大决策的会议信息(摘录截断)": (None, CUT),
    "申…(截断)": (None, CUT),
    "《食品…》(截断)": (None, CUT),
    "市、区县人民政府城市管理…(截断)": (None, CUT),
    "未经行政登记的税(务师事务所…,原文截断)": (None, CUT),
    "《(国家税务总局)关于明确纳税信用管理若干业务口径的公告》(S1 原文缺前半)":
        (None, "原文缺前半,括注的发文机关是档案补写的"),
    "市住建局(xtdsby 页面来源栏)": (None, "取自页面的“来源”栏,不是目录的公开主体列"),
    "2.《江门市人民政府关于江门市公益性项目用地征收补偿的实施意见》":
        (None, "镜像把文件名里的“关于”替换成了广告词,档案复原的文件名不是读到的文字"),
    "条目化展示、信息形成(变更)20个工作日内。可链接至区县乡村振兴局“政府信息公开”有关栏目,但要保持数据同源。(“公开要求”列)":
        ("条目化展示、信息形成(变更)20个工作日内。可链接至区县乡村振兴局“政府信息公开”有关栏目,但要保持数据同源。",
         None),
    "条目化展示、信息形成(变更)20个工作日内。(“公开要求”列)":
        ("条目化展示、信息形成(变更)20个工作日内。", None),
}

# (slug, index in baseline_items) -> decision. "omit": leave the item out; "drop": fields left out;
# "to_extension": a field that is really another column, moved into extensions under that header.
ITEM_DECISIONS = {
    ("fupin", 5): {"omit": "二级事项只读到“财政专项扶贫资…”即截断;档案记下的全称与公开内容取自乡村振兴版的另一事项,依据也被截断"},
    ("huanjing-baohu", 9): {"omit": "档案注明仅见于一个地方目录、一级事项为空、依据疑为错位,属地方变体而非通用事项"},
    ("shehui-jiuzhu", 4): {"drop": {"basis": "依据只读到开头“《国务院关于进一步加强和改…”,档案补全的全称不是读到的文字"}},
    ("shehui-jiuzhu", 5): {"drop": {"content_elements": "内容在“低保对象名单及相”处截断,档案补全的要素不是读到的文字"}},
    ("gonggong-ziyuan-jiaoyi", 18): {"drop": {"subject": "“公开主体”列填的是竞买人范围(档案注:看似错列)"}},
    ("gonggong-ziyuan-jiaoyi", 19): {"drop": {"subject": "“公开主体”列填的是竞买人范围(档案注:看似错列)"}},
    ("gonggong-ziyuan-jiaoyi", 20): {"drop": {"subject": "“公开主体”列填的是竞买人范围(档案注:看似错列)"}},
    ("fupin", 7): {"to_extension": {"deadline": "公开要求"}},
    ("fupin", 8): {"to_extension": {"deadline": "公开要求"}},
}

FIELD_NAMES = {
    "content_elements": "公开内容", "basis": "公开依据", "deadline": "公开时限", "subject": "公开主体",
    "channels": "公开渠道", "audience": "公开对象", "mode": "公开方式", "levels": "公开层级",
    "level1": "一级事项",
}

# Spellings in the dossiers that the channel vocabulary (StandardChannels) knows as an alias,
# written as its label. Every other name is kept as written (a custom channel, CHANNEL_UNKNOWN).
CHANNEL_LABELS = {
    "政府门户网站": "政府网站", "县政府门户网站": "政府网站", "区政府门户网站": "政府网站",
    "管理部门网站": "政府网站", "部门网站": "政府网站",
    "政府服务中心": "政务服务中心",
    "发布会听证会": "发布会/听证会",
    "社区/企事业单位/村公示栏": "社区/企事业单位/村公示栏(电子屏)",
    "公示栏": "社区/企事业单位/村公示栏(电子屏)", "公示公开栏": "社区/企事业单位/村公示栏(电子屏)",
    "招投标公共服务平台": "招标投标公共服务平台",
}

LEVELS = {
    "省级": ["省级"], "市级": ["市级"], "县级": ["县级"], "区级": ["县级"], "县(区)级": ["县级"],
    "乡级": ["乡级"], "镇级": ["乡级"], "镇(街)级": ["乡级"], "街道/镇": ["乡级"],
    "乡、村级": ["乡级", "村级"], "镇、村级": ["乡级", "村级"], "镇街、村级": ["乡级", "村级"],
    "村级": ["村级"],
}

BODY = re.compile(r"(部门|政府|局|办|村|镇|乡|处|中心|机构|站|队|委员会|机关|学校|所)$")


def clean(value, decisions, where):
    """The value to write, or None; records a dropped value with its reason."""
    if value in VALUE_DECISIONS:
        kept, reason = VALUE_DECISIONS[value]
        if kept is None and reason:
            decisions.append(f"省略:{where} 的“{value}”——{reason}")
        return kept
    if ANNOTATION.search(value):
        sys.exit(f"{where}: annotated value not in VALUE_DECISIONS: {value!r}")
    return value


def clean_list(values, decisions, where):
    kept = (clean(v, decisions, where) for v in values or [])
    return [v for v in kept if v]


def outside_brackets_split(text):
    parts, depth, current = [], 0, ""
    for ch in text:
        depth += ch in "(（〔[《"
        depth -= ch in ")）〕]》"
        if ch == "、" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    return parts + [current]


def subjects(cell):
    parts = [p.strip() for p in outside_brackets_split(cell)]
    bodies = all(BODY.search(re.sub(r"\([^()]*\)$", "", p)) for p in parts)
    return parts if len(parts) > 1 and bodies else [cell]


def audience(cell):
    labels = []
    for part in re.split(r"[;;、]", re.sub(r"\([^()]*\)", "", cell)):
        name = part.strip()
        label = {"全社会": "全社会", "特定群体": "特定群体", "特定群众": "特定群体"}.get(name)
        if label is None:
            sys.exit(f"unknown audience {cell!r}")
        labels.append(label)
    return labels


def modes(cell):
    label = {"主动": "主动", "主动公开": "主动", "依申请": "依申请", "依申请公开": "依申请"}.get(cell)
    if label is None:
        sys.exit(f"unknown mode {cell!r}")
    return [label]


def unique(values):
    return list(dict.fromkeys(values))


def item_path(row):
    segments = [row.get(k) for k in ("level1", "level2", "level3")]
    return [s for s in segments if s and s.strip() not in ("", "—")]


def convert(slug, index, row, decisions):
    decision = ITEM_DECISIONS.get((slug, index), {})
    name = "/".join(item_path(row)) or "(无名称)"
    if "omit" in decision:
        decisions.append(f"未收录:{name}——{decision['omit']}")
        return None
    dropped = decision.get("drop", {})
    for field, reason in dropped.items():
        decisions.append(f"省略:{name} 的{FIELD_NAMES[field]}——{reason}")
    row = {k: (None if k in dropped else v) for k, v in row.items()}
    path = [clean(s, decisions, name) for s in item_path(row)]
    if not row.get("level1"):
        decisions.append(f"路径:{name} 的一级事项在来源中未读到,路径只含二级事项")
    item = {"path": path}
    content = clean_list(row.get("content_elements"), decisions, name)
    if content:
        item["content"] = content
    basis = clean_list(row.get("basis"), decisions, name)
    if basis:
        item["basis"] = basis
    extensions = {}
    deadline = clean(row["deadline"], decisions, name) if row.get("deadline") else None
    if deadline and "deadline" in decision.get("to_extension", {}):
        extensions[decision["to_extension"]["deadline"]] = deadline
        decisions.append(
            f"移入扩展列:{name} 的时限单元格是“{decision['to_extension']['deadline']}”列,"
            "不是公开时限列,收入 extensions")
    elif deadline:
        item["deadline"] = deadline
    subject = clean(row["subject"], decisions, name) if row.get("subject") else None
    if subject:
        item["subjects"] = subjects(subject)
    channels = clean_list(row.get("channels"), decisions, name)
    if channels:
        item["channels"] = unique(CHANNEL_LABELS.get(c, c) for c in channels)
    if row.get("audience"):
        item["audience"] = audience(row["audience"])
    if row.get("mode"):
        item["modes"] = modes(row["mode"])
    levels = [label for level in row.get("levels") or [] for label in LEVELS[level]]
    if levels:
        item["levels"] = unique(levels)
    extensions["来源"] = "、".join(row["seen_in"])
    item["extensions"] = extensions
    return item


def issuer(lead):
    return re.split(r"[((]", lead, maxsplit=1)[0].strip()


def baseline(slug, dossier):
    label = DOMAINS[slug]
    decisions, items = [], []
    for index, row in enumerate(dossier["baseline_items"]):
        item = convert(slug, index, row, decisions)
        if item is not None:
            items.append(item)
    notes = [f"覆盖说明:{' '.join(dossier['coverage'].split())}"]
    if dossier.get("guideline"):
        notes.append(f"指引:{' '.join(dossier['guideline'].split())}")
    if issuer(dossier["lead_ministry"]) != dossier["lead_ministry"]:
        notes.append(f"牵头部委:{dossier['lead_ministry']}")
    for source in dossier["sources"]:
        notes.append(f"{source['id']} {source['url']} {' '.join(str(source['locality']).split())}")
    unleveled = sum(1 for item in items if "levels" not in item)
    if unleveled:
        notes.append(f"公开层级:{unleveled} 项的层级在来源中未读到,县级、乡级目录都应包含")
    notes.extend(decisions)
    notes.append(
        f"生成:{SCRIPT} 由 reference/domains/{slug}.yaml 的 baseline_items 生成"
        f"(档案 {len(dossier['baseline_items'])} 项,收录 {len(items)} 项);"
        "来源未读到的字段不写出,不推测;各事项的“来源”扩展列是档案的 seen_in")
    return {
        "format": "gkml-catalog/1",
        "domain": label,
        "title": f"{label}领域基层政务公开标准目录(国家标准指引基线)",
        "issuer": issuer(dossier["lead_ministry"]),
        "level": "县级",
        "version": VERSION,
        "notes": notes,
        "items": items,
    }


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "../shared/reference/domains")
    os.makedirs(OUT, exist_ok=True)
    total_dossier = total_kept = 0
    for slug in DOMAINS:
        with open(os.path.join(folder, slug + ".yaml"), encoding="utf-8") as f:
            dossier = yaml.safe_load(f)
        if dossier["slug"] != slug:
            sys.exit(f"{slug}.yaml names slug {dossier['slug']}")
        catalog = baseline(slug, dossier)
        with open(os.path.join(OUT, slug + ".yaml"), "w", encoding="utf-8") as out:
            out.write(f"# Generated by {SCRIPT} from reference/domains/{slug}.yaml; do not edit.\n")
            yaml.safe_dump(catalog, out, allow_unicode=True, sort_keys=False, width=100000)
        total_dossier += len(dossier["baseline_items"])
        total_kept += len(catalog["items"])
        print(f"{slug}: {len(catalog['items'])}/{len(dossier['baseline_items'])}")
    print(f"total: {total_kept}/{total_dossier}")


if __name__ == "__main__":
    main()
