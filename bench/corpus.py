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
    if isinstance(value, (int, float)):
        return repr(value)
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


# Simplified→Traditional for every character these phrase banks use, made once with OpenCC 1.4.2
# (s2tw, character by character; 干 and 着 stay, as in 若干 and 着力). Regenerate after adding text.
S2T = (
    "万萬与與专專业業东東丢丟两兩严嚴丧喪个個丰豐临臨为為丽麗举舉么麼义義乐樂习習乡鄉书書买買乱亂争爭于於产產亲親仅僅从從仪儀们們价價众眾优優伙夥会會伟偉传傳伤傷体體余餘偿償儿兒兑兌党黨兰蘭关關兴興养養内內"
    "册冊写寫军軍农農冯馮冲衝决決况況净淨准準减減几幾凭憑凯凱击擊划劃刘劉则則刚剛创創别別办辦务務动動励勵劳勞势勢区區医醫华華协協单單卖賣占佔卢盧卫衛厅廳历歷厉厲压壓厨廚参參双雙发發变變台臺叶葉号號后後吕呂"
    "吗嗎听聽启啟吴吳员員咨諮响響团團园園围圍国國图圖场場坚堅声聲处處备備复復够夠头頭奖獎妇婦婴嬰孙孫学學宁寧宝寶实實审審宽寬对對导導将將尘塵尽盡层層届屆属屬岁歲岗崗岭嶺巩鞏师師带帶帮幫并並广廣庆慶库庫应應"
    "废廢开開异異弃棄张張强強当當录錄彻徹征徵径徑态態总總恒恆愿願战戰户戶执執扩擴扫掃扬揚扰擾抚撫护護报報担擔拟擬拨撥择擇挂掛挥揮损損换換据據携攜摆擺摊攤数數斗鬥断斷无無时時显顯晓曉暂暫术術机機杂雜权權条條"
    "来來杨楊杰傑极極构構标標栏欄树樹样樣档檔桥橋检檢楼樓残殘殡殯毕畢气氣汇匯污汙汤湯没沒泄洩泽澤洁潔测測济濟浏瀏浓濃涛濤润潤温溫满滿滥濫灵靈灾災点點烟煙热熱爱愛牵牽状狀独獨环環现現电電疗療监監盖蓋码碼础礎"
    "确確碍礙离離种種积積称稱税稅稳穩竞競笔筆筑築筹籌签簽简簡类類紧緊纠糾红紅约約级級纪紀纳納纷紛纸紙线線练練组組细細织織终終绍紹经經结結给給统統继繼绩績续續维維综綜绿綠编編缘緣缩縮缴繳网網罗羅罚罰职職联聯"
    "肃肅脑腦脱脫艳豔节節苏蘇范範荐薦荣榮药藥莲蓮获獲营營萧蕭蒋蔣蓝藍虚虛补補装裝见見观觀规規视視览覽触觸计計订訂认認讨討让讓训訓议議记記讲講许許论論讼訟设設访訪证證评評识識诈詐诉訴诊診试試话話询詢该該详詳"
    "说說请請诺諾读讀课課谁誰调調谈談谐諧谢謝谭譚贝貝负負财財责責账賬质質贫貧购購贮貯贯貫贴貼贷貸贸貿费費贺賀贾賈贿賄赁賃赂賂资資赋賦赔賠赛賽赡贍赵趙踪蹤车車轩軒转轉轻輕载載较較辅輔辆輛辉輝辐輻输輸辖轄辩辯"
    "边邊达達迁遷过過运運还還这這进進违違连連适適选選遗遺邓鄧邮郵邹鄒邻鄰郑鄭采採释釋里裡鉴鑑针針钟鍾钱錢银銀铺鋪销銷错錯锦錦键鍵镇鎮长長门門闫閆闭閉问問间間阅閱队隊阳陽阶階际際陆陸陈陳险險随隨隐隱难難静靜"
    "韦韋韩韓页頁项項须須顾顧顿頓预預领領频頻题題额額风風飞飛饭飯饮飲馈饋马馬驳駁驶駛驻駐驾駕驿驛验驗骗騙鸿鴻鹏鵬黄黃齐齊龄齡龙龍龚龔"
)


def s2t_table() -> dict[int, str]:
    """Return the str.translate table that writes a text in Traditional characters."""
    return {ord(S2T[i]): S2T[i + 1] for i in range(0, len(S2T), 2)}


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
为发挥创业带动就业的倍增效应，我区持续优化创业环境，着力激发各类市场主体创业创新活力。
根据《江州市就业补贴办法》有关规定，为规范我区就业补贴资金管理、提高资金使用效益，需进一步明确补贴申领和审核程序。
为切实保障劳动者合法权益，我区推动根治欠薪工作常态化、长效化。
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
为进一步规范居家养老服务补贴发放管理，提高补贴资金使用效益，有必要对补贴对象、标准和程序作出统一规定。
根据《江州市养老服务条例》和民政部门有关规定，为加强养老机构安全管理、防范化解安全风险，需进一步压实机构主体责任和部门监管责任。
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
规范最低生活保障审核确认工作，做到应保尽保、应退尽退，是确保低保制度公平公正实施的关键。
我区正加快建立低收入人口动态监测机制，力求及时发现、及时救助遭遇急难情形的困难群众。
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
全年实施临时救助{N}人次，发放临时救助金{wan}万元，救助时效平均缩短至{days}个工作日。
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
落实失业保险稳岗返还政策，对支持企业稳定岗位、减轻企业负担具有重要作用。
近年来，我区持续推进社会保险经办服务标准化、便利化，让参保群众少跑腿、好办事。
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
受理工伤认定申请{N}宗，依法作出工伤认定决定{N}宗，平均办理时限压缩至{days}个工作日。
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
为进一步优化户政服务，我区推进户籍业务“一窗通办、一次办结”，切实提升群众办事满意度。
《居住证暂行条例》和《江州市居住登记和居住证办理规定》对居住证申领和管理工作作出了明确规定。
为落实新生儿出生“一件事一次办”改革要求，我区整合出生医学证明、预防接种证、户口登记、医保参保等事项，实行一次申请、并联办理。
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
规范医疗机构执业行为，是保障医疗质量和医疗安全、维护人民群众健康权益的重要基础。
根据国家基本公共卫生服务项目有关要求，我区持续提高项目实施质量和资金使用效益。
做实做细家庭医生签约服务，是推动从以治病为中心向以健康为中心转变的重要举措。
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
全年开展卫生监督检查{N}户次，立案查处违法案件{n}宗，罚没款{wan_small}万元。
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
规范城市管理综合执法行为、推进严格规范公正文明执法，关系到公民、法人和其他组织的合法权益。
《江州市生活垃圾分类管理条例》实施以来，我区全面推进生活垃圾分类工作，生活垃圾减量化、资源化、无害化水平不断提高。
随着城市更新持续推进，加强户外招牌设置管理、提升街区景观品质的需求日益迫切。
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
深入落实“双减”工作要求，需要切实减轻学生过重作业负担和校外培训负担，全面提升学校教育教学质量。
随着城市更新推进和人口结构变化，我区义务教育学位需求持续增长，学位供给压力较大。
我区不断健全家庭经济困难学生资助体系，确保不让一个学生因家庭经济困难而失学。
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
噪声扰民是群众反映强烈的突出问题，加强噪声污染防治、营造宁静和谐的生活环境十分必要。
全面落实河长制湖长制，持续巩固黑臭水体治理成效，是推动河湖长治久清的重要保障。
规范建设项目环境影响评价审批、提升审批效率，是优化营商环境的重要内容。
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
全年审批建设项目环境影响评价文件{N}宗，平均审批时限压缩至{days}个工作日。
开展环境执法检查{N}家次，立案查处环境违法案件{n}宗，罚款{wan_small}万元。
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


