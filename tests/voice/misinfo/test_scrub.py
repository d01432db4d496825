"""``voice.scrub.scrub``: each kind of personal data goes, the rest of the text stays."""

import pytest

from voice.scrub import EMAIL, ID_NUMBER, NAME, PHONE, scrub

REMOVED = [
    # (text, what must disappear, placeholder that replaces it)
    ("Tôi là Nguyễn Văn An, công nhân may.", "Nguyễn Văn An", NAME),
    ("Tên tôi là Trần Thị Bích Ngọc. Xin hỏi về lương.", "Trần Thị Bích Ngọc", NAME),
    ("Em là Lê Hoàng, làm ca đêm.", "Lê Hoàng", NAME),
    ("em là chị Phạm Thu ở Bắc Ninh.", "Phạm Thu", NAME),
    ("Mình tên là Đỗ Quang Huy.", "Đỗ Quang Huy", NAME),
    ("Họ tên: Vũ Minh Châu", "Vũ Minh Châu", NAME),
    ("Liên hệ 0912345678 giúp tôi.", "0912345678", PHONE),
    ("Liên hệ 0912 345 678 giúp tôi.", "0912 345 678", PHONE),
    ("Liên hệ 0912.345.678 giúp tôi.", "0912.345.678", PHONE),
    ("Liên hệ +84 912 345 678 giúp tôi.", "+84 912 345 678", PHONE),
    ("Liên hệ +84912345678 giúp tôi.", "+84912345678", PHONE),
    ("Liên hệ (+84) 912-345-678 giúp tôi.", "912-345-678", PHONE),
    ("Máy bàn (024) 3825 1234 giờ hành chính.", "3825 1234", PHONE),
    ("Số CCCD của tôi là 001203004567.", "001203004567", ID_NUMBER),
    ("CCCD 001 203 004 567 cấp năm 2021.", "001 203 004 567", ID_NUMBER),
    ("CMND cũ 012345678.", "012345678", ID_NUMBER),
    ("Gửi về nguyen.van.an@gmail.com nhé.", "nguyen.van.an@gmail.com", EMAIL),
    ("Email: an_tran+cd@congty.com.vn", "an_tran+cd@congty.com.vn", EMAIL),
]


@pytest.mark.parametrize(("text", "secret", "placeholder"), REMOVED)
def test_each_kind_of_personal_data_is_removed(text, secret, placeholder):
    out = scrub(text)
    assert secret not in out
    assert placeholder in out


KEPT = [
    "Công ty trả lương làm thêm giờ ngày lễ như ngày thường có đúng không?",
    "Theo Điều 98 Bộ luật Lao động 2019 và Nghị định 145/2020/NĐ-CP, từ ngày 01/01/2026.",
    "Tôi là công nhân, làm việc 10 giờ mỗi ngày, lương 4.960.000 đồng/tháng.",
    "Thưởng Tết 100000000 đồng cho 50 người, tăng 12% so với năm 2025.",
    "Gọi tổng đài 1900 1234 hoặc 1800 1010 của Công đoàn.",
    "Văn bản số 18/KH-CĐN ngày 20/11/2025 của Liên đoàn Lao động tỉnh Bắc Ninh.",
]


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_text_is_kept(text):
    assert scrub(text) == text


def test_the_cases_own_name_goes_wherever_it_appears_with_or_without_accents():
    text = "Chào anh, Nguyễn Văn An đây. Anh NGUYEN VAN AN đã gửi đơn, nguyễn văn an cần hỏi."
    out = scrub(text, names=["Nguyễn Văn An"])
    assert "An đây" not in out and "NGUYEN" not in out and "nguyễn" not in out
    assert out.count(NAME) == 3
    assert out.startswith("Chào anh, [họ tên] đây.")


def test_everything_at_once_keeps_the_question():
    text = (
        "Tôi là Nguyễn Văn An, CCCD 001203004567, SĐT 0987.654.321, email an@abc.vn. "
        "Công ty không đóng bảo hiểm xã hội cho tôi 6 tháng nay, tôi phải làm gì?"
    )
    out = scrub(text, names=["Nguyễn Văn An"])
    for secret in ("Nguyễn", "001203004567", "0987.654.321", "an@abc.vn"):
        assert secret not in out
    assert out.endswith("Công ty không đóng bảo hiểm xã hội cho tôi 6 tháng nay, tôi phải làm gì?")
