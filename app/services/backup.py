"""Backups of the office database, and restoring one.

A backup is SQLite's online backup API into a temporary file in the backup folder (a
consistent snapshot even while others write — never a file copy of a live database), with the
whole-file page accounting checked on the source meanwhile; then `PRAGMA integrity_check` of
every table of the copy, over all cores, while it is compressed (app/services/backup_container)
and the written file is read back and checked; and only then renamed to its final name
`<office>_<id tail>-<UTC stamp>-<reason>.db.gz`. Older backups of the same office in that
folder are thinned out: the newest of each of the last `backup.keep_daily` days that have one,
and of each of the last `backup.keep_monthly` months.

Restoring never overwrites the current file: it is kept as `<db>.before-restore-<stamp>`
(with its -wal/-shm, if any), the backup is checked before it replaces the file in one
rename, and the restored file gets a new `sync.generation_id` office setting so sync can tell
that this database went back in time (DESIGN.md, sync). The program itself makes the
automatic backups (`actor=None`); people need `backup.manage`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from app.clock import from_utc_text, local_today, to_local, to_utc_text, utcnow
from app.db import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    DatabaseDamaged,  # also what the GUI's start catches for a restore (ui can't see app.db)
    close_database,
    database,
    database_path,
    transaction,
)
from app.errors import QT_TRANSLATE_NOOP, UserError
from app.ids import new_id
from app.models.auth import User
from app.paths import data_dir
from app.services import audit, settings
from app.services import backup_container as container
from app.services.permissions import Actor, Cap, require

log = logging.getLogger(__name__)


REASONS = ("manual", "exit", "daily")
STAMP = "%Y%m%dT%H%M%SZ"
NAME = re.compile(
    r"^(?P<slug>.+)_(?P<tag>[0-9a-f]{12})-(?P<stamp>\d{8}T\d{6}Z)"
    r"-(?P<reason>manual|exit|daily)(?:-\d+)?\.db\.gz$"
)
ASIDE = ".before-restore-"

# (done, total, stage) -> False to stop; stage is one of STAGES (the UI words them)
Progress = Callable[[int, int, str], bool]
STAGES = ("copy", "compress", "verify", "decompress", "check")


class BackupError(UserError):
    pass


class DatabaseInUse(BackupError):
    pass


class BackupCancelled(Exception):
    """The progress callback asked to stop; nothing was left behind."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # UTC
    size: int
    reason: str
    office_id: str
    office_name: str
    units: int
    owners: int
    receipts: int
    last_receipt_number: str
    schema_version: int


@dataclass(frozen=True)
class PreparedRestore:
    """A backup inflated and checked beside the database, ready to take its place."""

    backup: BackupInfo
    staging: Path
    target: Path
    generation_id: str


@dataclass(frozen=True)
class RestoreResult:
    backup: BackupInfo
    database: Path
    kept_aside: Path | None  # the file that was there before, unchanged
    generation_id: str


# --------------------------------------------------------------------------- where and what


def backup_dir(db_path: Path | None = None) -> Path:
    """The default folder: one per database file name, so the demo office's backups never
    mix with the real office's."""
    db_path = Path(db_path) if db_path is not None else database_path()
    return data_dir() / "backups" / (db_path.stem or "office")


def office_tag(office_id: str) -> str:
    return (re.sub(r"[^0-9a-f]", "", office_id.lower())[-12:]).rjust(12, "0")


def _slug(office_name: str) -> str:
    safe = re.sub(r'[\\/:*?"<>|\s\x00-\x1f]+', "_", office_name).strip("._ ")
    return safe[:40] or "office"


def backup_name(office_id: str, office_name: str, at: datetime, reason: str) -> str:
    stamp = at.astimezone(UTC).strftime(STAMP)
    return f"{_slug(office_name)}_{office_tag(office_id)}-{stamp}-{reason}.db.gz"


def _stamp_of(match: re.Match[str]) -> datetime:
    return datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC)


