"""The monthly report's built-in sections, in report order. Headings are the report's own
Chinese (the document goes to head office as it is); figures come from monthly_fees and
monthly_desk. Importing this module registers them (monthly_figures.build_sections does)."""

from __future__ import annotations

from decimal import Decimal

from app.services import parking_figures
from app.services.monthly_desk import complaint_figures, rate_of, repair_figures, stock_figures
from app.services.monthly_fees import (
    Collection,
    arrears_ageing,
    cash_in,
    collection_figures,
    receipt_figures,
    refunds_in,
    waivers_in,
)
from app.services.monthly_figures import (
    DATE,
    INT,
    MONEY,
    PERCENT,
    Chart,
    Column,
    Fact,
    MonthScope,
    Section,
    Table,
    register_section,
)

METHODS = {
    "cash": "现金",
    "wechat": "微信",
    "alipay": "支付宝",
    "card": "银行卡",
    "transfer": "转账",
    "prepaid": "预存款抵扣",
}
COMPLAINT_CATEGORIES = {
    "service": "服务态度",
    "repair": "维修",
    "cleaning": "环境卫生",
    "security": "安全秩序",
    "fees": "收费",
    "noise": "噪音",
    "parking": "停车",
    "greening": "绿化",
    "other": "其他",
}
CHANNELS = {"phone": "电话", "visit": "来访", "wechat": "微信", "letter": "信函", "other": "其他"}
REPAIR_CATEGORIES = {
    "waterproofing": "防水",
    "electrical": "电气管线",
    "plumbing": "给排水",
    "equipment": "设备安装",
    "fitout": "装修工程",
    "heating_cooling": "供热供冷",
    "structure": "地基主体结构",
    "other": "其他",
}
REPAIR_STATUS = {
    "received": "已受理",
    "dispatched": "已派工",
    "in_progress": "处理中",
    "completed": "已完工",
    "visited": "已回访",
    "closed": "已关闭",
    "cancelled": "已取消",
}
STOCK_REASONS = {
    ("in", "purchase"): "采购入库",
    ("in", "return"): "退库入库",
    ("out", "issue"): "领用出库",
    ("in", "reversal"): "冲销（入）",
    ("out", "reversal"): "冲销（出）",
    ("in", "stocktake"): "盘盈",
    ("out", "stocktake"): "盘亏",
}
ZERO = Decimal("0.00")
BUCKETS = ("30天内", "31–90天", "91–180天", "180天以上")

_COLLECTION_COLUMNS = (
    Column("应收", MONEY, True),
    Column("减免", MONEY, True),
    Column("实收", MONEY, True),
    Column("未收", MONEY, True),
    Column("收缴率", PERCENT, ratio=("实收", "应收", "减免")),
)


def _collection_row(name: str, c: Collection) -> tuple:
    return (name, c.billed, c.waived, c.collected, c.outstanding, c.rate)


def collection_section(scope: MonthScope) -> Section:
    figures = collection_figures(scope.period, scope.cutoff)
    t = figures.total
    buildings = [_collection_row(n, c) for n, c in figures.by_building]
    items = [_collection_row(n, c) for n, c in figures.by_item]
    trend = [_collection_row(p, c) for p, c in figures.trend]
    return Section(
        "collection",
        "收费情况",
        [
            Fact("应收", t.billed, MONEY),
            Fact("减免", t.waived, MONEY),
            Fact("实收", t.collected, MONEY),
            Fact("未收", t.outstanding, MONEY),
            Fact("收缴率", t.rate, PERCENT),
        ],
        [
            Table("by_building", "按楼栋", (Column("楼栋"), *_COLLECTION_COLUMNS), buildings),
            Table("by_item", "按收费项目", (Column("收费项目"), *_COLLECTION_COLUMNS), items),
            Table(
                "trend",
                "近12个月收缴情况",
                (Column("月份"), *_COLLECTION_COLUMNS),
                trend,
                total_label=None,
            ),
        ],
        [
            Chart(
                "by_building",
                "各楼栋应收与实收（元）",
                "bar",
                [n for n, _ in figures.by_building],
                [
                    ("应收", [c.billed for _, c in figures.by_building]),
                    ("实收", [c.collected for _, c in figures.by_building]),
                ],
            ),
            Chart(
                "trend",
                "近12个月收缴率",
                "line",
                [p[2:].replace("-", ".") for p, _ in figures.trend],
                [("收缴率", [c.rate for _, c in figures.trend])],
                percent=True,
            ),
        ],
        "应收为本月账单（含调整、临时收费）；实收为截至月末已收的本月费用；"
        "收缴率 = 实收 ÷（应收 − 减免）。",
    )


