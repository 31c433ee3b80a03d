#!/usr/bin/env python3
"""Write a realistic synthetic content folder for benchmarks: a whole 政务公开 district at any scale.

    python bench/corpus.py OUT_DIR [--scale 1.0] [--seed 2018]

Scale 1.0 is Luohu's pilot district (the nine domains, 1,206 matters, 20,972 documents); 0.1
is one tenth, and any positive float works. The district is the fictional 青溪区 of 江州市,
as in the demo. Texts are assembled from hand-written phrase banks per domain, so that a page
read at random looks like what a district publishes: 文号, headings (一、二、), numbered lists,
tables of results, policy interpretations, expired and repealed documents, drafts, a few
documents in Traditional characters, attachments shared by many documents.

The same seed and scale give a byte-identical folder: one random.Random(seed), no clock, no
set iteration, a fixed key order. The folder is written beside OUT_DIR and renamed into place;
OUT_DIR is replaced only when it is empty or holds this script's own marker file.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import random
import re
import shutil
import struct
import sys
import tempfile
import time
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from generator.vocabulary import CHANNELS, STAGES  # noqa: E402  (the national lists the content must use)

MARKER = ".zhengwu-bench-corpus"
FULL_MATTERS = 1206
FULL_DOCUMENTS = 20972
FIRST_DAY = dt.date(2019, 1, 2)
LAST_DAY = dt.date(2026, 11, 20)
YEARS = tuple(range(2019, 2027))
YEAR_WEIGHTS = (9, 10, 12, 13, 14, 15, 15, 12)  # more is published every year; 2026 ends in November
CITY, DISTRICT = "江州市", "青溪区"


# ---------------------------------------------------------------------------------------------
# YAML front matter, written by hand: fast, in a fixed key order, quoted only where YAML needs it
# ---------------------------------------------------------------------------------------------

UNSAFE_PLAIN = re.compile(r"""^[-?:,\[\]{}#&*!|>'"%@`\s]|[:#,\[\]{}]|\s$""")
RESOLVES = re.compile(r"^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?[0-9][0-9_.:eE+-]*|[-+]?\.[0-9a-zA-Z].*|=|<<)$",
                      re.IGNORECASE)


def scalar(value: Any) -> str:
    """Return a YAML scalar: plain when that reads back as the same text, else double-quoted."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if not text or "\n" in text or UNSAFE_PLAIN.search(text) or RESOLVES.match(text):
        return json.dumps(text, ensure_ascii=False)
    return text


def _flow(value: Any) -> str | None:
    """Return a one-line flow form of a list or mapping of scalars, or None when it needs blocks."""
    if isinstance(value, list):
        if any(isinstance(v, (list, dict)) for v in value):
            return None
        return "[" + ", ".join(scalar(v) for v in value) + "]"
    if isinstance(value, dict):
        if any(isinstance(v, (list, dict)) for v in value.values()):
            return None
        return "{" + ", ".join(f"{k}: {scalar(v)}" for k, v in value.items()) + "}"
    return scalar(value)


def emit_yaml(data: dict, indent: int = 0) -> list[str]:
    """Return the lines of a YAML mapping, lists of scalars in flow style when they are short."""
    pad = " " * indent
    lines: list[str] = []
    for key, value in data.items():
        if isinstance(value, str) and "\n" in value:
            lines.append(f"{pad}{key}: |")
            lines += [f"{pad}  {line}".rstrip() for line in value.rstrip("\n").split("\n")]
        elif isinstance(value, dict):
            lines.append(f"{pad}{key}:")
            lines += emit_yaml(value, indent + 2)
        elif isinstance(value, list):
            flow = _flow(value)
            if flow is not None and len(flow) + len(pad) + len(key) < 90:
                lines.append(f"{pad}{key}: {flow}")
                continue
            lines.append(f"{pad}{key}:")
            for item in value:
                one = _flow(item)
                if one is not None and (not isinstance(item, dict) or len(one) + len(pad) < 100):
                    lines.append(f"{pad}  - {one}")
                else:  # a record with long or nested values: keys on their own lines
                    block = emit_yaml(item, indent + 4)
                    lines.append(f"{pad}  - {block[0].lstrip()}")
                    lines += block[1:]
        else:
            lines.append(f"{pad}{key}: {scalar(value)}")
    return lines


def markdown_file(meta: dict, body: str) -> str:
    return "---\n" + "\n".join(emit_yaml(meta)) + "\n---\n" + body.rstrip("\n") + "\n"


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------

def lines(text: str) -> list[str]:
    """Return the non-empty, stripped lines of a phrase bank."""
    return [line.strip() for line in text.strip().split("\n") if line.strip()]


def rows(text: str) -> list[list[str]]:
    """Return a bank of `a|b|c` lines as lists of fields."""
    return [line.split("|") for line in lines(text)]


CN_NUMBERS = "一二三四五六七八九十"


def cn(n: int) -> str:
    """Return 1–99 in Chinese numerals, as section headings count: 一, 十二, 二十."""
    if n <= 10:
        return CN_NUMBERS[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_NUMBERS[tens - 1]) + "十" + (CN_NUMBERS[ones - 1] if ones else "")


def cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def weekday(day: dt.date) -> dt.date:
    """Return the day, moved back to a Friday when it falls on a weekend: offices publish on weekdays."""
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def apportion(total: int, weights: Iterable[float]) -> list[int]:
    """Split a whole number by weights, largest remainders first, so that the parts sum exactly."""
    weights = list(weights)
    scale = sum(weights)
    exact = [total * w / scale for w in weights]
    parts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def s2t_table() -> dict[int, str]:
    """Return a Simplified→Traditional character table: the generator's own t2s data, inverted.

    A simplified character with several traditional forms (发: 發/髮) is converted only when a
    common choice is listed below, so that the Traditional texts read right.
    """
    data = json.loads((ROOT / "generator" / "data" / "t2s.json").read_text(encoding="utf-8"))["map"]
    candidates: dict[str, list[str]] = {}
    for i in range(0, len(data) - 1, 2):
        trad, simp = data[i], data[i + 1]
        if trad != simp and "\u4e00" <= trad <= "\u9fff" and "\u4e00" <= simp <= "\u9fff":
            candidates.setdefault(simp, []).append(trad)
    chosen = {s: t[0] for s, t in candidates.items() if len(t) == 1}
    chosen.update({"发": "發", "后": "後", "范": "範", "复": "復", "历": "歷", "征": "徵", "余": "餘", "尽": "盡",
                   "汇": "匯", "钟": "鐘", "云": "雲", "采": "採", "于": "於", "据": "據", "坛": "壇", "签": "簽",
                   "恶": "惡", "获": "獲", "台": "臺", "准": "準", "须": "須", "划": "劃", "团": "團", "几": "幾",
                   "蒙": "蒙", "只": "只", "面": "面", "干": "幹", "系": "系", "里": "裡", "表": "表", "制": "制",
                   "松": "松", "冲": "衝", "周": "周", "向": "向", "卷": "卷", "注": "注", "家": "家", "布": "布",
                   "占": "佔", "回": "回", "了": "了", "借": "借", "谷": "谷", "致": "致", "才": "才", "丑": "醜"})
    return {ord(s): t for s, t in sorted(chosen.items()) if s != t}


# ---------------------------------------------------------------------------------------------
# The district: organizations at three levels, places, categories
# ---------------------------------------------------------------------------------------------

@dataclass
class Org:
    id: str
    name: str
    level: str
    parent: str | None
    code: str
    short: str  # for document ids: hrss-news-2024-137
    numbers: tuple[tuple[str, str], ...] = ()  # 文号 机关代字 and its id slug: (青人社发, qrsf)
    label: str = ""  # the name as it reads inside a title
    phone: str = ""
    address: str = ""

    def __post_init__(self) -> None:
        self.label = self.label or self.name


# id | name | parent | code | short | 文号 prefixes (代字:slug, …)
DEPARTMENTS = rows("""
qx-gov|江州市青溪区人民政府||007543100|qxf|青府:qf,青府函:qfh
qx-gov-office|青溪区人民政府办公室|qx-gov|007543118|qfb|青府办:qfb,青府办函:qfbh
qx-hrss|青溪区人力资源和社会保障局|qx-gov|007543126|hrss|青人社发:qrsf,青人社函:qrsh
qx-employment|青溪区公共就业服务中心|qx-hrss|MB2C04126|jyzx|青就业:qjy
qx-social-insurance|江州市社会保险基金管理局青溪分局|qx-hrss|MB1C03150|sbj|江社保青:jsbq
qx-civil-affairs|青溪区民政局|qx-gov|007543134|mz|青民发:qmf,青民函:qmh
qx-police|江州市公安局青溪分局|qx-gov|007543142|ga|江公青:jgq
qx-health|青溪区卫生健康局|qx-gov|007543150|wj|青卫健:qwj,青卫健函:qwjh
qx-cdc|青溪区疾病预防控制中心|qx-health|MB2C05287|jk|青疾控:qjk
qx-healthcare-security|青溪区医疗保障局|qx-gov|MB1C01769|yb|青医保:qyb
qx-urban-management|青溪区城市管理和综合执法局|qx-gov|007543169|cg|青城管:qcg,青城管函:qcgh
qx-education|青溪区教育局|qx-gov|007543177|jy|青教:qj,青教函:qjh
qx-ecology|江州市生态环境局青溪分局|qx-gov|MB1C0208X|hb|江环青:jhq
qx-water|青溪区水务局|qx-gov|007543185|sw|青水务:qsw
qx-housing|青溪区住房和建设局|qx-gov|007543193|zj|青住建:qzj
qx-finance|青溪区财政局|qx-gov|007543206|cz|青财:qc
qx-veterans|青溪区退役军人事务局|qx-gov|MB1C01777|ty|青退役:qty
qx-disabled|青溪区残疾人联合会|qx-gov|007543214|cl|青残联:qcl
qx-justice|青溪区司法局|qx-gov|007543222|sf|青司:qs
qx-service-data|青溪区政务服务和数据管理局|qx-gov|MB1C01851|zs|青政数:qzs
qx-statistics|青溪区统计局|qx-gov|007543230|tj|青统:qt
qx-market|江州市市场监督管理局青溪监管局|qx-gov|MB1C01935|sj|江市监青:jsjq
""")

# id | 街道 | code | 文号 代字 | its communities (id:name, …)
SUBDISTRICTS = rows("""
dongmen|东门|007543249|东门办|xinyuan:新园,lizhi:荔枝
guiyuan|桂园|007543257|桂园办|laowei:老围,hongling:红岭
cuizhu|翠竹|007543265|翠竹办|beidou:北斗,shuibei:水贝
lianhu|莲湖|007543273|莲湖办|tianbei:田贝
xikou|溪口|007543281|溪口办|xiangxi:湘溪
qingqiao|青桥|007543290|青桥办|qiaodong:桥东
beiling|北岭|007543302|北岭办|lingxia:岭下
nantang|南塘|007543310|南塘办|tangwei:塘尾,yuehai:月海
""")

ROADS = lines("""
文锦中路
青溪大道
桂园路
翠竹路
东门北路
莲湖路
溪口街
北岭路
南塘路
人民北路
湖贝路
田贝四路
爱国路
宝岗路
太白路
沿河北路
""")


def build_orgs(rng: random.Random) -> list[Org]:
    orgs = []
    for index, (oid, name, parent, code, short, numbers) in enumerate(DEPARTMENTS):
        prefixes = tuple(tuple(p.split(":")) for p in numbers.split(","))
        orgs.append(Org(oid, name, "district", parent or None, code, short, prefixes,  # type: ignore[arg-type]
                        phone=f"0755-2566{1000 + index * 37:04d}",
                        address=f"{rng.choice(ROADS[:4])}{rng.randint(8, 1200)}号"))
    for index, (sid, street, code, prefix, communities) in enumerate(SUBDISTRICTS):
        road = ROADS[(index + 4) % len(ROADS)]
        orgs.append(Org(sid, f"{street}街道办事处", "subdistrict", "qx-gov", code, sid, ((prefix, f"{sid}b"),),
                        label=f"{street}街道", phone=f"0755-2582{2000 + index * 41:04d}",
                        address=f"{road}{rng.randint(10, 600)}号"))
        for cindex, entry in enumerate(communities.split(",")):
            cid, cname = entry.split(":")
            orgs.append(Org(f"{sid}-{cid}", f"{street}街道{cname}社区居民委员会", "community", sid,
                            f"5544030306{index * 10 + cindex + 11:08d}", f"{sid}-{cid}",
                            label=f"{street}街道{cname}社区", phone=f"0755-2583{3000 + index * 53 + cindex * 7:04d}",
                            address=f"{road}{rng.randint(10, 600)}号{rng.choice(['一楼', '二楼', '裙楼一层'])}"))
    return orgs


CATEGORIES = [
    # id, name, stage, extra settings
    ("normative-documents", "规范性文件", "decision", {"required": ["number", "keywords"]}),
    ("consultations", "决策预公开", "decision", {}),
    ("plans", "规划计划", "decision", {"stale_after": "1y"}),
    ("work-updates", "工作动态", "execution", {"stale_after": "2w"}),
    ("implementation", "政策落实情况", "execution", {}),
    ("licensing", "行政许可", "management", {"disclosure_days": 7}),
    ("supervision", "监督检查", "management", {}),
    ("notices", "通知公告", "service", {}),
    ("service-guides", "服务指南", "service", {}),
    ("interpretations", "政策解读", "service", {}),
    ("results", "结果公示", "result", {"disclosure_days": 7}),
    ("statistics", "统计数据", "result", {}),
    ("reports", "工作总结报告", "result", {"stale_after": "1y"}),
]
# Share of each category among documents (interpretations are planned apart, ~3%).
CATEGORY_WEIGHTS = {"normative-documents": 6, "consultations": 2, "plans": 4, "work-updates": 24, "implementation": 5,
                    "licensing": 8, "supervision": 6, "notices": 16, "service-guides": 6, "results": 12,
                    "statistics": 5, "reports": 3}


def site_yaml(orgs: list[Org]) -> str:
    site: dict[str, Any] = {
        "title": "青溪区政务公开",
        "organization": "江州市青溪区人民政府办公室",
        "base_url": "https://www.qingxi.gov.cn/zwgk/",
        "language": "zh-CN",
        "domains": [{"id": d, "name": DOMAINS[d]["name"]} for d in DOMAINS],
        "categories": [{"id": cid, "name": name, "stage": stage, **extra} for cid, name, stage, extra in CATEGORIES],
        "organizations": [{"id": o.id, "name": o.name, "level": o.level, **({"parent": o.parent} if o.parent else {}),
                           "code": o.code} for o in orgs],
        "footer": {"site_code": "4403030017", "icp": "江ICP备05012345号", "police_record": "江公网安备 44030302000123号",
                   "contact": "青溪区政务公开办公室", "phone": "0755-25660000", "address": "江州市青溪区文锦中路1008号"},
        "search": {"abbreviations": {"老年证": ["老年人优待证"], "两项补贴": ["困难残疾人生活补贴", "重度残疾人护理补贴"],
                                     "环评": ["环境影响评价"], "社保卡": ["社会保障卡"]}},
    }
    head = ("# A synthetic district written by bench/corpus.py for benchmarks: 青溪区 of the fictional 江州市,\n"
            "# at the scale of the 2017–2018 pilot districts (nine domains, three levels, five stages).\n")
    return head + "\n".join(emit_yaml(site)) + "\n"


HOURS = ("周一至周五 9:00-12:00，14:00-18:00；周六 9:00-12:00（法定节假日除外）",
         "周一至周五 8:30-12:00，14:00-17:30",
         "周一至周日 9:00-18:00（法定节假日除外）",
         "周一至周五 9:00-12:00，14:00-18:00")

# id | name | kind | the org whose address it is (or a road)
HALLS = rows("""
qx-service-hall|青溪区政务服务中心|政务服务中心|qx-service-data
qx-hrss-hall|青溪区人力资源服务大厅|部门办事大厅|qx-hrss
qx-employment-hall|青溪区公共就业服务中心服务大厅|部门办事大厅|qx-employment
qx-social-insurance-hall|社保青溪分局服务大厅|部门办事大厅|qx-social-insurance
qx-healthcare-hall|青溪区医疗保障服务大厅|部门办事大厅|qx-healthcare-security
qx-police-hall|青溪公安分局户政服务大厅|部门办事大厅|qx-police
qx-civil-hall|青溪区民政事务服务大厅|部门办事大厅|qx-civil-affairs
qx-marriage-office|青溪区婚姻登记处|部门办事大厅|qx-civil-affairs
qx-education-hall|青溪区教育局招生服务窗口|部门办事大厅|qx-education
qx-urban-hall|青溪区城市管理受理窗口|部门办事大厅|qx-urban-management
qx-ecology-hall|生态环境青溪分局受理窗口|部门办事大厅|qx-ecology
qx-health-hall|青溪区卫生健康行政审批窗口|部门办事大厅|qx-health
qx-disabled-hall|青溪区残疾人综合服务中心|部门办事大厅|qx-disabled
qx-legal-aid|青溪区公共法律服务中心|部门办事大厅|qx-justice
qx-veterans-center|青溪区退役军人服务中心|部门办事大厅|qx-veterans
qx-people-hospital|青溪区人民医院|医院|
qx-maternal-hospital|青溪区妇幼保健院|医院|
qx-elderly-home|青溪区社会福利中心|养老机构|
qx-elderly-center|青溪区长者服务中心|养老机构|
qx-talent-center|青溪区人才服务中心|部门办事大厅|
qx-skills-center|青溪区职业技能培训中心|培训机构|
qx-vaccination-clinic|青溪区疾控中心预防接种门诊|预防接种门诊|qx-cdc
qx-water-hall|青溪区水务受理窗口|部门办事大厅|qx-water
qx-housing-hall|青溪区住房保障服务窗口|部门办事大厅|qx-housing
""")


def build_places(rng: random.Random, orgs: list[Org]) -> list[dict]:
    by_id = {o.id: o for o in orgs}
    places = []

    def place(pid: str, name: str, kind: str, address: str, phone: str) -> None:
        places.append({"id": pid, "name": name, "address": f"{CITY}{DISTRICT}{address}",
                       "lat": round(22.535 + rng.random() * 0.05, 5), "lon": round(114.105 + rng.random() * 0.06, 5),
                       "hours": rng.choice(HOURS) if kind != "医院" else "门诊 周一至周日 8:00-12:00，14:00-17:30；急诊 24小时",
                       "phone": phone, "kind": kind})

    for pid, name, kind, owner in HALLS:
        org = by_id.get(owner)
        place(pid, name, kind, org.address if org else f"{rng.choice(ROADS)}{rng.randint(20, 900)}号",
              org.phone if org else f"0755-2561{rng.randint(1000, 9999)}")
    for org in orgs:
        if org.level == "subdistrict":
            place(f"{org.id}-service-center", f"{org.label}党群服务中心", "街道便民服务中心", org.address, org.phone)
            place(f"{org.id}-police-station", f"{org.label[:-2]}派出所", "派出所",
                  f"{rng.choice(ROADS)}{rng.randint(20, 900)}号", f"0755-2557{rng.randint(1000, 9999)}")
            place(f"{org.id}-health-center", f"{org.label[:-2]}社区健康服务中心", "社区健康服务中心",
                  f"{rng.choice(ROADS)}{rng.randint(20, 900)}号", f"0755-2559{rng.randint(1000, 9999)}")
        elif org.level == "community":
            place(f"{org.id}-station", f"{org.label[4:]}党群服务中心", "社区党群服务中心", org.address, org.phone)
    return places


def places_yaml(places: list[dict]) -> str:
    out = ["# Halls, offices and service points of 青溪区 (bench/corpus.py)."]
    for entry in places:
        block = emit_yaml(entry, 2)
        out.append("- " + block[0].lstrip())
        out += block[1:]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# Phrase banks per domain. Slots in braces are filled per document: {year} {last} {next}
# {month} {n} {n2} {N} {wan} {pct} {pct3} {money} {money2} {dept} {topic} {policy} {street}
# ---------------------------------------------------------------------------------------------

DOMAINS: dict[str, dict[str, Any]] = {}

DOMAINS["employment"] = dict(
    name="就业创业", weight=150, doc_weight=14, depts="qx-hrss:6,qx-employment:4",
    halls="qx-hrss-hall,qx-employment-hall,qx-service-hall",
    matters=rows("""
unemployment-registration|失业登记|public-service|c|
employment-registration|就业登记|public-service|s|
employment-certificate|《就业创业证》申领|public-service|s|
difficult-employment-recognition|就业困难人员认定|administrative-power|s|
startup-subsidy|自主创业初创补贴申领|public-service|s|
startup-rent-subsidy|创业场租补贴申领|public-service|d|qx-employment
startup-guarantee-loan|创业担保贷款申请|public-service|d|qx-employment
employer-hiring-subsidy|企业吸纳就业补贴申领|public-service|d|
flexible-employment-insurance-subsidy|灵活就业人员社会保险补贴申领|public-service|s|
graduate-job-subsidy|高校毕业生求职创业补贴申领|public-service|d|
vocational-training-subsidy|职业培训补贴申领|public-service|d|qx-employment
skills-evaluation-subsidy|职业技能评价补贴申领|public-service|d|qx-employment
public-welfare-post|公益性岗位安置|public-service|c|
youth-internship-subsidy|青年就业见习补贴申领|public-service|d|qx-employment
job-matching-service|职业介绍和职业指导|public-service|c|qx-employment
labor-dispatch-license|劳务派遣经营许可|administrative-power|d|
hr-service-license|人力资源服务许可|administrative-power|d|
special-working-hours|企业实行特殊工时工作制审批|administrative-power|d|
wage-arrears-complaint|欠薪投诉举报受理|public-concern|s|
labor-dispute-mediation|劳动人事争议调解|public-concern|c|
"""),
    variants="（线上办理）,（港澳台居民）,（退役军人）,（脱贫人口）,（延续申请）",
    bases=lines("""
《中华人民共和国就业促进法》
《中华人民共和国劳动合同法》
《就业服务与就业管理规定》
《失业保险条例》
《劳务派遣行政许可实施办法》
《人力资源市场暂行条例》
《保障农民工工资支付条例》
《江州市就业补贴办法》
《青溪区促进就业创业若干措施》
"""),
    materials=lines("""
居民身份证
户口簿或居住证
《就业创业证》
营业执照副本
劳动合同
社会保险缴费明细
银行结算账户信息
毕业证书
租赁合同及租金发票
职业资格证书或职业技能等级证书
培训合格证明
《创业补贴申请表》
法定代表人身份证明书
"""),
    tags=lines("就业\n创业\n补贴\n高校毕业生\n企业\n培训\n失业\n农民工"),
    keywords=lines("""
就业
创业
就业补贴
创业补贴
高校毕业生
就业困难人员
职业培训
稳岗
公益性岗位
招聘会
劳动关系
欠薪治理
零工市场
见习基地
技能提升
"""),
    topics=lines("""
稳就业
高校毕业生就业创业
就业困难人员援助
职业技能提升
创业孵化基地建设
公益性岗位开发
根治欠薪
零工市场建设
青年就业见习
春风行动
"""),
    policies=lines("""
青溪区促进就业创业若干措施
青溪区创业孵化基地认定管理办法
青溪区公益性岗位开发管理办法
青溪区职业技能提升行动实施方案
青溪区就业见习管理办法
青溪区稳岗扩岗专项支持措施
青溪区创业担保贷款实施细则
"""),
    activities=lines("""
举办春风行动专场招聘会
开展“就业服务进社区”活动
举办高校毕业生专场双选会
开展根治欠薪冬季专项行动
举办创业大赛决赛
召开稳就业工作推进会
开展零工市场“技能夜校”培训
组织就业困难人员技能培训班
开展“百日千万”招聘专项行动
走访重点企业了解用工需求
"""),
    results=lines("""
创业补贴发放
就业困难人员认定
公益性岗位补贴
职业培训补贴
企业吸纳就业补贴
就业见习补贴
创业孵化基地认定
"""),
    licenses=lines("劳务派遣经营许可\n人力资源服务许可\n特殊工时工作制审批"),
    inspections=lines("人力资源市场秩序\n劳务派遣用工\n工资支付情况\n就业补贴资金使用"),
    stats=rows("""
城镇新增就业人数|人|800|3000
失业人员再就业人数|人|200|900
就业困难人员实现就业人数|人|30|200
城镇登记失业率|%|1.8|3.2
开展职业技能培训|人次|500|4000
发放创业担保贷款|万元|300|2500
发放各类就业补贴|万元|200|3000
"""),
    people="求职者,企业代表,高校毕业生,社区居民",
    background=lines("""
为深入实施就业优先战略，进一步稳定和扩大就业，根据《中华人民共和国就业促进法》和江州市有关规定，结合我区实际，制定本措施。
当前我区就业形势总体稳定，但结构性就业矛盾仍然突出，高校毕业生、就业困难人员等重点群体就业压力较大。
为发挥创业带动就业的倍增效应，进一步优化我区创业环境，激发各类市场主体创业创新活力。
根据《江州市就业补贴办法》有关规定，为规范我区就业补贴资金管理，提高资金使用效益。
为切实保障劳动者合法权益，推动根治欠薪工作常态化、长效化。
"""),
    measures=lines("""
对在本区首次创办小微企业或从事个体经营，且正常经营6个月以上的劳动者，给予一次性创业补贴{money}元。
对入驻区级创业孵化基地的初创企业，按实际租金的50%给予场租补贴，每年最高不超过{money}元，补贴期限最长3年。
个人申请创业担保贷款最高额度为30万元，合伙创业的可按每人不超过30万元、贷款总额不超过150万元申请。
企业招用就业困难人员并签订1年以上劳动合同的，按每人每月{money}元标准给予补贴。
对离校2年内未就业高校毕业生参加就业见习的，按当地最低工资标准的80%给予见习补贴。
各街道要开发一批保洁、保绿、治安协管等公益性岗位，优先安置零就业家庭成员和大龄失业人员。
参加职业技能培训并取得职业资格证书或职业技能等级证书的，按规定给予职业培训补贴。
对吸纳脱贫人口、登记失业人员就业的企业，按规定落实税收优惠政策。
区公共就业服务中心每月举办不少于{n2}场专场招聘活动，并通过“青溪就业”公众号实时发布岗位信息。
建立重点企业用工服务专员制度，为企业提供用工招聘、政策咨询、劳动关系协调等一站式服务。
对符合条件的灵活就业人员，按其实际缴纳社会保险费的2/3给予社会保险补贴，补贴期限最长3年。
在各街道党群服务中心设立零工驿站，为灵活就业人员提供岗位推荐、技能培训、权益维护等服务。
"""),
    conditions=lines("""
具有本区户籍或持有本区有效居住证；
在法定劳动年龄内，有劳动能力和就业愿望；
已办理就业登记或失业登记；
所创办企业在本区依法登记注册并正常经营；
申请人及其所创办企业未被列入严重失信主体名单；
近3年内未享受过同类补贴。
"""),
    achievements=lines("""
{year}年全区城镇新增就业{N}人，失业人员再就业{N}人，城镇登记失业率控制在{pct3}以内。
全年累计举办各类招聘活动{n}场，提供就业岗位{N}个，达成就业意向{N}人次。
累计发放创业担保贷款{wan}万元，扶持创业{N}人，带动就业{N}人。
开展补贴性职业技能培训{N}人次，取证率达{pct}。
全区共开发公益性岗位{N}个，帮扶就业困难人员就业{N}人，零就业家庭保持动态清零。
受理欠薪投诉举报{N}宗，为{N}名劳动者追回工资待遇{wan}万元。
"""),
    issues=lines("""
部分企业未按规定与劳动者签订书面劳动合同。
个别人力资源服务机构发布的招聘信息内容不完整，未注明用人单位名称。
部分劳务派遣单位未按规定报送经营情况年度报告。
少数企业工资支付台账不规范，未按月足额支付劳动者工资。
个别补贴申请材料审核把关不严，存在重复申领风险。
"""),
    faq=rows("""
外地户籍人员可以在青溪区办理失业登记吗？|持有本区有效居住证的非本区户籍人员，可在常住地街道办理失业登记，享受相应的公共就业服务。
创业补贴多久能到账？|审核通过并公示无异议后，补贴资金在15个工作日内拨付至申请人提供的银行账户。
申请创业担保贷款需要提供担保人吗？|个人贷款20万元以下的，经办银行可免除反担保要求，具体以经办银行审核为准。
灵活就业人员社会保险补贴需要每年申请吗？|首次申请审核通过后按季度申领，每年需在规定时间内确认就业状态。
就业见习期间发生意外怎么办？|见习单位应为见习人员购买人身意外伤害保险，发生意外时由保险机构按合同理赔。
"""),
)

DOMAINS["elderly-care"] = dict(
    name="养老服务", weight=120, doc_weight=10, depts="qx-civil-affairs:1",
    halls="qx-civil-hall,qx-service-hall,qx-elderly-center",
    matters=rows("""
elderly-allowance|高龄津贴申领|public-service|c|
elderly-card|老年人优待证办理|public-service|c|
home-care-subsidy|居家养老服务补贴申请|public-service|c|
elderly-assessment|老年人能力评估|public-service|s|
nursing-home-admission|公办养老机构入住申请|public-service|d|
care-bed-subsidy|家庭养老床位建设补贴申请|public-service|s|
elderly-meal-subsidy|长者饭堂助餐补贴申领|public-service|c|
nursing-home-filing|养老机构备案|administrative-power|d|
nursing-home-operation-subsidy|养老机构运营补贴申领|public-service|d|
elderly-home-renovation|老年人居家适老化改造申请|public-service|s|
emergency-call|独居老人紧急呼叫服务申请|public-service|c|
elderly-visit|特殊困难老年人探访关爱|public-concern|c|
elderly-volunteer|“时间银行”养老志愿服务登记|public-concern|c|
dementia-care|认知障碍老年人照护服务|public-concern|d|
nursing-home-fire-safety|养老机构消防安全检查|administrative-power|d|
elderly-health-check|65岁以上老年人免费体检|public-service|s|qx-health
long-term-care|长期护理保险待遇申请|public-service|d|qx-healthcare-security
"""),
    variants="（代办）,（上门办理）,（港澳台老年人）,（失能老年人）,（变更）",
    bases=lines("""
《中华人民共和国老年人权益保障法》
《养老机构管理办法》
《江州市养老服务条例》
《江州市高龄老人津贴发放办法》
《国务院办公厅关于推进养老服务发展的意见》
《青溪区居家养老服务补贴管理办法》
《养老机构服务质量基本规范》
"""),
    materials=lines("""
居民身份证
户口簿
老年人能力评估报告
近期免冠彩色照片（1寸）
银行卡复印件
《居家养老服务补贴申请表》
监护人或代理人身份证明
低保或特困供养证明
养老机构营业执照或事业单位法人证书
消防安全检查合格证明
房屋产权证明或租赁合同
"""),
    tags=lines("老年人\n养老\n助餐\n补贴\n居家养老\n适老化\n护理"),
    keywords=lines("""
养老服务
高龄津贴
居家养老
长者饭堂
养老机构
适老化改造
老年人优待
家庭养老床位
长期护理
时间银行
社区养老
医养结合
老年助餐
能力评估
"""),
    topics=lines("""
居家社区养老服务
老年助餐服务
养老机构安全管理
家庭养老床位建设
适老化改造
高龄津贴发放
医养结合
老年人关爱服务
"""),
    policies=lines("""
青溪区居家养老服务补贴管理办法
青溪区长者饭堂建设运营管理办法
青溪区家庭养老床位建设实施方案
青溪区养老机构运营补贴实施细则
青溪区特殊困难老年人探访关爱工作实施方案
青溪区老年人居家适老化改造工作方案
"""),
    activities=lines("""
开展重阳节敬老爱老系列活动
举办养老护理员职业技能竞赛
开展养老机构安全隐患大排查
新建长者饭堂正式投入运营
开展“银龄安康”防诈骗宣传活动
组织志愿者走访慰问独居老人
举办老年人智能手机使用培训班
召开养老服务工作推进会
"""),
    results=lines("""
高龄津贴发放
居家养老服务补贴
家庭养老床位建设补贴
养老机构运营补贴
适老化改造对象
长者饭堂助餐补贴
"""),
    licenses=lines("养老机构备案\n老年人助餐服务机构认定"),
    inspections=lines("养老机构服务质量\n养老机构消防安全\n长者饭堂食品安全\n养老服务补贴资金"),
    stats=rows("""
高龄津贴发放人数|人|3000|9000
发放高龄津贴金额|万元|300|1200
居家养老服务对象|人|800|3000
长者饭堂助餐服务|人次|20000|90000
养老机构床位数|张|600|1600
完成适老化改造|户|50|400
"""),
    people="老年人,志愿者,养老护理员,社区居民",
    background=lines("""
为积极应对人口老龄化，加快构建居家社区机构相协调、医养康养相结合的养老服务体系，结合我区实际，制定本办法。
截至{last}年底，全区60周岁以上户籍老年人{N}人，高龄、失能、独居老年人照护需求日益增长。
为进一步规范居家养老服务补贴发放管理，提高补贴资金使用效益，保障老年人合法权益。
根据《江州市养老服务条例》和民政部门有关规定，为加强养老机构安全管理，防范化解安全风险。
"""),
    measures=lines("""
对年满80周岁的本区户籍老年人按月发放高龄津贴，其中80至89周岁每人每月200元，90至99周岁每人每月500元，100周岁以上每人每月1000元。
经评估为中度、重度失能的老年人，按月给予居家养老服务补贴，以服务时长形式发放，不得兑换现金。
每个街道至少建成1个具备全托、日托、上门服务等功能的综合性养老服务中心。
长者饭堂为60周岁以上老年人提供助餐服务，对低保、特困、失能老年人给予每餐{money2}元的助餐补贴。
对开展家庭养老床位建设的老年人家庭，按每张床位不超过{money}元的标准给予一次性建设补贴。
养老机构应当建立入住评估制度，根据老年人能力评估结果确定照护等级和服务内容。
对经认定的特殊困难老年人，社区每月至少探访{n2}次，及时掌握其生活和健康状况。
支持社区健康服务机构与养老机构签约合作，为入住老年人提供健康管理、巡诊等服务。
推广“时间银行”互助养老模式，鼓励低龄老年人为高龄老年人提供志愿服务。
对经济困难的高龄、失能老年人家庭实施居家适老化改造，每户改造费用最高{money}元。
"""),
    conditions=lines("""
具有本区户籍且在本区实际居住；
年满60周岁（高龄津贴为年满80周岁）；
经老年人能力评估机构评估为失能或部分失能；
属于低保、低保边缘、特困供养等经济困难家庭；
未入住政府供养的养老机构；
申请人或其监护人同意接受入户核查。
"""),
    achievements=lines("""
{year}年全区累计发放高龄津贴{wan}万元，惠及老年人{N}人。
新建长者饭堂{n}家，全年提供助餐服务{N}人次，助餐服务覆盖全区所有社区。
完成特殊困难老年人家庭适老化改造{N}户，建设家庭养老床位{N}张。
全区养老机构床位总数达{N}张，其中护理型床位占比{pct}。
开展养老护理员培训{N}人次，持证上岗率达到{pct}。
组织开展养老机构安全检查{n}次，排查整改隐患{N}处。
"""),
    issues=lines("""
部分养老机构消防设施维护保养不到位，疏散通道堆放杂物。
个别长者饭堂未按规定进行食品留样。
部分居家养老服务机构服务记录不完整，服务时长与补贴核定时长不符。
少数养老机构护理员未经岗前培训即上岗。
个别养老机构入住合同条款不规范，未明确收费项目和标准。
"""),
    faq=rows("""
高龄津贴需要每年重新申请吗？|不需要。首次申请审核通过后按月发放，但每年需配合社区完成一次生存状态核查。
非本区户籍老年人可以在长者饭堂就餐吗？|可以。60周岁以上老年人均可在长者饭堂就餐，助餐补贴仅限符合条件的本区户籍老年人。
老年人优待证丢失了怎么补办？|携带本人身份证到户籍所在地社区党群服务中心申请补办，符合条件的当场办结。
居家养老服务补贴可以折算成现金吗？|不可以。补贴以服务时长形式发放，由签约服务机构上门提供生活照料、康复护理等服务。
申请家庭养老床位需要做哪些评估？|需先进行老年人能力评估和居家环境评估，根据评估结果确定改造方案和服务内容。
"""),
)

DOMAINS["social-assistance"] = dict(
    name="社会救助", weight=150, doc_weight=11, depts="qx-civil-affairs:7,qx-disabled:2,qx-veterans:1",
    halls="qx-civil-hall,qx-service-hall,qx-disabled-hall",
    matters=rows("""
minimum-living-allowance|最低生活保障申请|administrative-power|c|
low-income-family|低保边缘家庭认定|administrative-power|s|
extreme-poverty-support|特困人员救助供养|administrative-power|s|
temporary-assistance|临时救助申请|administrative-power|c|
medical-assistance|医疗救助申请|public-service|s|qx-healthcare-security
education-assistance|困难家庭学生教育救助|public-service|s|
housing-assistance|住房救助申请|public-service|d|qx-housing
disability-living-subsidy|困难残疾人生活补贴申领|public-service|c|qx-disabled
disability-care-subsidy|重度残疾人护理补贴申领|public-service|c|qx-disabled
disability-card|残疾人证办理|public-service|s|qx-disabled
homeless-assistance|流浪乞讨人员救助|public-service|d|
orphan-subsidy|孤儿基本生活费发放|public-service|s|
de-facto-orphan|事实无人抚养儿童认定|administrative-power|s|
veteran-preferential|重点优抚对象抚恤补助|public-service|d|qx-veterans
disaster-relief|自然灾害生活救助|public-service|s|
utility-fee-relief|困难群众水电费减免|public-concern|s|
legal-aid|法律援助申请|public-service|d|qx-justice
funeral-fee-relief|困难群众基本殡葬服务费用减免|public-service|d|
"""),
    variants="（急难型）,（支出型）,（代为申请）,（复核）,（变更）",
    bases=lines("""
《社会救助暂行办法》
《最低生活保障审核确认办法》
《特困人员认定办法》
《江州市最低生活保障办法》
《江州市临时救助办法》
《中华人民共和国残疾人保障法》
《城市生活无着的流浪乞讨人员救助管理办法》
《中华人民共和国法律援助法》
《军人抚恤优待条例》
"""),
    materials=lines("""
居民身份证
户口簿
《社会救助申请书》
家庭经济状况核对授权书
家庭成员收入证明
疾病诊断证明或住院病历
残疾人证
医疗费用票据
学生证或在读证明
婚姻状况证明
银行存折或银行卡复印件
不动产权属证明
事故或灾害情况说明
"""),
    tags=lines("低保\n救助\n困难群众\n残疾人\n儿童\n补贴\n医疗救助"),
    keywords=lines("""
最低生活保障
低保
特困供养
临时救助
医疗救助
教育救助
残疾人两项补贴
低保边缘
孤儿
事实无人抚养儿童
救助管理
社会救助
兜底保障
困难群众
"""),
    topics=lines("""
最低生活保障
特困人员救助供养
临时救助
困难残疾人两项补贴
事实无人抚养儿童保障
低收入人口动态监测
社会救助兜底保障
冬春救助
"""),
    policies=lines("""
青溪区最低生活保障实施细则
青溪区临时救助实施办法
青溪区特困人员救助供养实施办法
青溪区低收入人口动态监测和常态化救助帮扶工作方案
青溪区困难残疾人生活补贴和重度残疾人护理补贴实施细则
青溪区社会救助“一门受理、协同办理”工作规程
"""),
    activities=lines("""
开展社会救助政策宣传进社区活动
走访慰问困难群众
开展低保专项治理“回头看”
召开社会救助工作联席会议
开展寒冬送温暖救助专项行动
组织社会救助经办人员业务培训
开展残疾人就业援助月活动
"""),
    results=lines("""
最低生活保障
特困人员救助供养
临时救助
低保边缘家庭认定
困难残疾人生活补贴
重度残疾人护理补贴
医疗救助
"""),
    licenses=lines("最低生活保障审核确认\n特困人员认定"),
    inspections=lines("低保对象动态管理\n社会救助资金使用\n特困供养机构服务\n残疾人两项补贴发放"),
    stats=rows("""
城乡低保对象|户|200|900
低保对象人数|人|400|1800
发放低保金|万元|150|900
特困供养人员|人|30|160
实施临时救助|人次|100|800
发放临时救助金|万元|30|300
残疾人两项补贴|人|500|2200
"""),
    people="困难群众,社区工作者,志愿者,残疾人代表",
    background=lines("""
为进一步健全分层分类的社会救助体系，切实保障困难群众基本生活，根据《社会救助暂行办法》等规定，结合我区实际，制定本细则。
社会救助事关困难群众基本生活，是保障和改善民生的兜底性制度安排。
为规范最低生活保障审核确认工作，做到应保尽保、应退尽退，确保低保制度公平公正实施。
为加强低收入人口动态监测，及时发现、及时救助遭遇急难情形的困难群众。
"""),
    measures=lines("""
本区最低生活保障标准为每人每月{money}元，由区民政部门会同区财政部门根据物价变动情况适时调整。
共同生活的家庭成员人均收入低于当地低保标准，且家庭财产状况符合规定的，可以申请最低生活保障。
对遭遇突发事件、意外伤害、重大疾病等导致基本生活暂时出现严重困难的家庭给予临时救助，一般不超过6倍月低保标准。
特困人员基本生活标准不低于当地低保标准的1.3倍，照料护理标准根据生活自理能力分档确定。
街道办事处应当自受理申请之日起{n}个工作日内完成家庭经济状况调查核实。
对申请家庭的收入、财产状况，通过居民家庭经济状况核对系统进行信息比对。
低保审核确认结果在申请人所在社区公示，公示期为7天。
对急难型临时救助，可先行救助，事后补齐相关材料和手续。
建立社会救助“一门受理、协同办理”机制，街道党群服务中心统一受理各类救助申请。
对低保家庭中的重病患者、重度残疾人，可以按照单人户纳入低保范围。
困难残疾人生活补贴和重度残疾人护理补贴按月发放，标准随全市统一调整。
"""),
    conditions=lines("""
具有本区户籍并在本区居住；
共同生活家庭成员人均月收入低于本区最低生活保障标准；
家庭财产状况符合本区最低生活保障家庭财产规定；
因突发事件、意外伤害或重大疾病导致基本生活暂时出现严重困难；
无劳动能力、无生活来源且无法定赡养、抚养、扶养义务人；
持有第二代《中华人民共和国残疾人证》。
"""),
    achievements=lines("""
{year}年全区共保障城乡低保对象{N}户{N}人，累计发放低保金{wan}万元。
全年实施临时救助{N}人次，发放临时救助金{wan}万元，救助时效平均缩短至{n}个工作日。
全区特困供养人员{N}人，分散供养和集中供养资金按时足额发放。
发放困难残疾人生活补贴和重度残疾人护理补贴{wan}万元，惠及{N}人。
通过低收入人口动态监测平台预警{N}人次，全部完成核查处置。
"""),
    issues=lines("""
个别低保家庭收入状况发生变化后未及时申报，存在应退未退情况。
部分社区入户调查记录不完整，缺少调查人员签字。
少数临时救助案例审批程序不规范，未按规定进行公示。
个别街道社会救助档案管理不规范，纸质与电子档案信息不一致。
"""),
    faq=rows("""
申请低保需要本人到场吗？|原则上由申请人到户籍所在地街道党群服务中心提出申请，行动不便的可委托社区工作人员代为申请。
低保审批需要多长时间？|街道办事处应在受理之日起30个工作日内完成审核确认，特殊情况可延长至45个工作日。
临时救助可以多次申请吗？|同一事由原则上12个月内只能申请一次，遭遇新的急难情形的可再次申请。
家庭成员名下有车辆还能申请低保吗？|一般不能，但用于残疾人功能性补偿代步的机动车等特殊情形除外。
"""),
)

DOMAINS["social-insurance"] = dict(
    name="社会保险", weight=160, doc_weight=14, depts="qx-social-insurance:6,qx-healthcare-security:3,qx-hrss:1",
    halls="qx-social-insurance-hall,qx-healthcare-hall,qx-service-hall",
    matters=rows("""
pension-insurance-enrollment|企业职工基本养老保险参保登记|public-service|d|
pension-transfer|基本养老保险关系转移接续|public-service|d|
pension-claim|基本养老金申领|public-service|d|
resident-pension|城乡居民基本养老保险参保登记|public-service|c|
survivor-benefit|丧葬补助金和抚恤金申领|public-service|d|
unemployment-benefit|失业保险金申领|public-service|d|
skill-upgrade-subsidy|失业保险技能提升补贴申领|public-service|d|
work-injury-recognition|工伤认定申请|administrative-power|d|qx-hrss
work-injury-benefit|工伤保险待遇核定|public-service|d|
work-capacity-assessment|劳动能力鉴定申请|public-service|d|qx-hrss
medical-insurance-enrollment|基本医疗保险参保登记|public-service|c|qx-healthcare-security
cross-region-medical|异地就医直接结算备案|public-service|s|qx-healthcare-security
maternity-benefit|生育保险待遇申领|public-service|d|qx-healthcare-security
special-outpatient|门诊特定病种待遇认定|public-service|d|qx-healthcare-security
social-security-card|社会保障卡申领|public-service|c|
insurance-record|社会保险个人权益记录查询打印|public-service|c|
contribution-certificate|参保缴费凭证开具|public-service|c|
employer-registration|用人单位社会保险登记|public-service|d|
"""),
    variants="（灵活就业人员）,（港澳台人员）,（外籍人员）,（网上办理）,（变更）,（注销）",
    bases=lines("""
《中华人民共和国社会保险法》
《工伤保险条例》
《失业保险条例》
《社会保险费征缴暂行条例》
《城镇企业职工基本养老保险关系转移接续暂行办法》
《江州市社会医疗保险办法》
《江州市基本医疗保险门诊特定病种管理办法》
《江州市社会保障卡管理办法》
"""),
    materials=lines("""
居民身份证
社会保障卡
《社会保险登记表》
营业执照副本
劳动合同
工伤事故报告
医疗诊断证明
《工伤认定申请表》
出生医学证明
离职证明
死亡证明
银行账户信息
门诊病历及检查报告
参保人所在单位证明
"""),
    tags=lines("社保\n养老保险\n医保\n工伤\n失业\n生育\n企业"),
    keywords=lines("""
社会保险
养老保险
医疗保险
失业保险
工伤保险
生育保险
社保卡
参保登记
待遇申领
异地就医
缴费基数
关系转移
灵活就业
门诊特定病种
长期护理保险
"""),
    topics=lines("""
社会保险扩面征缴
企业职工养老保险
城乡居民医疗保险集中参保
失业保险稳岗返还
工伤预防
异地就医直接结算
社会保障卡“一卡通”
医保基金监管
"""),
    policies=lines("""
青溪区城乡居民基本医疗保险集中参保工作方案
青溪区失业保险稳岗返还经办规程
青溪区工伤预防工作实施方案
青溪区医疗保障基金监督检查实施细则
青溪区社会保障卡居民服务“一卡通”实施方案
青溪区灵活就业人员参保服务工作指引
"""),
    activities=lines("""
开展社保政策宣传月活动
举办医保基金监管集中宣传月启动仪式
开展社保经办“进企业、进园区”服务
召开城乡居民医保集中参保工作部署会
开展工伤预防进企业宣讲活动
推进社保业务“就近办”
开展打击欺诈骗保专项整治
"""),
    results=lines("""
失业保险稳岗返还
工伤认定结论
劳动能力鉴定结论
医保定点医药机构
医保违规处理
社会保险待遇核定
"""),
    licenses=lines("医保定点医药机构协议管理\n工伤认定"),
    inspections=lines("定点医药机构医保基金使用\n用人单位参保缴费\n工伤保险待遇支付\n社会保险待遇领取资格"),
    stats=rows("""
企业职工养老保险参保人数|万人|18.5|36.2
城乡居民医保参保人数|万人|8.1|15.6
失业保险参保人数|万人|12.2|25.8
工伤保险参保人数|万人|13.5|27.4
发放失业保险金|万元|600|3200
异地就医直接结算|人次|3000|26000
"""),
    people="参保群众,企业人事专员,退休人员,社区居民",
    background=lines("""
为进一步扩大社会保险覆盖面，维护参保人员合法权益，根据《中华人民共和国社会保险法》等法律法规，结合我区实际，制定本方案。
医疗保障基金是人民群众的“保命钱”，为加强医保基金监管，严厉打击欺诈骗保行为，确保基金安全高效运行。
为落实失业保险稳岗返还政策，支持企业稳定岗位，减轻企业负担。
为推进社会保险经办服务标准化、便利化，让参保群众少跑腿、好办事。
"""),
    measures=lines("""
用人单位应当自成立之日起30日内办理社会保险登记，并自用工之日起30日内为职工办理参保登记。
参保企业上年度未裁员或裁员率不高于{pct3}的，按上年度实际缴纳失业保险费的一定比例给予稳岗返还。
职工发生事故伤害或者被诊断为职业病，所在单位应当自事故发生之日起30日内提出工伤认定申请。
失业人员失业前用人单位和本人已经缴纳失业保险费满1年的，可以按规定申领失业保险金。
参保人员跨省异地就医，可通过国家医保服务平台或窗口办理备案，实现住院费用直接结算。
城乡居民医疗保险集中参保期为每年9月至12月，参保缴费后次年1月1日起享受待遇。
门诊特定病种待遇认定实行定点医疗机构评定，参保人可就近选择定点机构申请。
社会保障卡具备身份凭证、信息记录、自助查询、医疗结算、待遇领取和金融支付等功能。
参保单位和个人可通过“江州社保”网上服务平台办理参保登记、缴费基数申报等业务。
对定点医药机构实行分级分类监管，对违规使用医保基金的依法追回并按协议处理。
"""),
    conditions=lines("""
依法参加社会保险并按规定缴纳社会保险费；
达到法定退休年龄且累计缴费满15年；
非因本人意愿中断就业并已办理失业登记；
在参保期间发生工伤事故或被诊断为职业病；
经定点医疗机构确诊符合门诊特定病种认定标准；
已办理异地长期居住或临时外出就医备案。
"""),
    achievements=lines("""
截至{year}年{month}月底，全区企业职工基本养老保险参保人数较上年末净增{N}人，同比增长{pct3}。
全年为{N}家企业发放失业保险稳岗返还资金{wan}万元，惠及职工{N}人。
受理工伤认定申请{N}宗，依法作出工伤认定决定{N}宗，平均办理时限压缩至{n}个工作日。
开展医保定点医药机构全覆盖检查，追回违规使用医保基金{wan}万元。
全区城乡居民医保参保率稳定在{pct}以上，异地就医直接结算{N}人次。
"""),
    issues=lines("""
部分用人单位未按规定为全部职工参加社会保险。
个别定点医疗机构存在超标准收费、串换项目收费等问题。
少数定点药店未执行药品进销存实时管理要求。
部分企业未如实申报社会保险缴费基数。
个别参保人员死亡后家属未及时办理待遇停发手续，存在冒领情况。
"""),
    faq=rows("""
在外省缴纳的养老保险可以转到青溪区吗？|可以。在青溪区参保后，可通过国家社会保险公共服务平台或窗口申请转入，无需回原参保地办理。
工伤认定申请有时间限制吗？|用人单位应在30日内申请；用人单位未申请的，职工或其近亲属可在事故发生之日起1年内申请。
失业保险金最长可以领取多长时间？|根据失业前累计缴费时间确定，最长不超过24个月。
异地就医备案后多久可以结算？|备案成功后即可在备案就医地的联网定点医疗机构直接结算。
社保卡丢失了怎么办？|可拨打12333或通过“江州社保”小程序先行挂失，再到任一社保卡服务网点补办。
"""),
)

DOMAINS["household"] = dict(
    name="户籍管理", weight=140, doc_weight=9, depts="qx-police:1",
    halls="qx-police-hall,qx-service-hall",
    matters=rows("""
birth-registration|出生登记|public-service|s|
death-cancellation|死亡注销户口|public-service|s|
military-cancellation|服现役注销户口|public-service|d|
household-move-in|户口迁入登记|administrative-power|s|
household-move-out|户口迁出登记|administrative-power|s|
talent-settlement|人才引进落户|administrative-power|d|
name-change|变更姓名|administrative-power|d|
ethnicity-change|变更更正民族成份|administrative-power|d|
birthdate-correction|更正出生日期|administrative-power|d|
id-card-first|居民身份证首次申领|public-service|s|
id-card-renewal|居民身份证换领补领|public-service|s|
temporary-id|临时居民身份证申领|public-service|s|
residence-permit|居住证申领|public-service|c|
residence-registration|居住登记|public-service|c|
household-certificate|户籍证明开具|public-service|c|
household-split|分户登记|administrative-power|s|
adoption-settlement|收养登记落户|public-service|d|
hukou-book-replacement|补领户口簿|public-service|s|
"""),
    variants="（跨省通办）,（夫妻投靠）,（父母投靠）,（子女投靠）,（集体户）,（港澳台居民）",
    bases=lines("""
《中华人民共和国户口登记条例》
《中华人民共和国居民身份证法》
《居住证暂行条例》
《江州市户籍管理规定》
《江州市居住登记和居住证办理规定》
《江州市人才引进落户实施办法》
《中华人民共和国民法典》
"""),
    materials=lines("""
居民身份证
居民户口簿
《出生医学证明》
父母结婚证
《户口迁移证》
《准予迁入证明》
死亡医学证明书
学历证书
人才引进批复
房屋产权证明或租赁登记凭证
近期免冠彩色照片
《姓名变更申请表》
单位出具的在职证明
《居住登记表》
"""),
    tags=lines("落户\n身份证\n户口\n居住证\n生育\n迁移"),
    keywords=lines("""
户籍
户口
落户
出生登记
身份证
居住证
户口迁移
人才引进
户籍证明
居住登记
户政
跨省通办
电子证照
户口簿
"""),
    topics=lines("""
户籍制度改革
人才引进落户
居住证服务
户政业务“跨省通办”
新生儿出生“一件事”
户籍档案管理
居民身份证异地受理
"""),
    policies=lines("""
青溪区人才引进落户实施细则
青溪区户政业务“一窗通办”工作规范
青溪区居住证积分管理办法
青溪区新生儿出生“一件事一次办”工作方案
青溪区户籍业务容缺受理实施办法
"""),
    activities=lines("""
推出户政业务“延时服务”
开展户籍业务“进校园”集中办证
上门为行动不便老人办理身份证
开展户口整顿专项清理工作
召开户政窗口服务提升推进会
设立高校毕业生落户“绿色通道”
"""),
    results=lines("""
人才引进落户
户口迁入审批
变更姓名审批
居住证积分入户
"""),
    licenses=lines("户口迁入审批\n变更姓名审批"),
    inspections=lines("户籍窗口服务规范\n户籍档案管理\n居住登记信息采集"),
    stats=rows("""
办理出生登记|人|300|1500
办理户口迁入|人|600|3500
办理户口迁出|人|300|1800
受理居民身份证|张|4000|15000
办理居住证|张|8000|26000
人才引进落户|人|200|1600
"""),
    people="群众,高校毕业生,企业人才,社区居民",
    background=lines("""
为深化户籍制度改革，进一步放宽落户条件，吸引各类人才在我区安居乐业，结合我区实际，制定本细则。
为进一步优化户政服务，推进户籍业务“一窗通办、一次办结”，切实提升群众办事满意度。
根据《居住证暂行条例》和《江州市居住登记和居住证办理规定》，为规范居住证申领和管理工作。
为落实新生儿出生“一件事一次办”改革要求，整合出生医学证明、预防接种证、户口登记、医保参保等事项。
"""),
    measures=lines("""
婴儿出生后一个月内，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报出生登记。
具有全日制本科及以上学历且年龄在45周岁以下的人员，可申请人才引进落户。
在本区合法稳定就业并缴纳社会保险满6个月的人员，可申请办理居住证。
户籍窗口实行“容缺受理”，非关键材料缺失的可先行受理，申请人在{n2}个工作日内补齐。
居民身份证异地受理范围扩大至全国，申请人可在任一户籍窗口申请换领、补领。
对70周岁以上老年人、重度残疾人等特殊群体，提供预约上门办理身份证服务。
新生儿出生登记可通过“江州警民通”平台网上申报，审核通过后邮寄户口簿。
户口迁入审批实行“一站式”办理，准予迁入的当场出具《准予迁入证明》。
户籍窗口周六上午正常对外办公，工作日中午实行错时延时服务。
申请变更姓名的，应当提交变更理由及相关证明材料，未满18周岁的由监护人申请。
"""),
    conditions=lines("""
申请人具有合法固定住所或者在本区集体户挂靠；
在本区合法稳定就业并按规定缴纳社会保险；
具有全日制大学本科及以上学历或中级以上专业技术职称；
年龄在45周岁以下，身体健康；
无违法犯罪记录；
申报事项须与户籍档案记载信息相符。
"""),
    achievements=lines("""
{year}年全区共办理户籍业务{N}笔，其中人才引进落户{N}人。
全年受理居民身份证申领{N}张，异地受理{N}张，办结率100%。
新生儿出生“一件事”累计办理{N}件，平均办理时间压缩至{n2}个工作日。
发放居住证{N}张，为来青人员提供居住登记服务{N}人次。
开展上门办证服务{n}次，为行动不便群众办理身份证{N}张。
"""),
    issues=lines("""
个别户籍窗口一次性告知不到位，群众反映多次往返。
部分户籍档案扫描件不清晰，影响业务查询。
少数居住登记信息采集不及时，与实际居住情况不符。
"""),
    faq=rows("""
孩子出生超过一个月还能办理出生登记吗？|可以，需提交相关材料并说明逾期申报原因，户籍窗口依法办理。
身份证在外地丢失可以就地补办吗？|可以。居民身份证已实现全国异地受理，可在居住地任一户籍窗口申请补领。
办理居住证需要多长时间？|材料齐全的，自受理之日起10个工作日内制证发放。
集体户口可以办理结婚登记吗？|可以，需到集体户所在单位或派出所开具户籍证明或借用户口卡。
"""),
)

DOMAINS["health"] = dict(
    name="医疗卫生", weight=160, doc_weight=14, depts="qx-health:7,qx-cdc:2,qx-healthcare-security:1",
    halls="qx-health-hall,qx-service-hall,qx-people-hospital",
    matters=rows("""
medical-institution-license|医疗机构执业登记|administrative-power|d|
clinic-filing|诊所备案|administrative-power|d|
physician-registration|医师执业注册|administrative-power|d|
nurse-registration|护士执业注册|administrative-power|d|
public-place-hygiene|公共场所卫生许可|administrative-power|d|
water-supply-hygiene|二次供水单位卫生许可|administrative-power|d|
birth-certificate|《出生医学证明》签发|public-service|d|
maternal-health-card|孕产妇健康管理建册|public-service|c|
child-vaccination|儿童预防接种|public-service|c|qx-cdc
family-doctor|家庭医生签约服务|public-service|c|
health-record|居民健康档案建立|public-service|c|
elderly-physical|65岁以上老年人健康管理|public-service|s|
chronic-management|高血压糖尿病患者健康管理|public-service|c|
prenatal-check|免费孕前优生健康检查|public-service|s|
occupational-disease|职业病诊断|public-service|d|
medical-dispute|医疗纠纷人民调解|public-concern|d|
family-planning-reward|计划生育家庭奖励扶助|public-service|s|
medical-complaint|医疗服务投诉|public-concern|d|
"""),
    variants="（变更）,（注销）,（延续）,（补办）,（中医类别）,（口腔类别）",
    bases=lines("""
《中华人民共和国基本医疗卫生与健康促进法》
《医疗机构管理条例》
《中华人民共和国医师法》
《护士条例》
《公共场所卫生管理条例》
《中华人民共和国疫苗管理法》
《国家基本公共卫生服务规范（第三版）》
《中华人民共和国母婴保健法》
《医疗纠纷预防和处理条例》
《中华人民共和国职业病防治法》
"""),
    materials=lines("""
居民身份证
《医疗机构执业许可证》
《医师资格证书》
体检证明
营业执照
卫生管理制度
从业人员健康合格证明
《母子健康手册》
《预防接种证》
平面布局图
房屋产权证明或租赁合同
设备清单
执业地点证明
"""),
    tags=lines("医疗\n卫生\n预防接种\n家庭医生\n健康\n妇幼\n许可"),
    keywords=lines("""
医疗卫生
家庭医生
预防接种
基本公共卫生
医疗机构
卫生许可
社康中心
慢病管理
健康档案
妇幼保健
医疗纠纷
卫生监督
疾病预防控制
爱国卫生
医共体
"""),
    topics=lines("""
家庭医生签约服务
基本公共卫生服务
社区健康服务机构建设
医疗机构依法执业
爱国卫生运动
儿童免疫规划
慢性病综合防控
妇幼健康服务
"""),
    policies=lines("""
青溪区家庭医生签约服务实施方案
青溪区基本公共卫生服务项目管理办法
青溪区社区健康服务机构设置规划
青溪区医疗卫生强基工程实施方案
青溪区慢性病综合防控示范区建设方案
青溪区医疗卫生人才引进培养办法
"""),
    activities=lines("""
开展“世界家庭医生日”义诊活动
举办社区健康大讲堂
开展爱国卫生月集中行动
组织医疗机构依法执业专项检查
开展“名医进社区”巡诊活动
新建社区健康服务中心开业运营
开展适龄儿童疫苗查漏补种工作
举办基层卫生技能竞赛
"""),
    results=lines("""
医疗机构执业登记
公共场所卫生许可
卫生行政处罚
医师执业注册
家庭医生签约服务考核
计划生育奖励扶助对象
"""),
    licenses=lines("医疗机构执业登记\n公共场所卫生许可\n二次供水卫生许可\n医师执业注册"),
    inspections=lines("医疗机构依法执业\n公共场所卫生\n生活饮用水卫生\n消毒产品\n医疗废物处置"),
    stats=rows("""
家庭医生签约人数|万人|8.5|24.0
建立居民电子健康档案|万份|20.1|48.5
适龄儿童免疫规划疫苗接种率|%|97.0|99.6
65岁以上老年人健康管理|人|9000|30000
社区健康服务中心诊疗量|万人次|60.5|190.0
孕产妇系统管理率|%|92.0|98.9
"""),
    people="居民,医务人员,家庭医生团队,社区志愿者",
    background=lines("""
为推动医疗卫生工作重心下移、资源下沉，进一步提升基层医疗卫生服务能力，结合我区实际，制定本方案。
为规范医疗机构执业行为，保障医疗质量和医疗安全，维护人民群众健康权益。
根据国家基本公共卫生服务项目有关要求，为提高项目实施质量和资金使用效益。
为做实做细家庭医生签约服务，推动从以治病为中心向以健康为中心转变。
"""),
    measures=lines("""
每个社区健康服务中心至少组建{n2}个家庭医生团队，每个团队签约居民原则上不超过2000人。
签约居民在社区健康服务中心就诊，可享受优先就诊、预约转诊、长处方等服务。
为辖区65岁及以上常住老年人每年提供1次免费健康体检，包括生活方式和健康状况评估、体格检查、辅助检查等。
对辖区高血压、2型糖尿病患者每年提供至少4次面对面随访，并进行分类干预。
适龄儿童按照国家免疫规划程序免费接种疫苗，接种单位应当如实记录接种信息。
医疗机构应当在显著位置公示诊疗科目、执业人员、收费标准等信息。
设置诊所实行备案管理，符合条件的当场发放备案凭证。
公共场所经营者应当建立卫生管理制度，从业人员应当取得健康合格证明后方可上岗。
区卫生监督机构每年对辖区医疗机构开展不少于{n2}次日常监督检查。
建立医疗纠纷人民调解委员会，免费为医患双方提供调解服务。
"""),
    conditions=lines("""
具有合法有效的执业场所，并符合医疗机构基本标准；
取得相应的医师资格证书，且在执业有效期内；
从业人员持有有效健康合格证明；
卫生设施和设备符合有关卫生标准和规范要求；
在本区居住半年以上的常住居民；
签约居民按规定参加本市基本医疗保险。
"""),
    achievements=lines("""
{year}年全区家庭医生签约居民{N}户，重点人群签约率达到{pct}。
全区适龄儿童免疫规划疫苗接种率保持在{pct}以上，未发生疫苗针对传染病暴发疫情。
完成65岁以上老年人健康体检{N}人，规范化健康管理率达到{pct}。
新增社区健康服务中心{n2}家，基层诊疗量占比进一步提高。
全年开展卫生监督检查{N}户次，立案查处违法案件{n}宗，罚没款{wan}万元。
"""),
    issues=lines("""
个别诊所超出备案诊疗科目开展诊疗活动。
部分医疗机构医疗废物暂存场所未按要求设置警示标识。
少数公共场所从业人员未取得健康合格证明即上岗。
个别医疗机构病历书写不规范，存在缺项漏项。
部分二次供水设施未按规定定期清洗消毒。
"""),
    faq=rows("""
家庭医生签约收费吗？|基础签约服务包免费，个性化服务包按照物价部门核定标准收费，由居民自愿选择。
《出生医学证明》遗失可以补发吗？|可以。由父母携带身份证明到原签发机构申请补发，经核实后予以补发。
孩子漏打了疫苗怎么办？|请携带《预防接种证》到就近的预防接种门诊，由接种医生评估后及时补种。
开办诊所需要哪些程序？|诊所实行备案管理，提交备案材料后符合要求的当场发放备案凭证。
"""),
)

DOMAINS["urban-enforcement"] = dict(
    name="城市综合执法", weight=130, doc_weight=10, depts="qx-urban-management:8,qx-housing:2",
    halls="qx-urban-hall,qx-service-hall",
    matters=rows("""
outdoor-ad-permit|户外广告设置许可|administrative-power|d|
signboard-filing|户外招牌设置备案|administrative-power|s|
road-occupation|临时占用城市道路许可|administrative-power|s|
road-excavation|城市道路挖掘许可|administrative-power|d|
tree-felling|砍伐迁移城市树木许可|administrative-power|d|
construction-waste|建筑垃圾处置核准|administrative-power|d|
garbage-collection-license|城市生活垃圾经营性清扫收集运输服务许可|administrative-power|d|
temporary-stall|临时摊点经营审批|administrative-power|s|
greenland-occupation|临时占用城市绿地许可|administrative-power|d|
illegal-building-report|违法建设举报受理|public-concern|c|
construction-noise-complaint|夜间施工噪声投诉|public-concern|c|
city-appearance-penalty|市容环境卫生违法行为处罚|administrative-power|s|
night-construction|夜间施工许可|administrative-power|d|qx-housing
waste-sorting-guidance|生活垃圾分类投放指导|public-concern|c|
shared-bike-parking|共享单车停放管理|public-concern|s|
kitchen-waste|餐厨垃圾收运登记|public-service|s|
penalty-decision-query|行政处罚决定书查询|public-service|d|
"""),
    variants="（延续）,（变更）,（注销）,（临时）,（重大活动期间）",
    bases=lines("""
《城市市容和环境卫生管理条例》
《城市道路管理条例》
《城市绿化条例》
《城市建筑垃圾管理规定》
《中华人民共和国行政处罚法》
《江州市市容和环境卫生管理条例》
《江州市生活垃圾分类管理条例》
《江州市户外广告管理办法》
《中华人民共和国噪声污染防治法》
"""),
    materials=lines("""
营业执照
法定代表人身份证明
设置位置平面图
效果图及尺寸说明
场地使用权证明
施工方案
安全保证措施
交通疏导方案
建筑垃圾处置方案
运输车辆行驶证
现场照片
《占道申请表》
树木现状照片及清单
"""),
    tags=lines("城管\n执法\n市容\n垃圾分类\n广告\n企业\n许可"),
    keywords=lines("""
城市管理
综合执法
市容环境
户外广告
占道经营
违法建设
建筑垃圾
垃圾分类
行政处罚
噪声
共享单车
城市道路
绿化
环境卫生
"""),
    topics=lines("""
市容环境综合整治
违法建设治理
生活垃圾分类
户外广告和招牌设置管理
建筑废弃物治理
“门前三包”责任制
城管执法规范化建设
背街小巷整治
"""),
    policies=lines("""
青溪区户外招牌设置指引
青溪区生活垃圾分类工作实施方案
青溪区城市管理综合执法规范化建设方案
青溪区“门前三包”责任制管理办法
青溪区建筑废弃物运输管理办法
青溪区临时摊点规范管理办法
"""),
    activities=lines("""
开展市容环境“百日攻坚”专项行动
开展违法建设拆除集中行动
举办垃圾分类宣传进校园活动
开展“721”工作法执法培训
开展夜间施工噪声专项整治
开展共享单车乱停放集中整治
开展背街小巷环境综合整治
开展“城管进社区”便民服务
"""),
    results=lines("""
户外广告设置许可
城市道路占用挖掘许可
建筑垃圾处置核准
行政处罚决定
垃圾分类检查结果
"""),
    licenses=lines("户外广告设置许可\n临时占用城市道路许可\n建筑垃圾处置核准\n城市道路挖掘许可"),
    inspections=lines("市容环境卫生\n户外广告设施安全\n建筑工地扬尘\n生活垃圾分类\n占道经营"),
    stats=rows("""
拆除违法建筑面积|万平方米|1.2|8.6
查处占道经营|宗|800|5000
受理市容投诉|宗|1200|6000
办理户外广告许可|宗|40|300
生活垃圾回收利用率|%|35.0|48.5
立案查处违法案件|宗|200|1200
"""),
    people="商户,执法队员,社区居民,志愿者",
    background=lines("""
为进一步提升城市精细化管理水平，营造整洁有序的市容环境，结合我区实际，制定本方案。
为规范城市管理综合执法行为，推进严格规范公正文明执法，保护公民、法人和其他组织合法权益。
根据《江州市生活垃圾分类管理条例》，为全面推进生活垃圾分类工作，提高生活垃圾减量化、资源化、无害化水平。
为加强户外招牌设置管理，规范招牌设置行为，提升街区景观品质。
"""),
    measures=lines("""
设置户外广告应当符合户外广告设置规划，并向区城市管理部门申请许可，许可期限一般不超过{n2}年。
临街商铺实行“门前三包”责任制，责任人负责责任区内的市容整洁、环境卫生和秩序维护。
因工程建设确需临时占用城市道路的，应当经城市管理部门批准，并按照批准的位置、面积和期限占用。
建筑垃圾运输车辆应当密闭运输，按照核准的线路和时间行驶，不得沿途泄漏、遗撒。
居民应当将生活垃圾分别投放至可回收物、厨余垃圾、有害垃圾、其他垃圾收集容器。
对首次违法且危害后果轻微并及时改正的，依法不予行政处罚，实行“首违不罚”。
执法人员在执法过程中应当全程使用执法记录仪，做到执法过程可回溯管理。
每个社区设置不少于{n}个垃圾分类集中投放点，实行定时定点督导。
对发现的违法建设，坚持“零容忍”，做到早发现、早制止、早拆除。
夜间施工须提前申请，经批准后在施工现场显著位置公示，接受周边居民监督。
"""),
    conditions=lines("""
设置位置符合户外广告设置规划和技术规范；
申请人依法取得营业执照或具有合法主体资格；
占用期限、面积符合道路管理和交通安全要求；
具有符合规定的运输车辆和处置场所；
已制定安全施工和环境保护措施；
不影响公共通行、消防安全和周边居民正常生活。
"""),
    achievements=lines("""
{year}年全区共拆除违法建筑{N}处，新增违法建设实现“零增长”。
全年查处占道经营、乱摆卖等行为{N}宗，市容环境秩序明显改善。
办理各类行政许可{N}宗，按时办结率100%，群众满意度达到{pct}。
全区生活垃圾分类示范小区达到{n}个，厨余垃圾分出量持续提升。
处理市容环境类投诉{N}宗，办结率{pct}。
"""),
    issues=lines("""
部分临街商户存在跨门经营、占道堆放现象。
个别建筑工地出入口未设置车辆冲洗设施，运输车辆带泥上路。
少数户外招牌设置不规范，存在安全隐患。
部分小区垃圾分类投放点未按规定设置分类标识。
个别执法案卷文书制作不规范，证据材料不完整。
"""),
    faq=rows("""
商铺更换招牌需要审批吗？|户外招牌实行备案管理，符合设置指引的，通过“江州城管”平台提交备案信息即可。
发现违法建设怎么举报？|可拨打12345政务服务热线或通过“青溪城管”公众号举报，我局将及时核查处置。
临时占道许可需要几天办结？|材料齐全的，自受理之日起5个工作日内作出决定。
夜间施工扰民可以找谁？|可拨打12345热线投诉，涉及建设工程的由区住房建设部门依法处理。
"""),
)

DOMAINS["education"] = dict(
    name="义务教育", weight=90, doc_weight=10, depts="qx-education:1",
    halls="qx-education-hall,qx-service-hall",
    matters=rows("""
primary-enrollment|小学一年级新生入学申请|public-service|s|
junior-enrollment|初中一年级新生入学申请|public-service|s|
transfer-student|中小学转学申请|public-service|d|
points-enrollment|非户籍适龄儿童积分入学|public-service|s|
student-aid|家庭经济困难学生资助|public-service|s|
degree-subsidy|民办学校学位补贴申领|public-service|d|
private-school-license|民办学校办学许可|administrative-power|d|
training-institution-license|校外培训机构审批|administrative-power|d|
teacher-qualification|教师资格认定|administrative-power|d|
student-status-certificate|学籍证明开具|public-service|d|
special-education-assessment|适龄残疾儿童少年入学评估|public-service|d|
school-bus-license|校车使用许可|administrative-power|d|
after-school-service|课后服务|public-concern|d|
education-fee-complaint|教育收费投诉|public-concern|d|
student-meal|学生在校用餐服务|public-concern|d|
school-surroundings|校园周边安全整治|public-concern|s|
"""),
    variants="（小学）,（初中）,（港澳台籍学生）,（外籍学生）,（随迁子女）,（延续）,（变更）",
    bases=lines("""
《中华人民共和国义务教育法》
《中华人民共和国教育法》
《中华人民共和国民办教育促进法》
《中华人民共和国民办教育促进法实施条例》
《教师资格条例》
《校车安全管理条例》
《中小学生学籍管理办法》
《江州市义务教育阶段学校招生工作规定》
《江州市非户籍人员子女积分入学办法》
"""),
    materials=lines("""
适龄儿童户口簿
父母身份证
房屋产权证明或租赁合同
居住证
社会保险缴费证明
《转学申请表》
学籍信息表
家庭经济困难学生认定申请表
残疾人证或医学诊断证明
办学场所证明
举办者资格证明
教师资格证书
体检合格证明
普通话水平测试等级证书
"""),
    tags=lines("学位\n入学\n学生\n资助\n教师\n学校\n民办教育"),
    keywords=lines("""
义务教育
招生
学位申请
积分入学
转学
学生资助
民办学校
校外培训
教师资格
课后服务
学籍
营养餐
特殊教育
集团化办学
“双减”
"""),
    topics=lines("""
义务教育招生
积分入学
学位建设
“双减”工作
课后服务
集团化办学
家庭经济困难学生资助
校园安全
"""),
    policies=lines("""
青溪区义务教育阶段学校招生工作实施办法
青溪区非户籍适龄儿童积分入学实施细则
青溪区中小学课后服务工作实施方案
青溪区校外培训机构监督管理办法
青溪区基础教育集团化办学实施方案
青溪区义务教育阶段学生资助实施办法
"""),
    activities=lines("""
举办义务教育招生政策宣讲会
开展校园食品安全专项检查
召开“双减”工作推进会
开展开学安全大检查
新建学校竣工交付使用
举办中小学生科技节
开展校外培训机构联合执法检查
开展教师“大练兵”教学展示活动
"""),
    results=lines("""
义务教育学位申请审核
积分入学排名
学生资助对象
民办学校年检
校外培训机构白名单
教师资格认定
"""),
    licenses=lines("民办学校办学许可\n校外培训机构审批\n校车使用许可"),
    inspections=lines("校外培训机构\n校园食品安全\n民办学校年度检查\n学校安全工作"),
    stats=rows("""
义务教育阶段在校学生|人|52000|68000
新增公办学位|个|1200|6000
小学一年级招生|人|7000|9800
初中一年级招生|人|5800|8200
资助家庭经济困难学生|人次|400|1500
参加课后服务学生|人|30000|52000
"""),
    people="学生家长,教师,学生,社区居民",
    background=lines("""
为做好我区义务教育阶段学校招生工作，保障适龄儿童少年依法接受义务教育，根据《中华人民共和国义务教育法》等规定，制定本办法。
为深入落实“双减”工作要求，切实减轻学生过重作业负担和校外培训负担，提升学校教育教学质量。
随着城市更新推进和人口结构变化，我区义务教育学位需求持续增长，学位供给压力较大。
为健全家庭经济困难学生资助体系，确保不让一个学生因家庭经济困难而失学。
"""),
    measures=lines("""
义务教育阶段学校招生实行网上申请，申请人须如实填报居住、社保等信息，并对信息的真实性负责。
公办学校招生坚持免试就近入学原则，按照“学区+积分”方式安排学位。
非户籍适龄儿童按照积分高低排序，积分相同的按照居住年限先后排序。
学校课后服务每周5天全覆盖，结束时间不早于当地正常下班时间，家长自愿选择。
对家庭经济困难学生，按照小学每生每年1000元、初中每生每年1250元的标准发放生活补助。
校外培训机构须取得办学许可证后方可开展培训活动，收费实行资金监管。
严禁义务教育学校以各类考试、竞赛、培训成绩或证书作为招生依据。
学生转学由转入学校审核同意后，通过全国中小学生学籍信息管理系统办理转学手续。
适龄残疾儿童少年经专家委员会评估后，安排随班就读、特殊教育学校就读或送教上门。
每所学校配备专职安全管理人员，上下学时段学校周边实行“护学岗”制度。
"""),
    conditions=lines("""
适龄儿童年满6周岁（截至当年8月31日）；
具有本区户籍或父母一方持有本区有效居住证；
在本区有合法稳定住所；
父母一方在本区连续缴纳社会保险满1年；
学生学籍信息完整、准确；
属于家庭经济困难学生认定范围。
"""),
    achievements=lines("""
{year}年全区义务教育学校共提供学位{N}个，小学一年级和初中一年级招生工作平稳有序。
新建、改扩建学校{n2}所，新增公办学位{N}个。
全年资助家庭经济困难学生{N}人次，发放资助资金{wan}万元。
全区中小学课后服务覆盖率达100%，学生参与率达到{pct}。
开展校外培训机构检查{N}次，查处违规培训机构{n}家。
"""),
    issues=lines("""
个别学校课后服务收费未严格执行公示制度。
部分校外培训机构存在超范围培训、预收费超期限等问题。
少数学校食堂未落实陪餐制度，食品留样记录不完整。
个别学校安全隐患排查整改台账不完善。
"""),
    faq=rows("""
学位申请时租房合同需要备案吗？|需要。租房须办理租赁登记备案，并以备案时间计算居住年限。
积分相同怎么排序？|按照居住年限、社保缴纳年限等依次排序，具体以当年招生办法为准。
转学需要办理哪些手续？|先向拟转入学校提出申请，经同意后由转入学校通过学籍系统发起转学，原学校核办。
课后服务是必须参加的吗？|不是。课后服务坚持家长自愿原则，学校不得强制或变相强制学生参加。
"""),
)

DOMAINS["environment"] = dict(
    name="环境保护", weight=106, doc_weight=8, depts="qx-ecology:8,qx-water:2",
    halls="qx-ecology-hall,qx-service-hall,qx-water-hall",
    matters=rows("""
eia-approval|建设项目环境影响评价文件审批|administrative-power|d|
eia-filing|建设项目环境影响登记表备案|administrative-power|d|
pollutant-permit|排污许可证核发|administrative-power|d|
pollutant-registration|固定污染源排污登记|administrative-power|d|
hazardous-waste-transfer|危险废物转移管理|administrative-power|d|
radiation-permit|辐射安全许可证核发|administrative-power|d|
environmental-noise-complaint|环境噪声污染投诉|public-concern|c|
pollution-report|环境污染举报受理|public-concern|c|
environmental-information-request|环境信息依申请公开|public-service|d|
drainage-permit|城镇污水排入排水管网许可|administrative-power|d|qx-water
water-use-plan|计划用水指标核定|administrative-power|d|qx-water
river-chief-complaint|河长制投诉受理|public-concern|s|qx-water
environmental-penalty|环境违法行为行政处罚|administrative-power|d|
credit-repair|环境信用修复申请|public-service|d|
cooking-fume-complaint|餐饮油烟污染投诉|public-concern|s|
environmental-monitoring|环境质量监测信息发布|public-concern|d|
"""),
    variants="（变更）,（延续）,（注销）,（重新申请）,（告知承诺制）",
    bases=lines("""
《中华人民共和国环境保护法》
《中华人民共和国环境影响评价法》
《建设项目环境保护管理条例》
《排污许可管理条例》
《中华人民共和国大气污染防治法》
《中华人民共和国水污染防治法》
《中华人民共和国固体废物污染环境防治法》
《城镇排水与污水处理条例》
《企业环境信息依法披露管理办法》
《江州市生态环境保护条例》
"""),
    materials=lines("""
建设项目环境影响报告书（表）
建设项目环境影响登记表
排污许可证申请表
营业执照
项目立项或备案文件
污染防治设施设计方案
监测报告
危险废物管理计划
排水设施竣工验收资料
排水水质检测报告
用水计划申请表
辐射安全与防护管理制度
信用修复申请书及整改完成证明
"""),
    tags=lines("环保\n排污\n企业\n噪声\n河湖\n投诉\n许可"),
    keywords=lines("""
生态环境
环境影响评价
排污许可
大气污染防治
水污染防治
噪声
危险废物
河长制
碧水
蓝天
环境执法
空气质量
黑臭水体
固体废物
环境监测
"""),
    topics=lines("""
大气污染防治
水污染防治
噪声污染防治
固体废物管理
河长制湖长制
生态文明建设
环境执法监管
污染防治攻坚
"""),
    policies=lines("""
青溪区大气污染防治工作方案
青溪区水污染治理行动计划
青溪区噪声污染防治行动方案
青溪区河长制工作考核办法
青溪区生态环境保护责任清单
青溪区“无废城市”建设实施方案
"""),
    activities=lines("""
开展“六五”环境日主题宣传活动
开展餐饮油烟专项整治
开展河湖“清四乱”专项行动
组织企业环境应急演练
开展建筑工地扬尘专项检查
开展夏季臭氧污染防控攻坚
举办环保设施向公众开放活动
开展危险废物规范化管理评估
"""),
    results=lines("""
建设项目环评审批
排污许可证核发
环境行政处罚
“双随机”执法检查
重点排污单位名录
"""),
    licenses=lines("建设项目环境影响评价文件审批\n排污许可证核发\n城镇污水排入排水管网许可"),
    inspections=lines("重点排污单位\n建筑工地扬尘\n餐饮油烟治理\n危险废物规范化管理\n入河排污口"),
    stats=rows("""
空气质量优良天数比例|%|85.0|97.5
PM2.5年均浓度|微克/立方米|15.0|28.0
地表水考核断面达标率|%|80.0|100.0
受理环境信访投诉|宗|600|2800
环境执法检查|家次|300|1500
查处环境违法案件|宗|20|160
"""),
    people="企业代表,环保志愿者,社区居民,执法人员",
    background=lines("""
为深入打好污染防治攻坚战，持续改善生态环境质量，根据《中华人民共和国环境保护法》等法律法规，结合我区实际，制定本方案。
为进一步加强噪声污染防治，营造宁静和谐的生活环境，切实解决群众反映强烈的噪声扰民问题。
为全面落实河长制湖长制，持续巩固黑臭水体治理成效，推动河湖长治久清。
为规范建设项目环境影响评价审批，优化营商环境，提升审批效率。
"""),
    measures=lines("""
建设项目环境影响报告书自受理之日起30个工作日内、报告表自受理之日起15个工作日内作出审批决定。
实行排污许可“一证式”管理，排污单位应当按照排污许可证规定排放污染物。
建筑工地严格落实“六个百分之百”扬尘防控措施。
餐饮服务单位应当安装油烟净化设施并保持正常使用，定期清洗维护。
区级河长每月巡河不少于1次，街道级河长每旬巡河不少于1次，社区级河长每周巡河不少于1次。
对环境违法行为实行“双随机、一公开”监管，抽查结果及时向社会公开。
产生危险废物的单位应当按照国家规定制定危险废物管理计划，并通过信息系统申报。
对纳入环评豁免清单的建设项目，不再办理环评手续。
建立重点排污单位名录，名录内企业应当依法安装自动监测设备并与生态环境部门联网。
中考、高考等特殊时段，严格控制夜间施工噪声。
"""),
    conditions=lines("""
建设项目符合国土空间规划和生态环境分区管控要求；
环境影响评价文件编制规范、结论明确；
污染防治设施符合国家和地方排放标准；
排水户已按规定建设预处理设施；
申请主体依法登记且未处于环境违法整改期；
已完成违法行为整改并履行行政处罚决定。
"""),
    achievements=lines("""
{year}年全区空气质量优良天数比例达{pct}，主要污染物浓度持续下降。
全区{n2}条河流考核断面水质全部达标，黑臭水体保持动态清零。
全年审批建设项目环境影响评价文件{N}宗，平均审批时限压缩至{n}个工作日。
开展环境执法检查{N}家次，立案查处环境违法案件{n}宗，罚款{wan}万元。
受理环境信访投诉{N}宗，按期办结率100%。
"""),
    issues=lines("""
个别企业污染防治设施运行记录不完整。
部分餐饮单位油烟净化设施未定期清洗。
少数建筑工地裸土未按要求覆盖。
个别企业危险废物贮存场所未设置规范标识。
部分排水户未按许可要求排放污水。
"""),
    faq=rows("""
哪些项目不需要做环评？|纳入《建设项目环境影响评价分类管理名录》豁免范围的项目无需办理环评手续。
排污许可证有效期多长？|排污许可证有效期为5年，有效期届满需继续排放污染物的，应当在届满60日前申请延续。
遇到噪声扰民怎么投诉？|可拨打12345政务服务热线，或通过“江州生态环境”公众号在线投诉。
环境信用修复需要什么条件？|企业完成整改、履行处罚决定且在规定期限内未再发生同类违法行为的，可申请信用修复。
"""),
)


# ---------------------------------------------------------------------------------------------
# Phrase banks shared by every domain
# ---------------------------------------------------------------------------------------------

GUIDING = lines("""
以习近平新时代中国特色社会主义思想为指导，全面贯彻{congress}精神，坚持以人民为中心的发展思想，聚焦群众急难愁盼问题。
坚持政府主导、社会参与、统筹兼顾、突出重点的原则，推动{topic}工作高质量发展。
坚持问题导向和目标导向相结合，补短板、强弱项、提质效，不断增强群众获得感、幸福感、安全感。
坚持依法行政、公开透明，严格规范工作程序，主动接受社会监督。
坚持数字赋能，推动线上线下服务融合，实现更多事项“网上办、掌上办、就近办”。
""")

GOALS = lines("""
到{next}年底，{topic}工作机制进一步健全，服务能力和水平明显提升，群众满意度达到{pct}以上。
力争用两年左右时间，基本建成覆盖全区、城乡统筹、便捷高效的{topic}服务体系。
{year}年底前，各街道全面建立{topic}工作台账，重点任务完成率达到100%。
{topic}相关政务服务事项全部实现“一网通办”，承诺办结时限平均压缩50%以上。
形成一批可复制、可推广的基层经验做法，{topic}工作走在全市前列。
""")

REQUIREMENTS = lines("""
各单位要高度重视，把{topic}工作摆在重要位置，主要负责同志要亲自部署、亲自过问。
各街道要压实属地责任，明确专人负责，确保各项任务按时保质完成。
要加强部门协同，建立信息共享和联动工作机制，形成工作合力。
各单位要严格按照时间节点推进工作，于每季度末将工作进展情况报送{dept}。
要充分利用政府网站、政务新媒体、社区宣传栏等渠道，加大政策宣传解读力度，提高群众知晓率。
要坚持问题导向，对工作中发现的问题建立台账、限期整改、逐项销号。
要严格落实保密和个人信息保护规定，不得泄露申请人个人隐私信息。
对工作推进不力、造成不良影响的，依规依纪严肃追究相关单位和人员责任。
各经办单位要优化服务流程，推行“一窗受理、一次办结”，切实减少群众跑动次数。
要加强经办人员业务培训，提高政策执行的准确性和规范性。
""")

SUPERVISION = lines("""
{dept}会同区财政局对资金使用情况进行监督检查，确保专款专用。
对弄虚作假、骗取补贴资金的，依法追回已发放资金，并纳入失信记录；涉嫌犯罪的，移送司法机关处理。
相关工作人员在审核过程中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。
实行审核结果公示制度，接受社会监督，公示期内收到异议的，由受理部门及时核实处理。
区审计部门依法对资金管理使用情况进行审计监督。
建立定期抽查和随机复核机制，每年抽查比例不低于{pct_small}。
""")

CLOSING = lines("""
本{kind}由{dept}负责解释。
本{kind}实施期间如遇国家、省、市政策调整，按新规定执行。
此前我区发布的相关规定与本{kind}不一致的，以本{kind}为准。
各街道可结合实际制定具体实施细则，并报{dept}备案。
""")

PRACTICES = lines("""
坚持高位推动，成立由分管区领导任组长的工作专班，定期研究解决重点难点问题。
推行“免申即享”“直达快享”服务模式，通过数据比对主动识别符合条件的服务对象。
依托政务服务大厅和街道党群服务中心设立政策咨询专窗，提供“一对一”政策辅导。
建立工作台账和月调度机制，对重点任务实行清单化管理、节点化推进。
联合第三方机构开展满意度调查，及时根据群众反馈优化服务。
加强政策宣传解读，制作图解、短视频等通俗易懂的宣传材料{n2}套。
推动业务系统与全市政务服务平台对接，申请材料可通过电子证照调取，无需重复提交。
组织开展“局长走流程”活动，从办事群众视角查找堵点难点问题{n}个，已全部完成整改。
""")

PROBLEMS = lines("""
政策宣传的覆盖面和精准度还有待提高，部分群众对政策知晓率不高。
基层经办力量相对薄弱，工作人员业务水平参差不齐。
部门间数据共享不够充分，“数据多跑路、群众少跑腿”仍有提升空间。
工作经费保障和信息化建设与群众需求相比仍有差距。
个别街道工作推进不平衡，存在重部署、轻落实的现象。
""")

NEXT_STEPS = lines("""
进一步加大政策宣传力度，通过“线上+线下”相结合的方式，推动政策直达群众。
持续深化“放管服”改革，压缩办理时限，精简申请材料。
加强基层经办队伍建设，定期开展业务培训和岗位练兵。
推进跨部门数据共享，实现更多事项“免申即享”。
建立健全工作考核评价机制，将工作成效纳入年度绩效考核。
强化资金监管，确保各项资金安全、规范、高效使用。
""")

NEWS = lines("""
活动现场，工作人员通过发放宣传资料、现场讲解、互动问答等方式，向群众普及{topic}相关政策。
据统计，本次活动共发放宣传资料{N}份，现场解答群众咨询{N}人次。
活动得到辖区居民的积极响应，不少居民表示通过活动对相关政策有了更清晰的了解。
下一步，{dept}将持续加强{topic}工作，不断提升群众的获得感、幸福感、安全感。
会议指出，要坚持以人民为中心的发展思想，把{topic}工作抓实抓细。
会议强调，各单位要对照年度目标任务，查漏补缺、压茬推进，确保各项任务按期完成。
会上，各街道分别汇报了{topic}工作进展情况和下一步工作计划。
此次行动共出动工作人员{N}人次，走访检查点位{N}处，现场督促整改问题{n}个。
参加活动的{people}纷纷表示，这样的活动很实用，希望今后多组织。
据介绍，今年以来{dept}已累计开展同类活动{n}场，服务群众{N}人次。
活动还设置了政策咨询台，由业务骨干“一对一”解答群众关心的热点问题。
为确保活动取得实效，{dept}提前制定工作方案，明确责任分工和时间节点。
""")

PUBLICITY = lines("""
公示期间，如对公示对象有异议，请以书面形式实名向{dept}反映，并提供必要的证明材料。
反映情况应当实事求是，以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名并留联系方式。
公示期满无异议的，按规定办理后续手续；有异议的，经核实后依法处理并告知反映人。
为保护个人隐私，公示名单中的姓名已作部分隐藏处理。
""")

MATTER_NOTES = lines("""
申请人应当对所提交材料的真实性、合法性负责。
材料齐全、符合法定形式的，窗口当场受理；材料不全的，一次性告知需补正的全部内容。
可通过“江州政务服务”网站或“i江州”移动端在线申请，也可到窗口现场办理。
委托他人办理的，须提交授权委托书及受托人身份证件。
办理进度可通过政务服务网“办件查询”栏目或拨打咨询电话查询。
复印件须使用A4纸复印，并由申请人签名确认与原件一致。
已通过电子证照库共享的证照，申请人无需再提交纸质材料。
办理结果可选择窗口领取或免费邮寄送达。
""")

MATTER_TIPS = lines("""
每月初为办理高峰期，建议错峰办理或提前通过“i江州”预约。
窗口实行“午间不断档”服务，工作日中午可正常办理。
行动不便的老年人、残疾人可拨打咨询电话预约上门服务。
如对办理结果有异议，可依法申请行政复议或者提起行政诉讼。
对窗口服务有意见建议的，可通过“好差评”系统评价或拨打12345政务服务热线反映。
本事项已纳入“跨省通办”范围，可在全国任一政务服务窗口代收代办。
""")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁沈任姚卢钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉丹宁斌浩凯鹏飞婷雪琳晨欣怡梓涵宇轩博文嘉俊思源佳慧子豪晓东海燕国庆春梅志坚"
FIRMS = lines("""
鸿运
华鑫
博源
嘉和
恒泰
新启
万通
瑞丰
金桥
兴业
宏达
安康
乐活
青禾
明德
润泽
""")
TRADES = lines("""
商贸有限公司
餐饮管理有限公司
物业管理有限公司
建筑工程有限公司
环保科技有限公司
信息技术有限公司
医疗器械有限公司
教育咨询有限公司
家政服务有限公司
养老服务有限公司
人力资源有限公司
实业有限公司
""")