def _ours(folder: Path, office_id: str | None = None) -> list[tuple[Path, re.Match[str]]]:
    """Backup files in `folder` named as this program names them (of one office if given)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = NAME.match(path.name)
        if match and path.is_file() and (not office_id or match["tag"] == office_tag(office_id)):
            found.append((path, match))
    return sorted(found, key=lambda item: (_stamp_of(item[1]), item[0].name), reverse=True)


# --------------------------------------------------------------------------- create


def create_backup(
    actor: Actor | None,
    out_dir: Path | None = None,
    reason: str = "manual",
    progress: Progress | None = None,
) -> BackupInfo:
    """Backs up the open office database into `out_dir` (default: backup_dir())."""
    if actor is not None:
        require(actor, Cap.BACKUP_MANAGE)
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    source = database_path()
    folder = Path(out_dir) if out_dir is not None else backup_dir(source)
    office_id = settings.get(settings.OFFICE_ID)
    keep = (
        int(settings.get(settings.BACKUP_KEEP_DAILY)),
        int(settings.get(settings.BACKUP_KEEP_MONTHLY)),
    )
    _make_folder(folder)
    now = utcnow()
    name = backup_name(office_id, settings.get(settings.OFFICE_NAME), now, reason)
    target = _free_name(folder, name)
    work, part = folder / f".{target.name}.copy", folder / f"{target.name}.part"
    try:
        _step(progress, "copy")
        _copy_and_account(source, work)
        meta = {**_describe(work), "created_at": to_utc_text(now), "reason": reason}
        _check_and_compress(work, part, meta, progress)
        os.replace(part, target)
    except container.Stopped:
        raise BackupCancelled from None
    except (_CopyDamaged, container.ContainerError, OSError, sqlite3.Error) as exc:
        raise _write_failed(folder, exc) from exc
    finally:
        for leftover in (work, part, Path(f"{work}-journal")):
            leftover.unlink(missing_ok=True)
    info = _info(target, meta)
    removed = apply_retention(folder, office_id, *keep, protect=(target,))
    log.info("backup %s (%s bytes); retention removed %d", target, info.size, len(removed))
    if actor is not None:
        _audit_create(actor, info)
    return info


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _write_failed(folder, exc) from exc


def _write_failed(folder: Path, exc: BaseException) -> BackupError:
    if isinstance(exc, _CopyDamaged):
        return BackupError(
            QT_TRANSLATE_NOOP(
                "app",
                "Backup: the copy of the database failed its integrity check ({detail}), so "
                "no backup was kept. The database itself may be damaged: call head office IT.",
            ),
            detail=str(exc),
        )
    return BackupError(
        QT_TRANSLATE_NOOP(
            "app", "Backup folder {folder}: the backup could not be written ({detail})."
        ),
        folder=str(folder),
        detail=str(exc),
    )


def _free_name(folder: Path, name: str) -> Path:
    target, number = folder / name, 1
    while target.exists():
        number += 1
        target = folder / name.replace(".db.gz", f"-{number}.db.gz")
    return target


def _step(progress: Progress | None, stage: str, done: int = 0, total: int = 0) -> None:
    if progress is not None and not progress(done, total, stage):
        raise container.Stopped


def _online_copy(source: Path, work: Path) -> None:
    """One backup step for the whole file: a single read transaction, so the copy is one
    consistent moment even while other connections keep writing."""
    src = sqlite3.connect(source, timeout=BUSY_TIMEOUT_MS / 1000)
    dst = sqlite3.connect(work)
    try:
        dst.execute("PRAGMA journal_mode=OFF")  # a scratch file: no journal, no fsync
        dst.execute("PRAGMA synchronous=OFF")
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # a plain file: readers need no -wal/-shm
    finally:
        dst.close()
        src.close()


class _CopyDamaged(Exception):
    pass


def _copy_and_account(source: Path, work: Path) -> None:
    """The online copy, with the whole-file part of the check run on the source beside it:
    the copy is the source page for page, and copying leaves a core idle that the check of
    the copy (tables only, afterwards) would otherwise wait for."""
    accounting = _IntegrityCheck(source, tables=False, workers=1)
    with ThreadPoolExecutor(1, thread_name_prefix="backup-check") as pool:
        verdict = pool.submit(accounting.run)
        try:
            _online_copy(source, work)
        except BaseException:
            accounting.stop()
            raise
        problems = verdict.result()
    if problems != ["ok"]:
        raise _CopyDamaged("; ".join(problems[:3]))


class _IntegrityCheck:
    """What `PRAGMA integrity_check` checks, spread over the cores, interruptible from
    another thread.

    SQLite's check runs on one core; with a table argument it checks that table's b-trees
    and that every index matches it, but leaves out the whole-file accounting (every page
    used once, the freelist). So the jobs are one `integrity_check(table)` per table, largest
    first, plus one `quick_check` of the whole file for the accounting, taken by `workers`
    connections from one queue. On a 20,000-unit office's year this halves the check.
    `tables` / `whole_file` leave out one kind of job (the backup runs them apart).
    """

    def __init__(
        self,
        path: Path,
        tables: bool = True,
        whole_file: bool = True,
        workers: int | None = None,
    ) -> None:
        self.path = path
        self.tables, self.whole_file = tables, whole_file
        self.workers = workers or max(1, min(4, os.cpu_count() or 1))
        self._conns: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._stopped = False

    def run(self) -> list[str]:
        try:
            jobs = self._jobs()
        except sqlite3.Error as exc:
            return [str(exc)]
        with ThreadPoolExecutor(self.workers, thread_name_prefix="backup-check") as pool:
            found = list(pool.map(lambda _: self._work(jobs), range(self.workers)))
        problems = [problem for worker in found for problem in worker if problem != "ok"]
        return problems or ["ok"]

    def _jobs(self) -> list[str]:
        conn = _read_only(self.path)
        try:
            tables = [
                name
                for name, sql in conn.execute(
                    "SELECT name, sql FROM sqlite_schema WHERE type = 'table'"
                )
                if self.tables and not (sql or "").upper().startswith("CREATE VIRTUAL")
            ]
            trees = dict(
                conn.execute(
                    "SELECT tbl_name, count(*) FROM sqlite_schema"
                    " WHERE type IN ('table', 'index') GROUP BY tbl_name"
                )
            )
            weight = {name: _rows_about(conn, name) * trees.get(name, 1) for name in tables}
        finally:
            conn.close()
        if self.whole_file:  # weighed at its share of the whole check, measured
            weight[WHOLE_FILE] = sum(weight.values()) // 7
        return sorted(weight, key=weight.__getitem__)  # popped from the end: largest first

    def _work(self, jobs: list[str]) -> list[str]:
        conn = self._open()
        if conn is None:
            return ["stopped"]
        problems: list[str] = []
        try:
            while True:
                with self._lock:
                    if not jobs or self._stopped:
                        break
                    job = jobs.pop()
                pragma = "quick_check" if job == WHOLE_FILE else f'integrity_check("{job}")'
                problems += [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
        except sqlite3.Error as exc:
            problems.append(str(exc))
        finally:
            with self._lock:
                self._conns.remove(conn)
            conn.close()
        return ["stopped"] if self._stopped else problems

    def _open(self) -> sqlite3.Connection | None:
        conn = _read_only(self.path)
        conn.execute("PRAGMA cache_size=-65536")
        # mapped reads instead of a read() per page: ≈8 % faster on a large office
        conn.execute(f"PRAGMA mmap_size={self.path.stat().st_size}")
        with self._lock:
            if self._stopped:
                conn.close()
                return None
            self._conns.append(conn)
        return conn

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            for conn in self._conns:
                conn.interrupt()


WHOLE_FILE = ""  # the job that checks the file as a whole rather than one table


def _rows_about(conn: sqlite3.Connection, table: str) -> int:
    """max(rowid): a row count in O(log n) for tables that are only appended to."""
    try:
        return int(conn.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0)
    except sqlite3.Error:  # WITHOUT ROWID
        return 0


def _check_and_compress(
    work: Path, part: Path, meta: dict[str, object], progress: Progress | None
) -> None:
    """The integrity check runs beside the compression and the read-back of the written
    file (all of them release the GIL)."""
    check = _IntegrityCheck(work, whole_file=False)  # that part ran beside the copy
    with ThreadPoolExecutor(1, thread_name_prefix="backup-check") as pool:
        verdict = pool.submit(check.run)
        try:
            sha = container.write(
                work,
                part,
                meta,
                lambda done, total: _keep_going(progress, done, total),
                threads=container.workers(),
            )
            _step(progress, "verify")
            container.check_written(part, sha)
            _step(progress, "check")
            problems = verdict.result()
        except BaseException:
            check.stop()  # don't wait for a check nobody needs any more
            raise
    if problems != ["ok"]:
        raise _CopyDamaged("; ".join(problems[:3]))


def _keep_going(progress: Progress | None, done: int, total: int) -> bool:
    return progress is None or progress(done, total, "compress")


def _audit_create(actor: Actor, info: BackupInfo) -> None:
    with transaction():
        audit.record(
            actor,
            "backup.create",
            table=None,
            record_id=info.path.name,
            after={"file": str(info.path), "size": info.size, "receipts": info.receipts},
        )


# --------------------------------------------------------------------------- what a file holds


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def _describe(path: Path) -> dict[str, object]:
    """Office, counts, last receipt number and schema version of a database file."""
    conn = _read_only(path)
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type='table'")
        }

        def count(table: str) -> int:
            if table not in tables:
                return 0
            return conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]

        office = (
            dict(conn.execute("SELECT key, value FROM office_setting"))
            if "office_setting" in tables
            else {}
        )
        last = (
            conn.execute("SELECT MAX(number) FROM receipt").fetchone()[0]
            if "receipt" in tables
            else None
        )
        return {
            "office_id": office.get(settings.OFFICE_ID.key, ""),
            "office_name": office.get(settings.OFFICE_NAME.key, settings.OFFICE_NAME.default),
            "units": count("unit"),
            "owners": count("owner"),
            "receipts": count("receipt"),
            "last_receipt_number": last or "",
            "schema_version": conn.execute("PRAGMA user_version").fetchone()[0],
            "application_id": conn.execute("PRAGMA application_id").fetchone()[0],
        }
    finally:
        conn.close()


def _info(path: Path, meta: dict[str, object]) -> BackupInfo:
    match = NAME.match(path.name)
    created = meta.get("created_at")
    if isinstance(created, str):
        created_at = from_utc_text(created)
    elif match:
        created_at = _stamp_of(match)
    else:
        created_at = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return BackupInfo(
        path=path,
        created_at=created_at,
        size=path.stat().st_size,
        reason=str(meta.get("reason") or (match["reason"] if match else "manual")),
        office_id=str(meta.get("office_id", "")),
        office_name=str(meta.get("office_name", "")),
        units=int(meta.get("units", 0)),  # type: ignore[call-overload]
        owners=int(meta.get("owners", 0)),  # type: ignore[call-overload]
        receipts=int(meta.get("receipts", 0)),  # type: ignore[call-overload]
        last_receipt_number=str(meta.get("last_receipt_number", "")),
        schema_version=int(meta.get("schema_version", 0)),  # type: ignore[call-overload]
    )


def _unreadable(path: Path, detail: object) -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP(
            "app",
            "Backup file {file}: it is damaged or not a PropDesk backup ({detail}). "
            "Choose another backup.",
        ),
        file=str(path),
        detail=str(detail),
    )


def read_backup(path: Path) -> BackupInfo:
    """What a backup file holds: from its header, or (a file without one) by inflating it."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(
            QT_TRANSLATE_NOOP("app", "Backup file {file}: there is no such file."), file=str(path)
        )
    try:
        meta = container.read_meta(path)
        if meta is None:
            with tempfile.TemporaryDirectory(prefix="propdesk-backup-") as scratch:
                copy = Path(scratch) / "backup.db"
                container.decompress(path, copy)
                _plain(copy)
                meta = _describe(copy)
    except (container.ContainerError, OSError, sqlite3.Error) as exc:
        raise _unreadable(path, exc) from exc
    return _info(path, meta)


