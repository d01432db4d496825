"""Reading and checking the training spreadsheets (roster and training records).

A file is an XLSX workbook (its first sheet) or a CSV file in UTF-8, with one header row of
the Vietnamese column names below (``ROSTER_COLUMNS``, ``RECORD_COLUMNS``; matched without
regard to case, accents or spacing; other columns such as «STT» are ignored) and one row per
person or record. Dates are dd/mm/yyyy (or real date cells in XLSX).

The whole file is checked before anything is written: ``check_roster`` / ``check_records``
return the rows to write or raise ``ImportRefused`` with every rejected row (its row number
in the sheet and the Vietnamese reasons), and the import actions write nothing then.
``template_workbook`` builds the downloadable template.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
import zipfile
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

from congdoan.text import fold, nfc, normalise_code
from hierarchy.models import Organization
from programme.models import Cadre, CadreCategory, Course, TrainingRecord


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    required: bool
    help: str
    example: str = ""


ORG = Column(
    "org",
    "Mã đơn vị",
    False,
    "Mã của đơn vị có cán bộ (để trống: đơn vị đang nhập). Phải là đơn vị trực thuộc.",
    "",
)
ROSTER_COLUMNS = [
    ORG,
    Column(
        "code",
        "Mã cán bộ",
        True,
        "Mã cán bộ do đơn vị cấp, không trùng trong đơn vị. Không dùng số căn cước công dân.",
        "CB-001",
    ),
    Column("full_name", "Họ và tên", True, "Họ và tên đầy đủ.", "Nguyễn Thị Lan"),
    Column("birth_date", "Ngày sinh", False, "dd/mm/yyyy, có thể để trống.", "15/04/1985"),
    Column(
        "category",
        "Nhóm chức danh",
        True,
        "«Cán bộ chủ chốt» (Chủ tịch, Phó Chủ tịch) hoặc «Cán bộ công đoàn».",
        "Cán bộ chủ chốt",
    ),
    Column("position", "Chức vụ", False, "Chức vụ cụ thể, có thể để trống.", "Chủ tịch"),
    Column(
        "active_from", "Ngày bắt đầu", True, "Ngày bắt đầu giữ chức vụ, dd/mm/yyyy.", "01/01/2024"
    ),
    Column(
        "active_to",
        "Ngày kết thúc",
        False,
        "Ngày thôi giữ chức vụ, dd/mm/yyyy; để trống nếu đang giữ chức vụ.",
        "",
    ),
]
RECORD_COLUMNS = [
    ORG,
    Column("code", "Mã cán bộ", True, "Mã cán bộ trong danh sách cán bộ của đơn vị.", "CB-001"),
    Column(
        "full_name",
        "Họ và tên",
        False,
        "Nếu điền, phải khớp với danh sách cán bộ.",
        "Nguyễn Thị Lan",
    ),
    Column("course", "Mã khoá học", True, "Mã khoá tập huấn đã tạo trên hệ thống.", "TH-2026-01"),
    Column("completed", "Hoàn thành", True, "«Có» hoặc «Không».", "Có"),
    Column(
        "completed_on",
        "Ngày hoàn thành",
        False,
        "dd/mm/yyyy; bắt buộc khi hoàn thành, không trước ngày bắt đầu khoá học.",
        "20/03/2026",
    ),
    Column("result", "Kết quả", False, "Ví dụ: Đạt, Khá, Giỏi.", "Đạt"),
]

CATEGORY_VALUES = {
    "can bo chu chot": CadreCategory.LEADER,
    "chu chot": CadreCategory.LEADER,
    "can bo cong doan": CadreCategory.CADRE,
}
YES, NO = {"co", "x", "dat", "roi"}, {"khong", "chua"}
DATE_RE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
#: An XLSX file may not unpack to more than this many bytes (a zip bomb is refused unread).
MAX_UNPACKED = 64 * 1024 * 1024


def max_rows() -> int:
    return settings.PROGRAMME_TRAINING_IMPORT_MAX_ROWS


def max_bytes() -> int:
    return settings.PROGRAMME_TRAINING_IMPORT_MAX_BYTES


@dataclass(frozen=True)
class Rejected:
    row: int
    reason: str


class ImportRefused(ValidationError):
    """The whole file is refused: ``message`` says why, ``rejected`` lists the bad rows."""

    def __init__(self, message: str, rejected: list[Rejected] | None = None):
        super().__init__(message)
        self.rejected = list(rejected or [])


def _key(header) -> str:
    return " ".join(fold(nfc(str(header or ""))).lower().split())


# --- reading ---------------------------------------------------------------------------


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(nfc(str(value)).split())


def _xlsx_rows(data: bytes):
    not_xlsx = ImportRefused(
        "Tệp có đuôi .xlsx nhưng không phải bảng tính Excel (.xlsx). Hãy lưu lại tệp bằng "
        "Excel dưới dạng «Sổ làm việc Excel (.xlsx)» hoặc dùng tệp mẫu."
    )
    if not data.startswith(b"PK\x03\x04"):
        raise not_xlsx
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise not_xlsx from None
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise not_xlsx
    if unpacked > MAX_UNPACKED:
        raise ImportRefused("Tệp .xlsx giải nén quá lớn, không đọc được.")
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        yield from sheet.iter_rows(values_only=True)
    except ImportRefused:
        raise
    except Exception:
        raise not_xlsx from None


def _csv_rows(data: bytes):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(
            "Tệp CSV phải dùng bảng mã UTF-8 (trong Excel: lưu dưới dạng «CSV UTF-8»)."
        ) from None
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def too_large(size: int) -> ImportRefused:
    return ImportRefused(
        f"Tệp quá lớn ({size / 1024 / 1024:.1f} MB); tối đa "
        f"{max_bytes() / 1024 / 1024:.1f} MB. Hãy chia thành nhiều tệp."
    )


def read_rows(data: bytes, filename: str, columns: list[Column]) -> list[tuple[int, dict]]:
    """[(row number in the sheet, {column key: value})] of a file's data rows."""
    limit_bytes, limit_rows = max_bytes(), max_rows()
    if not data:
        raise ImportRefused("Tệp rỗng.")
    if len(data) > limit_bytes:
        raise too_large(len(data))
    name = (filename or "").lower()
    if name.endswith(".xlsx"):
        raw = _xlsx_rows(data)
    elif name.endswith(".csv"):
        raw = _csv_rows(data)
    else:
        raise ImportRefused("Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv, UTF-8).")
    by_header = {_key(c.header): c for c in columns}
    mapping: dict[int, Column] | None = None
    rows: list[tuple[int, dict]] = []
    for number, values in enumerate(raw, start=1):
        cells = [_cell(v) for v in values]
        if not any(cells):
            continue
        if mapping is None:
            mapping = {}
            for index, header in enumerate(cells):
                column = by_header.get(_key(header))
                if column is None:
                    continue
                if column in mapping.values():
                    raise ImportRefused(f"Cột «{column.header}» xuất hiện hai lần ở dòng tiêu đề.")
                mapping[index] = column
            missing = [c.header for c in columns if c.required and c not in mapping.values()]
            if missing:
                raise ImportRefused(
                    "Dòng tiêu đề thiếu cột bắt buộc: "
                    + ", ".join(f"«{h}»" for h in missing)
                    + ". Hãy dùng tệp mẫu."
                )
            continue
        if len(rows) >= limit_rows:
            raise ImportRefused(
                f"Tệp có hơn {limit_rows} dòng dữ liệu; tối đa {limit_rows} dòng mỗi lần nhập. "
                "Hãy chia thành nhiều tệp."
            )
        row = {c.key: "" for c in columns}
        for index, column in mapping.items():
            if index < len(cells):
                row[column.key] = cells[index]
        rows.append((number, row))
    if mapping is None:
        raise ImportRefused("Tệp không có dòng tiêu đề. Hãy dùng tệp mẫu.")
    if not rows:
        raise ImportRefused("Tệp không có dòng dữ liệu nào.")
    return rows


