"""The national vocabularies that every site shares: ids as written by editors, labels as shown."""
from __future__ import annotations

# 五公开: the five stages of government work (national and fixed).
STAGES = {
    "decision": "决策",
    "execution": "执行",
    "management": "管理",
    "service": "服务",
    "result": "结果",
}

# 三大清单
LISTS = {
    "administrative-power": "行政权力",
    "public-service": "公共服务",
    "public-concern": "群众关切",
}

# 三层级
LEVELS = {
    "district": "区",
    "subdistrict": "街道",
    "community": "社区",
}

VALIDITY = {"valid": "有效", "expired": "失效", "repealed": "废止"}
DISCLOSURE = {"active": "主动公开", "on-request": "依申请公开"}

# Standard catalogue columns (research/domain.md §1).
AUDIENCES = {"public": "全社会", "specific": "特定群体"}
METHODS = {"active": "主动", "on-request": "依申请"}
CATALOGUE_LEVELS = {"county": "县级", "township": "乡级"}

# 公开渠道和载体: the national checkbox list of 13, plus the 12345 hotline some counties add.
CHANNELS = (
    "政府网站",
    "政府公报",
    "两微一端",
    "发布会/听证会",
    "广播电视",
    "纸质媒体",
    "公开查阅点",
    "政务服务中心",
    "便民服务站",
    "入户/现场",
    "社区/企事业单位/村公示栏(电子屏)",
    "精准推送",
    "12345政务服务热线",
    "其他",
)
