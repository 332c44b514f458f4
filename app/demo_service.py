"""The demo office's service desk: a year of complaints and repairs with their return
visits, one satisfaction-survey round, a few incidents — all made through the services, by
the demo's 客服 and manager, so numbers, logs and the audit trail are what real use leaves.

Paid repairs are not billed here: the demo's fee items and bills belong to app.demo_fees, and
the office sets up its repair-fee item (REPAIR_FEE_CODE) itself.

The last few days stay unfinished on purpose: the 客服 page opens with complaints due today
or overdue, repairs in progress and visits waiting."""

from __future__ import annotations

import random
from datetime import date, timedelta

from app.demo import desk_today
from app.models.archive import Unit, UnitStatus
from app.models.stock import DocKind, DocReason
from app.services import complaints, incidents, repair_costs, repairs, stock, surveys
from app.services.complaints import Category, Channel, Satisfaction
from app.services.incidents import IncidentKind
from app.services.permissions import Actor
from app.services.repairs import RepairCategory
from app.services.stock import DocumentInput, LineInput
from app.services.surveys import SurveyScale
from app.workdays import add_workdays, is_workday

WORKERS = ("张师傅", "刘师傅", "陈师傅", "周电工")
COMPLAINTS = {
    Category.CLEANING: ("楼道垃圾未及时清运", "电梯轿厢有异味", "单元门口宠物粪便无人清理"),
    Category.NOISE: ("楼上装修周末施工噪音", "夜间广场舞音响太大", "空调外机噪音扰民"),
    Category.PARKING: ("车位被外来车辆占用", "地库出口车辆乱停", "充电桩车位被燃油车占用"),
    Category.SECURITY: ("门禁卡失效陌生人进入单元", "夜间巡逻不到位", "快递在门口被拿走"),
    Category.SERVICE: ("客服电话无人接听", "前台人员态度生硬"),
    Category.REPAIR: ("报修三天无人上门", "维修后问题复发"),
    Category.FEES: ("物业费账单金额有疑问", "水费分摊不清楚"),
    Category.GREENING: ("楼下绿化带长期未修剪", "草坪杀虫剂气味大"),
}
REPAIRS = {
    RepairCategory.PLUMBING: ("厨房下水管堵塞", "卫生间给水管接头渗水", "马桶水箱漏水"),
    RepairCategory.ELECTRICAL: ("入户配电箱跳闸", "插座无电", "卫生间灯不亮"),
    RepairCategory.WATERPROOFING: ("卫生间楼板渗水到楼下", "顶层屋面漏雨", "外墙渗水"),
    RepairCategory.FITOUT: ("入户门锁芯损坏", "窗户密封条脱落", "地砖空鼓开裂"),
    RepairCategory.EQUIPMENT: ("可视对讲机无图像", "燃气报警器误报"),
    RepairCategory.HEATING_COOLING: ("暖气片不热", "地暖分水器漏水"),
    RepairCategory.OTHER: ("晾衣架损坏", "门铃更换"),
}
STOCK_ITEMS = (
    ("DQ01", "空气开关 16A", "个", "28.00"),
    ("SN01", "PPR水管接头", "个", "4.50"),
    ("WJ01", "锁芯", "个", "65.00"),
)
QUESTIONS = (
    "客服接待及投诉处理",
    "秩序维护（保安）服务",
    "环境卫生（保洁）服务",
    "绿化养护",
    "公共设施设备维护",
    "维修及时性和质量",
    "停车管理",
    "总体评价",
)


def _workday_between(rng: random.Random, start: date, end: date) -> date:
    while True:
        day = start + timedelta(days=rng.randrange((end - start).days + 1))
        if is_workday(day):
            return day


def _cap(day: date, today: date) -> date:
    return min(day, today)


