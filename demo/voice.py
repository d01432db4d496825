"""Workers' voice in the demo: handlers on the Hà Nội branch, saved answers with their legal
citations, and a handful of cases from members (called by the ``demo`` command).

Everything goes through the same actions a real handler and a real member use
(``SubmitCase``, ``AssignCase``, ``AnswerCase``, ``SaveAnswer``, ``AppointHandler``), so the
demo's cases are encrypted, routed, given deadlines and audited like any other."""

from __future__ import annotations

from demo.tenants import demo_account
from hierarchy.generator import province_code
from hierarchy.models import Level, Organization, Status
from voice.actions.answer_case import AnswerCase
from voice.actions.appoint_handler import AppointHandler
from voice.actions.assign import AssignCase
from voice.actions.save_answer import SaveAnswer
from voice.actions.submit_case import SubmitCase
from voice.models import Case, Channel, Handler, IdentityMode, Kind, Purpose, SavedAnswer

HANDLER_EMAIL = "tiepnhan@hanoi.localhost"
SUPERVISOR_EMAIL = "phutrach@hanoi.localhost"

SAVED_ANSWERS = [
    {
        "key": "luong-lam-them-gio",
        "title": "Tiền lương làm thêm giờ vào ngày lễ, Tết",
        "topic": "wages",
        "body": (
            "Người lao động làm thêm giờ vào ngày lễ, Tết, ngày nghỉ có hưởng lương được trả ít "
            "nhất bằng 300% tiền lương theo công việc đang làm, chưa kể tiền lương của ngày lễ, "
            "Tết, ngày nghỉ có hưởng lương. Nếu doanh nghiệp trả thấp hơn, công đoàn cơ sở sẽ "
            "làm việc với người sử dụng lao động để truy lĩnh phần chênh lệch cho bạn."
        ),
        "citations": "Điều 98 Bộ luật Lao động số 45/2019/QH14; Điều 55 Nghị định 145/2020/NĐ-CP",
    },
    {
        "key": "bhxh-chot-so",
        "title": "Doanh nghiệp chậm đóng bảo hiểm xã hội, chưa chốt sổ",
        "topic": "social_insurance",
        "body": (
            "Người sử dụng lao động có trách nhiệm đóng đủ, đúng hạn bảo hiểm xã hội và phối hợp "
            "với cơ quan bảo hiểm xã hội xác nhận thời gian đóng khi người lao động nghỉ việc. "
            "Bạn có thể tra cứu quá trình đóng trên ứng dụng VssID; công đoàn sẽ kiến nghị cơ "
            "quan bảo hiểm xã hội và thanh tra lao động nếu doanh nghiệp chậm đóng."
        ),
        "citations": "Điều 48 Bộ luật Lao động 2019; Luật Bảo hiểm xã hội số 41/2024/QH15",
    },
]

CASES = [
    {
        "kind": Kind.QUESTION,
        "title": "Làm thêm ngày 2/9 được trả lương thế nào?",
        "body": (
            "Dịp Quốc khánh 2/9 vừa rồi em được phân công làm ca ngày lễ nhưng bảng lương chỉ "
            "tính như ngày thường. Xin hỏi công ty trả như vậy có đúng không ạ?"
        ),
        "identity_mode": IdentityMode.PSEUDONYMOUS,
        "contact_name": "Nguyễn Thị Hoa",
        "contact_phone": "0912 345 678",
        "answer": "luong-lam-them-gio",
    },
    {
        "kind": Kind.GRIEVANCE,
        "title": "Công ty nợ bảo hiểm xã hội 6 tháng",
        "body": (
            "Từ tháng 3 đến nay công ty không đóng bảo hiểm xã hội cho công nhân tổ may số 2 "
            "dù vẫn trừ vào lương hằng tháng. Nhiều chị em sắp nghỉ sinh rất lo lắng."
        ),
        "identity_mode": IdentityMode.ANONYMOUS,
        "assign": True,
    },
    {
        "kind": Kind.OPINION,
        "title": "Mong có thêm phòng vắt sữa cho lao động nữ",
        "body": (
            "Xưởng có hơn 300 lao động nữ nhưng chưa có phòng vắt, trữ sữa. Chúng tôi mong công "
            "đoàn đề xuất với công ty bố trí một phòng nhỏ gần khu nhà ăn."
        ),
        "identity_mode": IdentityMode.IDENTIFIED,
        "contact_name": "Trần Văn Nam",
        "contact_email": "nam.tran@example.vn",
    },
    {
        "kind": Kind.MISINFORMATION,
        "title": "Tin đồn công đoàn thu thêm phí 200.000 đồng",
        "body": (
            "Trên nhóm Zalo của công nhân khu công nghiệp có tin nhắn nói công đoàn sẽ thu thêm "
            "200.000 đồng mỗi người để làm thẻ đoàn viên mới. Tin này có đúng không?"
        ),
        "identity_mode": IdentityMode.ANONYMOUS,
        "link": "https://zalo.me/g/tin-don-thu-phi-the-doan-vien",
    },
]


def seed_demo_voice() -> dict:
    """Handlers, saved answers and cases on the Hà Nội branch; idempotent (cases are added
    only when the branch has none). Returns what the demo prints."""
    try:
        hanoi = Organization.objects.get(code=province_code("Hà Nội"))
    except Organization.DoesNotExist:
        return {}
    grassroots = (
        hanoi.subtree()
        .filter(level=Level.GRASSROOTS, status=Status.ACTIVE)
        .order_by("path")
        .first()
    )
    handler = demo_account(HANDLER_EMAIL, "Tiếp nhận", "Cán bộ")
    supervisor = demo_account(SUPERVISOR_EMAIL, "Phụ trách", "Cán bộ")
    for user, role in ((handler, Handler.Role.HANDLER), (supervisor, Handler.Role.SUPERVISOR)):
        if not Handler.objects.filter(user=user, organization=hanoi).exists():
            AppointHandler(user=user, organization=hanoi, role=role).execute()
    answers = {}
    for spec in SAVED_ANSWERS:
        found = SavedAnswer.objects.filter(
            organization=hanoi, key=spec["key"], is_current=True
        ).first()
        answers[spec["key"]] = found or SaveAnswer(organization=hanoi, **spec).execute()
    if not Case.objects.filter(org_path__startswith=hanoi.path).exists():
        for spec in CASES:
            spec = dict(spec)
            answer_key = spec.pop("answer", None)
            assign = spec.pop("assign", False)
            result = SubmitCase(
                organization=grassroots,
                consents={Purpose.HANDLE: True, Purpose.CONTACT: bool(spec.get("contact_email"))},
                channel=Channel.WEB_FORM,
                **spec,
            ).execute()
            if assign or answer_key:
                AssignCase(result.case, assignee=handler, actor=handler).execute()
            if answer_key:
                saved = answers[answer_key]
                AnswerCase(
                    result.case,
                    body=f"{saved.body}\n\nCăn cứ: {saved.citations}",
                    saved_answer=saved,
                    actor=handler,
                ).execute()
    return {
        "handler": HANDLER_EMAIL,
        "supervisor": SUPERVISOR_EMAIL,
        "organization": hanoi.name,
        "grassroots_code": grassroots.code if grassroots else "",
        "cases": Case.objects.filter(org_path__startswith=hanoi.path).count(),
    }
