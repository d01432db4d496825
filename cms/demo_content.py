"""Vietnamese demo content, written idempotently (looked up by slug) into one tenant."""

import datetime

from django.db import transaction
from wagtail.models import Site

from cms.models import ArticlePage, HomePage
from congdoan.text import vn_slugify

ARTICLES = [
    (
        "Đoàn viên được hỗ trợ Tết Sum vầy 2026",
        "Hơn 1 triệu đoàn viên, người lao động có hoàn cảnh khó khăn được thăm hỏi, tặng quà "
        "dịp Tết Nguyên đán Bính Ngọ 2026.",
        "<p>Chương trình <b>Tết Sum vầy</b> năm 2026 dành ưu tiên cho công nhân ở khu công nghiệp, "
        "người lao động bị mất việc làm và đoàn viên có hoàn cảnh đặc biệt khó khăn. Các cấp công "
        "đoàn tổ chức chợ Tết Công đoàn, chuyến xe Công đoàn đưa người lao động về quê đón Tết.</p>",
    ),
    (
        "Tăng lương tối thiểu vùng từ ngày 1/1/2026",
        "Mức lương tối thiểu vùng tăng 7,2% so với năm 2025, áp dụng với người lao động làm việc "
        "theo hợp đồng lao động.",
        "<p>Theo Nghị định của Chính phủ, lương tối thiểu vùng I là 4.960.000 đồng/tháng. Công đoàn "
        "cơ sở cần giám sát việc doanh nghiệp điều chỉnh thang lương, bảng lương và đóng bảo hiểm "
        "xã hội trên mức lương mới.</p>",
    ),
    (
        "Hướng dẫn triển khai Tháng Công nhân năm 2026",
        "Tháng Công nhân với chủ đề “Đoàn viên công đoàn – Lợi ích thiết thực” diễn ra trong tháng 5.",
        "<p>Các cấp công đoàn tổ chức đối thoại, thương lượng tập thể, thăm hỏi công nhân lao động "
        "và biểu dương đoàn viên tiêu biểu. Hoạt động tập trung tại cơ sở, hướng về người lao động.</p>",
    ),
    (
        "Hỏi đáp: Nghỉ việc có được rút bảo hiểm xã hội một lần?",
        "Luật Bảo hiểm xã hội 2024 quy định điều kiện hưởng bảo hiểm xã hội một lần.",
        "<p>Người lao động cần cân nhắc kỹ trước khi rút bảo hiểm xã hội một lần vì sẽ mất quyền "
        "hưởng lương hưu. Công đoàn cơ sở có trách nhiệm tư vấn pháp luật miễn phí cho đoàn viên.</p>",
    ),
    (
        "Tháng hành động về an toàn, vệ sinh lao động",
        "Doanh nghiệp rà soát nguy cơ tai nạn lao động, bệnh nghề nghiệp tại nơi làm việc.",
        "<p>Ban Chấp hành công đoàn cơ sở phối hợp với người sử dụng lao động kiểm tra máy móc, "
        "thiết bị có yêu cầu nghiêm ngặt về an toàn lao động và huấn luyện cho công nhân.</p>",
    ),
    (
        "Kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam 28/7",
        "Chuỗi hoạt động hướng về đoàn viên, người lao động nhân dịp 28/7.",
        "<p>Các cấp công đoàn tổ chức gặp mặt cán bộ công đoàn qua các thời kỳ, trao tặng Mái ấm "
        "Công đoàn và khen thưởng cán bộ công đoàn cơ sở tiêu biểu.</p>",
    ),
]


@transaction.atomic
def seed_tenant_content(tenant_name: str, prefix: str = "") -> int:
    """Create the demo articles under the tenant's home page. Returns how many were new."""
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if isinstance(home, HomePage) and not home.intro:
        home.intro = (
            f"<p>Trang thông tin của {tenant_name}: tin tức, chính sách pháp luật, "
            "hoạt động chăm lo cho đoàn viên và người lao động.</p>"
        )
        home.save_revision().publish()
    created = 0
    for index, (title, standfirst, body) in enumerate(ARTICLES):
        full_title = f"{prefix}{title}"
        slug = vn_slugify(full_title)
        if ArticlePage.objects.child_of(home).filter(slug=slug).exists():
            continue
        article = ArticlePage(
            title=full_title,
            slug=slug,
            standfirst=standfirst,
            body=body,
            published_on=datetime.date(2026, 1, 5) + datetime.timedelta(days=20 * index),
        )
        home.add_child(instance=article)
        article.save_revision().publish()
        created += 1
    return created