class _ServiceDemo:
    def __init__(self, rng: random.Random, desk: Actor, manager: Actor, today: date) -> None:
        self.rng, self.desk, self.manager, self.today = rng, desk, manager, today
        self.units = list(
            Unit.select(Unit.id)
            .where(Unit.status == UnitStatus.OCCUPIED)
            .order_by(Unit.code)
            .tuples()
        )

    def unit_id(self) -> str:
        return self.rng.choice(self.units)[0]

    def complaint(self, received: date) -> None:
        rng, today = self.rng, self.today
        category = rng.choice(list(COMPLAINTS))
        row = complaints.register_complaint(
            self.desk,
            channel=rng.choice(Channel.ALL),
            category=category,
            description=rng.choice(COMPLAINTS[category]),
            unit_id=self.unit_id(),
            received_on=received,
        )
        if received >= today - timedelta(days=4) and rng.random() < 0.7:
            return  # recent: still waiting for its feedback (due today or overdue)
        complaints.record_report(self.desk, row.id, _cap(add_workdays(received, 1), today))
        valid = rng.random() < 0.85
        reason = "现场核实属实" if valid else rng.choice(("非物业服务范围", "业主误解，已解释"))
        complaints.classify(self.manager, row.id, valid, reason)
        complaints.add_log(self.desk, row.id, "已转相关部门处理并跟进")
        late = rng.random() < 0.06
        answered = (
            add_workdays(row.due_date, 1)
            if late
            else received + timedelta(days=rng.randrange((row.due_date - received).days + 1))
        )
        if answered > today:
            return
        complaints.record_feedback(self.desk, row.id, "已电话告知业主处理结果", answered)
        if valid:
            visit = answered + timedelta(days=rng.randint(1, 4))
            if visit > today:
                return
            complaints.return_visit(self.desk, row.id, self.answer(), "电话回访", visit)
        complaints.close(self.desk, row.id)

    def answer(self) -> str:
        roll = self.rng.random()
        if roll < 0.91:
            return Satisfaction.SATISFIED
        return Satisfaction.DISSATISFIED if roll < 0.96 else Satisfaction.NO_ANSWER

    def repair(self, received: date, items: list[str]) -> None:
        rng, today = self.rng, self.today
        category = rng.choice(list(REPAIRS))
        row = repairs.register_repair(
            self.desk,
            unit_id=self.unit_id(),
            category=category,
            description=rng.choice(REPAIRS[category]),
            received_on=received,
        )
        recent = received >= today - timedelta(days=3)
        if recent and rng.random() < 0.3:
            return
        repairs.dispatch(self.desk, row.id, rng.choice(WORKERS))
        if recent and rng.random() < 0.4:
            return
        repairs.start_work(self.desk, row.id)
        if items and rng.random() < 0.25:
            lines = [(rng.choice(items), str(rng.randint(1, 3)))]
            repair_costs.use_materials(self.manager, row.id, lines, received)
        done = received + timedelta(days=rng.choice((0, 0, 1, 1, 2, 3, 5)))
        if recent or done > today:
            return
        repairs.complete(self.desk, row.id, "已修复，业主确认", done)
        visit = done + timedelta(days=rng.randint(1, 3))
        if visit > today:
            return
        repairs.return_visit(self.desk, row.id, self.answer(), "电话回访", visit)
        repairs.close(self.desk, row.id)