def cash_section(scope: MonthScope) -> Section:
    cash = cash_in(scope.period, scope.cutoff)
    receipts = receipt_figures(scope.first, scope.last, scope.cutoff)
    return Section(
        "cash",
        "收款与预交",
        [
            Fact("本月收款", cash.paid, MONEY),
            Fact("其中：本月费用", cash.this_month, MONEY),
            Fact("其中：清欠（往月费用）", cash.arrears, MONEY),
            Fact("其中：预交（以后月份）", cash.ahead, MONEY),
            Fact("其中：预存（未冲抵）", cash.credit, MONEY),
            Fact("预交/预存户数", cash.units_ahead, INT),
        ],
        [
            Table(
                "by_method",
                "按收款方式",
                (Column("收款方式"), Column("金额", MONEY, True)),
                [(METHODS.get(m, m), v) for m, v in receipts.by_method],
            ),
            Table(
                "by_cashier",
                "按收银员",
                (Column("收银员"), Column("收据张数", INT, True), Column("金额", MONEY, True)),
                receipts.by_cashier,
            ),
        ],
    )


def adjustments_section(scope: MonthScope) -> Section:
    waivers = waivers_in(scope.first, scope.last)
    refunds = refunds_in(scope.first, scope.last)
    kinds = {"credit": "预存款", "deposit": "押金"}
    return Section(
        "adjustments",
        "减免与退款",
        [
            Fact("减免笔数", len(waivers), INT),
            Fact("减免金额", sum((w.amount for w in waivers), ZERO), MONEY),
            Fact("退款笔数", len(refunds), INT),
            Fact("退款金额", sum((r.amount for r in refunds), ZERO), MONEY),
        ],
        [
            Table(
                "waivers",
                "减免明细",
                (
                    Column("单号"),
                    Column("日期", DATE),
                    Column("房号"),
                    Column("收费项目"),
                    Column("账期"),
                    Column("金额", MONEY, True),
                    Column("原因"),
                    Column("批准人"),
                ),
                [
                    (
                        w.number,
                        w.day,
                        w.unit_code,
                        w.fee_item,
                        w.period,
                        w.amount,
                        w.reason,
                        w.approved_by,
                    )
                    for w in waivers
                ],
            ),
            Table(
                "refunds",
                "退款明细",
                (
                    Column("单号"),
                    Column("日期", DATE),
                    Column("房号"),
                    Column("类别"),
                    Column("方式"),
                    Column("金额", MONEY, True),
                    Column("原因"),
                    Column("批准人"),
                ),
                [
                    (
                        r.number,
                        r.day,
                        r.unit_code,
                        kinds.get(r.kind, r.kind),
                        METHODS.get(r.method, r.method),
                        r.amount,
                        r.reason,
                        r.approved_by,
                    )
                    for r in refunds
                ],
            ),
        ],
    )


def arrears_section(scope: MonthScope) -> Section:
    rows = arrears_ageing(scope.cutoff, scope.today)
    table = Table(
        "ageing",
        f"截至 {scope.cutoff} 欠费账龄（按楼栋）",
        (
            Column("楼栋"),
            Column("欠费户数", INT, True),
            Column("欠费合计", MONEY, True),
            *(Column(b, MONEY, True) for b in BUCKETS),
        ),
        [(r.building, r.units, r.total, *r.buckets) for r in rows],
    )
    totals = table.totals()
    return Section(
        "arrears",
        "欠费及账龄",
        [
            Fact("欠费户数", totals[1] if rows else 0, INT),
            Fact("欠费合计", totals[2] if rows else ZERO, MONEY),
        ],
        [table],
        note="账龄按应缴日期起算的逾期天数；只计已到期的费用。",
    )


