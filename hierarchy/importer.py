"""Import and export of the organisation tree as CSV or JSON.

Import validates the whole file first (unknown parent, cycle, duplicate code, bad level
order, bad or missing fields) and refuses it whole if any row is wrong, listing every rejected
row with its reason; otherwise it applies everything in one transaction. Re-importing
updates organisations in place (matched by code) and re-parents those whose parent code
changed; organisations absent from the file are left alone, and so are the columns a file
does not have (empty dates and sort orders keep the stored ones too). Codes and parent codes
are case-insensitive (``normalise_code``: "ldld-ha-noi" is "LDLD-HA-NOI").

New rows are written with COPY and paths computed here, not through treebeard's
``add_child`` (one round trip per row), so a 130,000-row tree imports in seconds.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils import timezone

from congdoan.text import nfc, normalise_code
from hierarchy import tree
from hierarchy.models import (
    KIND_LEVEL,
    EventAction,
    Kind,
    Level,
    Organization,
    OrganizationEvent,
    Status,
    search_key,
)

FIELDS = [
    "code",
    "parent_code",
    "name",
    "short_name",
    "level",
    "kind",
    "status",
    "member_count",
    "sort_order",
    "email",
    "phone",
    "address",
    "website",
    "valid_from",
    "valid_to",
]
# Columns compared and updated in place on re-import.
UPDATABLE = [
    "name",
    "short_name",
    "level",
    "kind",
    "status",
    "member_count",
    "sort_order",
    "email",
    "phone",
    "address",
    "website",
    "valid_from",
    "valid_to",
]
# Re-import: a column the file does not have (or JSON null) keeps what an existing
# organisation has; these keep it even when present but empty.
KEEP_WHEN_BLANK = ("sort_order", "valid_from", "valid_to")
OPTIONAL = [name for name in UPDATABLE if name not in ("name", "level", "kind")]
BATCH = 10_000
Progress = Callable[[str, int, int], None]


@dataclass
class RowError:
    row: int  # 1-based data row number (CSV: header is row 0)
    code: str
    reason: str

    def __str__(self):
        return f"dòng {self.row} [{self.code or '?'}]: {self.reason}"


@dataclass
class ImportReport:
    total: int = 0
    created: int = 0
    updated: int = 0
    moved: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        if self.errors:
            return f"Từ chối toàn bộ tệp: {len(self.errors)} dòng lỗi trên {self.total} dòng."
        return (
            f"{self.total} dòng: {self.created} tạo mới, {self.updated} cập nhật, "
            f"{self.moved} chuyển đơn vị cấp trên, {self.unchanged} không đổi."
        )


class ImportRejected(Exception):
    def __init__(self, report: ImportReport):
        super().__init__(report.summary())
        self.report = report


# --- Reading --------------------------------------------------------------------------------


def read_rows(data: str | bytes, fmt: str) -> list[dict]:
    if isinstance(data, bytes):
        data = data.decode("utf-8-sig")
    if fmt == "json":
        parsed = json.loads(data)
        if isinstance(parsed, dict):
            parsed = parsed.get("organizations", [])
        if not isinstance(parsed, list):
            raise ValueError("Tệp JSON phải là một danh sách đơn vị.")
        return [r if isinstance(r, dict) else {} for r in parsed]
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(data.lstrip("\ufeff"))))
    raise ValueError(f"Định dạng {fmt!r} không hỗ trợ (csv hoặc json).")


def _text(value) -> str:
    return nfc("" if value is None else str(value)).strip()


def _int(value, default=None):
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    if isinstance(value, bool):
        raise ValueError
    return int(str(value).strip())


_ABSENT: dict[frozenset, frozenset] = {}


def _date(value) -> datetime.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value).strip())


def _clean(raw: dict, number: int, errors: list[RowError]) -> dict | None:
    code = normalise_code(raw.get("code"))  # codes are case-insensitive: stored upper-case
    row = {
        "code": code,
        "parent_code": normalise_code(raw.get("parent_code")),
        "name": _text(raw.get("name")),
        "short_name": _text(raw.get("short_name")),
        "kind": _text(raw.get("kind")),
        "status": _text(raw.get("status")) or Status.ACTIVE,
        "email": _text(raw.get("email")),
        "phone": _text(raw.get("phone")),
        "address": _text(raw.get("address")),
        "website": _text(raw.get("website")),
    }
    absent = frozenset(name for name in OPTIONAL if raw.get(name) is None)
    row["_absent"] = _ABSENT.setdefault(absent, absent)  # rows of one file share one set
    problems = []
    if not code:
        problems.append("thiếu mã đơn vị")
    elif len(code) > 32:
        problems.append("mã đơn vị dài quá 32 ký tự")
    if not row["name"]:
        problems.append("thiếu tên đơn vị")
    elif len(row["name"]) > 255:
        problems.append("tên dài quá 255 ký tự")
    try:
        row["level"] = _int(raw.get("level"))
        if row["level"] not in Level.values:
            raise ValueError
    except (TypeError, ValueError):
        problems.append(f"cấp {raw.get('level')!r} không hợp lệ (1-5)")
        row["level"] = None
    if row["kind"] not in Kind.values:
        problems.append(f"loại đơn vị {row['kind']!r} không hợp lệ")
    elif row["level"] is not None and KIND_LEVEL[row["kind"]] != row["level"]:
        problems.append(f"loại {row['kind']} không thuộc cấp {row['level']}")
    if row["status"] not in Status.values:
        problems.append(f"trạng thái {row['status']!r} không hợp lệ")
    for name, default in (("member_count", 0), ("sort_order", None)):
        try:
            row[name] = _int(raw.get(name), default)
            if row[name] is not None and not 0 <= row[name] <= 2**31 - 1:
                raise ValueError
        except (TypeError, ValueError):
            problems.append(f"{name} {raw.get(name)!r} phải là số nguyên không âm")
    for name, label in (("valid_from", "ngày hiệu lực"), ("valid_to", "ngày hết hiệu lực")):
        try:
            row[name] = _date(raw.get(name))
        except (TypeError, ValueError):
            problems.append(f"{label} {raw.get(name)!r} không hợp lệ (định dạng YYYY-MM-DD)")
            row[name] = None
    if row["valid_from"] and row["valid_to"] and row["valid_to"] < row["valid_from"]:
        problems.append("ngày hết hiệu lực trước ngày hiệu lực")
    if len(row["website"]) > 200 or len(row["email"]) > 254:
        problems.append("địa chỉ trang web hoặc email quá dài")
    if row["parent_code"] and row["parent_code"] == code:
        problems.append("đơn vị không thể là cấp trên của chính nó (vòng lặp)")
    for problem in problems:
        errors.append(RowError(number, code, problem))
    return None if problems else row


# --- Validation -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Existing:
    id: int
    path: str
    level: int
    values: tuple


def _load_existing() -> tuple[dict[str, _Existing], dict[str, str]]:
    existing: dict[str, _Existing] = {}
    code_of_path: dict[str, str] = {}
    qs = Organization.objects.values_list("id", "code", "path", *UPDATABLE)
    for row in qs.iterator(chunk_size=20_000):
        pk, code, path, *values = row
        existing[code] = _Existing(pk, path, values[UPDATABLE.index("level")], tuple(values))
        code_of_path[path] = code
    return existing, code_of_path


def validate(raw_rows: list[dict]) -> tuple[list[dict], ImportReport, dict]:
    report = ImportReport(total=len(raw_rows))
    errors = report.errors
    rows: list[dict] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(raw_rows, start=1):
        row = _clean(raw, number, errors)
        code = normalise_code(raw.get("code"))
        if code and code in seen:
            errors.append(RowError(number, code, f"mã đơn vị trùng với dòng {seen[code]}"))
            continue
        if code:
            seen[code] = number
        if row is not None:
            row["_row"] = number
            rows.append(row)

    existing, code_of_path = _load_existing()
    db_parent = {code: code_of_path.get(e.path[: -tree.STEP], "") for code, e in existing.items()}
    by_code = {r["code"]: r for r in rows}
    # Rows rejected above still occupy their code: their children must not be accepted.
    rejected = set(seen) - set(by_code)
    parent = dict(db_parent)
    for r in rows:
        parent[r["code"]] = r["parent_code"]

    def level_of(code):
        if code in by_code:
            return by_code[code]["level"]
        return existing[code].level if code in existing else None

    for r in rows:
        pc, code = r["parent_code"], r["code"]
        if pc and pc not in by_code and pc not in existing:
            reason = (
                f"đơn vị cấp trên {pc} bị từ chối ở dòng {seen[pc]}"
                if pc in rejected
                else f"không tìm thấy đơn vị cấp trên {pc}"
            )
            errors.append(RowError(r["_row"], code, reason))
        elif pc and level_of(pc) is not None and r["level"] <= level_of(pc):
            errors.append(
                RowError(
                    r["_row"],
                    code,
                    f"sai thứ tự cấp: cấp {r['level']} không thể trực thuộc {pc} (cấp "
                    f"{level_of(pc)})",
                )
            )
        if not pc and code in existing and db_parent.get(code):
            errors.append(
                RowError(
                    r["_row"],
                    code,
                    f"thiếu mã đơn vị cấp trên (đơn vị đang trực thuộc {db_parent[code]})",
                )
            )

    # Cycles in the tree the file would produce (file parents over database parents).
    state: dict[str, int] = {}  # 1 = on the current walk, 2 = known acyclic
    for r in rows:
        walk, code = [], r["code"]
        while code and state.get(code) is None and len(walk) <= len(parent) + 1:
            state[code] = 1
            walk.append(code)
            code = parent.get(code, "")
        if code and state.get(code) == 1:
            cycle = walk[walk.index(code) :]
            chain = " → ".join([*cycle, code])
            for c in cycle:
                if c in by_code:
                    errors.append(RowError(by_code[c]["_row"], c, f"tạo vòng lặp: {chain}"))
        for c in walk:
            state[c] = 2

    # Existing children not in the file must stay below a re-levelled parent.
    relevelled = [
        r["code"] for r in rows if r["code"] in existing and existing[r["code"]].level != r["level"]
    ]
    if relevelled:
        for code in relevelled:
            pe = existing[code]
            kids = Organization.objects.filter(
                path__startswith=pe.path, depth=len(pe.path) // tree.STEP + 1
            ).values_list("code", "level")
            for kid, kid_level in kids:
                if kid not in by_code and parent.get(kid) == code and kid_level <= level_of(code):
                    errors.append(
                        RowError(
                            by_code[code]["_row"],
                            code,
                            f"sai thứ tự cấp: đơn vị trực thuộc {kid} ở cấp {kid_level}",
                        )
                    )
    errors.sort(key=lambda e: (e.row, e.reason))
    context = {"existing": existing, "db_parent": db_parent, "parent": parent}
    return rows, report, context


# --- Applying -------------------------------------------------------------------------------


def _final_depths(rows, context) -> dict[str, int]:
    parent = context["parent"]
    depth: dict[str, int] = {}

    def depth_of(code):
        chain = []
        while code and code not in depth:
            chain.append(code)
            code = parent.get(code, "")
        base = depth[code] if code else 0
        for c in reversed(chain):
            base += 1
            depth[c] = base
        return depth[chain[0]] if chain else base

    for r in rows:
        depth_of(r["code"])
    return depth


def import_rows(
    raw_rows: list[dict],
    *,
    actor=None,
    progress: Progress | None = None,
    source: str = "",
) -> ImportReport:
    """Validate and apply ``raw_rows``; raises ``ImportRejected`` (nothing written) if any
    row is wrong."""
    progress = progress or (lambda stage, done, total: None)
    with transaction.atomic():
        with connection.cursor() as cursor:
            from hierarchy.actions.base import TREE_LOCK_KEY

            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [TREE_LOCK_KEY])
        rows, report, context = validate(raw_rows)
        progress("kiểm tra", len(raw_rows), len(raw_rows))
        if report.errors:
            raise ImportRejected(report)
        existing = context["existing"]
        depth = _final_depths(rows, context)
        updates, moves, new = [], [], []
        for r in rows:
            e = existing.get(r["code"])
            if e is None:
                new.append(r)
                continue
            keep = r["_absent"] | {n for n in KEEP_WHEN_BLANK if r[n] is None}
            for name in keep:  # not in the file: keep what the organisation has
                r[name] = e.values[UPDATABLE.index(name)]
            if tuple(r[name] for name in UPDATABLE) != e.values:
                updates.append(r)
            if r["parent_code"] != context["db_parent"].get(r["code"], ""):
                moves.append(r)
        _apply_updates(updates, existing, progress)
        _apply_structure(moves, new, depth, existing, progress)
        report.created, report.updated, report.moved = len(new), len(updates), len(moves)
        updated_codes = {r["code"] for r in updates}
        report.unchanged = (
            len(rows)
            - len(new)
            - len(updates)
            - sum(1 for m in moves if m["code"] not in updated_codes)
        )
        if moves or new:
            tree.refresh_all_numchild()
        if len(new) + len(moves) > 5_000:
            with connection.cursor() as cursor:  # fresh planner statistics for the new rows
                cursor.execute(f"ANALYZE {Organization._meta.db_table}")
        OrganizationEvent.objects.create(
            action=EventAction.IMPORT,
            actor=actor,
            summary=f"Nhập cây tổ chức {source}: {report.summary()}"[:500],
            payload={
                "source": source,
                "created": report.created,
                "updated": report.updated,
                "moved": [[m["code"], m["parent_code"]] for m in moves[:1000]],
            },
        )
    return report


def _apply_updates(updates, existing, progress):
    table = Organization._meta.db_table
    now = timezone.now()
    with connection.cursor() as cursor:
        for start in range(0, len(updates), BATCH):
            chunk = updates[start : start + BATCH]
            cols = {name: [r[name] for r in chunk] for name in UPDATABLE}
            ids = [existing[r["code"]].id for r in chunk]
            search = [search_key(r["name"], r["short_name"], r["code"]) for r in chunk]
            cursor.execute(
                f"""
                UPDATE {table} o SET name = u.name, short_name = u.short_name, level = u.level,
                    kind = u.kind, status = u.status, member_count = u.member_count,
                    sort_order = u.sort_order, email = u.email, phone = u.phone,
                    address = u.address, website = u.website, valid_from = u.valid_from,
                    valid_to = u.valid_to, search_text = u.search, updated_at = %s
                FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::int[], %s::text[],
                            %s::text[], %s::int[], %s::int[], %s::text[], %s::text[],
                            %s::text[], %s::text[], %s::date[], %s::date[], %s::text[])
                    AS u(id, name, short_name, level, kind, status, member_count, sort_order,
                         email, phone, address, website, valid_from, valid_to, search)
                WHERE o.id = u.id
                """,
                [now, ids, *(cols[name] for name in UPDATABLE), search],
            )
            progress("cập nhật", start + len(chunk), len(updates))


def _apply_structure(moves, new, depth, existing, progress):
    """Moves and inserts level by level of the final tree: every parent then already
    exists, sits where the file puts it, and its current path is read fresh."""
    levels = sorted({depth[r["code"]] for r in (*moves, *new)})
    moves_at, new_at = defaultdict(list), defaultdict(list)
    for r in moves:
        moves_at[depth[r["code"]]].append(r)
    for r in new:
        new_at[depth[r["code"]]].append(r)
    created_paths: dict[str, str] = {}
    total, done = len(moves) + len(new), 0
    for level in levels:
        if moves_at[level]:
            done = _move_level(moves_at[level], progress, done, total)
        if new_at[level]:
            done = _insert_level(new_at[level], existing, created_paths, progress, done, total)
    if moves:
        # Moving appends under the new parent; the file's order (or the one the row had)
        # wins, so that importing the same file again changes nothing.
        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                UPDATE {Organization._meta.db_table} o SET sort_order = u.sort_order
                FROM unnest(%s::text[], %s::int[]) AS u(code, sort_order)
                WHERE o.code = u.code AND o.sort_order <> u.sort_order
                """,
                [[r["code"] for r in moves], [r["sort_order"] for r in moves]],
            )


