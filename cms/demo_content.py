"""Vietnamese demo content of every page type, written idempotently into one tenant.

Pages are looked up by slug under their parent, images and files by title, snippets by slug,
so re-running creates nothing twice. Images and PDF files are drawn locally with Pillow.
"""

from __future__ import annotations

import datetime
import io
import random

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import connection, transaction
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.models import Site

from cms.models import (
    ArticlePage,
    CampaignPage,
    DocumentPage,
    EventPage,
    FormPage,
    GalleryPage,
    HomePage,
    InfographicPage,
    Menu,
    MenuItem,
    ModelStoryPage,
    PolicyPage,
    QuestionPage,
    SectionPage,
    SiteSettings,
    Topic,
    VideoPage,
)
from congdoan.text import fold, vn_slugify

NATIONAL_ARTICLES = 36
OTHER_ARTICLES = 12

# (title, standfirst, paragraphs, topic slugs)
ARTICLES = [
    (
        "Đoàn viên được hỗ trợ Tết Sum vầy 2026",
        "Hơn 1 triệu đoàn viên, người lao động có hoàn cảnh khó khăn được thăm hỏi, tặng quà "
        "dịp Tết Nguyên đán Bính Ngọ 2026.",
        [
            "Chương trình <b>Tết Sum vầy</b> năm 2026 dành ưu tiên cho công nhân ở khu công nghiệp, "
            "người lao động bị mất việc làm và đoàn viên có hoàn cảnh đặc biệt khó khăn.",
            "Các cấp công đoàn tổ chức chợ Tết Công đoàn, chuyến xe Công đoàn đưa người lao động về "
            "quê đón Tết và thăm hỏi công nhân ở lại nhà trọ trong dịp Tết.",
        ],
        ["phuc-loi-cham-lo-doi-song"],
    ),
    (
        "Tăng lương tối thiểu vùng từ ngày 1/1/2026",
        "Mức lương tối thiểu vùng tăng 7,2% so với năm 2025, áp dụng với người lao động làm việc "
        "theo hợp đồng lao động.",
        [
            "Theo Nghị định của Chính phủ, lương tối thiểu vùng I là 4.960.000 đồng/tháng. Công đoàn "
            "cơ sở cần giám sát việc doanh nghiệp điều chỉnh thang lương, bảng lương.",
            "Người lao động cần kiểm tra phiếu lương tháng 1/2026 và phản ánh ngay với công đoàn nếu "
            "mức lương thấp hơn mức tối thiểu vùng.",
        ],
        ["tien-luong"],
    ),
    (
        "Hướng dẫn triển khai Tháng Công nhân năm 2026",
        "Tháng Công nhân với chủ đề “Đoàn viên công đoàn – Lợi ích thiết thực” diễn ra trong tháng 5.",
        [
            "Các cấp công đoàn tổ chức đối thoại, thương lượng tập thể, thăm hỏi công nhân lao động "
            "và biểu dương đoàn viên tiêu biểu.",
            "Hoạt động tập trung tại cơ sở, hướng về người lao động, tránh hình thức.",
        ],
        ["thuong-luong-tap-the"],
    ),
    (
        "Hỏi đáp: Nghỉ việc có được rút bảo hiểm xã hội một lần?",
        "Luật Bảo hiểm xã hội 2024 quy định chặt chẽ hơn điều kiện hưởng bảo hiểm xã hội một lần.",
        [
            "Người lao động cần cân nhắc kỹ trước khi rút bảo hiểm xã hội một lần vì sẽ mất quyền "
            "hưởng lương hưu.",
            "Công đoàn cơ sở có trách nhiệm tư vấn pháp luật miễn phí cho đoàn viên.",
        ],
        ["bao-hiem-xa-hoi", "tu-van-phap-luat"],
    ),
    (
        "Tháng hành động về an toàn, vệ sinh lao động năm 2026",
        "Doanh nghiệp rà soát nguy cơ tai nạn lao động, bệnh nghề nghiệp tại nơi làm việc.",
        [
            "Ban Chấp hành công đoàn cơ sở phối hợp với người sử dụng lao động kiểm tra máy móc, "
            "thiết bị có yêu cầu nghiêm ngặt về an toàn lao động.",
            "Mạng lưới an toàn, vệ sinh viên được tập huấn lại kỹ năng nhận diện nguy cơ.",
        ],
        ["an-toan-ve-sinh-lao-dong"],
    ),
    (
        "Kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam 28/7",
        "Chuỗi hoạt động hướng về đoàn viên, người lao động nhân dịp 28/7.",
        [
            "Các cấp công đoàn tổ chức gặp mặt cán bộ công đoàn qua các thời kỳ, trao tặng Mái ấm "
            "Công đoàn và khen thưởng cán bộ công đoàn cơ sở tiêu biểu.",
        ],
        ["phuc-loi-cham-lo-doi-song"],
    ),
    (
        "Ký kết thỏa ước lao động tập thể có lợi hơn cho người lao động",
        "Nhiều doanh nghiệp dệt may, da giày đồng ý bổ sung tiền ăn ca và phụ cấp nhà trọ.",
        [
            "Qua đối thoại, công đoàn cơ sở thương lượng thành công mức tiền ăn ca 25.000 đồng/bữa và "
            "phụ cấp nhà trọ 300.000 đồng/tháng.",
            "Thỏa ước có hiệu lực 3 năm và được niêm yết công khai tại nơi làm việc.",
        ],
        ["thuong-luong-tap-the", "tien-luong"],
    ),
    (
        "Nhà ở xã hội cho công nhân: điều kiện mua, thuê mua",
        "Công nhân thu nhập thấp được vay ưu đãi khi mua nhà ở xã hội.",
        [
            "Người lao động cần đáp ứng điều kiện về thu nhập và chưa có nhà ở thuộc sở hữu.",
            "Công đoàn phối hợp với chủ đầu tư giới thiệu đoàn viên đủ điều kiện đăng ký.",
        ],
        ["nha-o-thiet-che-cong-doan"],
    ),
    (
        "Lao động nữ được hỗ trợ tiền gửi trẻ tại khu công nghiệp",
        "Doanh nghiệp hỗ trợ một phần chi phí gửi trẻ cho lao động nữ có con dưới 6 tuổi.",
        [
            "Chính sách hỗ trợ giúp lao động nữ yên tâm làm việc, giảm gánh nặng chi phí.",
            "Công đoàn vận động xây dựng nhóm trẻ độc lập gần khu nhà trọ công nhân.",
        ],
        ["lao-dong-nu-cham-soc-tre-em"],
    ),
    (
        "Đào tạo nghề miễn phí cho người lao động mất việc",
        "Trung tâm giới thiệu việc làm công đoàn mở các lớp ngắn hạn về điện, hàn, may công nghiệp.",
        [
            "Học viên được miễn học phí và hỗ trợ tiền ăn trong thời gian học.",
            "Sau khóa học, trung tâm kết nối với doanh nghiệp đang tuyển dụng.",
        ],
        ["viec-lam-dao-tao-nghe"],
    ),
    (
        "Khám sức khỏe định kỳ: quyền lợi người lao động cần biết",
        "Người sử dụng lao động phải tổ chức khám sức khỏe ít nhất một lần mỗi năm.",
        [
            "Lao động làm nghề nặng nhọc, độc hại được khám sức khỏe ít nhất 6 tháng một lần.",
            "Chi phí khám do người sử dụng lao động chi trả.",
        ],
        ["bao-hiem-y-te", "an-toan-ve-sinh-lao-dong"],
    ),
    (
        "Làm thêm giờ không quá 40 giờ mỗi tháng",
        "Bộ luật Lao động quy định giới hạn giờ làm thêm để bảo vệ sức khỏe người lao động.",
        [
            "Doanh nghiệp phải được người lao động đồng ý khi huy động làm thêm giờ.",
            "Tiền lương làm thêm vào ngày thường ít nhất bằng 150% tiền lương giờ làm việc bình thường.",
        ],
        ["thoi-gio-lam-viec-nghi-ngoi", "tien-luong"],
    ),
]