# Per matter: its own materials (besides the applicant's identity) and legal bases (indexes into its domain's `bases`).
MATTER_DETAILS = {slug: (materials.split(","), [int(i) for i in basis.split(",")]) for slug, materials, basis in rows("""
unemployment-registration|《就业创业证》或社会保障卡,解除或终止劳动关系证明,近期免冠彩色照片|0,2,3
employment-registration|劳动合同或聘用证明,营业执照副本（自主创业的）|0,2
employment-certificate|户口簿或居住证,近期免冠彩色照片|0,2
difficult-employment-recognition|《就业创业证》,家庭经济困难证明或残疾人证,《就业困难人员认定申请表》|0,2,7
startup-subsidy|营业执照副本,《就业创业证》,社会保险缴费明细,银行结算账户信息|0,7,8
startup-rent-subsidy|租赁合同及租金发票,营业执照副本,孵化基地入驻协议|7,8
startup-guarantee-loan|营业执照副本,《创业担保贷款申请表》,创业项目计划书,婚姻状况证明|0,7,8
employer-hiring-subsidy|营业执照副本,劳动合同,社会保险缴费明细,《企业吸纳就业补贴申请表》|0,7
flexible-employment-insurance-subsidy|《就业创业证》,灵活就业情况说明,社会保险缴费凭证|0,7
graduate-job-subsidy|学生证或学籍证明,家庭经济困难证明,银行卡复印件|0,7
vocational-training-subsidy|培训合格证明,职业资格证书或职业技能等级证书,培训费发票|0,7
skills-evaluation-subsidy|职业技能等级证书,评价费发票,银行卡复印件|0,7
public-welfare-post|《就业创业证》,就业困难人员认定证明|0,7
youth-internship-subsidy|见习协议,见习人员花名册,人身意外伤害保险凭证|0,7
job-matching-service|户口簿或居住证,个人简历|0,2,5
labor-dispatch-license|营业执照副本,验资报告,经营场所使用证明,劳务派遣管理制度|1,4
hr-service-license|营业执照副本,经营场所使用证明,专职工作人员学历证明,服务管理制度|5
special-working-hours|营业执照副本,实行特殊工时制度的岗位说明,工会或职工代表意见|1
wage-arrears-complaint|劳动合同或工作证明,工资欠发证据材料,投诉书|6
labor-dispute-mediation|调解申请书,劳动关系证明材料,相关证据材料|1
elderly-allowance|户口簿,银行卡复印件,近期免冠彩色照片|0,2,3
elderly-card|户口簿,近期免冠彩色照片（1寸）|0,2
home-care-subsidy|老年人能力评估报告,《居家养老服务补贴申请表》,低保或特困供养证明（经济困难的）|2,5
elderly-assessment|户口簿,近期病历或诊断证明,《老年人能力评估申请表》|2,6
nursing-home-admission|老年人能力评估报告,近期体检报告,监护人或代理人身份证明|1,2
care-bed-subsidy|老年人能力评估报告,居家环境评估表,服务协议|2,4
elderly-meal-subsidy|户口簿,低保或特困供养证明,银行卡复印件|2
nursing-home-filing|养老机构营业执照或事业单位法人证书,消防安全检查合格证明,房屋产权证明或租赁合同,服务项目及收费标准|1,2
nursing-home-operation-subsidy|养老机构备案回执,入住老人名册,年度财务报表|1,2
elderly-home-renovation|户口簿,房屋产权证明或租赁合同,《适老化改造申请表》|0,2
emergency-call|户口簿,紧急联系人信息表|0,2
elderly-visit|户口簿,家庭成员情况说明|0,2
elderly-volunteer|志愿者注册信息表,近期免冠彩色照片|0,2
dementia-care|医疗机构诊断证明,老年人能力评估报告|0,2
nursing-home-fire-safety|消防安全管理制度,消防设施维护保养记录,应急预案|1,6
elderly-health-check|社会保障卡,户口簿或居住证|0,2
long-term-care|社会保障卡,失能等级评估申请表,医疗机构诊断证明|0,2
minimum-living-allowance|户口簿,《社会救助申请书》,家庭经济状况核对授权书,家庭成员收入证明|0,1,3
low-income-family|户口簿,家庭经济状况核对授权书,家庭成员收入证明|0,1
extreme-poverty-support|户口簿,《社会救助申请书》,残疾人证或疾病诊断证明|0,2
temporary-assistance|《社会救助申请书》,事故或灾害情况说明,医疗费用票据|0,4
medical-assistance|医疗费用票据,住院病历或诊断证明,低保或特困供养证明|0
education-assistance|学生证或在读证明,低保或特困供养证明|0
housing-assistance|户口簿,不动产权属证明或无房证明,家庭经济状况核对授权书|0
disability-living-subsidy|残疾人证,户口簿,低保或低保边缘家庭证明|5
disability-care-subsidy|残疾人证（一级、二级）,户口簿,银行卡复印件|5
disability-card|户口簿,近期免冠彩色照片,残疾评定医院出具的评定表|5
homeless-assistance|求助人陈述材料|6
orphan-subsidy|父母死亡证明或宣告失踪证明,户口簿,监护人身份证明|0
de-facto-orphan|父母重残、重病或服刑等情况证明,户口簿,监护人身份证明|0
veteran-preferential|优抚对象证件,户口簿,银行卡复印件|8
disaster-relief|事故或灾害情况说明,户口簿,受损财产照片|0
utility-fee-relief|低保或特困供养证明,水电费缴费户号|0,3
legal-aid|法律援助申请表,经济困难状况说明表,与案件相关的材料|7
funeral-fee-relief|死亡证明,低保或特困供养证明,殡葬服务收费票据|0
pension-insurance-enrollment|营业执照副本,劳动合同,《社会保险登记表》|0,3
pension-transfer|参保缴费凭证,社会保障卡|0,4
pension-claim|社会保障卡,银行账户信息,退休审批表|0
resident-pension|户口簿,社会保障卡|0
survivor-benefit|死亡证明,亲属关系证明,银行账户信息|0
unemployment-benefit|离职证明,社会保障卡,银行账户信息|0,2
skill-upgrade-subsidy|职业资格证书或职业技能等级证书,社会保障卡|0,2
work-injury-recognition|《工伤认定申请表》,劳动合同,医疗诊断证明,工伤事故报告|0,1
work-injury-benefit|工伤认定决定书,劳动能力鉴定结论书,医疗费用票据|0,1
work-capacity-assessment|工伤认定决定书,医疗诊断证明,门诊病历及检查报告|1
medical-insurance-enrollment|户口簿或居住证,社会保障卡|0,5
cross-region-medical|社会保障卡,《异地就医备案表》,异地居住证明|0,5
maternity-benefit|出生医学证明,结婚证,医疗费用票据|0,5
special-outpatient|门诊病历及检查报告,医疗诊断证明,社会保障卡|5,6
social-security-card|近期免冠彩色照片,户口簿或居住证|7
insurance-record|社会保障卡|0
contribution-certificate|社会保障卡|0,3
employer-registration|营业执照副本,法定代表人身份证明,银行账户信息|0,3
birth-registration|《出生医学证明》,父母双方居民户口簿,父母结婚证|0,3
death-cancellation|死亡医学证明书,死者居民户口簿|0,3
military-cancellation|入伍通知书,居民户口簿|0,3
household-move-in|《准予迁入证明》,《户口迁移证》,居民户口簿|0,3
household-move-out|居民户口簿,迁入地《准予迁入证明》|0,3
talent-settlement|学历证书,人才引进批复,单位出具的在职证明|3,5
name-change|《姓名变更申请表》,居民户口簿,变更理由证明材料|0,6
ethnicity-change|父母民族成份证明,居民户口簿|0,3
birthdate-correction|出生原始证明,户籍档案记载材料,居民户口簿|0,3
id-card-first|居民户口簿,近期免冠彩色照片|1
id-card-renewal|原居民身份证（换领的）,居民户口簿|1
temporary-id|居民户口簿,近期免冠彩色照片|1
residence-permit|《居住登记表》,房屋产权证明或租赁登记凭证,单位出具的在职证明|2,4
residence-registration|《居住登记表》,房屋产权证明或租赁登记凭证|2,4
household-certificate|居民户口簿,证明用途说明|0,3
household-split|居民户口簿,房屋产权证明|0,3
adoption-settlement|收养登记证,《出生医学证明》,居民户口簿|0,6
hukou-book-replacement|户主居民身份证,户口簿遗失说明|0,3
medical-institution-license|《设置医疗机构批准书》,平面布局图,设备清单,卫生技术人员名录|0,1
clinic-filing|执业地点证明,《医师资格证书》,平面布局图,设备清单|1
physician-registration|《医师资格证书》,体检证明,执业地点证明|2
nurse-registration|护士执业资格考试成绩合格证明,体检证明,执业地点证明|3
public-place-hygiene|营业执照,卫生管理制度,从业人员健康合格证明,平面布局图|4
water-supply-hygiene|营业执照,水质检测报告,卫生管理制度|0,4
birth-certificate|父母双方居民身份证,分娩医院出具的出生记录|7
maternal-health-card|《母子健康手册》,居住证（非本区户籍的）|6,7
child-vaccination|《预防接种证》,儿童户口簿或出生医学证明|5,6
family-doctor|社会保障卡,《家庭医生签约服务协议》|0,6
health-record|社会保障卡|6
elderly-physical|社会保障卡|6
chronic-management|既往病历及检查报告,社会保障卡|6
prenatal-check|夫妻双方居民身份证,结婚证|7
occupational-disease|职业史证明,职业病危害接触史材料,医疗诊断证明|9
medical-dispute|调解申请书,病历资料复印件,医疗费用票据|8
family-planning-reward|户口簿,独生子女父母光荣证,《奖励扶助申请表》|0
medical-complaint|投诉书,就诊记录及票据|0,8
outdoor-ad-permit|营业执照,设置位置平面图,效果图及尺寸说明,场地使用权证明|0,7
signboard-filing|营业执照,效果图及尺寸说明,现场照片|5,7
road-occupation|《占道申请表》,施工方案,交通疏导方案|1
road-excavation|施工方案,安全保证措施,交通疏导方案|1
tree-felling|树木现状照片及清单,补植方案,场地使用权证明|2
construction-waste|建筑垃圾处置方案,运输车辆行驶证,消纳场所证明|3
garbage-collection-license|营业执照,运输车辆行驶证,作业管理制度|0,6
temporary-stall|《临时摊点申请表》,摊位位置示意图|0,5
greenland-occupation|占用绿地方案,恢复绿地承诺书,现场照片|2
illegal-building-report|现场照片,举报人联系方式|4,5
construction-noise-complaint|噪声扰民情况说明,现场照片或录音|8
city-appearance-penalty|现场检查笔录,陈述申辩材料|0,4
night-construction|施工方案,噪声污染防治措施,周边居民告知材料|8
waste-sorting-guidance|小区垃圾分类投放点清单|6
shared-bike-parking|现场照片|5
kitchen-waste|营业执照,餐厨垃圾收运协议|6
penalty-decision-query|当事人身份证明|4
primary-enrollment|适龄儿童户口簿,房屋产权证明或租赁合同,父母身份证|0,7
junior-enrollment|小学毕业证明,户口簿,房屋产权证明或租赁合同|0,7
transfer-student|《转学申请表》,学籍信息表,户口簿|6
points-enrollment|居住证,社会保险缴费证明,房屋产权证明或租赁合同|7,8
student-aid|家庭经济困难学生认定申请表,低保或特困供养证明|0
degree-subsidy|学籍信息表,居住证,银行卡复印件|0,8
private-school-license|举办者资格证明,办学场所证明,章程及发展规划|2,3
training-institution-license|举办者资格证明,办学场所证明,培训内容及收费标准|2,3
teacher-qualification|体检合格证明,普通话水平测试等级证书,学历证书|4
student-status-certificate|学籍信息表,学生户口簿|6
special-education-assessment|残疾人证或医学诊断证明,户口簿|0
school-bus-license|校车安全技术检验合格证明,驾驶人资格证明,校车运行方案|5
after-school-service|课后服务报名表|0
education-fee-complaint|投诉书,缴费票据|1
student-meal|用餐服务协议|0
school-surroundings|情况反映材料,现场照片|0
eia-approval|建设项目环境影响报告书（表）,项目立项或备案文件,公众参与说明|1,2
eia-filing|建设项目环境影响登记表|1,2
pollutant-permit|排污许可证申请表,污染防治设施设计方案,监测报告|3
pollutant-registration|固定污染源排污登记表|3
hazardous-waste-transfer|危险废物管理计划,危险废物转移联单,接收单位经营许可证|6
radiation-permit|辐射安全与防护管理制度,辐射工作人员培训证明,射线装置清单|0
environmental-noise-complaint|噪声扰民情况说明,现场录音或视频|0,9
pollution-report|举报材料,现场照片或视频|0,9
environmental-information-request|政府信息公开申请表|8,0
drainage-permit|排水设施竣工验收资料,排水水质检测报告,排水户基本情况表|7
water-use-plan|用水计划申请表,上年度用水记录|9
river-chief-complaint|问题情况说明,现场照片|5
environmental-penalty|陈述申辩材料,整改情况说明|0
credit-repair|信用修复申请书及整改完成证明,行政处罚决定履行证明|9
cooking-fume-complaint|油烟污染情况说明,现场照片|4
environmental-monitoring|监测报告|0,9
""")}


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
力争用两年左右时间，基本建成覆盖全区、便捷高效的{topic}工作体系。
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
据统计，本次活动共发放宣传资料{M}份，现场解答群众咨询{M}人次。
活动得到辖区居民的积极响应，不少居民表示通过活动对相关政策有了更清晰的了解。
下一步，{dept}将持续加强{topic}工作，不断提升群众的获得感、幸福感、安全感。
会议指出，要坚持以人民为中心的发展思想，把{topic}工作抓实抓细。
会议强调，各单位要对照年度目标任务，查漏补缺、压茬推进，确保各项任务按期完成。
会上，各街道分别汇报了{topic}工作进展情况和下一步工作计划。
此次行动共出动工作人员{n}人次，走访检查点位{M}处，现场督促整改问题{n}个。
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

PROCEDURE = lines("""
申请人通过“江州政务服务”平台或到{street}党群服务中心提交申请材料。
受理单位应当在{n2}个工作日内完成材料初审，材料不全的，一次性告知需补正的全部内容。
区主管部门自收到初审意见之日起{n}个工作日内完成复核，并将拟享受对象在政府网站公示。
审核通过的，依法作出决定并送达申请人；涉及资金发放的，由区财政部门拨付至申请人银行账户。
对审核不予通过的，应当书面告知申请人并说明理由。
申请人可通过政务服务网“办件查询”栏目实时查询办理进度。
""")

LICENSE_NOTES = lines("""
被许可人应当按照许可决定载明的事项、范围和期限从事相关活动。
许可证件有效期届满需要延续的，应当在有效期届满30日前向原许可机关提出申请。
被许可人名称、地址、法定代表人等事项发生变更的，应当依法申请办理变更手续。
许可机关将依法对被许可人从事许可事项的活动进行监督检查，检查结果向社会公开。
许可决定书及许可证件可通过“江州政务服务”平台下载电子版，与纸质版具有同等效力。
被许可人以欺骗、贿赂等不正当手段取得行政许可的，依法予以撤销。
""")

STAT_NOTES = lines("""
本表数据为初步统计数，最终数据以年度统计公报为准。
部分数据因四舍五入的原因，存在总计与分项合计不等的情况。
同比增减为与上年同期相比的增减幅度。
人数类指标为期末时点数，金额类指标为年初至本期末累计数。
数据来源于各业务主管部门行政记录和业务统计报表。
统计范围为青溪区行政区域，不含市属单位直接管理的项目。
""")

NEWS_HEADS = lines("""
聚焦重点群体，服务精准到位
创新服务方式，提升群众满意度
强化部门联动，形成工作合力
注重宣传引导，营造良好氛围
压实工作责任，确保取得实效
延伸服务触角，打通“最后一公里”
""")

TASK_VERBS = ("完善{t}工作机制", "开展{t}专项行动", "加强{t}宣传培训", "建立{t}监测台账", "推进{t}数字化建设",
              "强化{t}督导考核")