def list_backups(folder: Path | None = None, office_id: str | None = None) -> list[BackupInfo]:
    """This program's backups in `folder` (default: backup_dir()), newest first."""
    folder = Path(folder) if folder is not None else backup_dir()
    infos = []
    for path, _match in _ours(folder, office_id):
        try:
            infos.append(read_backup(path))
        except BackupError as exc:
            log.warning("skipping backup %s: %s", path, exc)
    return sorted(infos, key=lambda info: info.created_at, reverse=True)


def newest_good_backup(
    folder: Path | None = None, office_id: str | None = None, skip: Iterable[Path] = ()
) -> BackupInfo | None:
    """The newest backup that reads and that this program can restore (full checks happen
    when it is restored; a caller that fails on one passes it in `skip`)."""
    from app.migrations import CURRENT_VERSION

    skipped = {Path(p).resolve() for p in skip}
    for info in list_backups(folder, office_id):
        if info.path.resolve() not in skipped and info.schema_version <= CURRENT_VERSION:
            return info
    return None


def due_daily_backup(folder: Path | None = None, office_id: str | None = None) -> bool:
    """True when no backup of the office was made today (local date)."""
    today = local_today()
    folder = Path(folder) if folder is not None else backup_dir()
    return not any(to_local(_stamp_of(m)).date() == today for _p, m in _ours(folder, office_id))


