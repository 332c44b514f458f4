"""The demo office's parking, through the services like a real office would enter it:

- spaces: every garage unit is an owned space (产权车位, its 车位管理费 is already the garage's
  fee item), a row of surface spaces rented by the year to residents (车位租金, some ending
  within the month), and visitor spaces for temporary parking;
- two temporary-parking tariffs (a price change in July 2026);
- 45 days of shifts before the demo's reference date: two day guards taking turns and a
  night guard, vehicle visits priced by the tariff, paper-ticket summaries on some shifts,
  handover with the cash counted (now and then a few yuan short);
- invoice books (定额发票 10 元 and 5 元) received from the tax office, issued to the guards,
  numbers used shift by shift with the odd void, finished books returned and written off.

Every business value comes from `random.Random(seed)`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from app.clock import DEFAULT_TIMEZONE
from app.demo import reference_date
from app.models.archive import Ownership, Unit, UnitType, Vehicle
from app.models.billing import FeeKind
from app.models.parking import InvoiceBook, SpaceType
from app.services import fees, invoice_books, parking_shifts, parking_spaces, parking_tariffs
from app.services.periods import add_months, parse_period, period_of
from app.services.permissions import Actor

RENT_ITEM = ("CWZJ", "车位租金", "300", "元/个·月")
RENT_FROM = date(2023, 1, 1)
SURFACE_SHARE, MIN_SURFACE, MAX_SURFACE = 0.04, 8, 200
VISITOR_SPACES = 20
SHIFT_DAYS = 45
DAY_GUARDS = ("王建国", "刘德明")
NIGHT_GUARD = "张卫东"
TAX_OFFICE = "国家税务总局阳光区税务局"
BOOKS = ((Decimal(10), 14), (Decimal(5), 8))  # denomination, books received
BOOK_SIZE = 100
INVOICE_SHARE = 0.35  # drivers who ask for an invoice
SHORT_SHARE = 0.08  # shifts handed over a few yuan short
EXTRA_INVOICE_SHARE = 0.03  # shifts handing out more invoices than cash: the report flags them
VOID_REASONS = ("填写错误", "撕坏", "污损", "打印错位")
TZ = ZoneInfo(DEFAULT_TIMEZONE)


def create_demo_spaces(actor: Actor, seed: int = 1) -> dict[str, int]:
    """Spaces and rentals; run before the months are billed so the rents are billed (and
    paid) with everything else."""
    rng = random.Random(f"parking-{seed}")
    item = fees.create_fee_item(
        actor, RENT_ITEM[0], RENT_ITEM[1], FeeKind.PARKING, RENT_ITEM[2], RENT_FROM, RENT_ITEM[3]
    )
    garages = list(Unit.select().where(Unit.unit_type == UnitType.GARAGE).order_by(Unit.code))
    for unit in garages:
        zone = unit.code.split("-")[1] if unit.code.count("-") >= 2 else ""
        parking_spaces.create_space(
            actor, code=unit.code, zone=f"地下{zone}区", space_type=SpaceType.OWNED, unit_id=unit.id
        )
    residents = [
        u
        for u in Unit.select()
        .join(Ownership)
        .where((Unit.unit_type == UnitType.RESIDENTIAL) & Ownership.end_date.is_null())
        .distinct()
        .order_by(Unit.code)
    ]
    count = max(MIN_SURFACE, min(MAX_SURFACE, int(len(residents) * SURFACE_SHARE)))
    renters = rng.sample(residents, min(count, len(residents)))
    cars = {v.unit_id: v.id for v in Vehicle.select().where(Vehicle.unit.is_null(False))}
    for n, unit in enumerate(renters, 1):
        space = parking_spaces.create_space(
            actor, code=f"D-{n:03d}", zone="地面", space_type=SpaceType.RENTED
        )
        year = reference_date().year
        start = date(rng.randint(year - 3, year), rng.randint(1, 12), 1)
        if n <= max(2, count // 10):  # a few contracts run out this month or the next
            start = _months_back(11 if n % 2 else 10)
        start = min(start, _months_back(5))
        end = start
        while end < reference_date():  # yearly contracts renewed so far
            end = end.replace(year=end.year + 1)
        parking_spaces.rent_space(
            actor,
            space_id=space.id,
            unit_id=unit.id,
            fee_item_id=item.id,
            monthly_price=str(rng.choice((250, 280, 300, 300, 320, 350))),
            start_date=start,
            end_date=end - timedelta(days=1),
            vehicle_id=cars.get(unit.id),
        )
    for n in range(1, VISITOR_SPACES + 1):
        parking_spaces.create_space(
            actor, code=f"L-{n:02d}", zone="访客", space_type=SpaceType.VISITOR
        )
    return {
        "spaces": len(garages) + len(renters) + VISITOR_SPACES,
        "rented_spaces": len(renters),
    }


@dataclass
class _Guard:
    name: str
    books: dict[Decimal, str] = field(default_factory=dict)  # denomination → book id


@dataclass
class _Stock:
    """Books received and not yet issued, by denomination, in receiving order."""

    waiting: dict[Decimal, list[str]]

    def take(self, denomination: Decimal) -> str | None:
        books = self.waiting.get(denomination, [])
        return books.pop(0) if books else None


def _months_back(months: int) -> date:
    """The first day of the month `months` before the demo's month."""
    return parse_period(add_months(period_of(reference_date()), -months))[0]


