"""Global search speed: keystroke queries on 20,000 units, 40,000 owners, 60,000 residents and
20,000 vehicles (target: p95 ≤ 30 ms per query).

The office is the 20,000-unit demo topped up with co-owners, former owners, residents and
cars (insert_many, so the search triggers index them as any import would), built once into
benchmarks/.cache. The baseline is the same number of raw FTS5 trigram lookups on the same
file with the standard sqlite3 module, in this process.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"
SIZES = {"unit": 20_000, "owner": 40_000, "resident": 60_000, "vehicle": 20_000}
QUERIES = 300
TARGET_SECONDS = 0.030
SEED = 11

Report = Callable[[str, float, float, float | None], None]


def run(report: Report) -> None:
    from app.search import search
    from app.services.office import close_office, open_office
    from app.services.permissions import Actor, Role, capabilities_of

    path = office_file()
    open_office(path)
    actor = Actor(
        None,
        "kefu",
        "kefu",
        (Role.SERVICE_ASSISTANT,),
        capabilities_of([Role.SERVICE_ASSISTANT]),
    )
    queries = keystroke_queries(random.Random(SEED))
    for text in queries[:30]:  # warm the page cache as a session that has been open a while
        search(actor, text)
    samples = [_timed(lambda t=text: search(actor, t)) for text in queries]
    close_office()
    baseline = _fts_baseline(path, queries)
    people = f"{SIZES['owner'] + SIZES['resident']:,} people"
    report(
        f"search p95 ({len(queries)} keystrokes, {people})",
        _p95(samples),
        _p95(baseline),
        TARGET_SECONDS,
    )
    report("search median per keystroke", statistics.median(samples), statistics.median(baseline))


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[-1]


def _fts_baseline(path: Path, queries: list[str]) -> list[float]:
    conn = sqlite3.connect(path)
    sql = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT 20"
    phrases = ['"' + q.lower().replace('"', '""') + '"' for q in queries]
    for phrase in phrases[:30]:
        conn.execute(sql, (phrase,)).fetchall()
    samples = [_timed(lambda p=phrase: conn.execute(sql, (p,)).fetchall()) for phrase in phrases]
    conn.close()
    return samples


# --- queries ----------------------------------------------------------------------------


def keystroke_queries(rng: random.Random) -> list[str]:
    """What the front desk types, one keystroke at a time, drawn from the office itself."""
    from app.db import database

    def sample(sql: str, count: int) -> list[tuple]:
        rows = database.execute_sql(sql).fetchall()
        return rng.sample(rows, count)

    people = sample(
        "SELECT name, name_pinyin, name_initials, phone, id_number FROM owner "
        "WHERE kind = 'person' UNION ALL "
        "SELECT name, name_pinyin, name_initials, phone, id_number FROM resident",
        40,
    )
    units = sample(
        "SELECT u.code, b.name, e.name, u.room_no, b.code FROM unit u "
        "JOIN entrance e ON e.id = u.entrance_id JOIN building b ON b.id = e.building_id",
        24,
    )
    plates = [p for (p,) in sample("SELECT plate FROM vehicle", 20)]
    queries: list[str] = []
    for name, _pinyin, initials, _phone, _id in people[:20]:
        queries += _prefixes(name)  # 王 王伟 王伟军
        queries += _prefixes(initials)  # w wj wwj
    for _name, pinyin, _initials, phone, id_number in people[20:]:
        queries += [pinyin[:n] for n in (2, 4, 6, len(pinyin))]  # wa wang wangwe wangweijun
        queries += [phone[-4:] if phone else "1380", id_number[-4:]]
    for code, building, entrance, room, building_code in units:
        queries += [code[: len(code) - len(room)], code, f"{building}{room}"]
        queries += [f"{building}{entrance}{room}", f"{building_code}-{room}"]
    for plate in plates:
        queries += [plate[:2], plate[:4], plate, plate[1:], plate[1:4]]
    queries += ["1", "2", "3", "王", "李", "张", "z", "l", "13", "18", "zs", "lj"]
    rng.shuffle(queries)  # a fair mix of every kind of query in the first QUERIES
    return queries[:QUERIES]


def _prefixes(text: str) -> list[str]:
    return [text[:n] for n in range(1, len(text) + 1)] if text else []


# --- data -------------------------------------------------------------------------------


def office_file() -> Path:
    """Built once; a later schema reaches it through the migrations, as a real office would."""
    path = CACHE / f"search-{SIZES['unit']}.db"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        start = time.perf_counter()
        partial = path.with_suffix(".building")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        _build(partial)
        partial.rename(path)
        print(
            f"{'search office (built, indexed by triggers)':<44} "
            f"{time.perf_counter() - start:9.1f} s"
        )
    return path


def _build(path: Path) -> None:
    from app.db import transaction
    from app.demo import generate_demo_office
    from app.services.office import close_office, open_office

    open_office(path)
    generate_demo_office(SIZES["unit"], seed=SEED)
    rng = random.Random(SEED)
    with transaction():
        _top_up(rng)
    close_office()


def _top_up(rng: random.Random) -> None:
    from app.models.archive import Owner, Ownership, Resident, Unit, Vehicle

    units = [
        (u, o)
        for u, o in Unit.select(Unit.id, Ownership.owner)
        .join(Ownership, on=(Ownership.unit == Unit.id) & Ownership.end_date.is_null())
        .tuples()
    ]
    people = _PeopleMaker(rng)
    owners, ownerships = [], []
    for index in range(SIZES["owner"] - Owner.select().count()):
        unit_id, _ = rng.choice(units)
        owner = people.person()
        owners.append(owner)
        ended = index % 2 == 0  # half former owners (过户), half co-owners
        ownerships.append(
            {
                "unit": unit_id,
                "owner": owner["id"],
                "start_date": date(2020, 1, 1) if ended else date(2023, 6, 1),
                "end_date": date(2023, 5, 31) if ended else None,
            }
        )
    residents = []
    for _ in range(SIZES["resident"] - Resident.select().count()):
        unit_id, _ = rng.choice(units)
        residents.append({**people.person(), "unit": unit_id, "relation": "tenant"})
    taken = {p for (p,) in Vehicle.select(Vehicle.plate).tuples()}
    vehicles = []
    for _ in range(SIZES["vehicle"] - Vehicle.select().count()):
        unit_id, owner_id = rng.choice(units)
        vehicles.append(
            {"plate": people.plate(taken), "owner": owner_id, "unit": unit_id, "model": "大众朗逸"}
        )
    for model, rows in ((Owner, owners), (Ownership, ownerships), (Resident, residents)):
        _insert(model, rows)
    _insert(Vehicle, vehicles)


def _insert(model: type, rows: list[dict]) -> None:
    for start in range(0, len(rows), 1000):
        model.insert_many(rows[start : start + 1000]).execute()


class _PeopleMaker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def person(self) -> dict[str, object]:
        from app.demo import GIVEN_FIRST, GIVEN_LAST, PHONE_PREFIXES, SURNAMES, id_check_digit
        from app.ids import new_id
        from app.pinyin import name_keys

        rng = self.rng
        gender = rng.choice("MF")
        name = rng.choices(*SURNAMES)[0] + rng.choice(GIVEN_FIRST[gender])[:1]
        name += rng.choice(GIVEN_LAST[gender])
        body = f"440306{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        body += f"{rng.randrange(1000):03d}"
        full, initials = name_keys(name)
        return {
            "id": new_id(),
            "name": name,
            "name_pinyin": full,
            "name_initials": initials,
            "gender": gender,
            "phone": f"{rng.choice(PHONE_PREFIXES)}{rng.randrange(10**8):08d}",
            "id_number": body + id_check_digit(body),
        }

    def plate(self, taken: set[str]) -> str:
        from app.demo import PLATE_LETTERS, PLATE_REGIONS

        while True:
            region = self.rng.choices(*PLATE_REGIONS)[0]
            tail = "".join(self.rng.choice(PLATE_LETTERS + "0123456789") for _ in range(5))
            if region + tail not in taken:
                taken.add(region + tail)
                return region + tail
