"""Chinese names of the service desk's codes as they appear on printed documents."""

from __future__ import annotations

REPAIR_CATEGORIES = {
    "waterproofing": "防水",
    "electrical": "电气管线",
    "plumbing": "给排水管道",
    "equipment": "设备安装",
    "fitout": "装修工程",
    "heating_cooling": "供热与供冷",
    "structure": "地基基础和主体结构",
    "other": "其他",
}
PAYERS = {"developer": "开发商（质保期内）", "owner": "业主（有偿服务）"}
REPAIR_STATUS = {
    "received": "已受理",
    "dispatched": "已派工",
    "in_progress": "处理中",
    "completed": "已完工",
    "visited": "已回访",
    "closed": "已关闭",
    "cancelled": "已取消",
}
SATISFACTION = {"satisfied": "满意", "dissatisfied": "不满意", "no_answer": "未接通/拒答"}
INCIDENT_KINDS = {
    "fire": "火灾",
    "flood": "水浸",
    "outage": "停电停水",
    "lift": "电梯困人",
    "public_security": "治安",
    "other": "其他",
}
THREE_LEVEL = {3: "满意", 2: "基本满意", 1: "不满意"}


def percent(rate: object) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"