PLACES = [
    "Bắc Ninh",
    "Thái Nguyên",
    "Đồng Nai",
    "Hải Phòng",
    "Quảng Ninh",
    "Nghệ An",
    "Đà Nẵng",
    "Cần Thơ",
    "Khánh Hòa",
    "Lâm Đồng",
    "Thanh Hóa",
    "Hưng Yên",
]
# Local news generated per place: (title, standfirst, paragraph, topic slug).
LOCAL_NEWS = [
    (
        "Công đoàn {place} tổ chức Chợ Tết Công đoàn năm 2026",
        "Hàng nghìn công nhân lao động ở {place} mua sắm hàng Tết với giá ưu đãi.",
        "Tại Chợ Tết Công đoàn {place}, mỗi đoàn viên được tặng phiếu mua hàng trị giá 500.000 đồng. "
        "Các gian hàng bán sản phẩm thiết yếu với giá giảm 10-50%.",
        "phuc-loi-cham-lo-doi-song",
    ),
    (
        "{place}: Đối thoại giữa lãnh đạo tỉnh với công nhân lao động",
        "Công nhân {place} kiến nghị về nhà ở, trường học cho con và tiền lương.",
        "Tại buổi đối thoại, lãnh đạo tỉnh {place} đã trả lời trực tiếp nhiều kiến nghị của công "
        "nhân về nhà trọ, điểm trông trẻ và việc chậm đóng bảo hiểm xã hội.",
        "thuong-luong-tap-the",
    ),
    (
        "Trao Mái ấm Công đoàn cho đoàn viên khó khăn tại {place}",
        "Mỗi Mái ấm Công đoàn được hỗ trợ 50-80 triệu đồng để xây mới hoặc sửa chữa.",
        "Liên đoàn Lao động {place} trao Mái ấm Công đoàn cho đoàn viên có hoàn cảnh khó khăn về nhà ở, "
        "góp phần giúp người lao động an cư.",
        "nha-o-thiet-che-cong-doan",
    ),
]