def receipts_section(scope: MonthScope) -> Section:
    r = receipt_figures(scope.first, scope.last, scope.cutoff)
    number_range = f"{r.first_number} — {r.last_number}" if r.issued else "—"
    return Section(
        "receipts",
        "收据使用",
        [
            Fact("开具收据", r.issued, INT),
            Fact("号段", number_range),
            Fact("开具金额", r.issued_amount, MONEY),
            Fact("其中作废", r.voided_of_issued, INT),
            Fact("作废金额", r.voided_of_issued_amount, MONEY),
            Fact("有效收据", r.live, INT),
            Fact("有效金额", r.live_amount, MONEY),
        ],
        [
            Table(
                "voids",
                "本月作废收据",
                (
                    Column("收据号"),
                    Column("开具日期", DATE),
                    Column("作废日期", DATE),
                    Column("房号"),
                    Column("金额", MONEY, True),
                    Column("作废原因"),
                    Column("作废人"),
                ),
                [
                    (
                        v.number,
                        v.receipt_date,
                        v.void_date,
                        v.unit_code,
                        v.amount,
                        v.reason,
                        v.voided_by,
                    )
                    for v in r.voids
                ],
            ),
        ],
    )


def stock_section(scope: MonthScope) -> Section:
    s = stock_figures(scope.first, scope.last)

    def number_range(kind: str) -> str:
        low, high = s.ranges.get(kind, ("", ""))
        return f"{low} — {high}" if low else "—"

    return Section(
        "stock",
        "仓库",
        [
            Fact("期初库存金额", s.opening_value, MONEY),
            Fact("本月入库", s.in_value, MONEY),
            Fact("本月出库", s.out_value, MONEY),
            Fact("期末库存金额", s.closing_value, MONEY),
            Fact("单据张数", s.documents, INT),
            Fact("入库单号段", number_range("in")),
            Fact("出库单号段", number_range("out")),
            Fact("低于下限物料", s.low_count, INT),
        ],
        [
            Table(
                "movements",
                "出入库汇总",
                (Column("类别"), Column("单据张数", INT, True), Column("金额", MONEY)),
                [(STOCK_REASONS.get((k, r), f"{k}/{r}"), n, v) for k, r, n, v in s.by_reason],
            ),
            Table(
                "low_stock",
                "低库存物料",
                (
                    Column("编码"),
                    Column("名称"),
                    Column("单位"),
                    Column("结存", "qty"),
                    Column("下限", "qty"),
                ),
                list(s.low_stock),
                total_label=None,
            ),
        ],
        note="金额按移动加权平均计价；入库、出库各含冲销单据。",
    )


def complaints_section(scope: MonthScope) -> Section:
    c = complaint_figures(scope.first, scope.last, scope.cutoff)
    return Section(
        "complaints",
        "客户投诉",
        [
            Fact("受理投诉", c.received, INT),
            Fact("有效投诉", c.valid, INT),
            Fact("无效投诉", c.invalid, INT),
            Fact("待定性", c.unclassified, INT),
            Fact("2个工作日内反馈", c.answered_in_time, INT),
            Fact("超时反馈", c.answered_late, INT),
            Fact("逾期未反馈", c.unanswered_overdue, INT),
            Fact("及时反馈率", c.in_time_rate, PERCENT),
            Fact("1个工作日内上报", c.reported_in_time, INT),
            Fact("已关闭", c.closed, INT),
            Fact("有效投诉处理率", c.valid_handled_rate, PERCENT),
        ],
        [
            _count_table("by_category", "按类别", "类别", COMPLAINT_CATEGORIES, c.by_category),
            _count_table("by_channel", "按渠道", "渠道", CHANNELS, c.by_channel),
        ],
        [
            Chart(
                "by_category",
                "投诉类别分布（件）",
                "bar",
                [COMPLAINT_CATEGORIES.get(k, k) for k, _ in c.by_category],
                [("件数", [n for _, n in c.by_category])],
            )
        ],
        "反馈时限：受理后2个工作日；上报总部：1个工作日（首问责任制）。",
    )