def create_demo_shifts(actor: Actor, seed: int = 1) -> dict[str, int]:
    rng = random.Random(f"parking-shifts-{seed}")
    _tariffs(actor)
    first_day = reference_date() - timedelta(days=SHIFT_DAYS)
    stock = _Stock(_receive_books(actor, first_day - timedelta(days=3)))
    guards = {name: _Guard(name) for name in (*DAY_GUARDS, NIGHT_GUARD)}
    for guard in guards.values():
        for denomination, _ in BOOKS:
            _issue_next(actor, stock, guard, denomination, first_day - timedelta(days=2))
    shifts = 0
    for offset in range(SHIFT_DAYS):
        day = first_day + timedelta(days=offset)
        day_guard = guards[DAY_GUARDS[offset % 2]]
        _shift(actor, rng, stock, day_guard, day, time(8, 0), 12, "东门岗亭", busy=True)
        _shift(actor, rng, stock, guards[NIGHT_GUARD], day, time(20, 0), 12, "东门岗亭", busy=False)
        shifts += 2
    return {"shifts": shifts, "invoice_books": InvoiceBook.select().count()}


def _tariffs(actor: Actor) -> None:
    common = {"night_start": "20:00", "night_end": "08:00", "night_price": "1"}
    parking_tariffs.create_tariff(
        actor, name="临时停车收费标准", effective_from=date(2019, 1, 1), free_minutes=30,
        hour_price="5", daily_cap="30", **common,
    )  # fmt: skip
    parking_tariffs.create_tariff(
        actor, name="临时停车收费标准（2026年调整）", effective_from=date(2026, 7, 1),
        free_minutes=30, hour_price="6", daily_cap="40", **common,
    )  # fmt: skip


def _receive_books(actor: Actor, day: date) -> dict[Decimal, list[str]]:
    waiting: dict[Decimal, list[str]] = {}
    serial = 26_100_001
    for denomination, count in BOOKS:
        for n in range(count):
            book = invoice_books.receive_book(
                actor,
                invoice_type="通用定额发票（停车）",
                denomination=denomination,
                book_code=f"{int(denomination):02d}-{day:%y%m}-{n + 1:03d}",
                first_number=serial,
                last_number=serial + BOOK_SIZE - 1,
                received_from=TAX_OFFICE,
                received_on=day,
            )
            waiting.setdefault(denomination, []).append(book.id)
            serial += BOOK_SIZE
    return waiting