POLICIES = [
    (
        "Lương tối thiểu vùng năm 2026: người lao động cần biết gì?",
        "wages",
        "Mức lương tối thiểu vùng mới, cách tính và quyền khiếu nại khi bị trả thấp hơn.",
        "tien-luong",
    ),
    (
        "Hưởng bảo hiểm xã hội một lần theo Luật Bảo hiểm xã hội 2024",
        "social_insurance",
        "Ai được rút bảo hiểm xã hội một lần, thủ tục và những thiệt thòi khi rút.",
        "bao-hiem-xa-hoi",
    ),
    (
        "Thẻ bảo hiểm y tế khi nghỉ việc",
        "health_insurance",
        "Thẻ bảo hiểm y tế còn giá trị sử dụng đến khi nào sau khi chấm dứt hợp đồng lao động.",
        "bao-hiem-y-te",
    ),
    (
        "Thời giờ làm việc, làm thêm giờ và nghỉ hằng năm",
        "working_hours",
        "Giới hạn giờ làm việc, làm thêm giờ và số ngày nghỉ phép năm theo Bộ luật Lao động 2019.",
        "thoi-gio-lam-viec-nghi-ngoi",
    ),
    (
        "Quyền từ chối làm việc khi có nguy cơ tai nạn lao động",
        "safety",
        "Người lao động được từ chối làm công việc có nguy cơ rõ ràng đe dọa tính mạng, sức khỏe.",
        "an-toan-ve-sinh-lao-dong",
    ),
    (
        "Hợp đồng lao động: những điều khoản không được thiếu",
        "contracts",
        "Nội dung bắt buộc của hợp đồng lao động và khi nào người lao động được đơn phương chấm dứt.",
        "hop-dong-lao-dong",
    ),
    (
        "Nhà ở xã hội cho công nhân khu công nghiệp",
        "housing",
        "Điều kiện, thủ tục mua, thuê mua nhà ở xã hội và vay ưu đãi.",
        "nha-o-thiet-che-cong-doan",
    ),
]

DOCUMENTS = [
    (
        "Kế hoạch tổ chức Tết Sum vầy năm 2026",
        "18/KH-CĐN",
        "plan",
        "Tổ chức các hoạt động chăm lo Tết cho đoàn viên, người lao động năm 2026.",
        datetime.date(2025, 11, 20),
    ),
    (
        "Hướng dẫn tổ chức Tháng Công nhân năm 2026",
        "64/HD-TLĐ",
        "guidance",
        "Nội dung, hình thức tổ chức Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động.",
        datetime.date(2026, 3, 10),
    ),
    (
        "Chương trình phối hợp tư vấn pháp luật cho người lao động",
        "02/CTr-TLĐ",
        "programme",
        "Phối hợp tư vấn, trợ giúp pháp lý miễn phí cho đoàn viên giai đoạn 2026-2028.",
        datetime.date(2026, 1, 15),
    ),
    (
        "Nghị quyết về nâng cao chất lượng đại diện, chăm lo cho đoàn viên",
        "05/NQ-BCH",
        "resolution",
        "Đổi mới nội dung, phương thức hoạt động công đoàn hướng về cơ sở.",
        datetime.date(2025, 12, 26),
    ),
    (
        "Quyết định ban hành quy chế chi tiêu hỗ trợ đoàn viên",
        "1234/QĐ-TLĐ",
        "decision",
        "Mức chi thăm hỏi, hỗ trợ đoàn viên ốm đau, tai nạn, hoàn cảnh khó khăn.",
        datetime.date(2025, 9, 5),
    ),
    (
        "Thông báo kết luận hội nghị Ban Chấp hành lần thứ 5",
        "125/TB-TLĐ",
        "notice",
        "Kết luận về nhiệm vụ trọng tâm năm 2026.",
        datetime.date(2026, 1, 8),
    ),
]

QUESTIONS = [
    (
        "Công ty trả lương thấp hơn lương tối thiểu vùng thì làm thế nào?",
        "Tôi làm công nhân may ở Bắc Ninh, lương cơ bản trong hợp đồng chỉ 4,5 triệu đồng. Như vậy có đúng không?",
        "Bạn đọc Nguyễn Thị H. (Bắc Ninh)",
        "<p>Mức lương trả cho người lao động làm công việc giản đơn nhất không được thấp hơn mức lương "
        "tối thiểu vùng. Bạn có quyền yêu cầu công ty điều chỉnh và truy trả phần chênh lệch; nếu công "
        "ty không thực hiện, hãy liên hệ công đoàn cơ sở hoặc đường dây nóng của Liên đoàn Lao động tỉnh.</p>",
        "tien-luong",
        "Điều 90, Điều 91 Bộ luật Lao động 2019; Nghị định về lương tối thiểu vùng năm 2026.",
    ),
    (
        "Nghỉ thai sản có được tính là thời gian đóng bảo hiểm xã hội?",
        "Tôi nghỉ thai sản 6 tháng, thời gian này có được tính để hưởng lương hưu sau này không?",
        "Bạn đọc Trần Thu T. (Hải Phòng)",
        "<p>Thời gian nghỉ việc hưởng chế độ thai sản từ 14 ngày làm việc trở lên trong tháng được tính "
        "là thời gian đóng bảo hiểm xã hội; người lao động và người sử dụng lao động không phải đóng.</p>",
        "bao-hiem-xa-hoi",
        "Luật Bảo hiểm xã hội 2024.",
    ),
    (
        "Bị điều chuyển sang công việc khác có phải đồng ý không?",
        "Công ty chuyển tôi từ tổ cắt sang tổ đóng gói mà không hỏi ý kiến. Tôi có được từ chối?",
        "Bạn đọc Lê Văn P. (Đồng Nai)",
        "<p>Người sử dụng lao động chỉ được tạm thời chuyển người lao động làm công việc khác so với hợp "
        "đồng trong một số trường hợp và không quá 60 ngày làm việc cộng dồn trong một năm, trừ khi người "
        "lao động đồng ý.</p>",
        "hop-dong-lao-dong",
        "Điều 29 Bộ luật Lao động 2019.",
    ),
    (
        "Làm ca đêm có được trả thêm tiền?",
        "Tôi làm ca từ 22 giờ đến 6 giờ sáng, tiền lương có được tính cao hơn ca ngày không?",
        "Bạn đọc Phạm Minh K. (Thái Nguyên)",
        "<p>Người lao động làm việc vào ban đêm được trả thêm ít nhất bằng 30% tiền lương tính theo đơn "
        "giá tiền lương hoặc tiền lương thực trả của công việc đang làm vào ban ngày.</p>",
        "tien-luong",
        "Điều 98 Bộ luật Lao động 2019.",
    ),
]