def _move_level(rows, progress, done, total) -> int:
    """Re-parent the organisations that end at one depth of the final tree, all at once
    (``tree.reparent_many``). Their new parents sit one level up and are already where the
    file puts them, so none of them lies inside a subtree that moves now."""
    rows = sorted(rows, key=lambda r: r["_row"])
    nodes = {o.code: o for o in Organization.objects.filter(code__in=[r["code"] for r in rows])}
    targets = {
        o.code: o for o in Organization.objects.filter(code__in={r["parent_code"] for r in rows})
    }
    tree.reparent_many([(nodes[r["code"]], targets[r["parent_code"]]) for r in rows])
    done += len(rows)
    progress("chuyển", done, total)
    return done


def _insert_level(rows, existing, created_paths, progress, done, total) -> int:
    table = Organization._meta.db_table
    rows.sort(key=lambda r: r["_row"])
    # Current path, last child step and last sort order of every parent that gets children.
    path_of: dict[str, str] = dict(created_paths)
    next_step: dict[str, int] = defaultdict(int)
    next_order: dict[str, int] = defaultdict(int)
    db_parents = {r["parent_code"] for r in rows if r["parent_code"] in existing}
    if existing:
        path_of.update(Organization.objects.filter(code__in=db_parents).values_list("code", "path"))
        code_at = {path_of[code]: code for code in db_parents}
        with connection.cursor() as cursor:
            # One scan grouped by parent path (a per-parent LIKE would not use the index).
            cursor.execute(
                f"""
                SELECT substr(path, 1, length(path) - {tree.STEP}), max(path), max(sort_order)
                FROM {table} WHERE depth > 1
                  AND substr(path, 1, length(path) - {tree.STEP}) = ANY(%s)
                GROUP BY 1
                """,
                [list(code_at)],
            )
            for parent_path, last_path, last_order in cursor.fetchall():
                code = code_at[parent_path]
                next_step[code] = tree.step_int(last_path)
                next_order[code] = last_order or 0
            cursor.execute(f"SELECT max(path), max(sort_order) FROM {table} WHERE depth = 1")
            last_root, last_root_order = cursor.fetchone()
            if last_root:
                next_step[""] = tree.step_int(last_root)
                next_order[""] = last_root_order or 0
    now = timezone.now()
    today = timezone.localdate()
    columns = (
        "path, depth, numchild, code, name, short_name, level, kind, status, member_count, "
        "sort_order, email, phone, address, website, valid_from, valid_to, search_text, "
        "updated_at"
    )
    with connection.cursor() as cursor:
        raw = cursor.cursor  # psycopg 3 cursor: COPY is the fastest way in
        with raw.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for r in rows:
                pc = r["parent_code"]
                next_step[pc] += 1
                next_order[pc] += 1
                path = path_of.get(pc, "") + tree.step_str(next_step[pc])
                created_paths[r["code"]] = path
                copy.write_row(
                    (
                        path,
                        len(path) // tree.STEP,
                        0,  # set by refresh_all_numchild()
                        r["code"],
                        r["name"],
                        r["short_name"],
                        r["level"],
                        r["kind"],
                        r["status"],
                        r["member_count"],
                        r["sort_order"] or next_order[pc],
                        r["email"],
                        r["phone"],
                        r["address"],
                        r["website"],
                        r["valid_from"] or today,
                        r["valid_to"],
                        search_key(r["name"], r["short_name"], r["code"]),
                        now,
                    )
                )
                done += 1
                if done % BATCH == 0:
                    progress("tạo mới", done, total)
    progress("tạo mới", done, total)
    return done