def _count_table(
    key: str, title: str, heading: str, words: dict[str, str], counts: list[tuple[str, int]]
) -> Table:
    """How many of each kind, the kinds' codes shown in words."""
    return Table(
        key,
        title,
        (Column(heading), Column("件数", INT, True)),
        [(words.get(code, code), n) for code, n in counts],
    )


def repairs_section(scope: MonthScope) -> Section:
    r = repair_figures(scope.first, scope.last)
    return Section(
        "repairs",
        "报修",
        [
            Fact("受理报修", r.received, INT),
            Fact("本月完工", r.completed, INT),
            Fact("保修期内（开发商承担）", r.developer_paid, INT),
            Fact("平均完工天数", r.average_days, "qty"),
            Fact("待回访", r.awaiting_visit, INT),
        ],
        [
            _count_table("by_category", "按类别", "类别", REPAIR_CATEGORIES, r.by_category),
            _count_table("by_status", "本月报修目前状态", "状态", REPAIR_STATUS, r.by_status),
        ],
    )


def parking_section(scope: MonthScope) -> Section:
    p = parking_figures.figures_of(scope.period)
    columns = (Column("收入"), Column("车次/笔数", INT, True), Column("金额", MONEY, True))
    rows = [
        ("临时停车（临停）", p.vehicles, p.temporary_income),
        ("月租及车位管理费（应收）", p.monthly_charges, p.monthly_billed),
    ]
    invoices = (
        Column("定额发票"),
        Column("张数", INT, True),
    )
    invoice_rows = [
        ("使用", p.invoices_used),
        ("作废", p.invoices_void),
        ("退回", p.invoices_returned),
    ]
    return Section(
        "parking",
        "停车收费与发票",
        [
            Fact("停车收入合计", p.total_income, MONEY),
            Fact("班次", p.shifts, INT),
            Fact("未交班", p.shifts_open, INT),
            Fact("交班现金差额", p.cash_difference, MONEY),
            Fact("发票面额超收款的班次", p.shifts_flagged, INT),
            Fact("已用发票面额", p.invoices_used_value, MONEY),
            Fact("领入发票本", p.books_received, INT),
            Fact("缴销发票本", p.books_written_off, INT),
        ],
        [
            Table("parking_income", "停车收入", columns, rows),
            Table("parking_invoices", "定额发票使用", invoices, invoice_rows, total_label=None),
        ],
        note="发票面额超过该班临停收款（或交班清点现金）的班次须核查。",
    )


def visits_section(scope: MonthScope) -> Section:
    c = complaint_figures(scope.first, scope.last, scope.cutoff)
    r = repair_figures(scope.first, scope.last)
    columns = (
        Column("回访对象"),
        Column("回访次数", INT, True),
        Column("满意", INT, True),
        Column("不满意", INT, True),
        Column("满意率", PERCENT),
    )
    rows = [
        ("投诉", c.visits, c.satisfied, c.dissatisfied, c.satisfaction),
        ("报修", r.visits, r.satisfied, r.dissatisfied, r.satisfaction),
    ]
    satisfied, dissatisfied = c.satisfied + r.satisfied, c.dissatisfied + r.dissatisfied
    overall = rate_of(satisfied, satisfied + dissatisfied)
    return Section(
        "visits",
        "回访与满意度",
        [Fact("回访次数", c.visits + r.visits, INT), Fact("综合满意率", overall, PERCENT)],
        [Table("visits", "回访统计", columns, rows)],
        note="满意率 = 满意 ÷ 有效回答（未接通、拒答不计）；目标不低于 95%。",
    )


for _key, _builder in (
    ("collection", collection_section),
    ("cash", cash_section),
    ("adjustments", adjustments_section),
    ("arrears", arrears_section),
    ("receipts", receipts_section),
    ("parking", parking_section),
    ("stock", stock_section),
    ("complaints", complaints_section),
    ("repairs", repairs_section),
    ("visits", visits_section),
):
    register_section(_key, _builder)