def _stock_items(manager: Actor, day: date, repairs: int) -> list[str]:
    """The materials repairs use, bought for the year: a quarter of the repairs take one to
    three of one item, so a third of `repairs` each covers them (a big estate buys more)."""
    ids = [stock.create_item(manager, code, name, uom).id for code, name, uom, _ in STOCK_ITEMS]
    quantity = str(max(200, repairs // 3))
    lines = [LineInput(i, quantity, p[3]) for i, p in zip(ids, STOCK_ITEMS, strict=True)]
    stock.create_and_post(manager, DocumentInput(DocKind.IN, DocReason.PURCHASE, day, lines))
    return ids


def _survey(demo: _ServiceDemo) -> None:
    rng, today = demo.rng, demo.today
    template = surveys.create_template(
        demo.desk, "年度业主满意度调查表", SurveyScale.THREE, list(QUESTIONS)
    )
    start = today - timedelta(days=75)
    survey = surveys.start_round(
        demo.desk,
        template.id,
        f"{start.year}年度业主满意度调查",
        start,
        start + timedelta(days=14),
    )
    for (unit_id,) in rng.sample(demo.units, max(1, len(demo.units) // 4)):
        scores = {seq: rng.choices((3, 2, 1, 0), (78, 15, 5, 2))[0] for seq in range(1, 9)}
        scores[1] = scores[1] or 3  # nobody hands back an empty questionnaire
        surveys.record_response(
            demo.desk,
            survey.id,
            scores,
            unit_id=unit_id,
            answered_on=start + timedelta(days=rng.randrange(15)),
        )
    surveys.add_action(
        demo.desk,
        survey.id,
        "地库出入口增设指引牌，外来车辆登记",
        question_seq=7,
        responsible="秩序维护主管",
        due_on=start + timedelta(days=45),
    )
    done = surveys.add_action(
        demo.desk,
        survey.id,
        "维修回访由客服主管每周抽查",
        question_seq=6,
        responsible="客服主管",
        due_on=start + timedelta(days=30),
    )
    surveys.complete_action(demo.desk, done.id, "已执行，投诉减少", start + timedelta(days=40))


def _incidents(demo: _ServiceDemo) -> int:
    today = demo.today
    cases = (
        (
            IncidentKind.LIFT,
            200,
            "5号楼2单元电梯",
            "电梯停在12楼与13楼之间，1人被困",
            ("启动电梯困人应急预案，安抚被困人员", "维保单位15分钟到场，人员安全救出"),
            "门机板故障",
            "更换门机板，维保单位加密巡检",
        ),
        (
            IncidentKind.FLOOD,
            120,
            "地下车库B区",
            "暴雨倒灌，积水约20厘米",
            ("开启排水泵，设置警戒线", "通知车主挪车，积水2小时排净"),
            "截水沟被落叶堵塞",
            "汛期前清理截水沟，备沙袋",
        ),
        (
            IncidentKind.OUTAGE,
            40,
            "全小区",
            "市政线路检修停电4小时",
            ("提前张贴停电通知", "启动应急照明，安排人员值守电梯"),
            "市政计划检修",
            "停电通知提前两天发至业主群",
        ),
        (IncidentKind.SECURITY, 2, "3号楼地下室", "储藏室门锁被撬", ("报110，保护现场",), "", ""),
    )
    for kind, days_ago, place, what, actions, cause, measures in cases:
        day = today - timedelta(days=days_ago)
        row = incidents.record_incident(
            demo.desk, kind=kind, location=place, description=what, occurred_on=day
        )
        for action in actions:
            incidents.add_action(demo.desk, row.id, action)
        if cause:
            incidents.report_to_head_office(demo.desk, row.id, "总公司品质部", row.report_due)
            incidents.close_incident(demo.manager, row.id, cause, measures)
    return len(cases)


def create_demo_service(
    desk: Actor, manager: Actor, seed: int = 1, today: date | None = None
) -> dict[str, int]:
    """A year of service-desk work; `desk` is the 客服, `manager` classifies and posts stock."""
    rng = random.Random(f"service-{seed}")
    today = today or desk_today()
    demo = _ServiceDemo(rng, desk, manager, today)
    if not demo.units:
        return {"complaints": 0, "repairs": 0, "incidents": 0}
    start = today - timedelta(days=365)
    # a year at an ordinary estate: a complaint per ~15 homes, a repair per ~5
    n_complaints = max(8, len(demo.units) // 15)
    n_repairs = max(12, len(demo.units) // 5)
    items = _stock_items(manager, start, n_repairs)
    recent = today - timedelta(days=4)  # a few in the last days: the page's open work
    received = sorted(
        [_workday_between(rng, start, today) for _ in range(n_complaints - 4)]
        + [_workday_between(rng, recent, today) for _ in range(4)]
    )
    for day in received:
        demo.complaint(day)
    received = sorted(
        [_workday_between(rng, start, today) for _ in range(n_repairs - 6)]
        + [_workday_between(rng, recent, today) for _ in range(6)]
    )
    for day in received:
        demo.repair(day, items)
    _survey(demo)
    return {"complaints": n_complaints, "repairs": n_repairs, "incidents": _incidents(demo)}
