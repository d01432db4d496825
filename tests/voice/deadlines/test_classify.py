"""Topic suggestion from Vietnamese text (with and without diacritics) and duplicates."""

import pytest

from voice.classify import similar_cases, similarity, suggest_topic
from voice.models import Kind, Status, Topic

SAMPLES = [
    ("Công ty nợ lương 2 tháng nay, chúng tôi phải làm sao?", Topic.WAGES),
    ("cong ty no luong 2 thang nay", Topic.WAGES),
    ("Tiền công được trả thấp hơn mức lương tối thiểu vùng", Topic.WAGES),
    ("Công ty không đóng BHXH cho công nhân", Topic.SOCIAL_INSURANCE),
    ("cty ko dong bao hiem xa hoi cho em", Topic.SOCIAL_INSURANCE),
    ("Chế độ thai sản khi sinh con thứ hai", Topic.SOCIAL_INSURANCE),
    ("Bị bắt tăng ca đến 10 giờ đêm mỗi ngày", Topic.WORKING_TIME),
    ("lam them gio qua 300 gio mot nam co dung luat khong", Topic.WORKING_TIME),
    ("Nghỉ phép năm có được trả lương không", Topic.WORKING_TIME),
    ("Xưởng không có đồ bảo hộ, nhiều người bị ngất xỉu vì hóa chất", Topic.SAFETY),
    ("tai nan lao dong o phan xuong 2 ai boi thuong", Topic.SAFETY),
    ("Tôi bị sa thải mà không được báo trước", Topic.CONTRACT),
    ("Công ty đơn phương chấm dứt hợp đồng lao động", Topic.CONTRACT),
    ("Đoàn phí được trích bao nhiêu phần trăm lương?", Topic.DUES_WELFARE),
    ("Đoàn viên có được quà Tết Sum vầy không", Topic.DUES_WELFARE),
    ("Giá phòng trọ gần khu công nghiệp quá cao, có nhà ở xã hội không", Topic.HOUSING),
    ("nha tro cho cong nhan thue o dau", Topic.HOUSING),
]


@pytest.mark.parametrize("text,topic", SAMPLES)
def test_suggested_topic(text, topic):
    assert suggest_topic(text) == topic


def test_nothing_recognised_gives_empty():
    assert suggest_topic("Xin chào, cho tôi hỏi một chút") == ""
    assert suggest_topic("") == ""
    # whole words only: "nhan toan" is not "an toan"
    assert suggest_topic("nhan toan bo") == ""


def test_similarity_ignores_diacritics():
    a = "Công ty nợ lương hai tháng không trả"
    b = "cong ty no luong 2 thang khong tra"
    assert similarity(a, b) > 0.6
    assert similarity(a, "Phòng trọ gần khu công nghiệp") < 0.2


def test_similar_cases_in_the_subtree(org_tree, make_case):
    t = org_tree
    case = make_case(
        t["g1"], kind=Kind.GRIEVANCE, title="Nợ lương", body="Công ty nợ lương 2 tháng"
    )
    dup = make_case(
        t["g1"], kind=Kind.GRIEVANCE, title="no luong", body="cong ty no luong 2 thang roi"
    )
    make_case(t["g1"], kind=Kind.GRIEVANCE, title="Phòng trọ", body="Giá phòng trọ quá cao")
    make_case(t["g2"], kind=Kind.GRIEVANCE, title="Nợ lương", body="Công ty nợ lương 2 tháng")
    make_case(t["g1"], kind=Kind.QUESTION, title="Nợ lương", body="Công ty nợ lương 2 tháng")
    closed = make_case(t["g1"], kind=Kind.GRIEVANCE, title="Nợ lương", body="Công ty nợ lương")
    closed.status = Status.CLOSED
    closed.save()
    found = similar_cases(case)
    assert [c.pk for c in found] == [dup.pk]
    assert found[0].similarity > 0.3