POLICY_KINDS = ("实施细则", "细则", "办法", "措施", "方案", "规程", "指引", "规划", "计划", "清单")

# Sections added when a document's own phrase banks run out before its drawn length: (heading, banks, style);
# a bank named by text is the domain's own.
RESERVES: list[tuple[str, list, str]] = [
    ("组织保障", [REQUIREMENTS], "sub"),
    ("工作措施", [PRACTICES], "sub"),
    ("下一步工作", [NEXT_STEPS], "sub"),
    ("监督管理", [SUPERVISION], "para"),
    ("政策背景", ["background", GUIDING], "para"),
    ("工作成效", ["achievements"], "para"),
]

# What a category's documents are called in ids: hrss-tz-2024-37 (通知), qx-dt-2023-5 (动态) …
CATEGORY_KEYS = {"normative-documents": "gf", "consultations": "zqyj", "plans": "jh", "work-updates": "dt",
                 "implementation": "lsqk", "licensing": "xk", "supervision": "jc", "notices": "tz",
                 "service-guides": "zn", "interpretations": "jd", "results": "gs", "statistics": "tj",
                 "reports": "bg"}
NUMBERED = {"normative-documents": 1.0, "notices": 0.5, "plans": 0.6, "reports": 0.4, "results": 0.2,
            "licensing": 0.3, "supervision": 0.4, "implementation": 0.3}
WITH_VALIDITY = ("normative-documents", "notices", "plans", "service-guides", "consultations")
ATTACHING = {"notices": 0.45, "normative-documents": 0.4, "results": 0.35, "licensing": 0.3, "plans": 0.3,
             "service-guides": 0.3, "consultations": 0.5, "reports": 0.2, "statistics": 0.2, "interpretations": 0.3}


# ---------------------------------------------------------------------------------------------
# The plan: matters and documents with their links, dates and flags, before any text
# ---------------------------------------------------------------------------------------------

@dataclass(eq=False)
class Matter:
    id: str
    title: str
    domain: str
    list: str
    department: Org
    level: str
    base: list[str]
    street: Org | None = None
    community: Org | None = None
    weight: float = 1.0
    hot: bool = False
    business: bool = False  # applied for by companies and organisations rather than residents
    docs: list["Doc"] = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    body: str = ""


@dataclass(eq=False)
class Doc:
    index: int
    category: str
    domain: str
    publisher: Org
    published: dt.date | None
    written: dt.date
    matters: list[Matter]
    draft: bool = False
    validity: str = "valid"
    valid_until: dt.date | None = None
    traditional: bool = False
    prefix: tuple[str, str] | None = None
    number: str = ""
    id: str = ""
    interprets: "Doc | None" = None
    attachments: list[tuple[str, str]] = field(default_factory=list)
    alias: str = ""
    policy: str = ""
    title: str = ""

    @property
    def day(self) -> dt.date:
        return self.published or self.written


def weighted_orgs(spec: str, by_id: dict[str, Org]) -> tuple[list[Org], list[float]]:
    pairs = [entry.split(":") for entry in spec.split(",")]
    return [by_id[p[0]] for p in pairs], [float(p[1]) for p in pairs]


def plan_matters(rng: random.Random, orgs: list[Org], total: int) -> list[Matter]:
    """Return `total` matters over the nine domains: district ones first, then per 街道 and 社区."""
    by_id = {o.id: o for o in orgs}
    streets = [o for o in orgs if o.level == "subdistrict"]
    communities = [o for o in orgs if o.level == "community"]
    counts = apportion(total, [d["weight"] for d in DOMAINS.values()])
    matters: list[Matter] = []
    for (domain, bank), count in zip(DOMAINS.items(), counts):
        depts, _ = weighted_orgs(bank["depts"], by_id)
        variants = bank["variants"].split(",")
        tiers: list[list[tuple]] = [[], [], [], []]
        for slug, title, list_id, levels, dept in bank["matters"]:
            base = [slug, title, list_id, levels, dept]
            home = by_id[dept] if dept else depts[0]
            tiers[0].append((slug, title, "district", home, None, None, base))
            if levels in "sc":
                for street in streets:
                    tiers[1].append((f"{slug}-{street.id}", f"{street.label}{title}", "subdistrict", street, street,
                                     None, base))
            if levels == "c":
                for community in communities:
                    street = by_id[community.parent or ""]
                    tiers[1].append((f"{slug}-{community.id}", f"{community.label}{title}", "community", community,
                                     street, community, base))
            for k, variant in enumerate(variants):
                tiers[2].append((f"{slug}-t{k + 1}", f"{title}{variant}", "district", home, None, None, base))
        for entry in tiers[1]:
            for k, variant in enumerate(variants):
                tiers[3].append((f"{entry[0]}-t{k + 1}", f"{entry[1]}{variant}", *entry[2:]))
        pool = tiers[0] + [e for tier in tiers[1:] for e in rng.sample(tier, len(tier))]
        extra = 0
        while len(pool) < count:  # beyond ~10× scale: numbered windows of the same matters
            extra += 1
            pool += [(f"{e[0]}-w{extra}", f"{e[1]}（{cn(extra % 99 + 1)}号窗口）", *e[2:]) for e in tiers[0]]
        for mid, title, level, dept, street, community, base in pool[:count]:
            district = level == "district"
            hot = rng.random() < (0.3 if (district and mid == base[0]) else 0.03)
            weight = rng.uniform(0.3, 1.0) * (4 if hot else 1) * (2 if district else 1)
            matters.append(Matter(mid, title, domain, base[2], dept, level, base, street, community, weight, hot))
    return matters


def random_day(rng: random.Random, year: int) -> dt.date:
    start = dt.date(year, 1, 1) if year > 2019 else dt.date(2019, 2, 1)
    end = dt.date(year, 12, 31) if year < 2026 else LAST_DAY
    return weekday(start + dt.timedelta(days=rng.randrange((end - start).days + 1)))


def choose_publisher(rng: random.Random, category: str, domain: str, by_id: dict[str, Org],
                     streets: list[Org], communities: list[Org]) -> Org:
    depts, weights = weighted_orgs(DOMAINS[domain]["depts"], by_id)
    dept = rng.choices(depts, weights)[0]
    r = rng.random()
    rules = {
        "normative-documents": [(0.35, "qx-gov-office"), (0.45, "qx-gov")],
        "plans": [(0.25, "qx-gov-office")],
        "work-updates": [(0.33, "street"), (0.40, "community")],
        "results": [(0.35, "street"), (0.40, "community")],
        "statistics": [(0.3, "qx-statistics")],
        "reports": [(0.15, "qx-gov-office"), (0.3, "street")],
        "service-guides": [(0.2, "qx-service-data")],
        "supervision": [(0.05, "qx-justice"), (0.1, "qx-market")],
        "implementation": [(0.1, "qx-finance")],
        "notices": [(0.12, "street")],
    }
    for limit, who in rules.get(category, []):
        if r < limit:
            if who == "street":
                return rng.choice(streets)
            if who == "community":
                return rng.choice(communities)
            return by_id[who]
    return dept


def plan_documents(rng: random.Random, orgs: list[Org], matters: list[Matter], total: int) -> list[Doc]:
    """Return the documents: category, domain, publisher, dates, linked matters and flags."""
    by_id = {o.id: o for o in orgs}
    streets = [o for o in orgs if o.level == "subdistrict"]
    communities = [o for o in orgs if o.level == "community"]
    interpretations = round(total * 0.03) if total >= 20 else 0
    main = total - interpretations
    names = list(CATEGORY_WEIGHTS)
    categories = names[:main] + rng.choices(names, list(CATEGORY_WEIGHTS.values()), k=max(0, main - len(names)))
    domain_ids = list(DOMAINS)
    domains = rng.choices(domain_ids, [d["doc_weight"] for d in DOMAINS.values()], k=main)
    years = rng.choices(YEARS, YEAR_WEIGHTS, k=main)
    by_domain: dict[str, tuple[list[Matter], list[float]]] = {}
    for domain in domain_ids:
        own = [m for m in matters if m.domain == domain] or matters
        by_domain[domain] = (own, list(_cumulative([m.weight for m in own])))
    docs: list[Doc] = []
    for index in range(main):
        category, domain = categories[index], domains[index]
        published = random_day(rng, years[index])
        written = max(FIRST_DAY, weekday(published - dt.timedelta(days=rng.randint(0, 14))))
        publisher = choose_publisher(rng, category, domain, by_id, streets, communities)
        docs.append(Doc(index, category, domain, publisher, published, written,
                        _link(rng, *by_domain[domain])))
    _flag(rng, docs)
    targets = [d for d in docs if d.category == "normative-documents" and not d.draft]
    targets = targets or [d for d in docs if d.category in ("notices", "plans") and not d.draft]
    chosen = rng.sample(targets, min(interpretations, len(targets))) if targets else []
    while targets and len(chosen) < interpretations:
        chosen.append(rng.choice(targets))
    for target in chosen:
        published = min(LAST_DAY, weekday(target.day + dt.timedelta(days=rng.randint(0, 6))))
        published = max(published, target.day)
        publisher = target.publisher if target.publisher.id not in ("qx-gov", "qx-gov-office") else \
            weighted_orgs(DOMAINS[target.domain]["depts"], by_id)[0][0]
        doc = Doc(len(docs), "interpretations", target.domain, publisher, published, max(target.written, published -
                  dt.timedelta(days=rng.randint(0, 3))), list(target.matters), interprets=target)
        doc.validity = target.validity if target.validity != "valid" else "valid"
        doc.traditional = rng.random() < 0.01
        docs.append(doc)
    for doc in docs:
        if doc.publisher.numbers and rng.random() < NUMBERED.get(doc.category, 0.0):
            doc.prefix = doc.publisher.numbers[0] if len(doc.publisher.numbers) == 1 or rng.random() < 0.75 \
                else doc.publisher.numbers[1]
        if rng.random() < 0.003:
            doc.alias = "old"
    return docs


def _cumulative(weights: list[float]) -> Iterable[float]:
    total = 0.0
    for w in weights:
        total += w
        yield total


def _link(rng: random.Random, own: list[Matter], cumulative: list[float]) -> list[Matter]:
    """Return 1–5 distinct matters of the domain, the busier ones more often."""
    want = min(len(own), rng.choices((1, 2, 3, 4, 5), (35, 30, 18, 10, 7))[0])
    picked: list[Matter] = []
    while len(picked) < want:
        matter = rng.choices(own, cum_weights=cumulative)[0]
        if matter not in picked:
            picked.append(matter)
    return picked


def _flag(rng: random.Random, docs: list[Doc]) -> None:
    """Mark ~0.5% drafts, ~4% expired, ~2% repealed and ~1% Traditional documents; set valid_until."""
    n = len(docs)
    drafts = rng.sample(docs, min(n, round(n * 0.005)))
    for doc in drafts:
        doc.draft = True
        doc.written = weekday(dt.date(2026, 10, 9) + dt.timedelta(days=rng.randint(0, 40)))
        doc.published = None
    policy_like = [d for d in docs if d.category in WITH_VALIDITY and not d.draft]
    old = [d for d in policy_like if d.day.year <= 2024]
    expired = rng.sample(old, min(len(old), round(n * 0.04)))
    for doc in expired:
        doc.validity = "expired"
        until = add_years(doc.day, rng.choice((1, 2, 3)))
        doc.valid_until = min(until, dt.date(2026, 10, 30))
    rest = [d for d in policy_like if d.validity == "valid" and d.day.year <= 2025]
    for doc in rng.sample(rest, min(len(rest), round(n * 0.02))):
        doc.validity = "repealed"
    for doc in docs:
        if doc.category == "normative-documents" and doc.validity == "valid" and not doc.draft:
            until = add_years(doc.day, rng.choice((3, 5)))
            doc.valid_until = until if until > dt.date(2026, 12, 31) else None
    for doc in rng.sample(docs, round(n * 0.01)):
        doc.traditional = not doc.draft