def current_office_id() -> str:
    return settings.get(settings.OFFICE_ID)


def read_office_id(db_file: Path) -> str | None:
    """The office id of a database file, read-only and best effort (the file may be damaged)."""
    return _setting_of(db_file, settings.OFFICE_ID.key) or None


# --------------------------------------------------------------------------- retention


def retained(
    backups: Iterable[tuple[Path, datetime]], keep_daily: int, keep_monthly: int
) -> set[Path]:
    """The newest backup of each of the last `keep_daily` days that have one, and of each of
    the last `keep_monthly` months (local dates)."""
    days: set[date] = set()
    months: set[tuple[int, int]] = set()
    keep: set[Path] = set()
    for path, moment in sorted(backups, key=lambda b: b[1], reverse=True):
        day = to_local(moment).date()
        month = (day.year, day.month)
        if day not in days:
            days.add(day)
            if len(days) <= keep_daily:
                keep.add(path)
        if month not in months:
            months.add(month)
            if len(months) <= keep_monthly:
                keep.add(path)
    return keep


def apply_retention(
    folder: Path, office_id: str, keep_daily: int, keep_monthly: int, protect: Iterable[Path] = ()
) -> list[Path]:
    """Deletes this office's automatic backups in `folder` that `retained` does not keep.
    Backups made by hand (someone had a reason), files not named as this program names
    them, other offices' and `protect` are never deleted."""
    found = _ours(folder, office_id)
    ours = [(path, _stamp_of(match)) for path, match in found]
    keep = retained(ours, keep_daily, keep_monthly) | {Path(p) for p in protect}
    keep |= {path for path, match in found if match["reason"] == "manual"}
    removed = []
    for path, _moment in ours:
        if path not in keep:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            removed.append(path)
    return removed


