"""The first version of each consent notice (what a member reads before ticking a box).

Changing a text means a new version (``ConsentNotice`` keeps the old one and its hash, so
every consent still points at the words the member saw)."""

NOTICES = {
    "handle": (
        "2026-01",
        "Tôi đồng ý để tổ chức công đoàn tiếp nhận nội dung tôi gửi (kể cả thông tin về đời "
        "sống riêng tư, quan điểm của tôi và tệp đính kèm) để phân loại, chuyển đến cán bộ xử "
        "lý của công đoàn cơ sở và công đoàn cấp trên khi cần, và trả lời tôi. Dữ liệu được mã "
        "hoá, chỉ cán bộ được giao mới xem được, mỗi lần xem đều được ghi lại, và được lưu "
        "trong thời hạn công bố tại trang Quyền riêng tư. Tôi có thể rút lại sự đồng ý, yêu "
        "cầu xem, sửa hoặc xoá dữ liệu của mình bất cứ lúc nào (Luật Bảo vệ dữ liệu cá nhân "
        "số 91/2025/QH15 và Nghị định 356/2025/NĐ-CP).",
    ),
    "contact": (
        "2026-01",
        "Tôi đồng ý để cán bộ công đoàn liên hệ lại với tôi qua số điện thoại hoặc email tôi "
        "cung cấp, chỉ để trao đổi về vụ việc này.",
    ),
    "reveal_identity": (
        "2026-01",
        "Tôi đồng ý để cán bộ xử lý biết họ tên và thông tin liên hệ của tôi. Nếu không đồng "
        "ý, danh tính của tôi được giữ kín với cán bộ xử lý, trừ trường hợp khẩn cấp đe doạ "
        "tính mạng, sức khoẻ (có ghi lý do và được lưu vết).",
    ),
    "publish_qa": (
        "2026-01",
        "Tôi đồng ý để câu hỏi và câu trả lời được đăng công khai làm tài liệu hỏi đáp cho "
        "đoàn viên khác, sau khi đã xoá họ tên, số điện thoại, số định danh, email và mọi "
        "thông tin giúp nhận ra tôi, và được biên tập viên duyệt.",
    ),
}