# --- Export ---------------------------------------------------------------------------------


def export_rows(queryset=None) -> Iterable[dict]:
    """Every organisation, parents before children, as import rows."""
    qs = (queryset or Organization.objects.all()).order_by("path")
    code_of_path: dict[str, str] = {}
    for values in qs.values_list("path", "code", *FIELDS[2:]).iterator(chunk_size=10_000):
        path, code, *rest = values
        code_of_path[path] = code
        parent_path = path[: -tree.STEP]
        if parent_path and parent_path not in code_of_path:
            # The root of an exported branch keeps its real parent.
            code_of_path[parent_path] = (
                Organization.objects.filter(path=parent_path).values_list("code", flat=True).first()
                or ""
            )
        row = dict(zip(FIELDS[2:], rest, strict=True))
        for name in ("valid_from", "valid_to"):
            row[name] = row[name].isoformat() if row[name] else ""
        yield {"code": code, "parent_code": code_of_path.get(parent_path, ""), **row}


def write_csv(rows: Iterable[dict], out) -> int:
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    n = 0
    for n, row in enumerate(rows, start=1):  # noqa: B007
        writer.writerow(row)
    return n


def write_json(rows: Iterable[dict], out) -> int:
    out.write("[\n")
    n = 0
    for n, row in enumerate(rows, start=1):
        out.write(("" if n == 1 else ",\n") + json.dumps(row, ensure_ascii=False))
    out.write("\n]\n")
    return n