# --------------------------------------------------------------------------- restore


def restore_backup(
    actor: Actor | None, path: Path, target_db: Path | None, progress: Progress | None = None
) -> RestoreResult:
    """Puts a backup in place of `target_db` (kept aside, never overwritten)."""
    return finish_restore(actor, prepare_restore(actor, path, target_db, progress))


def prepare_restore(
    actor: Actor | None, path: Path, target_db: Path | None, progress: Progress | None = None
) -> PreparedRestore:
    """The slow half, safe off the GUI thread: inflate beside the target (default: the open
    database), check it fully, give it its new generation id. The target is not touched."""
    if actor is not None:
        require(actor, Cap.BACKUP_MANAGE)
    path = Path(path)
    target = Path(target_db) if target_db is not None else database_path()
    header = read_backup(path)
    _refuse_newer(path, header.schema_version)
    staging = target.with_name(f".{target.name}.restoring-{utcnow().strftime(STAMP)}")
    try:
        container.decompress(
            path,
            staging,
            lambda done, total: progress is None or progress(done, total, "decompress"),
        )
        _plain(staging)
        _step(progress, "check")
        contents = _check_restorable(path, staging)
        generation = new_id()
        _set_generation(staging, generation)
    except container.Stopped:
        _remove(staging)
        raise BackupCancelled from None
    except (container.ContainerError, sqlite3.Error) as exc:
        _remove(staging)
        raise _unreadable(path, exc) from exc
    except BaseException:
        _remove(staging)
        raise
    meta = {**contents, "created_at": to_utc_text(header.created_at), "reason": header.reason}
    return PreparedRestore(_info(path, meta), staging, target, generation)


def discard_restore(prepared: PreparedRestore) -> None:
    _remove(prepared.staging)


def finish_restore(actor: Actor | None, prepared: PreparedRestore) -> RestoreResult:
    """The quick half: set the current file aside, rename the checked copy into its place,
    open it and record the restore. Closes this thread's connection first; the database
    stays open afterwards only if it was open before."""
    from app.services.office import open_office

    target = prepared.target
    was_open = bool(database.database) and Path(database.database).resolve() == target.resolve()
    close_database()
    try:
        before = _setting_of(target, settings.SYNC_GENERATION.key) if target.exists() else None
        aside = _set_aside(target) if target.exists() else None
    except BaseException:
        discard_restore(prepared)
        raise
    os.replace(prepared.staging, target)
    log.info("restored %s from %s; previous file kept as %s", target, prepared.backup.path, aside)
    open_office(target)
    try:
        _audit_restore(actor, prepared, aside, before)
    finally:
        if not was_open:
            close_database()
    return RestoreResult(prepared.backup, target, aside, prepared.generation_id)