# --- checking --------------------------------------------------------------------------


def parse_date(value, what: str) -> datetime.date:
    if isinstance(value, datetime.date):
        return value
    match = DATE_RE.match(str(value))
    if not match:
        raise ValueError(f"{what} «{value}» không đúng định dạng dd/mm/yyyy")
    day, month, year = (int(g) for g in match.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise ValueError(f"{what} «{value}» không tồn tại") from None


def _text(row, key, what, max_length, reasons, required=True) -> str:
    value = row[key]
    if isinstance(value, datetime.date):
        value = value.strftime("%d/%m/%Y")
    if required and not value:
        reasons.append(f"Thiếu {what}")
    elif len(value) > max_length:
        reasons.append(f"{what} dài quá {max_length} ký tự")
    return value


def _date(row, key, what, reasons, required=True) -> datetime.date | None:
    value = row[key]
    if value in ("", None):
        if required:
            reasons.append(f"Thiếu {what.lower()}")
        return None
    try:
        return parse_date(value, what)
    except ValueError as exc:
        reasons.append(str(exc))
        return None


def _fmt(day: datetime.date) -> str:
    return day.strftime("%d/%m/%Y")


def _orgs(org: Organization, rows) -> dict[str, Organization]:
    """{code: organisation} of the row's «Mã đơn vị» values inside ``org``'s subtree."""
    codes = {normalise_code(r["org"]) for _, r in rows if r["org"]}
    found = Organization.objects.filter(code__in=codes, path__startswith=org.path)
    return {o.code: o for o in found}


def _row_org(org, row, orgs, reasons) -> Organization | None:
    if not row["org"]:
        return org
    code = normalise_code(row["org"])
    target = orgs.get(code)
    if target is None:
        reasons.append(f"Không có đơn vị mã «{row['org']}» trực thuộc {org.name}")
    elif not target.is_active:
        reasons.append(f"Đơn vị «{target.name}» đã hợp nhất hoặc giải thể")
        return None
    return target


def _refuse_if_any(rejected: list[Rejected], what: str) -> None:
    if rejected:
        raise ImportRefused(
            f"Tệp bị từ chối: {len(rejected)} dòng không hợp lệ. Không {what} nào được nhập; "
            "hãy sửa các dòng dưới đây rồi tải lên lại cả tệp.",
            rejected,
        )


@dataclass
class RosterRow:
    row: int
    organization: Organization
    code: str
    full_name: str
    category: str
    active_from: datetime.date
    birth_date: datetime.date | None = None
    position: str = ""
    active_to: datetime.date | None = None


def check_roster(org: Organization, rows, today: datetime.date | None = None) -> list[RosterRow]:
    today = today or timezone.localdate()
    orgs = _orgs(org, rows)
    keys = {(o.pk, normalise_code(r["code"])) for _, r in rows for o in [_lookup(org, r, orgs)]}
    existing = set()
    if keys:
        org_ids = {k[0] for k in keys if k[0]}
        existing = {
            (o, c)
            for o, c in Cadre.objects.filter(
                organization_id__in=org_ids, code__in={k[1] for k in keys}
            ).values_list("organization_id", "code")
        }
    seen: dict[tuple[int, str], int] = {}
    good, rejected = [], []
    for number, row in rows:
        reasons: list[str] = []
        target = _row_org(org, row, orgs, reasons)
        code = normalise_code(_text(row, "code", "mã cán bộ", 32, reasons))
        full_name = _text(row, "full_name", "họ và tên", 128, reasons)
        position = _text(row, "position", "chức vụ", 128, reasons, required=False)
        category = CATEGORY_VALUES.get(_key(row["category"]))
        if category is None:
            reasons.append(
                "Nhóm chức danh phải là «Cán bộ chủ chốt» hoặc «Cán bộ công đoàn»"
                + (f" (đang là «{row['category']}»)" if row["category"] else "")
            )
        birth = _date(row, "birth_date", "Ngày sinh", reasons, required=False)
        if birth and not (datetime.date(1900, 1, 1) <= birth <= today):
            reasons.append(f"Ngày sinh {_fmt(birth)} không hợp lệ")
        start = _date(row, "active_from", "Ngày bắt đầu", reasons)
        end = _date(row, "active_to", "Ngày kết thúc", reasons, required=False)
        if start and end and end < start:
            reasons.append(f"Ngày kết thúc {_fmt(end)} trước ngày bắt đầu {_fmt(start)}")
        if target is not None and code:
            key = (target.pk, code)
            if key in seen:
                reasons.append(f"Trùng với dòng {seen[key]} (cùng đơn vị và mã cán bộ)")
            else:
                seen[key] = number
            if key in existing:
                reasons.append(f"Mã cán bộ «{code}» đã có trong danh sách cán bộ của {target.name}")
        if reasons:
            rejected.append(Rejected(number, "; ".join(reasons) + "."))
        else:
            good.append(
                RosterRow(number, target, code, full_name, category, start, birth, position, end)
            )
    _refuse_if_any(rejected, "cán bộ")
    return good


def _lookup(org, row, orgs) -> Organization:
    """The row's organisation for prefetching (unknown codes: a placeholder without pk)."""
    if not row["org"]:
        return org
    return orgs.get(normalise_code(row["org"])) or Organization()


@dataclass
class RecordRow:
    row: int
    cadre: Cadre
    course: Course
    completed: bool
    completed_on: datetime.date | None
    result: str = ""


def visible_courses(org: Organization):
    """Courses an organisation may record completions of: organised by itself, an
    ancestor or a unit of its subtree."""
    from django.db.models import Q

    step = Organization.steplen
    ancestors = [org.path[:i] for i in range(step, len(org.path) + 1, step)]
    return Course.objects.filter(
        Q(organizer__path__in=ancestors) | Q(organizer__path__startswith=org.path)
    )


def check_records(org: Organization, rows, today: datetime.date | None = None) -> list[RecordRow]:
    today = today or timezone.localdate()
    orgs = _orgs(org, rows)
    wanted = {(_lookup(org, r, orgs).pk, normalise_code(r["code"])) for _, r in rows}
    cadres = {
        (c.organization_id, c.code): c
        for c in Cadre.objects.filter(
            organization_id__in={k[0] for k in wanted if k[0]},
            code__in={k[1] for k in wanted},
        ).select_related("organization")
    }
    courses = {
        c.code: c
        for c in visible_courses(org).filter(
            code__in={normalise_code(r["course"]) for _, r in rows}
        )
    }
    existing = set(
        TrainingRecord.objects.filter(
            cadre_id__in=[c.pk for c in cadres.values()],
            course_id__in=[c.pk for c in courses.values()],
        ).values_list("cadre_id", "course_id")
    )
    seen: dict[tuple[int, int], int] = {}
    good, rejected = [], []
    for number, row in rows:
        reasons: list[str] = []
        target = _row_org(org, row, orgs, reasons)
        code = normalise_code(_text(row, "code", "mã cán bộ", 32, reasons))
        cadre = None
        if target is not None and code:
            cadre = cadres.get((target.pk, code))
            if cadre is None:
                reasons.append(
                    f"Không có cán bộ mã «{code}» trong danh sách cán bộ của {target.name}"
                )
        name = _text(row, "full_name", "họ và tên", 128, reasons, required=False)
        if cadre and name and _key(name) != _key(cadre.full_name):
            reasons.append(
                f"Họ và tên «{name}» không khớp với cán bộ mã «{code}» ({cadre.full_name})"
            )
        course_code = normalise_code(_text(row, "course", "mã khoá học", 32, reasons))
        course = courses.get(course_code) if course_code else None
        if course_code and course is None:
            reasons.append(f"Không có khoá học mã «{course_code}»")
        flag = _key(row["completed"])
        completed = None
        if flag in YES:
            completed = True
        elif flag in NO:
            completed = False
        else:
            reasons.append("Cột «Hoàn thành» phải là «Có» hoặc «Không»")
        done_on = _date(row, "completed_on", "Ngày hoàn thành", reasons, required=False)
        if completed and done_on is None and not row["completed_on"]:
            reasons.append("Thiếu ngày hoàn thành")
        if completed is False and row["completed_on"]:
            reasons.append("Chưa hoàn thành thì để trống ngày hoàn thành")
        if done_on and done_on > today:
            reasons.append(f"Ngày hoàn thành {_fmt(done_on)} ở tương lai")
        if done_on and course and done_on < course.starts_on:
            reasons.append(
                f"Ngày hoàn thành {_fmt(done_on)} trước ngày bắt đầu khoá học "
                f"({_fmt(course.starts_on)})"
            )
        result = _text(row, "result", "kết quả", 64, reasons, required=False)
        if cadre and course:
            key = (cadre.pk, course.pk)
            if key in seen:
                reasons.append(f"Trùng với dòng {seen[key]} (cùng cán bộ và khoá học)")
            else:
                seen[key] = number
            if key in existing:
                reasons.append(f"Cán bộ «{code}» đã có kết quả khoá học «{course.code}»")
        if reasons:
            rejected.append(Rejected(number, "; ".join(reasons) + "."))
        else:
            good.append(
                RecordRow(number, cadre, course, completed, done_on if completed else None, result)
            )
    _refuse_if_any(rejected, "kết quả")
    return good


# --- template --------------------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    kind: str
    title: str
    columns: list[Column] = field(default_factory=list)

    @property
    def filename(self) -> str:
        return f"mau-{self.kind}.xlsx"


TEMPLATES = {
    "can-bo": Template("can-bo", "Danh sách cán bộ", ROSTER_COLUMNS),
    "ket-qua": Template("ket-qua", "Kết quả tập huấn", RECORD_COLUMNS),
}


def template_workbook(kind: str) -> bytes:
    """The XLSX template of an import: the header row and one example row on the first
    sheet, what each column means on the second."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill

    template = TEMPLATES[kind]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = template.title
    sheet.append([c.header for c in template.columns])
    sheet.append([c.example for c in template.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    for index, column in enumerate(template.columns, start=1):
        sheet.column_dimensions[openpyxl.utils.get_column_letter(index)].width = max(
            14, len(column.header) + 4
        )
        # Text cells: Excel keeps "01/02/2024" and "001" as typed.
        for row in range(2, 502):
            sheet.cell(row=row, column=index).number_format = "@"
    guide = workbook.create_sheet("Hướng dẫn")
    guide.append(["Cột", "Bắt buộc", "Cách điền"])
    for cell in guide[1]:
        cell.font = Font(bold=True)
    for column in template.columns:
        guide.append([column.header, "Có" if column.required else "Không", column.help])
    guide.append([])
    guide.append(
        [
            "Lưu ý",
            "",
            f"Tối đa {max_rows()} dòng mỗi tệp. Cả tệp bị từ chối nếu có dòng sai; không dòng "
            "nào được nhập cho đến khi sửa hết. Xoá dòng ví dụ trước khi nhập.",
        ]
    )
    guide.column_dimensions["A"].width = 20
    guide.column_dimensions["C"].width = 90
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