def _issue_next(
    actor: Actor, stock: _Stock, guard: _Guard, denomination: Decimal, day: date
) -> str | None:
    book_id = stock.take(denomination)
    if book_id is not None:
        invoice_books.issue_book(actor, book_id, guard.name, guard.name, day)
        guard.books[denomination] = book_id
    else:
        guard.books.pop(denomination, None)
    return book_id


def _moment(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, TZ)


def _shift(
    actor: Actor,
    rng: random.Random,
    stock: _Stock,
    guard: _Guard,
    day: date,
    start: time,
    hours: int,
    post: str,
    busy: bool,
) -> None:
    began = _moment(day, start)
    ended = began + timedelta(hours=hours)
    shift = parking_shifts.open_shift(actor, guard.name, post, started_at=began)
    wanted: dict[Decimal, int] = {Decimal(10): 0, Decimal(5): 0}
    for _ in range(rng.randint(8, 22) if busy else rng.randint(2, 7)):
        entered = began + timedelta(minutes=rng.randint(0, hours * 60 - 20))
        stay = rng.choice((15, 25, 45, 70, 95, 130, 180, 240, 400, 600))
        left = min(entered + timedelta(minutes=stay + rng.randint(0, 20)), ended)
        visit = parking_shifts.record_visit(actor, shift.id, _plate(rng), entered, left)
        if visit.amount and rng.random() < INVOICE_SHARE:
            tens, rest = divmod(int(visit.amount), 10)
            wanted[Decimal(10)] += tens
            wanted[Decimal(5)] += rest // 5
    if rng.random() < 0.3:  # paper tickets sold at the gate, entered as one line
        cars = rng.randint(3, 12)
        parking_shifts.record_summary(actor, shift.id, cars, str(cars * 5), "纸质停车票")
        wanted[Decimal(5)] += rng.randint(0, cars // 2)
    if rng.random() < EXTRA_INVOICE_SHARE:
        wanted[Decimal(10)] += rng.randint(3, 6)
    for denomination, count in wanted.items():
        if count:
            _use(actor, rng, stock, guard, shift.id, denomination, count, day)
    takings = parking_shifts.takings(shift.id)
    short = (
        Decimal(rng.choice((5, 10))) if takings > 20 and rng.random() < SHORT_SHARE else Decimal(0)
    )
    note = "现金短款，已说明" if short else ""
    parking_shifts.close_shift(actor, shift.id, takings - short, "财务王收银", note, ended)


def _use(
    actor: Actor,
    rng: random.Random,
    stock: _Stock,
    guard: _Guard,
    shift_id: str,
    denomination: Decimal,
    count: int,
    day: date,
) -> None:
    """Numbers handed out from the guard's book; a finished book goes back and is written
    off, and the next one is issued on the spot."""
    while count > 0:
        book_id = guard.books.get(denomination)
        if book_id is None:
            return  # the office ran out of this denomination
        book = InvoiceBook.get_by_id(book_id)
        first = invoice_books.next_free(book)
        last = min(first + count - 1, book.last_number)
        voids = {}
        if last > first and rng.random() < 0.08:
            voids[rng.randint(first, last)] = rng.choice(VOID_REASONS)
        invoice_books.record_shift_numbers(actor, shift_id, book_id, first, last, voids)
        count -= last - first + 1 - len(voids)
        if last == book.last_number:
            invoice_books.return_book(actor, book_id, day)
            invoice_books.write_off_book(actor, book_id, day)
            _issue_next(actor, stock, guard, denomination, day)


_PROVINCES = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新"
_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _plate(rng: random.Random) -> str:
    province = rng.choice("粤粤粤粤粤湘赣桂闽" + _PROVINCES)
    letter = rng.choice("BBBBA" + _LETTERS)
    tail = "".join(rng.choice("0123456789" + _LETTERS[:10]) for _ in range(5))
    return f"{province}{letter}{tail}"