def _refuse_newer(path: Path, version: int) -> None:
    from app.migrations import CURRENT_VERSION

    if version > CURRENT_VERSION:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "app",
                "Backup file {file} was made by a newer PropDesk (schema {found}; this program "
                "knows up to {known}). Install the newer version, then restore it.",
            ),
            file=str(path),
            found=version,
            known=CURRENT_VERSION,
        )


def _check_restorable(path: Path, staging: Path) -> dict[str, object]:
    problems = _IntegrityCheck(staging).run()
    if problems != ["ok"]:
        raise _unreadable(path, "; ".join(problems[:3]))
    contents = _describe(staging)
    if contents["application_id"] not in (0, APPLICATION_ID) or not contents["office_id"]:
        raise _unreadable(path, "not an office database")
    _refuse_newer(path, int(contents["schema_version"]))  # type: ignore[call-overload]
    return contents


def _plain(copy: Path) -> None:
    """A private copy in rollback-journal mode, so read-only connections need no -wal/-shm."""
    conn = sqlite3.connect(copy)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def _set_generation(staging: Path, generation: str) -> None:
    conn = sqlite3.connect(staging)
    try:
        with conn:
            conn.execute(
                "INSERT INTO office_setting (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (settings.SYNC_GENERATION.key, generation),
            )
    finally:
        conn.close()


def _setting_of(db_file: Path, key: str) -> str | None:
    """One office setting read straight from a file (read-only; None if unreadable)."""
    try:
        conn = _read_only(db_file)
        try:
            row = conn.execute("SELECT value FROM office_setting WHERE key = ?", (key,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _set_aside(target: Path) -> Path:
    """Keeps the current file (and its -wal/-shm) under a new name, bytes unchanged."""
    aside = _unused(target.with_name(f"{target.name}{ASIDE}{utcnow().strftime(STAMP)}"))
    if _healthy(target):
        _quiesce(target)
    for suffix in ("-wal", "-shm", "-journal"):
        side = Path(f"{target}{suffix}")
        if side.exists():
            os.replace(side, f"{aside}{suffix}")
    try:
        os.link(target, aside)  # the restored file then replaces the name in one rename
    except OSError:
        os.replace(target, aside)  # file systems without hard links
    return aside


def _unused(path: Path) -> Path:
    candidate, number = path, 1
    while any(Path(f"{candidate}{s}").exists() for s in ("", "-wal", "-shm", "-journal")):
        number += 1
        candidate = path.with_name(f"{path.name}-{number}")
    return candidate


def _healthy(target: Path) -> bool:
    from app.db import inspect_file

    try:
        inspect_file(target)
    except DatabaseDamaged:
        return False
    return True


def _quiesce(target: Path) -> None:
    """Folds the WAL into the file and proves nobody else has it open: leaving WAL mode needs
    the only connection (a healthy file only — a damaged one is never written to)."""
    conn = sqlite3.connect(target, timeout=0.5)
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError:
        mode = "busy"
    finally:
        conn.close()
    if mode != "delete":
        raise DatabaseInUse(
            QT_TRANSLATE_NOOP(
                "app",
                "Restore: the office database {path} is open in PropDesk or another program. "
                "Close it everywhere, then restore again; nothing was changed.",
            ),
            path=str(target),
        )


def _remove(staging: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{staging}{suffix}").unlink(missing_ok=True)


def _audit_restore(
    actor: Actor | None, prepared: PreparedRestore, aside: Path | None, before: str | None
) -> None:
    actor = actor or Actor.system()
    with transaction():
        if actor.user_id and not User.select().where(User.id == actor.user_id).exists():
            actor = dataclasses.replace(actor, user_id=None)  # not in the restored file
        audit.record(
            actor,
            "backup.restore",
            table="office_setting",
            record_id=settings.SYNC_GENERATION.key,
            before={"generation_id": before},
            after={
                "generation_id": prepared.generation_id,
                "backup": prepared.backup.path.name,
                "backup_created_at": to_utc_text(prepared.backup.created_at),
                "kept_aside": str(aside) if aside else None,
            },
            detail=f"restored from {prepared.backup.path}",
        )