def assign_numbers_and_ids(docs: list[Doc]) -> None:
    """Give 文号 in order of writing per 机关代字 and year, then ids: qrsf-2024-15 or hrss-tz-2024-37."""
    groups: dict[tuple, list[Doc]] = {}
    for doc in docs:
        if doc.prefix:
            groups.setdefault((doc.prefix, doc.written.year), []).append(doc)
    for (prefix, year), group in sorted(groups.items()):
        for serial, doc in enumerate(sorted(group, key=lambda d: (d.written, d.index)), start=1):
            doc.number = f"{prefix[0]}〔{year}〕{serial}号"
            doc.id = f"{prefix[1]}-{year}-{serial}"
    plain: dict[tuple, list[Doc]] = {}
    for doc in docs:
        if not doc.id:
            plain.setdefault((doc.publisher.short, CATEGORY_KEYS[doc.category], doc.day.year), []).append(doc)
    for (short, key, year), group in sorted(plain.items()):
        for serial, doc in enumerate(sorted(group, key=lambda d: (d.day, d.index)), start=1):
            doc.id = f"{short}-{key}-{year}-{serial}"
    for doc in docs:
        if doc.alias:
            doc.alias = f"{doc.id}-old"


# ---------------------------------------------------------------------------------------------
# Texts: a writer fills the slots of a document, sections grow until the body has its length
# ---------------------------------------------------------------------------------------------

SLOT = re.compile(r"\{(\w+)\}")
MONEY = (200, 300, 500, 800, 1000, 1500, 2000, 3000, 5000, 10000)


@dataclass
class Section:
    heading: str
    pool: list[str]
    style: str = "para"  # para: paragraphs of two sentences; list: 1. 2.; sub: （一）（二）
    least: int = 1
    fixed: list[str] = field(default_factory=list)  # text before the grown units
    after: list[str] = field(default_factory=list)  # tables after them
    units: list[str] = field(default_factory=list)

    OVERHEAD = {"para": 1, "list": 4, "sub": 5}

    def size(self) -> int:
        """Return about how many characters the rendered section has."""
        return (len(self.heading) + 8 + sum(len(p) + 2 for p in self.fixed + self.after) +
                sum(len(u) + self.OVERHEAD[self.style] for u in self.units))

    def render(self, number: int) -> str:
        parts = [f"## {cn(number)}、{self.heading}", *self.fixed]
        units = list(self.units)
        if self.style == "list":
            if any(u.endswith("；") for u in units):  # clauses of one sentence: ；…；…。
                units = [u[:-1] + "；" if u[-1] in "；。" else u for u in units[:-1]] + \
                        [units[-1][:-1] + "。" if units[-1][-1] in "；。" else units[-1]]
            parts.append("\n".join(f"{i}. {u}" for i, u in enumerate(units, start=1)))
        elif self.style == "sub":
            parts += [f"（{cn(i)}）{u}" for i, u in enumerate(units, start=1)]
        else:
            parts += ["".join(units[i:i + 2]) for i in range(0, len(units), 2)]
        return "\n\n".join(p for p in parts + self.after if p)


class Writer:
    """Fills the phrase banks for one document and assembles its body to a drawn length."""

    def __init__(self, rng: random.Random, doc: Doc | None, domain: str, orgs: list[Org], year: int) -> None:
        self.rng = rng
        self.doc = doc
        self.bank = DOMAINS[domain]
        self.year = year
        self.streets = [o for o in orgs if o.level == "subdistrict"]
        self.values: dict[str, Any] = {"year": year, "last": year - 1, "next": year + 1,
                                       "congress": "党的二十大" if year >= 2023 else "党的十九大和十九届历次全会"}
        if doc is not None:
            self.values["dept"] = doc.publisher.name
        self.used: set[str] = set()  # templates already drawn for this document: no sentence twice
        self.generated: dict[str, Callable[[], Any]] = {
            "n": lambda: rng.randint(3, 30), "n2": lambda: rng.randint(2, 5), "N": lambda: rng.randint(120, 9800),
            "M": lambda: rng.randint(40, 900), "days": lambda: rng.randint(3, 15),
            "wan": lambda: f"{rng.uniform(12, 2980):.1f}", "wan_small": lambda: f"{rng.uniform(1.2, 98.6):.1f}",
            "pct": lambda: f"{rng.uniform(85, 99.5):.1f}%", "pct3": lambda: f"{rng.uniform(1.5, 4.9):.1f}%",
            "pct_small": lambda: f"{rng.randint(5, 20)}%", "money": lambda: rng.choice(MONEY),
            "money2": lambda: rng.choice((3, 5, 8, 10)), "month": lambda: rng.randint(1, 10 if year == 2026 else 12),
            "street": lambda: rng.choice(self.streets).label, "kind": lambda: "办法",
            "people": lambda: rng.choice(self.bank["people"].split(",")),
        }
        self.values["topic"] = rng.choice(self.bank["topics"])
        self.values["policy"] = rng.choice(self.bank["policies"])

    def slot(self, name: str) -> str:
        if name in self.values:
            return str(self.values[name])
        return str(self.generated[name]())

    def fill(self, template: str) -> str:
        return SLOT.sub(lambda m: self.slot(m.group(1)), template) if "{" in template else template

    def pool(self, *banks: list[str], limit: int = 40, ordered: bool = False) -> list[str]:
        """Return filled sentences drawn without repetition from the banks, shuffled or in bank order."""
        merged = [s for bank in banks for s in bank if s not in self.used]
        picked = self.rng.sample(range(len(merged)), min(limit, len(merged)))
        self.used.update(merged[i] for i in picked)
        return [merged[i] for i in (sorted(picked) if ordered else picked)]  # filled when used, by assemble()

    def assemble(self, opening: list[str], sections: list[Section], closing: list[str], target: int,
                 reserves: list[tuple[str, list[list[str]], str]] | None = None) -> str:
        """Grow the sections one sentence at a time, in turn, until the body reaches `target` characters.

        When their phrase banks run dry first, reserve sections (组织保障, 下一步工作 …) are added before the closing.
        """
        spare = list(reserves if reserves is not None else RESERVES)
        for section in sections:
            take = min(section.least, len(section.pool))
            section.units += [self.fill(u) for u in section.pool[:take]]
            del section.pool[:take]
        size = sum(len(p) + 2 for p in opening + closing if p) + sum(s.size() for s in sections)
        growing = [s for s in sections if s.pool]
        turn = 0
        while size < target and (growing or spare):
            if not growing:
                heading, banks, style = spare.pop(0)
                extra = Section(heading, self.pool(*[self.bank[b] if isinstance(b, str) else b for b in banks], limit=5),
                                style)
                if not extra.pool:
                    continue
                sections.append(extra)
                growing.append(extra)
                size += extra.size()
            section = growing[turn % len(growing)]
            unit = self.fill(section.pool.pop(0))
            section.units.append(unit)
            size += len(unit) + Section.OVERHEAD[section.style]
            if section.pool:
                turn += 1
            else:
                growing.remove(section)
        body = [p for p in opening if p]
        body += [s.render(i) for i, s in enumerate(sections, start=1)]
        body += [p for p in closing if p]
        return "\n\n".join(body)

    # Small pieces ---------------------------------------------------------------------------

    def person(self) -> str:
        given = self.rng.choice(GIVEN)
        return f"{self.rng.choice(SURNAMES)}\\*{given}" if self.rng.random() < 0.6 else f"{self.rng.choice(SURNAMES)}\\*\\*"

    def company(self) -> str:
        return f"{CITY}{self.rng.choice(FIRMS)}{self.rng.choice(TRADES)}"

    def credit_code(self) -> str:
        chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        return "91440303" + "".join(self.rng.choice(chars) for _ in range(10))

    def table(self, header: list[str], body: list[list[Any]]) -> str:
        out = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
        out += ["| " + " | ".join(str(c) for c in row) + " |" for row in body]
        return "\n".join(out)

    def stat_table(self, rows_: list[list[str]]) -> str:
        body = []
        for name, unit, lo, hi in rows_:
            low, high = float(lo), float(hi)
            decimals = 1 if ("." in lo or unit in ("%", "万元", "万人", "万份", "万人次", "万平方米")) else 0
            now = self.rng.uniform(low, high)
            before = now / (1 + self.rng.uniform(-0.08, 0.15))
            change = (now - before) / before * 100
            fmt = (lambda v: f"{v:.1f}") if decimals else (lambda v: f"{round(v):d}")
            body.append([name, unit, fmt(now), fmt(before), f"{change:+.1f}"])
        return self.table(["指标名称", "单位", "本期数", "上年同期", "同比增减（%）"], body)


def policy_kind(policy: str) -> str:
    name = re.sub(r"（[^）]*）$", "", policy)
    return next((k for k in POLICY_KINDS if name.endswith(k)), "办法")


def fit(w: Writer, options: list[Callable[[], str]]) -> str:
    """Return the first title of 15–40 characters among shuffled templates (or the shortest drawn)."""
    drawn = []
    for make in w.rng.sample(options, len(options)):
        title = make()
        if 15 <= len(title) <= 40:
            return title
        drawn.append(title)
    return min(drawn, key=lambda t: abs(len(t) - 28))


def signature(doc: Doc) -> list[str]:
    return [doc.publisher.name, cn_date(doc.day)]


def compose(w: Writer, doc: Doc, target: int) -> tuple[str, str, str]:
    """Return the title, body and summary of a document, in the style of its category."""
    return BUILDERS[doc.category](w, doc, target)


def build_normative(w: Writer, doc: Doc, target: int) -> tuple[str, str, str]:
    b, topic = w.bank, w.values["topic"]
    policy = w.rng.choice([w.values["policy"], w.values["policy"], f"{w.values['policy']}（修订）",
                           f"青溪区{topic}实施办法", f"青溪区关于进一步做好{topic}工作的若干措施",
                           f"青溪区{topic}管理办法"])
    doc.policy, kind = policy, policy_kind(policy)
    w.values.update(kind=kind, policy=policy)
    label = doc.publisher.label
    title = fit(w, [lambda: f"{label}关于印发《{policy}》的通知", lambda: f"关于印发《{policy}》的通知",
                    lambda: f"{label}印发《{policy}》"])
    effective = weekday(doc.day + dt.timedelta(days=w.rng.randint(5, 20)))
    years = (doc.valid_until.year - doc.day.year) if doc.valid_until else w.rng.choice((3, 5))
    contact = ORG_INDEX[b["depts"].split(":")[0]].name
    opening = ["各街道办事处，区直各单位：",
               f"《{policy}》已经区政府同意，现印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请径向{contact}反映。",
               *signature(doc), f"**{policy}**"]
    sections = [
        Section("总体要求", w.pool(b["background"], GUIDING), least=2),
        Section("适用范围", w.pool(b["conditions"]), "list", least=3),
        Section("支持内容和标准" if w.rng.random() < 0.5 else "主要措施", w.pool(b["measures"]), "sub", least=3),
        Section("办理程序", w.pool(PROCEDURE, ordered=True), "list", least=3),
        Section("监督管理", w.pool(SUPERVISION), least=1),
        Section("附则", [w.fill(c) for c in w.rng.sample(CLOSING, 2)], least=1,
                fixed=[f"本{kind}自{cn_date(effective)}起施行，有效期{years}年。"]),
    ]
    body = w.assemble(opening, sections, [], target)
    return title, body, f"印发《{policy}》，明确{topic}的适用范围、支持标准和办理程序。"