CAMPAIGNS = [
    (
        "Tết Sum vầy – Xuân Bính Ngọ 2026",
        "tet_sum_vay",
        datetime.date(2025, 12, 15),
        datetime.date(2026, 2, 28),
        "Tết Sum vầy – Xuân chia sẻ",
        "#TetSumVay2026",
        ["Không để đoàn viên nào không có Tết", "Chăm lo thiết thực, đúng đối tượng"],
    ),
    (
        "Tháng Công nhân năm 2026",
        "thang_cong_nhan",
        datetime.date(2026, 5, 1),
        datetime.date(2026, 5, 31),
        "Đoàn viên công đoàn – Lợi ích thiết thực",
        "#ThangCongNhan2026",
        ["Hướng về cơ sở, vì đoàn viên", "Đối thoại để thấu hiểu, thương lượng để chia sẻ"],
    ),
    (
        "Tháng hành động về an toàn, vệ sinh lao động năm 2026",
        "thang_an_toan",
        datetime.date(2026, 5, 1),
        datetime.date(2026, 5, 31),
        "Tăng cường chuyển đổi số trong công tác an toàn, vệ sinh lao động",
        "#ATVSLD2026",
        ["Phòng ngừa hơn khắc phục", "An toàn để lao động, lao động phải an toàn"],
    ),
    (
        "Kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam",
        "ngay_28_7",
        datetime.date(2026, 7, 1),
        datetime.date(2026, 7, 31),
        "Tự hào truyền thống Công đoàn Việt Nam",
        "#CongDoan28Thang7",
        ["97 năm đồng hành cùng người lao động"],
    ),
    (
        "Tri ân nhà giáo nhân Ngày Nhà giáo Việt Nam 20/11",
        "ngay_20_11",
        datetime.date(2026, 11, 1),
        datetime.date(2026, 11, 20),
        "Tôn vinh nhà giáo – đoàn viên công đoàn",
        "#NhaGiao2011",
        ["Chăm lo đời sống nhà giáo khó khăn"],
    ),
]

PALETTE = [(200, 30, 45), (0, 93, 170), (0, 130, 90), (230, 140, 0), (110, 50, 150), (20, 20, 20)]


def _font(size: int):
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow without scalable default font
        return ImageFont.load_default()


def _picture(title: str, seed: int, size=(1200, 675)) -> bytes:
    """A JPEG drawn for ``title``: a colour gradient, shapes and the title without accents
    (the bundled font has no Vietnamese glyphs)."""
    rng = random.Random(seed)
    top, bottom = rng.sample(PALETTE, 2)
    width, height = size
    img = PILImage.new("RGB", size)
    draw = ImageDraw.Draw(img)
    for y in range(height):
        t = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    for _ in range(6):
        x, y, r = rng.randrange(width), rng.randrange(height), rng.randrange(40, 200)
        draw.ellipse([x - r, y - r, x + r, y + r], outline=(255, 255, 255), width=4)
    draw.rectangle([0, height - 120, width, height], fill=(0, 0, 0))
    draw.text((40, height - 95), fold(title)[:60], fill=(255, 255, 255), font=_font(44))
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def _pdf(title: str, lines: list[str]) -> bytes:
    page = PILImage.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    draw.text((100, 120), fold(title), fill="black", font=_font(40))
    for i, line in enumerate(lines):
        draw.text((100, 240 + i * 50), fold(line), fill="black", font=_font(28))
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=150)
    return buffer.getvalue()


