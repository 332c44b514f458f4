"""A demo warehouse: suppliers, some forty items with barcodes, and a year of movements up
to the demo's reference date — monthly purchases that restock what ran low, weekly issues to
the departments, one mistaken issue reversed, a posted mid-year stocktake — leaving a few
items under their minimum for the low-stock list. Everything goes through the services."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from app.demo import reference_date
from app.models.stock import DocKind, DocReason, StockItem
from app.services import stock, stocktake
from app.services.permissions import Actor
from app.services.stock import DocumentInput, LineInput

SUPPLIERS = (
    ("GY01", "华联五金建材商行", "周老板", "0571-86012345"),
    ("GY02", "永明电器批发部", "吴经理", "0571-86023456"),
    ("GY03", "洁美清洁用品公司", "郑女士", "0571-86034567"),
    ("GY04", "绿源园林资材店", "冯师傅", "0571-86045678"),
)


@dataclass(frozen=True)
class _Item:
    code: str
    name: str
    spec: str
    uom: str
    category: str
    supplier: str
    price: str  # typical purchase price per unit, yuan
    min_qty: int
    max_qty: int
    weekly: int  # typical weekly use


ITEMS = (
    _Item("WJ001", "十字螺丝", "M4×20", "盒", "五金", "GY01", "6.50", 5, 20, 1),
    _Item("WJ002", "膨胀螺栓", "M8×80", "个", "五金", "GY01", "0.85", 50, 200, 12),
    _Item("WJ003", "合页", "4寸不锈钢", "副", "五金", "GY01", "8.00", 10, 40, 2),
    _Item("WJ004", "门锁", "球形锁", "把", "五金", "GY01", "45.00", 3, 10, 1),
    _Item("WJ005", "闭门器", "065型", "个", "五金", "GY01", "68.00", 2, 8, 0),
    _Item("WJ006", "玻璃胶", "300ml 透明", "支", "五金", "GY01", "12.00", 10, 40, 3),
    _Item("WJ007", "电工胶布", "18mm×10m", "卷", "五金", "GY01", "2.50", 20, 80, 4),
    _Item("DL001", "LED灯泡", "9W E27", "只", "电料", "GY02", "4.50", 30, 120, 8),
    _Item("DL002", "LED灯管", "T8 18W 1.2m", "支", "电料", "GY02", "15.00", 20, 60, 4),
    _Item("DL003", "声控开关", "86型", "个", "电料", "GY02", "18.00", 10, 40, 2),
    _Item("DL004", "空气开关", "DZ47 C32", "个", "电料", "GY02", "22.00", 5, 20, 1),
    _Item("DL005", "电线", "BV2.5 红", "卷", "电料", "GY02", "185.00", 2, 6, 0),
    _Item("DL006", "插座面板", "五孔 86型", "个", "电料", "GY02", "9.80", 10, 40, 2),
    _Item("DL007", "应急灯", "双头 LED", "个", "电料", "GY02", "48.00", 4, 12, 0),
    _Item("SN001", "PPR水管", "DN20 4m", "根", "水暖", "GY01", "12.00", 10, 40, 2),
    _Item("SN002", "PPR弯头", "DN20 90°", "个", "水暖", "GY01", "1.20", 30, 120, 6),
    _Item("SN003", "水龙头", "铜芯 4分", "个", "水暖", "GY01", "35.00", 4, 15, 1),
    _Item("SN004", "角阀", "4分 冷热", "个", "水暖", "GY01", "16.00", 8, 30, 2),
    _Item("SN005", "生料带", "20m", "卷", "水暖", "GY01", "1.50", 20, 80, 4),
    _Item("SN006", "地漏", "不锈钢 防臭", "个", "水暖", "GY01", "28.00", 4, 12, 0),
    _Item("BJ001", "垃圾袋", "90×100cm 50只", "包", "保洁用品", "GY03", "18.00", 20, 80, 6),
    _Item("BJ002", "拖把", "旋转 棉线", "把", "保洁用品", "GY03", "25.00", 6, 20, 1),
    _Item("BJ003", "扫帚", "塑料 软毛", "把", "保洁用品", "GY03", "12.00", 6, 20, 1),
    _Item("BJ004", "洗洁精", "5kg", "桶", "保洁用品", "GY03", "32.00", 4, 15, 1),
    _Item("BJ005", "84消毒液", "5kg", "桶", "保洁用品", "GY03", "38.00", 6, 20, 2),
    _Item("BJ006", "玻璃水", "2.5kg", "桶", "保洁用品", "GY03", "22.00", 4, 12, 1),
    _Item("BJ007", "橡胶手套", "加厚 中号", "副", "保洁用品", "GY03", "4.00", 20, 60, 5),
    _Item("BJ008", "抹布", "超细纤维", "条", "保洁用品", "GY03", "2.80", 30, 100, 6),
    _Item("LH001", "复合肥", "40kg", "袋", "绿化用品", "GY04", "150.00", 2, 8, 0),
    _Item("LH002", "草籽", "黑麦草 1kg", "袋", "绿化用品", "GY04", "35.00", 3, 10, 0),
    _Item("LH003", "修枝剪", "SK5", "把", "绿化用品", "GY04", "45.00", 2, 6, 0),
    _Item("LH004", "浇水软管", "6分 30m", "卷", "绿化用品", "GY04", "88.00", 1, 4, 0),
    _Item("LB001", "劳保手套", "线手套 12副", "打", "劳保用品", "GY03", "15.00", 10, 30, 2),
    _Item("LB002", "安全帽", "ABS 黄色", "顶", "劳保用品", "GY01", "25.00", 4, 12, 0),
    _Item("XF001", "干粉灭火器", "4kg", "具", "消防器材", "GY01", "85.00", 6, 20, 0),
    _Item("XF002", "消防应急指示灯", "安全出口", "个", "消防器材", "GY02", "42.00", 4, 12, 0),
    _Item("BG001", "A4复印纸", "70g 500张", "包", "办公用品", "GY01", "23.00", 10, 40, 2),
    _Item("BG002", "签字笔", "0.5mm 黑", "支", "办公用品", "GY01", "1.50", 24, 96, 4),
)

# Who draws what: (department, recipients, purposes) by category.
USES = {
    "五金": ("工程部", ("李师傅", "张师傅"), ("公共区域维修", "单元门维修", "业主报修")),
    "电料": ("工程部", ("李师傅", "王电工"), ("楼道照明维修", "配电箱维护", "业主报修")),
    "水暖": ("工程部", ("张师傅", "刘师傅"), ("管道维修", "水泵房维护", "业主报修")),
    "保洁用品": ("保洁部", ("王阿姨", "陈阿姨"), ("日常保洁", "垃圾清运", "消杀")),
    "绿化用品": ("绿化部", ("赵师傅",), ("草坪养护", "修剪绿篱")),
    "劳保用品": ("秩序部", ("孙队长",), ("人员防护",)),
    "消防器材": ("秩序部", ("孙队长",), ("消防巡检更换",)),
    "办公用品": ("综合办公室", ("周文员",), ("日常办公",)),
}

YEAR_DAYS = 364  # the stock history: a year up to the demo's today
# Not restocked in the last two months, so the low-stock list has something to say.
LOW_AT_THE_END = ("DL001", "BJ001", "SN005", "WJ002")


def ean13(seed: int) -> str:
    """A valid EAN-13 in the 690–699 (China) range."""
    body = f"690{seed:09d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def create_demo_stock(actor: Actor, seed: int = 1) -> dict[str, int]:
    rng = random.Random(f"stock-{seed}")
    suppliers = {code: stock.create_supplier(actor, code, name, contact, phone).id
                 for code, name, contact, phone in SUPPLIERS}  # fmt: skip
    items = {}
    for number, spec in enumerate(ITEMS, start=1):
        items[spec.code] = stock.create_item(
            actor, spec.code, spec.name, spec.uom, specification=spec.spec,
            category=spec.category, location=f"{'ABCD'[number % 4]}-{number % 6 + 1:02d}",
            min_qty=spec.min_qty, max_qty=spec.max_qty, barcode=ean13(seed * 1000 + number),
            supplier_id=suppliers[spec.supplier],
        ).id  # fmt: skip
    documents = _opening(actor, rng, items, suppliers)
    day, week = _start() + timedelta(days=7), 0
    while day < reference_date() - timedelta(days=3):
        documents += _issues(actor, rng, items, day)
        if week % 4 == 3:
            documents += _restock(actor, rng, items, suppliers, day + timedelta(days=2))
        if week == 26:
            _stocktake(actor, rng, day + timedelta(days=1))
        day, week = day + timedelta(days=7), week + 1
    documents += _reversal(actor, items, day)
    documents += _run_low(actor, items, reference_date() - timedelta(days=2))
    return {"stock_items": len(items), "stock_documents": documents}


def _start() -> date:
    return reference_date() - timedelta(days=YEAR_DAYS)


def _price(rng: random.Random, spec: _Item) -> Decimal:
    """Prices drift a little between purchases (so the moving average moves)."""
    factor = Decimal(rng.choice((95, 98, 100, 100, 102, 105))) / 100
    return (Decimal(spec.price) * factor).quantize(Decimal("0.01"))


def _opening(actor: Actor, rng: random.Random, items: dict, suppliers: dict) -> int:
    by_supplier: dict[str, list[LineInput]] = {}
    for spec in ITEMS:
        by_supplier.setdefault(spec.supplier, []).append(
            LineInput(items[spec.code], str(spec.max_qty), _price(rng, spec))
        )
    for code, lines in by_supplier.items():
        stock.create_and_post(actor, DocumentInput(
            DocKind.IN, DocReason.PURCHASE, _start(), lines, supplier_id=suppliers[code],
            remarks="期初建账采购",
        ))  # fmt: skip
    return len(by_supplier)


def _issues(actor: Actor, rng: random.Random, items: dict, day: date) -> int:
    by_category: dict[str, list[LineInput]] = {}
    balances = {i.id: i.qty for i in StockItem.select(StockItem.id, StockItem.qty)}
    for spec in ITEMS:
        use = spec.weekly if spec.weekly else int(rng.random() < 0.15)
        use = max(0, use + rng.randint(-1, 1)) if use else 0
        use = min(use, int(balances[items[spec.code]]))
        if use:
            by_category.setdefault(spec.category, []).append(LineInput(items[spec.code], use))
    posted = 0
    for category, lines in by_category.items():
        department, recipients, purposes = USES[category]
        stock.create_and_post(actor, DocumentInput(
            DocKind.OUT, DocReason.ISSUE, day + timedelta(days=rng.randint(0, 4)), lines,
            department=department, recipient=rng.choice(recipients),
            purpose=rng.choice(purposes),
        ))  # fmt: skip
        posted += 1
    return posted


def _restock(actor: Actor, rng: random.Random, items: dict, suppliers: dict, day: date) -> int:
    by_supplier: dict[str, list[LineInput]] = {}
    for spec in ITEMS:
        on_hand = StockItem.get_by_id(items[spec.code]).qty
        held_back = spec.code in LOW_AT_THE_END and day > reference_date() - timedelta(days=60)
        if on_hand < spec.min_qty * 2 and not held_back:
            lines = by_supplier.setdefault(spec.supplier, [])
            lines.append(LineInput(items[spec.code], str(spec.max_qty - int(on_hand)),
                                   _price(rng, spec)))  # fmt: skip
    for code, lines in by_supplier.items():
        stock.create_and_post(actor, DocumentInput(
            DocKind.IN, DocReason.PURCHASE, day, lines, supplier_id=suppliers[code],
        ))  # fmt: skip
    return len(by_supplier)


def _stocktake(actor: Actor, rng: random.Random, day: date) -> None:
    """A mid-year count: nearly everything as booked, a few small differences."""
    take = stocktake.start_stocktake(actor, count_date=day, remarks="年中盘点")
    for spec in ITEMS:
        on_hand = int(StockItem.get(StockItem.code == spec.code).qty)
        off = rng.choice((0,) * 12 + (-1, 1))
        stocktake.record_count(actor, take.id, spec.code, max(0, on_hand + off))
    stocktake.post_stocktake(actor, take.id)


def _reversal(actor: Actor, items: dict, day: date) -> int:
    """An issue written to the wrong department, reversed (红冲) and issued again."""
    wrong = stock.create_and_post(actor, DocumentInput(
        DocKind.OUT, DocReason.ISSUE, day, [LineInput(items["BG001"], 2)],
        department="工程部", recipient="李师傅", purpose="打印维修单",
    ))  # fmt: skip
    stock.reverse_document(actor, wrong.id, "部门写错", on=day)
    stock.create_and_post(actor, DocumentInput(
        DocKind.OUT, DocReason.ISSUE, day, [LineInput(items["BG001"], 2)],
        department="综合办公室", recipient="周文员", purpose="打印维修单",
    ))  # fmt: skip
    return 3


def _run_low(actor: Actor, items: dict, day: date) -> int:
    """The items kept off the restocks are drawn down under their minimum."""
    lines = []
    for spec in ITEMS:
        if spec.code in LOW_AT_THE_END:
            on_hand = int(StockItem.get_by_id(items[spec.code]).qty)
            target = max(0, spec.min_qty // 2)
            if on_hand > target:
                lines.append(LineInput(items[spec.code], on_hand - target))
    if not lines:
        return 0
    stock.create_and_post(actor, DocumentInput(
        DocKind.OUT, DocReason.ISSUE, day, lines, department="工程部", recipient="李师傅",
        purpose="小区亮化整修",
    ))  # fmt: skip
    return 1
