"""The 客服 page driven as a user would: a complaint from registration to close, a repair in
warranty through every state consuming a warehouse item, return visits, incidents, a survey
round, and the unit record's service tab — each checked in the database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt

from app.models import (
    Complaint,
    ComplaintLog,
    RepairLog,
    RepairOrder,
    StockDocument,
    StockItem,
    Unit,
)
from app.models.archive import UnitStatus
from app.models.service_more import Incident, SurveyAction, SurveyResponse
from app.services import complaints, incidents, repairs
from app.services.complaints import Category, Channel, Satisfaction
from app.services.incidents import IncidentKind
from app.services.repairs import RepairCategory
from tests.archive_office import Staff, demo_office
from tests.stock_fixtures import item, pdf_text, receive
from ui.dialogs.unit_record import UnitRecordDialog
from ui.main_window import MainWindow


@pytest.fixture
def staff(db_path: Path) -> Staff:
    return demo_office(units=30)


def occupied() -> Unit:
    return Unit.select().where(Unit.status == UnitStatus.OCCUPIED).order_by(Unit.code).first()


def service_page(qtbot, actor):
    window = MainWindow(actor)
    qtbot.addWidget(window)
    return window.show_page("service")


def test_complaint_from_registration_to_close(qtbot, staff: Staff) -> None:
    unit = occupied()
    tab = service_page(qtbot, staff.manager).complaints
    dialog = tab.open_register()
    dialog.picker.choose(unit.code)
    dialog.fields["category"].setCurrentIndex(dialog.fields["category"].findData("cleaning"))
    dialog.description.setPlainText("楼道垃圾三天没人清")
    dialog.save()
    number = Complaint.get_by_id(dialog.saved_id).number
    tab.table.selectRow(0)
    assert tab.model.item(0).number == number

    classify = tab.open_classify()
    classify.validity.setCurrentIndex(classify.validity.findData(True))
    classify.reason.setPlainText("现场核实属实")
    classify.save()
    note = tab.open_log()
    note.note.setPlainText("已通知保洁主管当日清理")
    note.save()
    visit = tab.open_visit()  # before the feedback: refused, the dialog stays open
    visit.save()
    assert visit.saved_id is None and visit.error.text()
    visit.reject()
    feedback = tab.open_feedback()
    feedback.note.setPlainText("电话告知业主已清理完毕")
    feedback.save()
    report = tab.open_report()
    report.save()
    visit = tab.open_visit()
    visit.satisfaction.setCurrentIndex(visit.satisfaction.findData(Satisfaction.SATISFIED))
    visit.note.setText("业主表示满意")
    visit.save()
    assert "业主表示满意" in tab.log.toPlainText()
    close = tab.open_close()
    close.line.setText("结案")
    close.save()

    row = Complaint.get(Complaint.number == number)
    assert (row.validity, row.validity_reason) == ("valid", "现场核实属实")
    assert row.feedback == "电话告知业主已清理完毕" and row.reported_on is not None
    assert (row.satisfaction, row.status) == ("satisfied", "closed")
    kinds = [
        e.kind
        for e in ComplaintLog.select()
        .where(ComplaintLog.complaint == row.id)
        .order_by(ComplaintLog.at, ComplaintLog.id)
    ]
    assert kinds == ["register", "classify", "log", "feedback", "report", "visit", "close"]
    assert tab.model.rowCount() == 0  # closed: off the due list


def test_repair_in_warranty_through_every_state_with_a_warehouse_item(
    qtbot, staff: Staff, tmp_path: Path
) -> None:
    unit = occupied()
    Unit.update(handover_date=date(2025, 6, 1)).where(Unit.id == unit.id).execute()
    pipe = item(staff.manager, "GJ01", "PPR水管接头")
    receive(staff.manager, pipe.id, "20", "4.50")
    tab = service_page(qtbot, staff.manager).repairs
    dialog = tab.open_register()
    dialog.picker.choose(unit.code)
    dialog.category.setCurrentIndex(dialog.category.findData(RepairCategory.PLUMBING))
    assert "2027-05-31" in dialog.warranty.text()  # 2 years from handover
    dialog.description.setPlainText("卫生间给水管接头渗水")
    dialog.save()
    repair = RepairOrder.get_by_id(dialog.saved_id)
    assert repair.payer == "developer" and repair.warranty_until == date(2027, 5, 31)
    tab.select_number(repair.number)

    dispatch = tab.open_dispatch()
    dispatch.line.setText("张师傅")
    dispatch.save()
    assert tab.start_work()
    materials = tab.open_materials()
    materials.set_quantity("GJ01", 3)
    materials.save()
    assert materials.saved_id == repair.id
    charges = tab.open_charges()  # in warranty: the owner pays nothing
    charges.labour.setText("80")
    charges.save()
    assert charges.saved_id is None and charges.error.text()
    charges.reject()
    complete = tab.open_complete()
    complete.note.setPlainText("更换接头3个，试水无渗漏")
    complete.save()
    pdf = tab.render_work_order(tmp_path / "wo.pdf")
    text = pdf_text(pdf)
    assert "PPR水管接头" in text and "开发商" in text and "张师傅" in text
    visit = tab.open_visit()
    visit.save()
    assert tab.close_repair()
    repair = RepairOrder.get_by_id(repair.id)
    assert repair.status == "closed"
    steps = [
        e.status
        for e in RepairLog.select()
        .where(RepairLog.repair == repair.id)
        .order_by(RepairLog.at, RepairLog.id)
    ]
    assert steps == ["received", "dispatched", "in_progress", "completed", "visited", "closed"]
    assert StockItem.get_by_id(pipe.id).qty == Decimal("17.000")
    doc = StockDocument.get(StockDocument.repair_order_ref == repair.number)
    assert doc.total == Decimal("13.50") and doc.recipient == "张师傅"


def test_return_visits_list_and_record(qtbot, staff: Staff) -> None:
    unit = occupied()
    repair = repairs.register_repair(
        staff.assistant, unit_id=unit.id, category=RepairCategory.OTHER, description="门禁坏"
    )
    repairs.dispatch(staff.assistant, repair.id, "王师傅")
    repairs.start_work(staff.assistant, repair.id)
    repairs.complete(staff.assistant, repair.id, "更换读卡器")
    page = service_page(qtbot, staff.assistant)
    page.tabs.setCurrentWidget(page.visits)
    tab = page.visits
    assert tab.model.rowCount() == 1 and tab.model.index(0, 1).data() == repair.number
    assert "0.0%" in tab.rates.text() or "—" in tab.rates.text()
    tab.table.selectRow(0)
    dialog = tab.open_visit()
    dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData(Satisfaction.DISSATISFIED))
    dialog.note.setText("维修时间太久")
    dialog.save()
    assert RepairOrder.get_by_id(repair.id).satisfaction == "dissatisfied"
    assert tab.model.rowCount() == 0
    assert "100.0%" in tab.rates.text()  # 1 of 1 visited this month


def test_incident_recorded_reported_and_closed(qtbot, staff: Staff, tmp_path: Path) -> None:
    old = incidents.record_incident(
        staff.assistant,
        kind=IncidentKind.FLOOD,
        location="地下车库B区",
        description="暴雨倒灌",
        occurred_on=date(2026, 11, 2),
    )
    page = service_page(qtbot, staff.assistant)
    page.tabs.setCurrentWidget(page.incidents)
    tab = page.incidents
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # not reported
    dialog = tab.open_record()
    dialog.kind.setCurrentIndex(dialog.kind.findData(IncidentKind.LIFT))
    dialog.location.setText("3号楼1单元电梯")
    dialog.description.setPlainText("电梯困人2名")
    dialog.save()
    new = Incident.get_by_id(dialog.saved_id)
    tab.table.selectRow(
        next(r for r in range(tab.model.rowCount()) if tab.model.item(r).id == new.id)
    )
    action = tab.open_action()
    action.note.setPlainText("维保单位12分钟到场，人员安全救出")
    action.save()
    report = tab.open_report()
    report.line.setText("总公司品质部")
    report.save()
    close = tab.open_close()
    close.cause.setPlainText("门机板故障")
    close.measures.setPlainText("更换门机板，加密维保")
    close.save()
    new = Incident.get_by_id(new.id)
    assert new.status == "closed" and new.reported_to == "总公司品质部"
    assert "维保单位12分钟到场" in tab.log.toPlainText()
    text = pdf_text(tab.render_report(tmp_path / "incident.pdf"))
    assert "门机板故障" in text and "电梯困人" in text
    assert Incident.get_by_id(old.id).status == "open"


def test_survey_round_typed_and_imported(qtbot, staff: Staff, tmp_path: Path) -> None:
    page = service_page(qtbot, staff.assistant)
    page.tabs.setCurrentWidget(page.surveys)
    tab = page.surveys
    template = tab.open_template()
    template.name.setText("年度业主满意度调查")
    template.questions.setPlainText("保安服务\n保洁服务\n维修服务")
    template.save()
    survey = tab.open_round()
    survey.title.setText("2026年度调查")
    survey.save()
    assert tab.rounds.rowCount() == 1
    answers = tab.open_response()
    answers.picker.choose(occupied().code)
    for seq, score in ((1, 3), (2, 2), (3, 1)):
        answers.set_answer(seq, score)
    answers.save()
    book = Workbook()
    sheet = book.active
    sheet.append(["房号", "受访人", "保安服务", "保洁服务", "维修服务"])
    sheet.append([occupied().code, "王先生", "满意", "满意", "不满意"])
    sheet.append([None, "匿名", 3, None, 3])
    book.save(tmp_path / "answers.xlsx")
    assert tab.import_file(tmp_path / "answers.xlsx") == 2
    action = tab.open_action()
    action.question.setCurrentIndex(action.question.findData(3))
    action.action.setPlainText("维修回访由客服主管抽查")
    action.save()
    assert SurveyResponse.select().count() == 3 and SurveyAction.select().count() == 1
    # Q1: 3, 3, 3 → 100%; Q2: 2, 3 → 100%; Q3: 1, 1, 3 → 1 of 3. Overall 6 of 8 = 75%.
    rates = [tab.questions.index(r, 3).data() for r in range(3)]
    assert rates == ["100.0%", "100.0%", "33.3%"]
    assert "75.0%" in tab.summary.text()
    text = pdf_text(tab.render_report(tmp_path / "survey.pdf"))
    assert "维修回访由客服主管抽查" in text and "75.0%" in text


def test_unit_record_shows_its_complaints_and_repairs(qtbot, staff: Staff) -> None:
    unit = occupied()
    complaint = complaints.register_complaint(
        staff.assistant,
        channel=Channel.VISIT,
        category=Category.PARKING,
        description="车位被占",
        unit_id=unit.id,
    )
    repair = repairs.register_repair(
        staff.assistant, unit_id=unit.id, category=RepairCategory.ELECTRICAL, description="跳闸"
    )
    dialog = UnitRecordDialog(staff.assistant, unit.id)
    qtbot.addWidget(dialog)
    dialog.reload()
    tab = dialog.service
    assert tab is not None and dialog.tabs.indexOf(tab) >= 0
    assert tab.complaints.rowCount() == 1 and tab.complaints.item(0, 0).text() == complaint.number
    assert tab.repairs.rowCount() == 1 and tab.repairs.item(0, 0).text() == repair.number


def test_out_of_warranty_repair_billed_to_the_owner(qtbot, staff: Staff) -> None:
    from app.models import Charge
    from app.models.billing import FeeKind
    from app.services import fees

    fees.create_fee_item(staff.admin, "WXF", "维修费", FeeKind.ONE_OFF, "0", date(2026, 1, 1))
    unit = occupied()
    repair = repairs.register_repair(
        staff.assistant, unit_id=unit.id, category=RepairCategory.OTHER, description="换门锁"
    )
    repairs.dispatch(staff.assistant, repair.id, "陈师傅")
    repairs.start_work(staff.assistant, repair.id)
    page = service_page(qtbot, staff.assistant)
    page.tabs.setCurrentWidget(page.repairs)
    tab = page.repairs
    tab.select_number(repair.number)
    assert not tab.buttons["materials"].isEnabled()  # the 客服 holds no warehouse rights
    dialog = tab.open_charges()
    dialog.labour.setText("60")
    dialog.material.setText("45.00")
    dialog.save()
    bill = Charge.get(Charge.unit == unit.id, Charge.kind == "one_off")
    assert bill.amount == Decimal("105.00") and repair.number in bill.description