class _Seeder:
    def __init__(self, tenant_name: str, prefix: str, article_count: int):
        self.tenant_name = tenant_name
        self.prefix = prefix
        self.article_count = article_count
        self.site = Site.objects.get(is_default_site=True)
        self.home = self.site.root_page.specific
        self.topics = {t.slug: t for t in Topic.objects.all()}
        self.images: list = []
        self.new_articles = 0

    # --- helpers --------------------------------------------------------------------------

    def image(self, title: str, seed: int, focal: bool = False):
        from wagtail.images.models import Image

        existing = Image.objects.filter(title=title).first()
        if existing is not None:
            return existing
        data = _picture(title, seed)
        image = Image(
            title=title, file=ImageFile(io.BytesIO(data), name=f"{vn_slugify(title)[:60]}.jpg")
        )
        if focal:
            image.focal_point_x, image.focal_point_y = 800, 300
            image.focal_point_width, image.focal_point_height = 300, 300
        image.save()
        return image

    def document_file(self, title: str, lines: list[str]):
        from wagtail.documents.models import Document

        existing = Document.objects.filter(title=title).first()
        if existing is not None:
            return existing
        document = Document(title=title)
        document.file.save(
            f"{vn_slugify(title)[:60]}.pdf", ContentFile(_pdf(title, lines)), save=False
        )
        document.save()
        return document

    def page(self, parent, model, title: str, **fields):
        """The page ``title`` under ``parent``, created and published if missing."""
        title = f"{self.prefix}{title}" if model is ArticlePage else title
        slug = vn_slugify(title)
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing is not None:
            return existing, False
        topics = fields.pop("topics", [])
        # "_name": rows of a child relation or many-to-many field, set before the first save.
        related = {k[1:]: fields.pop(k) for k in list(fields) if k.startswith("_")}
        if topics:
            related["topics"] = [self.topics[s] for s in topics if s in self.topics]
        page = model(title=title, slug=slug, **fields)
        for relation, rows in related.items():
            getattr(page, relation).set(rows)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page, True

    # --- content --------------------------------------------------------------------------

    def run(self) -> int:
        for i in range(8):
            self.images.append(self.image(f"Ảnh minh họa {i + 1}", seed=i, focal=i % 2 == 0))
        sections = {
            key: self.page(self.home, SectionPage, title, intro=intro)[0]
            for key, title, intro in [
                ("news", "Tin tức", "Tin hoạt động công đoàn và đời sống người lao động."),
                ("policy", "Chính sách pháp luật", "Giải thích chính sách cho người lao động."),
                ("docs", "Văn bản", "Văn bản chỉ đạo, hướng dẫn của công đoàn."),
                ("qa", "Hỏi đáp pháp luật", "Giải đáp thắc mắc của đoàn viên, người lao động."),
                ("campaigns", "Chiến dịch", "Các đợt thi đua, chiến dịch trong năm."),
                ("events", "Sự kiện", "Lịch hoạt động, hội nghị, hội thi."),
                ("media", "Thư viện ảnh, video", "Ảnh, video, đồ họa thông tin."),
                ("stories", "Gương người tốt việc tốt", "Những tấm gương đoàn viên tiêu biểu."),
                ("surveys", "Khảo sát", "Lấy ý kiến đoàn viên, người lao động."),
            ]
        }
        documents = self.seed_documents(sections["docs"])
        policies = self.seed_policies(sections["policy"], documents)
        self.seed_articles(sections["news"], policies, documents)
        self.seed_questions(sections["qa"], documents)
        self.seed_campaigns(sections["campaigns"])
        self.seed_events(sections["events"])
        self.seed_media(sections["media"])
        self.seed_stories(sections["stories"])
        self.seed_survey(sections["surveys"])
        self.seed_home(sections, policies)
        self.seed_navigation(sections)
        return self.new_articles

    def seed_documents(self, parent) -> list[DocumentPage]:
        pages = []
        for index, (title, number, kind, summary, signed) in enumerate(DOCUMENTS):
            file = self.document_file(f"{number} {title}", [title, number, summary])
            page, _ = self.page(
                parent,
                DocumentPage,
                title,
                document_number=number,
                document_type=kind,
                issuing_body=self.tenant_name,
                signed_on=signed,
                effective_on=signed if index % 2 else None,
                signer="Nguyễn Văn An" if index % 2 else "Trần Thị Bình",
                signer_title="Phó Chủ tịch" if index % 2 else "Chủ tịch",
                file=file,
                summary=summary,
                body=[{"type": "paragraph", "value": f"<p>{summary}</p>"}],
                topics=["phuc-loi-cham-lo-doi-song"] if index == 0 else [],
            )
            pages.append(page)
        return pages

    def seed_policies(self, parent, documents) -> list[PolicyPage]:
        pages = []
        for index, (title, area, standfirst, topic) in enumerate(POLICIES):
            body = [
                {"type": "paragraph", "value": f"<p>{standfirst}</p>"},
                {"type": "heading", "value": {"text": "Những điểm chính", "level": "h2"}},
                {
                    "type": "fact_box",
                    "value": {
                        "title": "Cần nhớ",
                        "body": "<ul><li>Giữ bản hợp đồng lao động và phiếu lương.</li>"
                        "<li>Liên hệ công đoàn cơ sở khi quyền lợi bị vi phạm.</li></ul>",
                    },
                },
                {
                    "type": "table",
                    "value": {
                        "data": [
                            ["Vùng", "Mức lương tối thiểu tháng (đồng)"],
                            ["Vùng I", "4.960.000"],
                            ["Vùng II", "4.410.000"],
                            ["Vùng III", "3.860.000"],
                            ["Vùng IV", "3.450.000"],
                        ],
                        "table_header_choice": "row",
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                    },
                }
                if area == "wages"
                else {
                    "type": "quote",
                    "value": {"text": standfirst, "attribution": "Ban Chính sách – Pháp luật"},
                },
                {
                    "type": "document_link",
                    "value": {
                        "document": None,
                        "official_document": documents[index % len(documents)].pk,
                        "label": "",
                    },
                },
            ]
            page, _ = self.page(
                parent,
                PolicyPage,
                title,
                standfirst=standfirst,
                policy_area=area,
                body=body,
                cover_image=self.images[index % len(self.images)],
                applies_from=datetime.date(2026, 1, 1),
                reviewed_on=datetime.date(2026, 3, 1),
                topics=[topic],
                _related_documents=[documents[index % len(documents)]],
            )
            pages.append(page)
        return pages

    def article_specs(self):
        yield from ARTICLES
        for place in PLACES:
            for title, standfirst, paragraph, topic in LOCAL_NEWS:
                yield (
                    title.format(place=place),
                    standfirst.format(place=place),
                    [paragraph.format(place=place)],
                    [topic],
                )

    def seed_articles(self, parent, policies, documents) -> None:
        start = datetime.date(2026, 1, 5)
        for index, (title, standfirst, paragraphs, topics) in enumerate(self.article_specs()):
            if index >= self.article_count:
                break
            body = [{"type": "paragraph", "value": f"<p>{p}</p>"} for p in paragraphs]
            body.insert(
                1,
                {
                    "type": "image",
                    "value": {
                        "image": self.images[index % len(self.images)].pk,
                        "caption": f"{title} (ảnh minh họa)",
                        "credit": "Ảnh: Ban Tuyên giáo",
                        "alt": "",
                    },
                },
            )
            if index % 3 == 0:
                body.append(
                    {
                        "type": "quote",
                        "value": {
                            "text": "Mọi hoạt động công đoàn đều hướng về đoàn viên, người lao động.",
                            "attribution": "Chủ tịch công đoàn",
                        },
                    }
                )
            if index % 4 == 1:
                body.append(
                    {
                        "type": "call_to_action",
                        "value": {
                            "text": "Tìm hiểu chính sách liên quan",
                            "button_label": "Đọc thêm",
                            "page": policies[index % len(policies)].pk,
                            "url": "",
                        },
                    }
                )
            if index % 5 == 2:
                body.append(
                    {
                        "type": "embed",
                        "value": {
                            "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                            "caption": "Video phóng sự",
                        },
                    }
                )
            if index % 6 == 3:
                body.append(
                    {
                        "type": "document_link",
                        "value": {
                            "document": None,
                            "official_document": documents[0].pk,
                            "label": "",
                        },
                    }
                )
            _page, created = self.page(
                parent,
                ArticlePage,
                title,
                standfirst=standfirst,
                body=body,
                cover_image=self.images[index % len(self.images)],
                author=["Hải Nguyễn", "Thu Hà", "Minh Quân", "Lan Anh"][index % 4],
                source="Ban Tuyên giáo" if index % 2 else "Báo Lao Động",
                published_on=start + datetime.timedelta(days=7 * index),
                topics=topics,
            )
            if created:
                _page.tags.add("công đoàn", topics[0].replace("-", " "))
                _page.save_revision().publish()
                self.new_articles += 1

    def seed_questions(self, parent, documents) -> None:
        for index, (title, question, asker, answer, topic, basis) in enumerate(QUESTIONS):
            self.page(
                parent,
                QuestionPage,
                title,
                question=question,
                asker=asker,
                answer=answer,
                topic=self.topics.get(topic),
                legal_basis=basis,
                answered_by="Luật sư Nguyễn Văn Hòa, Văn phòng tư vấn pháp luật công đoàn",
                answered_on=datetime.date(2026, 2, 1) + datetime.timedelta(days=10 * index),
            )

    def seed_campaigns(self, parent) -> None:
        from cms.models import CampaignKeyMessage

        for index, (title, kind, start, end, theme, hashtag, messages) in enumerate(CAMPAIGNS):
            campaign, _ = self.page(
                parent,
                CampaignPage,
                title,
                kind=kind,
                standfirst=f"{theme}: chuỗi hoạt động của {self.tenant_name}.",
                start_date=start,
                end_date=end,
                theme=theme,
                hashtag=hashtag,
                cover_image=self.images[index % len(self.images)],
                body=[{"type": "paragraph", "value": f"<p>Chủ đề năm nay: <b>{theme}</b>.</p>"}],
                _key_messages=[CampaignKeyMessage(text=m) for m in messages],
                topics=["phuc-loi-cham-lo-doi-song"],
            )
            self.page(
                campaign,
                ArticlePage,
                f"Phát động {title}",
                standfirst=f"{self.tenant_name} phát động {title.lower()}.",
                body=[
                    {
                        "type": "paragraph",
                        "value": f"<p>Lễ phát động {title} với thông điệp “{messages[0]}”.</p>",
                    }
                ],
                published_on=start,
                topics=["phuc-loi-cham-lo-doi-song"],
            )
            self.page(
                campaign,
                EventPage,
                f"Lễ phát động {title}",
                standfirst=theme,
                start_at=timezone.make_aware(datetime.datetime.combine(start, datetime.time(8, 0))),
                end_at=timezone.make_aware(datetime.datetime.combine(start, datetime.time(11, 30))),
                attendance_mode="in_person",
                place_name="Cung Văn hóa Lao động",
                address="91 Trần Hưng Đạo, Hà Nội",
                organiser=self.tenant_name,
            )

    def seed_events(self, parent) -> None:
        from cms.models import EventVenue

        aware = timezone.make_aware
        self.page(
            parent,
            EventPage,
            "Hội nghị đối thoại về tiền lương, thưởng Tết 2026",
            standfirst="Đối thoại giữa đại diện người lao động và người sử dụng lao động.",
            start_at=aware(datetime.datetime(2026, 1, 10, 8, 30)),
            end_at=aware(datetime.datetime(2026, 1, 10, 11, 30)),
            attendance_mode="in_person",
            place_name="Nhà Văn hóa Công nhân",
            address="Khu công nghiệp Quế Võ, Bắc Ninh",
            organiser=self.tenant_name,
            topics=["tien-luong", "thuong-luong-tap-the"],
        )
        self.page(
            parent,
            EventPage,
            "Tọa đàm trực tuyến: Luật Bảo hiểm xã hội 2024 có gì mới",
            standfirst="Chuyên gia giải đáp trực tiếp câu hỏi của người lao động.",
            start_at=aware(datetime.datetime(2026, 3, 5, 20, 0)),
            end_at=aware(datetime.datetime(2026, 3, 5, 21, 30)),
            attendance_mode="online",
            online_url="https://www.facebook.com/congdoanvietnam/live",
            organiser=self.tenant_name,
            topics=["bao-hiem-xa-hoi"],
        )
        self.page(
            parent,
            EventPage,
            "Hội nghị trực tuyến triển khai Tháng Công nhân 2026",
            standfirst="Hội nghị kết nối điểm cầu Trung ương với các tỉnh, thành phố.",
            start_at=aware(datetime.datetime(2026, 4, 20, 8, 0)),
            end_at=aware(datetime.datetime(2026, 4, 20, 11, 0)),
            attendance_mode="hybrid",
            place_name="Trụ sở Tổng Liên đoàn Lao động Việt Nam",
            address="82 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội",
            online_url="https://meet.congdoan.vn/thang-cong-nhan-2026",
            organiser=self.tenant_name,
            _venues=[
                EventVenue(
                    name="Điểm cầu Hà Nội", address="Cung Văn hóa Lao động Hữu nghị Việt Xô"
                ),
                EventVenue(name="Điểm cầu TP. Hồ Chí Minh", address="Nhà Văn hóa Lao động TP.HCM"),
                EventVenue(name="Điểm cầu Đà Nẵng", address="Liên đoàn Lao động TP. Đà Nẵng"),
            ],
        )

    def seed_media(self, parent) -> None:
        from cms.models import GalleryImage

        photos = [self.image(f"Ảnh Chợ Tết Công đoàn {i + 1}", seed=20 + i) for i in range(4)]
        self.page(
            parent,
            GalleryPage,
            "Chợ Tết Công đoàn 2026 qua ảnh",
            intro="Không khí mua sắm, nhận quà Tết của công nhân lao động.",
            taken_on=datetime.date(2026, 1, 25),
            photographer="Hải Nguyễn",
            _gallery_images=[
                GalleryImage(
                    image=p,
                    caption=f"Công nhân mua sắm tại gian hàng số {i + 1}",
                    credit="Ảnh: Hải Nguyễn",
                )
                for i, p in enumerate(photos)
            ],
            topics=["phuc-loi-cham-lo-doi-song"],
        )
        self.page(
            parent,
            VideoPage,
            "Phóng sự: Chuyến xe Công đoàn đưa công nhân về quê đón Tết",
            video_url="https://www.youtube.com/watch?v=5qap5aO4i9A",
            description="Những chuyến xe miễn phí đưa hàng nghìn công nhân về quê.",
            thumbnail=self.images[1],
            duration_seconds=312,
            transcript="Sáng sớm, hàng trăm công nhân đã có mặt tại bến xe…",
            topics=["phuc-loi-cham-lo-doi-song"],
        )
        self.page(
            parent,
            VideoPage,
            "Hướng dẫn an toàn khi vận hành máy ép",
            video_url="https://www.tiktok.com/@congdoanvietnam/video/7300000000000000000",
            description="Video ngắn hướng dẫn thao tác an toàn.",
            thumbnail=self.images[2],
            duration_seconds=58,
            topics=["an-toan-ve-sinh-lao-dong"],
        )
        self.page(
            parent,
            InfographicPage,
            "Infographic: Lương tối thiểu vùng năm 2026",
            image=self.image("Đồ họa lương tối thiểu vùng 2026", seed=40),
            description="Mức lương tối thiểu tháng và giờ của 4 vùng.",
            text_alternative="<ul><li>Vùng I: 4.960.000 đồng/tháng</li><li>Vùng II: 4.410.000 đồng/tháng</li>"
            "<li>Vùng III: 3.860.000 đồng/tháng</li><li>Vùng IV: 3.450.000 đồng/tháng</li></ul>",
            source="Nghị định của Chính phủ về lương tối thiểu",
            topics=["tien-luong"],
        )

    def seed_stories(self, parent) -> None:
        stories = [
            (
                "Người thợ may 15 năm hiến máu tình nguyện",
                "Nguyễn Thị Mai",
                "Công nhân may",
                "Công ty May Sông Hồng",
                "Chị Mai đã 32 lần hiến máu và vận động hàng trăm đồng nghiệp tham gia.",
                "32 lần hiến máu tình nguyện\nBằng khen của Tổng Liên đoàn năm 2025",
            ),
            (
                "Kỹ sư trẻ với sáng kiến tiết kiệm 2 tỷ đồng",
                "Trần Văn Dũng",
                "Kỹ sư điện",
                "Nhà máy Nhiệt điện Phả Lại",
                "Sáng kiến cải tiến hệ thống làm mát giúp tiết kiệm 2 tỷ đồng mỗi năm.",
                "Giải Nhất Hội thi sáng tạo kỹ thuật\nDanh hiệu Lao động sáng tạo",
            ),
        ]
        for index, (title, name, role, workplace, standfirst, achievements) in enumerate(stories):
            self.page(
                parent,
                ModelStoryPage,
                title,
                person_name=name,
                person_role=role,
                workplace=workplace,
                portrait=self.images[(index + 3) % len(self.images)],
                standfirst=standfirst,
                achievements=achievements,
                body=[
                    {"type": "paragraph", "value": f"<p>{standfirst}</p>"},
                    {
                        "type": "quote",
                        "value": {
                            "text": "Làm việc tốt là niềm vui mỗi ngày.",
                            "attribution": name,
                        },
                    },
                ],
                topics=["phuc-loi-cham-lo-doi-song"],
            )

    def seed_survey(self, parent) -> None:
        from cms.models import FormField

        self.page(
            parent,
            FormPage,
            "Khảo sát nhu cầu nhà ở của công nhân năm 2026",
            intro="<p>Ý kiến của bạn giúp công đoàn đề xuất chính sách nhà ở xã hội phù hợp.</p>",
            thank_you_text="<p>Cảm ơn bạn đã tham gia khảo sát!</p>",
            _form_fields=[
                FormField(label="Họ và tên", field_type="singleline", required=True, sort_order=0),
                FormField(
                    label="Nơi làm việc", field_type="singleline", required=True, sort_order=1
                ),
                FormField(
                    label="Bạn đang ở",
                    field_type="radio",
                    choices="Nhà trọ\nNhà người thân\nNhà của mình",
                    required=True,
                    sort_order=2,
                ),
                FormField(
                    label="Mong muốn của bạn", field_type="multiline", required=False, sort_order=3
                ),
            ],
        )

    def seed_home(self, sections, policies) -> None:
        from cms.models import HomeFeaturedItem

        home = self.home
        if isinstance(home, HomePage) and not home.about:
            home.intro = (
                f"<p>Trang thông tin của {self.tenant_name}: tin tức, chính sách pháp luật, "
                "hoạt động chăm lo cho đoàn viên và người lao động.</p>"
            )
            home.about = (
                f"<p>{self.tenant_name} đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của "
                "đoàn viên và người lao động; tham gia quản lý nhà nước, giáo dục, động viên người lao "
                "động thi đua lao động sản xuất.</p>"
            )
            home.hero_image = self.images[0]
            home.address = "Số 1 đường Lao Động"
            home.phone = "024 3942 0000"
            home.email = "vanphong@congdoan.vn"
            home.featured_items.set(
                [
                    HomeFeaturedItem(page=sections["campaigns"], label="Chiến dịch"),
                    HomeFeaturedItem(page=policies[0], label="Chính sách mới"),
                ]
            )
            home.save_revision().publish()

    def seed_navigation(self, sections) -> None:
        if not Menu.objects.filter(slug="menu-chinh").exists():
            menu = Menu(name="Menu chính", slug="menu-chinh", location="header")
            menu.items.set(
                [
                    MenuItem(page=sections[key], sort_order=i)
                    for i, key in enumerate(["news", "policy", "docs", "qa", "events"])
                ]
            )
            menu.save()
        if not Menu.objects.filter(slug="chan-trang").exists():
            menu = Menu(name="Chân trang", slug="chan-trang", location="footer")
            menu.items.set(
                [
                    MenuItem(label="Đường dây nóng", url="tel:19001234", sort_order=0),
                    MenuItem(label="Thư góp ý", url="mailto:gopy@congdoan.vn", sort_order=1),
                    MenuItem(page=sections["surveys"], sort_order=2),
                ]
            )
            menu.save()
        settings = SiteSettings.for_site(self.site)
        if not settings.short_name:
            settings.short_name = self.tenant_name[:60]
            settings.tagline = "Vì quyền lợi đoàn viên, người lao động"
            settings.address = "Số 1 đường Lao Động"
            settings.phone = "024 3942 0000"
            settings.hotline = "1900 1234"
            settings.email = "vanphong@congdoan.vn"
            settings.facebook_url = "https://www.facebook.com/congdoanvietnam"
            settings.zalo_url = "https://zalo.me/congdoanvietnam"
            settings.youtube_url = "https://www.youtube.com/@congdoanvietnam"
            settings.tiktok_url = "https://www.tiktok.com/@congdoanvietnam"
            settings.logo = self.image("Logo công đoàn", seed=99)
            settings.save()


def _default_article_count() -> int:
    from tenants.models import Tenant, TenantKind

    kind = (
        Tenant.objects.filter(schema_name=connection.schema_name)
        .values_list("kind", flat=True)
        .first()
    )
    return NATIONAL_ARTICLES if kind == TenantKind.NATIONAL_FEDERATION else OTHER_ARTICLES


@transaction.atomic
def seed_tenant_content(
    tenant_name: str, prefix: str = "", *, article_count: int | None = None
) -> int:
    """Write the demo content of every page type into the active tenant; returns how many
    articles were new. The national federation gets 36 news articles, other tenants 12."""
    count = _default_article_count() if article_count is None else article_count
    return _Seeder(tenant_name, prefix, count).run()