def build_consultation(w: Writer, doc: Doc, target: int) -> tuple[str, str, str]:
    b, policy = w.bank, w.values["policy"]
    doc.policy = policy
    title = fit(w, [lambda: f"关于公开征求《{policy}（征求意见稿）》意见的公告",
                    lambda: f"《{policy}（征求意见稿）》公开征求意见",
                    lambda: f"关于《{policy}（征求意见稿）》征求意见的公告"])
    start = doc.day + dt.timedelta(days=1)
    end = start + dt.timedelta(days=29)
    opening = [f"为提高行政决策的科学性和透明度，广泛听取社会各界意见，{doc.publisher.name}起草了《{policy}（征求意见稿）》，"
               "现向社会公开征求意见。"]
    sections = [
        Section("起草背景", w.pool(b["background"], GUIDING), least=2),
        Section("主要内容", w.pool(b["measures"]), "list", least=3,
                fixed=[f"《征求意见稿》共{w.rng.randint(5, 9)}章{w.rng.randint(18, 46)}条，主要包括以下内容："]),
        Section("征求意见时间", [], fixed=[f"{cn_date(start)}至{cn_date(end)}，共30日。"]),
        Section("意见反馈方式", [], fixed=[
            f"1. 电子邮件：发送至 {doc.publisher.short.replace('-', '')}@qingxi.gov.cn，邮件主题请注明“《{policy}》意见建议”；\n"
            f"2. 信函：邮寄至{CITY}{DISTRICT}{doc.publisher.address}，并在信封上注明“征求意见”字样；\n"
            f"3. 电话：{doc.publisher.phone}（工作日9:00-12:00，14:00-18:00）。"]),
    ]
    closing = ["公开征求意见不等同于决策结果。我们将认真研究收到的意见建议，在决策时充分吸收合理意见，"
               "并通过政府网站反馈意见采纳情况。", *signature(doc)]
    return title, w.assemble(opening, sections, closing, target), f"就《{policy}（征求意见稿）》向社会公开征求意见。"


def build_plan(w: Writer, doc: Doc, target: int) -> tuple[str, str, str]:
    b, topic, year, label = w.bank, w.values["topic"], w.year, doc.publisher.label
    title = fit(w, [lambda: f"青溪区{year}年{topic}工作计划", lambda: f"{label}{year}年工作要点",
                    lambda: f"青溪区{topic}三年行动计划（{year}—{year + 2}年）",
                    lambda: f"{label}{year}年{topic}工作方案"])
    doc.policy = title
    tasks = []
    if w.rng.random() < 0.5:
        picked = w.rng.sample([(v, t) for v in TASK_VERBS for t in b["topics"]], w.rng.randint(4, 7))
        tasks = [w.table(["序号", "重点任务", "牵头单位", "完成时限"],
                         [[i, v.format(t=t), doc.publisher.name if w.rng.random() < 0.6 else "各街道办事处",
                           f"{year}年{w.rng.choice((6, 9, 12))}月底前"] for i, (v, t) in enumerate(picked, start=1)])]
    sections = [
        Section("指导思想", w.pool(GUIDING), least=1),
        Section("工作目标", w.pool(GOALS), least=1),
        Section("主要任务", w.pool(b["measures"]), "sub", least=3, after=tasks),
        Section("保障措施", w.pool(REQUIREMENTS), "sub", least=2),
    ]
    opening = w.fill(w.rng.choice(b["background"]))
    if "制定" not in opening:
        opening += f"结合我区实际，制定本{'要点' if title.endswith('要点') else policy_kind(title)}。"
    return title, w.assemble([opening], sections, signature(doc), target), ""


