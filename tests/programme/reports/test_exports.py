"""A report as XLSX (read back with openpyxl, Vietnamese strings byte-exact) and PDF (A4,
text extracted with pypdf keeps its diacritics, page numbers); a missing font is a clear
Vietnamese error, not a PDF without diacritics."""

import io
import unicodedata

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from programme import exports
from programme.actions.edit_report import EditReport
from programme.actions.generate_report import GenerateReport

pytestmark = pytest.mark.django_db

RESULTS = "Tổ chức thành công Tháng Công nhân; 28 tin bài được Báo Lao Động đăng lại."
SHORTCOMINGS = "Một số đơn vị chưa cập nhật kênh Zalo, fanpage thường xuyên."
PROPOSALS = "Đề nghị Tổng Liên đoàn hỗ trợ phần mềm số hóa tài liệu."


@pytest.fixture
def report(org_tree, people, current):
    report = GenerateReport(org_tree["a"], *current, actor=people["a_admin"]).execute()
    return EditReport(
        report,
        actor=people["a_admin"],
        results=RESULTS,
        shortcomings=SHORTCOMINGS,
        proposals=PROPOSALS,
    ).execute()


def test_xlsx_reads_back_with_vietnamese_intact(report):
    wb = load_workbook(io.BytesIO(exports.to_xlsx(report)))
    assert wb.sheetnames == ["Chỉ tiêu", "Nhận xét"]
    sheet = wb["Chỉ tiêu"]
    assert sheet["A1"].value == report.title
    assert sheet["A1"].value.startswith("Báo cáo kết quả thực hiện Chương trình truyền thông quý ")
    assert sheet["A2"].value == "Đơn vị: Liên đoàn Lao động tỉnh A"
    assert "Liên đoàn Lao động".encode() in sheet["A2"].value.encode()
    header_row = next(r for r in range(1, 10) if sheet.cell(row=r, column=1).value == "STT")
    headers = [c.value for c in sheet[header_row]]
    assert headers[:4] == ["STT", "Nhóm", "Chỉ tiêu", "Đơn vị tính"]
    assert "Đánh giá" in headers and "Lũy kế từ đầu năm" in headers
    labels = [sheet.cell(row=r, column=3).value for r in range(header_row + 1, sheet.max_row + 1)]
    assert len(labels) == len(report.snapshot)
    assert "Yêu cầu của đoàn viên được trả lời trong 24 giờ" in labels
    cases = header_row + 1 + labels.index("Yêu cầu của đoàn viên được trả lời trong 24 giờ")
    target_cell = sheet.cell(row=cases, column=8).value
    assert target_cell == 100 and not isinstance(target_cell, str)  # numbers stay numbers
    assert sheet.cell(row=cases, column=9).value == "Không phát sinh"
    assert sheet.column_dimensions["C"].width >= 40
    assert sheet.freeze_panes == f"A{header_row + 1}"

    notes = wb["Nhận xét"]
    by_heading = {
        notes.cell(row=r, column=1).value: notes.cell(row=r, column=2).value for r in range(4, 8)
    }
    assert by_heading["Kết quả"] == RESULTS
    assert by_heading["Tồn tại, hạn chế"] == SHORTCOMINGS
    assert by_heading["Đề xuất, kiến nghị"] == PROPOSALS
    assert "Tồn tại, hạn chế".encode() in [k.encode() for k in by_heading if k]


def test_pdf_is_a4_with_vietnamese_text_and_page_numbers(report):
    data = exports.to_pdf(report)
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = unicodedata.normalize("NFC", "\n".join(page.extract_text() for page in reader.pages))
    for words in (
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH A",
        "Báo cáo kết quả thực hiện Chương trình truyền thông",
        "Tồn tại, hạn chế",
        "Đề xuất, kiến nghị",
        "Yêu cầu của đoàn viên được trả lời trong 24 giờ",
        "Tháng Công nhân",
        "số hóa tài liệu",
        f"Trang 1/{len(reader.pages)}",
    ):
        assert words in text, words
    assert reader.metadata.title == report.title


def test_a_missing_font_is_a_clear_error(report, settings):
    settings.PROGRAMME_PDF_FONT = "/khong/co/phong.ttf"
    with pytest.raises(exports.FontMissing, match="fonts-dejavu-core"):
        exports.to_pdf(report)


def test_the_font_is_found_on_this_machine():
    regular, bold = exports.find_font()
    assert regular.name == "DejaVuSans.ttf" and regular.is_file()
    assert bold is not None and bold.name == "DejaVuSans-Bold.ttf"


def test_filename_is_ascii(report):
    name = exports.filename(report, "xlsx")
    assert name.isascii() and name.startswith("bao-cao-xpa-quy-") and name.endswith(".xlsx")
