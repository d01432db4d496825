"""A periodic report as a spreadsheet (XLSX, openpyxl) and as a printable document (PDF,
fpdf2), both from the report's frozen snapshot and commentary.

The PDF embeds a TrueType font with Vietnamese glyphs: ``PROGRAMME_PDF_FONT`` when set,
otherwise DejaVu Sans found on the system (Debian/Ubuntu: package ``fonts-dejavu-core``,
``/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf``; other layouts and ``fc-match`` are
tried too). Without one, ``FontMissing`` says so in Vietnamese instead of writing a PDF whose
diacritics are lost.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from congdoan.text import fold
from programme.models import Report, ReportStatus

HEADERS = [
    ("STT", 6),
    ("Nhóm", 22),
    ("Chỉ tiêu", 52),
    ("Đơn vị tính", 16),
    ("Phạm vi", 16),
    ("Kết quả kỳ báo cáo", 14),
    ("Lũy kế từ đầu năm", 14),
    ("Chỉ tiêu được giao", 14),
    ("Đánh giá", 24),
    ("Đơn vị đặt chỉ tiêu", 34),
]
SCOPES = {"own": "Của đơn vị", "subtree": "Toàn hệ thống"}

FONT_DIRS = [
    "/usr/share/fonts/truetype/dejavu",  # Debian, Ubuntu (fonts-dejavu-core)
    "/usr/share/fonts/dejavu",  # Fedora, Alpine
    "/usr/share/fonts/TTF",  # Arch
    "/usr/local/share/fonts/dejavu",
    "/usr/local/share/fonts",
    "/Library/Fonts",
]


class FontMissing(ImproperlyConfigured):
    message = (
        "Không tìm thấy phông chữ DejaVu Sans để xuất PDF có dấu tiếng Việt. Hãy cài gói "
        "fonts-dejavu-core (Debian/Ubuntu: apt-get install fonts-dejavu-core) hoặc đặt "
        "PROGRAMME_PDF_FONT là đường dẫn tới một tệp phông TTF có chữ tiếng Việt."
    )


def _number(text: str | None):
    if text is None:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return text


def _vn(text: str | None) -> str:
    """ "85.5" -> "85,5" (Vietnamese decimal comma) for the PDF; "—" for nothing."""
    return "—" if text is None else text.replace(".", ",")


def filename(report: Report, ext: str) -> str:
    period = "ca-nam" if report.quarter == 0 else f"quy-{report.quarter}"
    code = fold(report.organization.code).lower()
    return f"bao-cao-{code}-{period}-{report.year}.{ext}"


def _header_lines(report: Report) -> list[str]:
    generated = timezone.localtime(report.generated_at).strftime("%H:%M %d/%m/%Y")
    status = ReportStatus(report.status).label
    lines = [
        f"Đơn vị: {report.organization.name}",
        f"Kỳ báo cáo: {report.period_label} · Hạn nộp: {report.due_date:%d/%m/%Y} · "
        f"Trạng thái: {status}",
        f"Số liệu lập lúc {generated}"
        + (f" · Người lập: {report.created_by}" if report.created_by_id else ""),
    ]
    if report.recipient_id:
        lines.append(f"Gửi đến: {report.recipient.name}")
    return lines


# --- XLSX ---------------------------------------------------------------------------------


def to_xlsx(report: Report) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "Chỉ tiêu"
    bold, title_font = Font(bold=True), Font(bold=True, size=14)
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    last_col = get_column_letter(len(HEADERS))

    ws["A1"] = report.title
    ws["A1"].font = title_font
    ws.merge_cells(f"A1:{last_col}1")
    for i, line in enumerate(_header_lines(report), start=2):
        ws.cell(row=i, column=1, value=line)
        ws.merge_cells(f"A{i}:{last_col}{i}")
    head_row = len(_header_lines(report)) + 3
    fill = PatternFill("solid", fgColor="DDEBF7")
    for col, (label, width) in enumerate(HEADERS, start=1):
        cell = ws.cell(row=head_row, column=col, value=label)
        cell.font, cell.fill, cell.border = bold, fill, box
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        ws.column_dimensions[get_column_letter(col)].width = width
    for n, row in enumerate(report.snapshot, start=1):
        r = head_row + n
        values = [
            n,
            row["group"],
            row["label"],
            row["unit"],
            SCOPES.get(row["scope"], row["scope"]),
            _number(row["value"]),
            _number(row["year_to_date"]),
            _number(row["target"]),
            row["status_label"],
            row["target_set_by"] or ("Mặc định của Chương trình" if row["target"] else ""),
        ]
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=col, value=value)
            cell.border, cell.alignment = box, wrap
            if isinstance(value, Decimal):
                cell.number_format = "0.0" if value != value.to_integral() else "0"
    ws.freeze_panes = ws.cell(row=head_row + 1, column=1)
    ws.print_title_rows = f"{head_row}:{head_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4

    notes = wb.create_sheet("Nhận xét")
    notes["A1"] = report.title
    notes["A1"].font = title_font
    notes["A2"] = f"Đơn vị: {report.organization.name} · Kỳ báo cáo: {report.period_label}"
    notes.column_dimensions["A"].width = 26
    notes.column_dimensions["B"].width = 110
    r = 4
    for _name, label, text in report.sections():
        notes.cell(row=r, column=1, value=label).font = bold
        cell = notes.cell(row=r, column=2, value=text or "(chưa có nội dung)")
        cell.alignment = wrap
        # Roughly one printed line per 100 characters or line break, so the text shows.
        lines = sum(max(1, len(part) // 100 + 1) for part in (text or " ").split("\n"))
        notes.row_dimensions[r].height = min(409, 15 * lines)
        r += 1
    if report.return_reason:
        notes.cell(row=r, column=1, value="Lý do trả lại").font = bold
        notes.cell(row=r, column=2, value=report.return_reason).alignment = wrap

    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# --- PDF ----------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def find_font(configured: str = "") -> tuple[Path, Path | None]:
    """(regular, bold or None) TTF paths; ``FontMissing`` when there is none."""
    if configured:
        path = Path(configured)
        if not path.is_file():
            raise FontMissing(
                f"PROGRAMME_PDF_FONT={configured}: không có tệp này. {FontMissing.message}"
            )
        bold = path.with_name(path.stem + "-Bold" + path.suffix)
        return path, bold if bold.is_file() else None
    for folder in FONT_DIRS:
        regular = Path(folder) / "DejaVuSans.ttf"
        if regular.is_file():
            bold = regular.with_name("DejaVuSans-Bold.ttf")
            return regular, bold if bold.is_file() else None
    if shutil.which("fc-match"):
        try:
            found = subprocess.run(
                ["fc-match", "-f", "%{file}", "DejaVu Sans:style=Book"],
                capture_output=True,
                text=True,
                timeout=5,
                check=False,
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            found = ""
        if found and Path(found).name.startswith("DejaVuSans") and Path(found).is_file():
            bold = Path(found).with_name("DejaVuSans-Bold.ttf")
            return Path(found), bold if bold.is_file() else None
    raise FontMissing(FontMissing.message)


def to_pdf(report: Report) -> bytes:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    regular, bold = find_font(getattr(settings, "PROGRAMME_PDF_FONT", "") or "")
    title = report.title

    class ReportPDF(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("VN", "", 8)
            self.cell(0, 8, f"{title} · Trang {self.page_no()}/{{nb}}", align="C")

    pdf = ReportPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_title(title)
    pdf.set_author(report.organization.name)
    pdf.set_creator("congdoan-cms")
    pdf.add_font("VN", "", str(regular))
    pdf.add_font("VN", "B", str(bold or regular))
    pdf.set_auto_page_break(auto=True, margin=16)
    pdf.set_margins(14, 14, 14)
    pdf.add_page()

    pdf.set_font("VN", "B", 10)
    pdf.multi_cell(0, 5, report.organization.name.upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("VN", "B", 14)
    pdf.multi_cell(0, 7, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("VN", "", 9)
    for line in _header_lines(report)[1:]:
        pdf.multi_cell(0, 5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("VN", "B", 11)
    pdf.multi_cell(0, 6, "I. Kết quả thực hiện các chỉ tiêu", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("VN", "", 8)
    head = FontFace(emphasis="BOLD", fill_color=(221, 235, 247))
    with pdf.table(
        col_widths=(8, 62, 20, 18, 18, 18, 26),
        text_align=("CENTER", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "LEFT"),
        headings_style=head,
        line_height=4.5,
        repeat_headings=1,
    ) as table:
        labels = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả kỳ", "Lũy kế năm", "Chỉ tiêu"]
        table.row([*labels, "Đánh giá"])
        for n, row in enumerate(report.snapshot, start=1):
            table.row(
                [
                    str(n),
                    row["label"],
                    row["unit"],
                    _vn(row["value"]),
                    _vn(row["year_to_date"]),
                    _vn(row["target"]),
                    row["status_label"],
                ]
            )
    pdf.ln(5)
    for number, (_name, label, text) in zip(("II", "III", "IV"), report.sections(), strict=True):
        pdf.set_font("VN", "B", 11)
        pdf.multi_cell(0, 6, f"{number}. {label}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("VN", "", 10)
        pdf.multi_cell(0, 5.5, text or "(chưa có nội dung)", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    if report.return_reason and report.status == ReportStatus.RETURNED:
        pdf.set_font("VN", "B", 10)
        pdf.multi_cell(0, 6, "Lý do trả lại", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("VN", "", 10)
        pdf.multi_cell(0, 5.5, report.return_reason, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