def build_update(w: Writer, doc: Doc, target: int) -> tuple[str, str, str]:
    b, label = w.bank, doc.publisher.label
    activity = w.rng.choice(b["activities"])
    title = fit(w, [lambda: f"{label}{activity}", lambda: f"{label}{activity}", lambda: f"青溪区{activity}"])
    lead = (f"{doc.day.month}月{doc.day.day}日，{label}{activity}。" +
            w.fill(w.rng.choice(["此次活动旨在进一步推动{topic}工作落地见效。", "这是今年以来我区推进{topic}工作的又一项具体举措。",
                                 "活动吸引了{M}余名{people}参与。"])))
    heads = w.rng.sample(NEWS_HEADS, w.rng.randint(2, 3))
    news = w.pool(NEWS, b["achievements"], b["measures"])
    share = max(1, len(news) // len(heads))
    sections = [Section(h, news[i * share:(i + 1) * share], least=2) for i, h in enumerate(heads)]
    return title, w.assemble([lead], sections, [], target), ""


def build_implementation(w: Writer, doc: Doc, target: int) -> tuple[str, str, str]:
    b, topic, year, label = w.bank, w.values["topic"], w.year, doc.publisher.label
    title = fit(w, [lambda: f"青溪区{year}年{topic}政策落实情况", lambda: f"{label}关于{year}年{topic}工作情况的报告",
                    lambda: f"{year}年上半年{topic}工作进展情况", lambda: f"关于{topic}政策落实情况的报告"])
    stats = [w.stat_table(w.rng.sample(b["stats"], 4))] if w.rng.random() < 0.4 else []
    sections = [
        Section("总体情况", w.pool(b["achievements"]), least=2, after=stats),
        Section("主要做法", w.pool(PRACTICES), "sub", least=2),
        Section("存在问题", w.pool(PROBLEMS), "list", least=1),
        Section("下一步工作", w.pool(NEXT_STEPS), "sub", least=2),
    ]
    opening = [w.fill(f"今年以来，在区委、区政府的坚强领导下，{doc.publisher.name}认真贯彻落实上级决策部署，扎实推进{{topic}}各项工作，"
                      "现将有关情况报告如下。")]
    return title, w.assemble(opening, sections, signature(doc), target), ""


def build_licensing(w: Writer, doc: Doc, target: int) -> tuple[str, str, str]:
    b, year, label = w.bank, w.year, doc.publisher.label
    license_ = w.rng.choice(b["licenses"])
    batch = w.rng.randint(1, 24)
    title = fit(w, [lambda: f"{label}{year}年第{batch}批{license_}决定公示",
                    lambda: f"关于{year}年第{batch}批{license_}决定的公示",
                    lambda: f"{year}年第{batch}批{license_}决定公开"])
    code = (doc.publisher.numbers[0][0] if doc.publisher.numbers else "青政数").rstrip("发函")
    decided = sorted(weekday(doc.day - dt.timedelta(days=w.rng.randint(1, 20))) for _ in range(w.rng.randint(3, 9)))
    serial = w.rng.randint(1, 40 * batch)
    serials = [serial + sum(w.rng.randint(1, 4) for _ in range(i)) for i in range(len(decided))]
    table = w.table(["序号", "申请人", "许可事项", "决定文书号", "决定日期"],
                    [[i, w.company(), license_, f"{code}许〔{year}〕{serials[i - 1]}号", day.isoformat()]
                     for i, day in enumerate(decided, start=1)])
    opening = [f"根据《中华人民共和国行政许可法》和《中华人民共和国政府信息公开条例》有关规定，现将{year}年第{batch}批"
               f"{license_}行政许可决定公开如下。", table]
    basis = "、".join(w.rng.sample(b["bases"], 2))
    sections = [
        Section("许可依据", [], fixed=[f"本批次行政许可依据{basis}等规定作出。申请人均已提交符合法定形式的申请材料，"
                                       "经审查符合法定条件、标准，依法准予许可。"]),
        Section("有关说明", w.pool(LICENSE_NOTES), "list", least=2),
        Section("救济途径", [], fixed=["申请人或者利害关系人对许可决定不服的，可以自知道该决定之日起60日内依法申请行政复议，"
                                       "或者在6个月内依法向人民法院提起行政诉讼。"]),
        Section("监督方式", w.pool(PUBLICITY), least=1),
    ]
    reserves = [("许可条件", ["conditions"], "list"), ("办理说明", [MATTER_NOTES], "list"),
                ("事中事后监管", [SUPERVISION, "issues"], "para")]
    return title, w.assemble(opening, sections, signature(doc), target, reserves), f"公开{year}年第{batch}批{license_}决定。"


def build_supervision(w: Writer, doc: Doc, target: int) -> tuple[str, str, str]:
    b, year, label = w.bank, w.year, doc.publisher.label
    inspection = w.rng.choice(b["inspections"])
    title = fit(w, [lambda: f"{label}关于{year}年{inspection}专项检查情况的通报",
                    lambda: f"{year}年“双随机、一公开”{inspection}抽查结果公示",
                    lambda: f"关于{year}年{inspection}监督检查情况的通报"])
    first = w.rng.randint(1, 9)
    checked = w.rng.randint(12, 260)
    facts = [f"{first}月至{first + w.rng.randint(1, 3)}月，{doc.publisher.name}组织开展了{inspection}专项检查，"
             f"共检查单位{checked}家，发现问题{w.rng.randint(3, max(4, checked // 3))}个，均已督促整改。"]
    table = []
    if w.rng.random() < 0.6:
        handling = {"符合要求": ("未发现问题",), "基本符合要求": ("约谈提醒", "已整改完毕", "责令限期整改"),
                    "不符合要求": ("责令限期整改", "立案调查", "已整改完毕")}
        found = [w.rng.choice(("符合要求", "符合要求", "基本符合要求", "不符合要求")) for _ in range(w.rng.randint(3, 8))]
        table = [w.table(["序号", "被检查单位", "检查结果", "处理情况"],
                         [[i, w.company(), r, w.rng.choice(handling[r])] for i, r in enumerate(found, start=1)])]
    sections = [
        Section("检查基本情况", w.pool(b["achievements"]), least=1, fixed=facts),
        Section("发现的主要问题", w.pool(b["issues"]), "sub", least=2),
        Section("处理情况", w.pool(SUPERVISION), least=1, after=table),
        Section("工作要求", w.pool(REQUIREMENTS), "sub", least=2),
    ]
    opening = ["各街道办事处，区直有关单位，各有关企业：" if w.rng.random() < 0.5 else "",
               f"为{w.rng.choice(['规范行业秩序', '保障群众合法权益', '防范化解风险隐患'])}，根据年度监督检查计划，"
               f"{doc.publisher.name}开展了{inspection}检查，现将有关情况通报如下。"]
    return title, w.assemble(opening, sections, signature(doc), target), f"通报{year}年{inspection}检查情况。"


def build_notice(w: Writer, doc: Doc, target: int) -> tuple[str, str, str]:
    b, topic, year, label = w.bank, w.values["topic"], w.year, doc.publisher.label
    result = w.rng.choice(b["results"])
    title = fit(w, [lambda: f"关于开展{year}年{result}申报工作的通知", lambda: f"关于做好{year}年{topic}工作的通知",
                    lambda: f"{label}关于{topic}有关事项的通知", lambda: f"关于{year}年{result}申报的公告"])
    basis = w.rng.choice(b["bases"])
    opening = ["各街道办事处，区直有关单位，各有关企业和个人：",
               f"根据{basis}等有关规定，现就{year}年{topic}有关事项通知如下："]
    sections = [
        Section("申报对象和条件", w.pool(b["conditions"]), "list", least=3),
        Section(w.rng.choice(("政策内容", "主要内容", "有关标准")), w.pool(b["measures"]), "sub", least=1),
        Section("申报材料", [m + "；" for m in w.rng.sample(b["materials"], 6)], "list", least=3),
        Section("办理程序", w.pool(PROCEDURE, ordered=True), "list", least=2),
        Section("工作要求", w.pool(REQUIREMENTS), least=1),
        Section("咨询方式", [], fixed=[f"咨询电话：{doc.publisher.phone}（工作日9:00-12:00，14:00-18:00）；"
                                       f"办理地址：{CITY}{DISTRICT}{doc.publisher.address}。"]),
    ]
    return title, w.assemble(opening, sections, ["特此通知。", *signature(doc)], target), \
        f"部署{year}年{topic}相关工作。"


def build_guide(w: Writer, doc: Doc, target: int) -> tuple[str, str, str]:
    matter = doc.matters[0]
    m = matter.meta
    title = fit(w, [lambda: f"{matter.title}办事指南", lambda: f"{matter.title}服务指南（{w.year}年版）",
                    lambda: f"{matter.title}办事指南（{w.year}年修订）", lambda: f"青溪区{matter.title}办事指南"])
    opening = [f"本指南适用于{matter.title}事项的申请和办理。在线办理及最新材料清单请查看"
               f"[{matter.title}](matter:{matter.id})事项页面。"]
    limits = (f"法定办结时限{m['statutory_days']}个工作日，承诺办结时限{m['promised_days']}个工作日。"
              if "statutory_days" in m else "即时办结。")
    visits = {0: "全程网办，无需到现场。", 1: "最多跑一次。", 2: "最多跑两次。"}.get(m.get("max_visits", 1), "")
    sections = [
        Section("设定依据", [x + "；" for x in m.get("basis", [])], "list", least=3),
        Section("申请条件", w.pool(w.bank["conditions"]), "list", least=2),
        Section("申请材料", [f"{x['name']}（{x.get('note', '原件')}，{x.get('copies', 1)}份）；" for x in m.get("materials", [])],
                "list", least=6),
        Section("办理流程", w.pool(PROCEDURE, ordered=True), "list", least=3),
        Section("办理时限", [], fixed=[limits + visits]),
        Section("收费标准", [], fixed=[m.get("fee", "不收费") + "。"]),
        Section("咨询方式", w.pool(MATTER_TIPS), least=1,
                fixed=[f"咨询电话：{m.get('phone', doc.publisher.phone)}；监督投诉电话：12345。"]),
    ]
    return title, w.assemble(opening, sections, signature(doc), target), ""


def build_interpretation(w: Writer, doc: Doc, target: int) -> tuple[str, str, str]:
    source = doc.interprets
    assert source is not None
    policy = source.policy or w.values["policy"]
    kind = policy_kind(policy)
    w.values["policy"] = policy
    image = ""
    styles = [lambda: f"《{policy}》政策解读", lambda: f"关于《{policy}》的解读", lambda: f"一图读懂《{policy}》"]
    title = fit(w, styles)
    if title.startswith("一图读懂") and doc.attachments and doc.attachments[0][0].endswith(".png"):
        image = f"![{title}](files/{doc.attachments[0][0]})"
    opening = [f"近日，{source.publisher.name}印发了[《{policy}》](document:{source.id})（以下简称《{kind}》）。"
               "为便于社会公众更好地了解政策内容，现解读如下。", image]
    sections = [
        Section("出台背景", w.pool(w.bank["background"]), least=1),
        Section("主要内容", w.pool(w.bank["measures"]), "sub", least=3,
                fixed=[f"《{kind}》共{w.rng.randint(5, 9)}个部分，主要内容如下："]),
        Section("适用对象", w.pool(w.bank["conditions"]), "list", least=2),
        Section("如何申请", w.pool(PROCEDURE, ordered=True), "list", least=2),
        Section("政策咨询", [], fixed=[f"政策咨询电话：{source.publisher.phone}，也可拨打12345政务服务热线咨询。"]),
    ]
    return title, w.assemble(opening, sections, [], target), f"解读《{policy}》的出台背景、主要内容和申请方式。"


COMPANY_RESULTS = ("企业", "机构", "基地", "稳岗", "环评", "排污", "许可", "定点", "学校", "名录", "执法", "处罚", "登记",
                   "检查", "考核", "核准", "违规")
MONEY_RESULTS = ("补贴", "津贴", "救助", "保障", "资助", "奖励", "供养", "发放")


def build_result(w: Writer, doc: Doc, target: int) -> tuple[str, str, str]:
    b, year, label = w.bank, w.year, doc.publisher.label
    result = w.rng.choice(b["results"])
    batch = w.rng.randint(1, 12)
    title = fit(w, [lambda: f"{year}年第{batch}批{result}名单公示", lambda: f"关于{result}审核结果的公示",
                    lambda: f"{label}{year}年{doc.day.month}月{result}公示",
                    lambda: f"关于{year}年第{batch}批{result}的公示"])
    days = w.rng.choice((5, 7, 7, 10))
    end = doc.day + dt.timedelta(days=days + 2)
    count = w.rng.randint(5, 14)
    streets = [s.label for s in w.streets]
    if any(k in result for k in COMPANY_RESULTS):
        who = "单位申请"
        table = w.table(["序号", "单位名称", "统一社会信用代码", "审核结果"],
                        [[i, w.company(), w.credit_code(), w.rng.choice(("通过", "通过", "通过", "不予通过"))]
                         for i in range(1, count + 1)])
    elif any(k in result for k in MONEY_RESULTS):
        who = "个人申请"
        table = w.table(["序号", "姓名", "所属街道", "家庭人口", "金额（元）"],
                        [[i, w.person(), w.rng.choice(streets), w.rng.randint(1, 5), w.rng.choice(MONEY)]
                         for i in range(1, count + 1)])
    else:
        who = "个人申请"
        table = w.table(["序号", "姓名", "所属街道", "审核结果"],
                        [[i, w.person(), w.rng.choice(streets), w.rng.choice(("符合条件", "符合条件", "符合条件", "不符合条件"))]
                         for i in range(1, count + 1)])
    review = w.rng.choice(["社区初审、街道审核", "资格审查、实地核查", "材料审核、部门联审"] if who == "个人申请"
                          else ["材料审核、实地核查", "资格审查、部门联审", "专家评审、集体研究"])
    opening = [f"根据《{w.values['policy']}》有关规定，经{who}、{review}，"
               f"现将{year}年第{batch}批{result}名单予以公示，公示期为{days}个工作日（{cn_date(doc.day)}至{cn_date(end)}）。", table]
    sections = [
        Section("公示说明", w.pool(b["measures"]), least=1),
        Section("异议反映", w.pool(PUBLICITY), least=2),
        Section("联系方式", [], fixed=[f"联系电话：{doc.publisher.phone}；联系地址：{CITY}{DISTRICT}{doc.publisher.address}。"]),
    ]
    reserves = [("政策依据", ["measures", "conditions"], "list"), ("办理说明", [MATTER_NOTES], "list"),
                ("工作要求", [REQUIREMENTS], "para")]
    return title, w.assemble(opening, sections, signature(doc), target, reserves), f"公示{year}年第{batch}批{result}名单。"


def build_statistics(w: Writer, doc: Doc, target: int) -> tuple[str, str, str]:
    b, year, name = w.bank, w.year, w.bank["name"]
    month = max(1, doc.day.month - 1)
    quarter = (month - 1) // 3 + 1
    title = fit(w, [lambda: f"青溪区{year}年{'1—' if month > 1 else ''}{month}月{name}主要指标情况", lambda: f"{year}年第{cn(quarter)}季度{name}统计数据",
                    lambda: f"青溪区{year}年{month}月{name}统计数据"])
    period = f"{year}年1—{month}月" if month > 1 else f"{year}年1月"
    sections = [
        Section("主要指标运行情况", w.pool(b["achievements"]), least=2),
        Section("指标解释", w.pool(STAT_NOTES), "list", least=3),
        Section("数据来源", [], fixed=[f"本数据由{doc.publisher.name}根据业务统计报表汇总整理，"
                                       f"如需更详细的数据，可依法向{doc.publisher.name}申请公开。"]),
    ]
    opening = [f"现将{period}青溪区{name}主要统计数据公布如下：", w.stat_table(b["stats"])]
    return title, w.assemble(opening, sections, signature(doc), target), f"公布{period}{name}主要统计数据。"


def build_report(w: Writer, doc: Doc, target: int) -> tuple[str, str, str]:
    b, label = w.bank, doc.publisher.label
    month, year = doc.day.month, doc.day.year
    if month <= 3 and w.rng.random() < 0.6:
        title = f"{label}{year - 1}年政府信息公开工作年度报告"
        made = w.rng.randint(2, 30)
        table = w.table(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                        [["规章", 0, 0, 0], ["行政规范性文件", made, w.rng.randint(0, 6), made + w.rng.randint(5, 60)]])
        received = w.rng.randint(3, 60)
        sections = [
            Section("总体情况", w.pool(PRACTICES), least=2,
                    fixed=[f"{year - 1}年，{doc.publisher.name}认真贯彻落实《中华人民共和国政府信息公开条例》，"
                           f"全年主动公开政府信息{w.rng.randint(80, 900)}条。"]),
            Section("主动公开政府信息情况", [], fixed=[table]),
            Section("收到和处理政府信息公开申请情况", [], fixed=[
                f"本年度共收到政府信息公开申请{received}件，上年结转{w.rng.randint(0, 4)}件；其中予以公开{received // 2}件，"
                f"部分公开{received // 6}件，无法提供{received // 5}件，其余按规定作出其他处理，均在法定期限内答复。"]),
            Section("政府信息公开行政复议、行政诉讼情况", [], fixed=[
                f"本年度因政府信息公开被申请行政复议{w.rng.randint(0, 3)}件、提起行政诉讼{w.rng.randint(0, 2)}件，"
                "结果均为维持或驳回。"]),
            Section("存在的主要问题及改进情况", w.pool(PROBLEMS, NEXT_STEPS), least=2),
            Section("其他需要报告的事项", [], fixed=["本年度未收取信息处理费。"]),
        ]
        return title, w.assemble([], sections, signature(doc), target), f"报告{year - 1}年政府信息公开工作情况。"
    if month <= 3:
        title = f"{label}{year - 1}年工作总结和{year}年工作计划"
    elif 7 <= month <= 9:
        title = f"{label}{year}年上半年工作总结"
    else:
        title = f"{label}关于{year}年{w.values['topic']}工作情况的总结"
    title = title if len(title) <= 40 else f"{year}年{w.values['topic']}工作总结"
    sections = [
        Section("主要工作成效", w.pool(b["achievements"]), least=2),
        Section("主要做法", w.pool(PRACTICES), "sub", least=2),
        Section("存在的问题", w.pool(PROBLEMS), "list", least=1),
        Section("下一步工作计划", w.pool(NEXT_STEPS, b["measures"]), "sub", least=2),
    ]
    return title, w.assemble([], sections, signature(doc), target), ""


BUILDERS: dict[str, Callable[[Writer, Doc, int], tuple[str, str, str]]] = {
    "normative-documents": build_normative, "consultations": build_consultation, "plans": build_plan,
    "work-updates": build_update, "implementation": build_implementation, "licensing": build_licensing,
    "supervision": build_supervision, "notices": build_notice, "service-guides": build_guide,
    "interpretations": build_interpretation, "results": build_result, "statistics": build_statistics,
    "reports": build_report,
}
ORG_INDEX: dict[str, Org] = {}  # filled by generate(): every organization by id


# ---------------------------------------------------------------------------------------------
# Matters: the guide, the key facts and, once documents are linked, the catalogue rows
# ---------------------------------------------------------------------------------------------

AUDIENCES = {"public-service": "本区户籍居民及持有本区有效居住证的常住人员",
             "administrative-power": "符合条件的本区户籍居民及持有本区有效居住证的常住人员",
             "public-concern": "本区居民、企业及其他社会组织",
             "business": "在本区依法登记的企业、社会组织和其他单位"}
NOTES = ("原件", "复印件", "原件及复印件", "原件核验", "")


def build_matter(rng: random.Random, m: Matter) -> None:
    bank = DOMAINS[m.domain]
    meta: dict[str, Any] = {"title": m.title, "domain": m.domain, "list": m.list, "department": m.department.id}
    if m.level != "district":
        meta["level"] = m.level
    own, basis = MATTER_DETAILS[m.base[0]]
    meta["basis"] = [bank["bases"][i] for i in basis]
    if rng.random() < 0.3:
        meta["basis"] += [b for b in rng.sample(bank["bases"], 1) if b not in meta["basis"]]
    promised = 0
    if rng.random() < 0.92:
        statutory = rng.choice({"administrative-power": (20, 20, 30, 45, 60), "public-service": (10, 15, 20, 30, 50),
                                "public-concern": (15, 30, 60)}[m.list])
        promised = max(1, round(statutory * rng.choice((0.2, 0.25, 0.3, 0.4, 0.5, 0.6))))
        meta["statutory_days"], meta["promised_days"] = statutory, promised
    meta["max_visits"] = rng.choices((0, 1, 2), (30, 55, 15))[0]
    meta["fee"] = "不收费" if rng.random() < 0.88 else rng.choice(
        ("免费", "工本费20元（首次申领免费）", "按《江州市行政事业性收费目录清单》规定标准收取"))
    business = any(k in x for x in own for k in ("营业执照", "举办者", "设置医疗机构", "养老机构", "建设项目", "排污"))
    m.business = business
    if rng.random() < 0.75:
        related = [c for c in bank["conditions"] if _shares(c, m.base[1] + "".join(own))]
        others = [c for c in bank["conditions"] if c not in related]
        conditions = (related + rng.sample(others, len(others)))[:rng.randint(1, 3)]
        if len(conditions) == 1:
            meta["conditions"] = conditions[0].rstrip("；") + "。"
        else:
            conditions[-1] = conditions[-1].rstrip("；") + "。"
            meta["conditions"] = "\n".join(f"{i}. {c}" for i, c in enumerate(conditions, start=1))
    first = "法定代表人身份证明" if business else "申请人居民身份证"
    names = [first] + [x for x in own if x != first and "居民身份证" not in x or x.startswith(("夫妻", "父母", "户主", "原"))]
    if rng.random() < 0.3:
        names.append("授权委托书及受托人身份证明（委托办理的）")
    materials = []
    for name in names:
        item: dict[str, Any] = {"name": name, "copies": rng.choice((1, 1, 1, 2))}
        note = rng.choice(NOTES)
        if note:
            item["note"] = note
        materials.append(item)
    meta["materials"] = materials
    meta["steps"] = _steps(rng, m, promised)
    meta["places"] = _places(m)
    if rng.random() < 0.7:
        meta["online_url"] = f"https://zwfw.jiangzhou.gov.cn/qingxi/{m.domain}/{m.base[0]}"
    meta["phone"] = m.department.phone
    related = [t for t in bank["tags"] if _shares(t, m.base[1] + "".join(own))]
    meta["tags"] = related[:3] or [bank["tags"][0]]
    if m.hot:
        meta["hot"] = True
    faq = [{"q": q, "a": a} for q, a in bank["faq"] if _shares(q, m.base[1])]
    if faq and rng.random() < 0.8:
        meta["faq"] = faq[:3]
    if rng.random() < 0.01:
        meta["aliases"] = [f"{m.id}-guide"]
    m.meta = meta
    m.body = _matter_body(rng, m)


def _shares(text: str, other: str) -> bool:
    """Whether two texts have a two-character word in common (出生登记 ~ 出生医学证明), so that they belong together."""
    pairs = {text[i:i + 2] for i in range(len(text) - 1)} - {"申请", "办理", "服务", "管理", "证明", "许可", "青溪", "本区",
                                                             "登记", "认定", "备案", "核发", "审批", "补贴"}
    return any(pair in other for pair in sorted(pairs))


def _steps(rng: random.Random, m: Matter, promised: int) -> list:
    dept = m.department.label
    if m.level == "community":
        plan = [("申请", "申请人"), ("社区受理", "社区党群服务中心"), ("街道审核", f"{m.street.label if m.street else ''}党群服务中心"),
                ("办结", "社区党群服务中心")]
    elif m.level == "subdistrict":
        plan = [("申请", "申请人"), ("受理", f"{dept}党群服务中心"), ("审核", f"{dept}业务科室"), ("审批", "区主管部门"),
                ("办结", f"{dept}党群服务中心")]
    else:
        plan = [("申请", "申请人"), ("受理", f"{dept}窗口"), ("审核", f"{dept}业务科室"), ("决定", "分管负责人"), ("办结送达", "窗口")]
    if rng.random() < 0.3 or not promised:
        return [name for name, _ in plan]
    middle = plan[1:-1]
    days = apportion(promised, [1] + [rng.uniform(1, 3) for _ in middle[1:]]) if len(middle) > 1 else [promised]
    steps: list[Any] = [plan[0][0]]
    for (name, who), d in zip(middle, days):
        steps.append({"name": name, "who": who, **({"days": d} if d else {})})
    steps.append({"name": plan[-1][0], "who": plan[-1][1]})
    return steps


def _places(m: Matter) -> list[str]:
    if m.level == "community" and m.community and m.street:
        return [f"{m.community.id}-station", f"{m.street.id}-service-center"]
    if m.level == "subdistrict" and m.street:
        return [f"{m.street.id}-service-center"]
    halls = DOMAINS[m.domain]["halls"].split(",")
    return halls[:2] if len(m.id) % 2 else halls[:1]


def _matter_body(rng: random.Random, m: Matter) -> str:
    bank = DOMAINS[m.domain]
    w = Writer(rng, None, m.domain, [], 2025)
    w.streets = [m.street] if m.street else [o for o in ORG_INDEX.values() if o.level == "subdistrict"]
    related = [x for x in bank["measures"] + bank["conditions"] if _shares(m.base[1], x)]
    context = w.fill(rng.choice(related)).rstrip("；") if related else ""
    context = context if not context or context.endswith("。") else context + "。"
    parts = ["## 适用对象", f"{AUDIENCES['business' if m.business else m.list]}。{context}",
             "## 办理须知", "\n".join(f"{i}. {n}" for i, n in enumerate(rng.sample(MATTER_NOTES, rng.randint(3, 5)), 1))]
    if rng.random() < 0.3:
        hall = PLACE_NAMES.get(m.meta["places"][0], "政务服务中心")
        parts += ["## 办理方式", w.table(["办理方式", "渠道", "说明"], [
            ["网上办理", "江州政务服务网、“i江州”App", "全天候在线申请，审核结果短信通知"],
            ["窗口办理", hall, "工作日办理，可提前在线预约"],
            ["邮寄办理", "中国邮政EMS", "材料寄送至受理窗口，结果免费寄回"]])]
    parts += ["## 温馨提示", *rng.sample(MATTER_TIPS, rng.randint(1, 2))]
    return "\n\n".join(parts)


PLACE_NAMES: dict[str, str] = {}  # filled by generate(): place names by id, for matter guides

CATALOGUE_ITEMS = {
    "service": ("办事指南", "受理部门、办理条件、办理流程、所需材料、办理时限、收费依据及标准、咨询方式",
                "信息形成或者变更之日起20个工作日内"),
    "decision": ("政策文件", "相关法律法规、规章、规范性文件及政策解读", "制定或获取信息之日起20个工作日内"),
    "execution": ("执行情况", "政策执行情况、资金发放情况、工作进展", "信息形成或者变更之日起20个工作日内"),
    "management": ("监督检查", "检查事项、检查依据、检查结果、处理情况", "自作出决定之日起7个工作日内"),
    "result": ("办理结果", "审核结果、办理时间、办理单位", "公示7个工作日"),
}
ACTIVE_CHANNELS = ("政务服务中心", "两微一端", "社区/企事业单位/村公示栏(电子屏)", "便民服务站", "公开查阅点", "精准推送",
                   "入户/现场", "12345政务服务热线", "纸质媒体")
CATEGORY_STAGE = {cid: stage for cid, _, stage, _ in CATEGORIES}


def finish_matter(rng: random.Random, m: Matter) -> None:
    """Add the catalogue rows (actively disclosed only where linked documents of that stage exist) and links."""
    published = sorted((d for d in m.docs if not d.draft), key=lambda d: (d.day, d.id), reverse=True)
    have = {CATEGORY_STAGE[d.category] for d in published}
    others = [s for s in STAGES if s != "service"]
    stages = ["service"] + rng.sample(others, rng.randint(0, 2))
    if rng.random() < 0.15:
        stages = stages[1:] or ["service"]
    subject = m.department.name
    basis = "".join(m.meta["basis"][:2]) + "《中华人民共和国政府信息公开条例》"
    rows_ = []
    for stage in sorted(stages, key=list(STAGES).index):
        item, content, limit = CATALOGUE_ITEMS[stage]
        if stage == "management" and m.domain == "urban-enforcement":
            item, content = "行政处罚", "处罚决定书文号、处罚对象、违法事实、处罚依据、处罚结果"
        if stage == "result" and m.domain == "social-assistance":
            item, content = "初审对象名单", "申请人姓名、家庭人口、拟保障金额"
        active = stage in have
        channels = ["政府网站", *rng.sample(ACTIVE_CHANNELS, rng.randint(1, 3))] if active else ["其他"]
        rows_.append({
            "item": item, "stage": stage, "content": content, "basis": basis,
            "time_limit": limit if active else "自收到申请之日起20个工作日内", "subject": subject,
            "channels": sorted(channels, key=CHANNELS.index),
            "audience": "specific" if stage == "result" and m.list != "public-concern" and rng.random() < 0.5 else "public",
            "method": "active" if active else "on-request",
            "levels": ["county"] if m.level == "district" else rng.choice((["township"], ["county", "township"])),
        })
    meta = dict(m.meta)
    if published and rng.random() < 0.1:
        meta["documents"] = sorted(d.id for d in published[:3])
    catalogue_at = list(meta).index("faq") if "faq" in meta else len(meta)
    items = list(meta.items())
    items.insert(catalogue_at, ("catalogue", rows_))
    m.meta = dict(items)
    if published and rng.random() < 0.2:
        m.body += "\n\n## 相关文件\n\n" + "\n".join(f"- [{d.title}](document:{d.id})" for d in published[:3])


# ---------------------------------------------------------------------------------------------
# Attachments: small but valid PDF, Word, Excel and PNG files, shared by many documents
# ---------------------------------------------------------------------------------------------

FILE_KINDS = (  # slug, extension, weight, title
    ("sqb", "docx", 3, "{result}申请表"),
    ("md", "xlsx", 3, "{result}名单"),
    ("cns", "docx", 2, "申请人承诺书"),
    ("zn", "pdf", 2, "{topic}办事指南"),
    ("qw", "pdf", 3, "{policy}（全文）"),
    ("tj", "png", 2, "{topic}政策图解"),
)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def plan_files(rng: random.Random, scale: float) -> list[tuple[str, str, int, str]]:
    """Return the attachment pool: (path under files/, domain, year, kind slug)."""
    count = max(24, round(320 * scale ** 0.5))
    domains = list(DOMAINS)
    kinds = [k[0] for k in FILE_KINDS]
    picked = rng.choices(kinds, [k[2] for k in FILE_KINDS], k=count)
    files = []
    for i in range(count):
        year, domain = YEARS[i % len(YEARS)], domains[(i // len(YEARS)) % len(domains)]
        ext = next(k[1] for k in FILE_KINDS if k[0] == picked[i])
        files.append((f"{year}/{domain}-{picked[i]}-{i + 1:03d}.{ext}", domain, year, picked[i]))
    return files


def make_pdf(text: list[str]) -> bytes:
    content = "BT /F1 12 Tf 72 770 Td 16 TL " + " ".join(f"({t}) '" for t in text) + " ET"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               "/Resources << /Font << /F1 5 0 R >> >> >>",
               f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{obj}\nendobj\n".encode("ascii")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    out += b"".join(f"{o:010d} 00000 n \n".encode("ascii") for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("ascii")
    return out


def _zip(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"


def make_docx(paragraphs: list[str]) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return _zip({
        "[Content_Types].xml": XML + f'<Types xmlns="{TYPES}"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": XML + f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{OFFICE}/officeDocument" '
        'Target="word/document.xml"/></Relationships>',
        "word/document.xml": XML + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>",
    })


def make_xlsx(table: list[list[str]]) -> bytes:
    def cell(col: int, row: int, value: str) -> str:
        return f'<c r="{chr(65 + col)}{row}" t="inlineStr"><is><t>{value}</t></is></c>'
    sheet = "".join(f'<row r="{r}">' + "".join(cell(c, r, v) for c, v in enumerate(line)) + "</row>"
                    for r, line in enumerate(table, start=1))
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    return _zip({
        "[Content_Types].xml": XML + f'<Types xmlns="{TYPES}"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": XML + f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{OFFICE}/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": XML + f'<workbook xmlns="{main}" xmlns:r="{OFFICE}"><sheets><sheet name="Sheet1" '
        'sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": XML + f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" '
        f'Type="{OFFICE}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": XML + f'<worksheet xmlns="{main}"><sheetData>{sheet}</sheetData></worksheet>',
    })


def make_png(rng: random.Random, width: int = 320, height: int = 200) -> bytes:
    """Return a small bar chart: the kind of 图解 image a 政策解读 carries."""
    colours = [(194, 38, 38), (214, 120, 40), (46, 110, 180), (60, 150, 90)]
    bars = [(24 + i * 58, rng.randint(40, 170), colours[i % len(colours)]) for i in range(5)]
    background = bytes((246, 247, 250)) * width
    raw = bytearray()
    for y in range(height):
        row = bytearray(background)
        for left, tall, colour in bars:
            if height - 12 - tall <= y < height - 12:
                row[left * 3:(left + 40) * 3] = bytes(colour) * 40
        raw += b"\0" + row

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def file_bytes(rng: random.Random, path: str, domain: str, kind: str, w: Writer, person: Callable[[], str]) -> bytes:
    if path.endswith(".pdf"):
        return make_pdf([f"Qingxi District, Jiangzhou: {domain}", f"files/{path}", "Synthetic attachment for benchmarks."])
    if path.endswith(".docx"):
        return make_docx([w.fill(rng.choice(DOMAINS[domain]["background"]))] +
                         ["申请人姓名：", "身份证号码：", "联系电话：", "申请事项：", "申请人签名：          日期："])
    if path.endswith(".xlsx"):
        return make_xlsx([["序号", "姓名", "所属街道", "金额（元）"]] +
                         [[str(i), person().replace("\\", ""), rng.choice([s[1] for s in SUBDISTRICTS]) + "街道",
                           str(rng.choice(MONEY))] for i in range(1, rng.randint(6, 20))])
    return make_png(rng)


# ---------------------------------------------------------------------------------------------
# Free pages
# ---------------------------------------------------------------------------------------------

PAGES = {
    "guide": ("政府信息公开指南", 1, """\
为便于公民、法人和其他组织获取青溪区人民政府及其工作部门的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。

## 一、主动公开

主动公开的政府信息通过本网站“政务公开”专栏发布，按照决策、执行、管理、服务、结果五个环节和就业创业、养老服务、社会救助等九个领域分类展示。属于主动公开范围的政府信息，自该信息形成或者变更之日起20个工作日内予以公开。

区政务服务中心、各街道党群服务中心设有政府信息公开查阅点，工作时间内可免费查阅。

## 二、依申请公开

公民、法人或者其他组织可以向区人民政府及其工作部门申请获取相关政府信息，具体程序见[依申请公开办理流程](page:apply)。

## 三、监督和救济

公民、法人或者其他组织认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。

受理机构：青溪区政务公开办公室，电话：0755-25660000。
"""),
    "apply": ("依申请公开办理流程", 2, """\
## 一、提出申请

申请人可以通过本网站在线申请、信函或者到区政务服务中心政府信息公开受理窗口当面提交申请。申请书应当包括申请人的姓名或者名称、身份证明、联系方式，以及申请公开的政府信息的名称、文号或者便于查询的其他特征性描述。

## 二、补正

申请内容不明确的，受理机关自收到申请之日起7个工作日内一次性告知申请人作出补正。答复期限自收到补正的申请之日起计算。

## 三、答复

| 情形 | 答复期限 |
| --- | --- |
| 能够当场答复的 | 当场答复 |
| 不能当场答复的 | 自收到申请之日起20个工作日内 |
| 需要延长答复期限的 | 经负责人同意可延长，延长期限最长不超过20个工作日 |
| 需要征求第三方意见的 | 征求意见所需时间不计算在答复期限内 |

## 四、收费

行政机关依申请提供政府信息，不收取费用。申请人申请公开政府信息的数量、频次明显超过合理范围的，可以按规定收取信息处理费。

常见的办事问题也可先查阅[{example_title}](matter:{example})等事项的办事指南。
"""),
    "about": ("关于本站", 3, """\
青溪区政务公开网站由江州市青溪区人民政府办公室主办，集中发布全区各部门、各街道的政府信息和政务服务事项。

## 一、网站结构

网站按照领域、五公开环节、信息类别、三大清单、三个层级和发布机构组织信息，每个事项页面汇集与该事项有关的全部文件。

## 二、适老化和无障碍

每个页面均提供“大字”和“高对比”两种浏览模式，页面可在手机、电脑和政务服务大厅自助终端上使用。

## 三、联系我们

地址：江州市青溪区文锦中路1008号；电话：0755-25660000。
"""),
}


def page_files(example: Matter) -> dict[str, str]:
    out = {}
    for pid, (title, order, text) in PAGES.items():
        text = text.replace("{example_title}", example.title).replace("{example}", example.id)
        out[f"pages/{pid}.md"] = markdown_file({"title": title, "order": order}, text)
    return out


# ---------------------------------------------------------------------------------------------
# The whole folder
# ---------------------------------------------------------------------------------------------

@dataclass
class Summary:
    matters: int = 0
    documents: int = 0
    drafts: int = 0
    interpretations: int = 0
    expired: int = 0
    repealed: int = 0
    traditional: int = 0
    files: int = 0
    bytes: int = 0


def attach(rng: random.Random, doc: Doc, pool: dict[tuple[str, int], list[tuple[str, str]]],
           by_year: dict[int, list[tuple[str, str]]]) -> None:
    if rng.random() >= ATTACHING.get(doc.category, 0.0):
        return
    choices = pool.get((doc.domain, doc.day.year)) or by_year.get(doc.day.year) or []
    if doc.category == "interpretations":
        choices = [c for c in choices if c[1] == "tj"] or choices
    else:
        choices = [c for c in choices if c[1] != "tj"] or choices
    if choices:
        doc.attachments = rng.sample(choices, min(len(choices), rng.choice((1, 1, 1, 2, 2, 3))))


def document_meta(doc: Doc, title: str, summary: str, keywords: list[str], attachments: list[dict]) -> dict:
    meta: dict[str, Any] = {"title": title, "category": doc.category, "publisher": doc.publisher.id}
    if doc.draft:
        meta["draft"] = True
    else:
        meta["published"] = doc.published
    meta["written"] = doc.written
    if doc.number:
        meta["number"] = doc.number
    if keywords:
        meta["keywords"] = keywords
    meta["matters"] = [m.id for m in doc.matters]
    if doc.validity != "valid":
        meta["validity"] = doc.validity
    if doc.valid_until:
        meta["valid_until"] = doc.valid_until
    if doc.interprets:
        meta["interprets"] = doc.interprets.id
    if attachments:
        meta["attachments"] = attachments
    if summary:
        meta["summary"] = summary
    if doc.alias:
        meta["aliases"] = [doc.alias]
    return meta


def generate(out: Path, scale: float, seed: int) -> Summary:
    """Write the whole content folder into `out` (an empty folder)."""
    rng = random.Random(seed)
    summary = Summary()
    orgs = build_orgs(rng)
    ORG_INDEX.clear()
    ORG_INDEX.update({o.id: o for o in orgs})
    places = build_places(rng, orgs)
    PLACE_NAMES.clear()
    PLACE_NAMES.update({p["id"]: p["name"] for p in places})
    to_traditional = s2t_table()

    def write(relative: str, data: str | bytes) -> None:
        path = out / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        raw = data.encode("utf-8") if isinstance(data, str) else data
        path.write_bytes(raw)
        summary.bytes += len(raw)

    write("site.yaml", site_yaml(orgs))
    write("places.yaml", places_yaml(places))

    matters = plan_matters(rng, orgs, max(1, round(FULL_MATTERS * scale)))
    for matter in matters:
        build_matter(rng, matter)
    docs = plan_documents(rng, orgs, matters, max(1, round(FULL_DOCUMENTS * scale)))
    assign_numbers_and_ids(docs)
    for doc in docs:
        for matter in doc.matters:
            matter.docs.append(doc)

    files = plan_files(rng, scale)
    pool: dict[tuple[str, int], list[tuple[str, str]]] = {}
    by_year: dict[int, list[tuple[str, str]]] = {}
    for path, domain, year, kind in files:
        pool.setdefault((domain, year), []).append((path, kind))
        by_year.setdefault(year, []).append((path, kind))
    for path, domain, year, kind in files:
        w = Writer(rng, None, domain, orgs, year)
        write(f"files/{path}", file_bytes(rng, path, domain, kind, w, w.person))
    summary.files = len(files)

    for doc in docs:
        attach(rng, doc, pool, by_year)
        w = Writer(rng, doc, doc.domain, orgs, doc.day.year)
        title, body, about = compose(w, doc, rng.randint(820, 2350))
        doc.title = title
        keywords = []
        if doc.category == "normative-documents" or rng.random() < 0.7:
            keywords = rng.sample(w.bank["keywords"], rng.randint(2, 4))
        attachments = []
        listed = []
        for i, (path, kind) in enumerate(doc.attachments, start=1):
            name = next(k[3] for k in FILE_KINDS if k[0] == kind)
            label = f"附件{i}：" + w.fill(name.replace("{result}", rng.choice(w.bank["results"])))
            attachments.append({"file": path, "title": label})
            listed.append(f"{i}. [{label}](files/{path})" if rng.random() < 0.5 else f"{i}. {label}")
        if listed and doc.category != "interpretations":
            body += "\n\n附件：\n\n" + "\n".join(listed)
        about = about if about and rng.random() < 0.25 else ""
        if doc.traditional:
            title, body, about = (t.translate(to_traditional) for t in (title, body, about))
            keywords = [k.translate(to_traditional) for k in keywords]
            for entry in attachments:
                entry["title"] = entry["title"].translate(to_traditional)
            doc.title = title
            summary.traditional += 1
        meta = document_meta(doc, title, about, keywords, attachments)
        write(f"documents/{doc.day.year}/{doc.id}.md", markdown_file(meta, body))
        summary.documents += 1
        summary.drafts += doc.draft
        summary.interpretations += doc.category == "interpretations"
        summary.expired += doc.validity == "expired"
        summary.repealed += doc.validity == "repealed"

    for matter in matters:
        finish_matter(rng, matter)
        write(f"matters/{matter.domain}/{matter.id}.md", markdown_file(matter.meta, matter.body))
        summary.matters += 1
    for relative, text in page_files(matters[0]).items():
        write(relative, text)
    return summary


# ---------------------------------------------------------------------------------------------
# Command line: write beside OUT_DIR, then swap it in; never replace a folder this did not make
# ---------------------------------------------------------------------------------------------

class Refused(Exception):
    """OUT_DIR is a file, or a non-empty folder this script did not write."""


def check_out_dir(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise Refused(f"{out} is a file, not a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise Refused(f"{out} is not empty and was not written by bench/corpus.py (no {MARKER} in it); "
                      "choose a new or empty folder")


def write_corpus(out: Path, scale: float, seed: int) -> Summary:
    """Generate into a temporary folder beside `out`, then put it in place of `out`."""
    check_out_dir(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.corpus-", dir=out.parent))
    try:
        summary = generate(staging, scale, seed)
        (staging / MARKER).write_text(f"bench/corpus.py output: scale {scale!r}, seed {seed}. "
                                      "Replaced whenever the corpus is generated again.\n", encoding="utf-8")
        os.chmod(staging, 0o755)
        check_out_dir(out)  # still ours: nothing else wrote there meanwhile
        old = None
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.replace(out, old / "corpus")
        os.replace(staging, out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return summary
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _scale(text: str) -> float:
    value = float(text)
    if not value > 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError(f"scale must be a positive number, not {text!r}")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/corpus.py",
                                     description="Write a deterministic synthetic 政务公开 content folder for benchmarks.")
    parser.add_argument("out", type=Path, metavar="OUT_DIR", help="the content folder to write (replaced if ours)")
    parser.add_argument("--scale", type=_scale, default=1.0,
                        help="1.0 = a district: 1,206 matters and 20,972 documents (default 1.0)")
    parser.add_argument("--seed", type=int, default=2018, help="random seed (default 2018)")
    parser.add_argument("--quiet", action="store_true", help="print nothing on success")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        summary = write_corpus(args.out, args.scale, args.seed)
    except Refused as exc:
        print(f"error: refusing to write: {exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(f"wrote {summary.matters} matters, {summary.documents} documents ({summary.interpretations} "
              f"interpretations, {summary.drafts} drafts, {summary.expired} expired, {summary.repealed} repealed, "
              f"{summary.traditional} in Traditional characters) and {summary.files} attachments, "
              f"{summary.bytes / 1e6:.1f} MB, into {args.out} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
