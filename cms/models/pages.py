"""Page types of a tenant's Wagtail: what union editors publish.

Tree rules (``parent_page_types`` / ``subpage_types``)::

    (root) ─ HomePage ─┬─ HomePage (hosted microsite)
                       ├─ SectionPage ─ SectionPage, CampaignPage, any content page
                       ├─ CampaignPage ─ ArticlePage, EventPage, GalleryPage, VideoPage,
                       │                 InfographicPage, ModelStoryPage, FormPage
                       └─ any content page (leaf)
"""

from __future__ import annotations

import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.forms.models import AbstractFormField, EmailFormMixin, FormMixin
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from cms.blocks import body_blocks
from cms.models.base import (
    BasePage,
    SafeRichTextField,
    VietnameseFormPageForm,
    reading_minutes,
)
from cms.sanitize import VIDEO_HOSTS, VIDEO_HOSTS_HELP, host_matches, validate_web_url
from congdoan.text import nfc

HOME = "cms.HomePage"
SECTION = "cms.SectionPage"
CAMPAIGN = "cms.CampaignPage"
LEAF_PARENTS = [HOME, SECTION]
CAMPAIGN_PARENTS = [HOME, SECTION, CAMPAIGN]
CONTENT_TYPES = [
    "cms.ArticlePage",
    "cms.PolicyPage",
    "cms.DocumentPage",
    "cms.EventPage",
    "cms.QuestionPage",
    "cms.GalleryPage",
    "cms.VideoPage",
    "cms.InfographicPage",
    "cms.ModelStoryPage",
    "cms.FormPage",
]
CAMPAIGN_CHILDREN = [
    "cms.ArticlePage",
    "cms.EventPage",
    "cms.GalleryPage",
    "cms.VideoPage",
    "cms.InfographicPage",
    "cms.ModelStoryPage",
    "cms.FormPage",
]


def _image_fk(verbose_name: str, help_text: str = "", required: bool = False):
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=verbose_name,
        null=True,
        blank=not required,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


def _topics_field():
    return ParentalManyToManyField(
        "cms.Topic",
        verbose_name="chủ đề",
        blank=True,
        related_name="+",
        help_text="Những mối quan tâm của người lao động mà nội dung này đề cập.",
    )


def _body(verbose_name="nội dung", blank=True):
    return StreamField(
        body_blocks(),
        verbose_name=verbose_name,
        blank=blank,
        help_text="Đoạn văn, ảnh, trích dẫn, video, văn bản, hộp thông tin, bảng…",
    )


TOPICS_PANEL = FieldPanel("topics", widget=forms.CheckboxSelectMultiple)


# --- Home and sections ------------------------------------------------------------------


class HomePage(BasePage):
    """Home of a tenant, or of a hosted microsite of an organisation: its profile and
    featured content."""

    intro = SafeRichTextField("giới thiệu", blank=True, features=["bold", "italic", "link"])
    hero_image = _image_fk("ảnh đầu trang")
    about = SafeRichTextField(
        "hồ sơ tổ chức",
        blank=True,
        help_text="Chức năng, nhiệm vụ, lịch sử, lãnh đạo của tổ chức công đoàn.",
    )
    address = models.CharField("địa chỉ trụ sở", max_length=255, blank=True)
    phone = models.CharField("điện thoại", max_length=40, blank=True)
    email = models.EmailField("thư điện tử", blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                FieldPanel("about"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
            ],
            heading="Hồ sơ tổ chức",
        ),
        InlinePanel("featured_items", label="Nội dung nổi bật", max_num=12),
    ]
    parent_page_types = ["wagtailcore.Page", HOME]
    subpage_types = [HOME, SECTION, CAMPAIGN, *CONTENT_TYPES]

    class Meta:
        verbose_name = "trang chủ"
        verbose_name_plural = "trang chủ"

    def search_content_parts(self):
        return [
            *super().search_content_parts(),
            self.rich_text_plain(self.intro),
            self.rich_text_plain(self.about),
            self.address,
        ]


class HomeFeaturedItem(Orderable):
    """A page the home page puts forward, in order."""

    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_items")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name="trang", on_delete=models.CASCADE, related_name="+"
    )
    label = models.CharField(
        "nhãn", max_length=120, blank=True, help_text="Ví dụ: Tiêu điểm, Chỉ đạo mới"
    )

    panels = [PageChooserPanel("page"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = "nội dung nổi bật"
        verbose_name_plural = "nội dung nổi bật"


class SectionPage(BasePage):
    """A section (chuyên mục) that lists the pages below it."""

    intro = models.TextField("giới thiệu", blank=True)
    cover_image = _image_fk("ảnh đại diện")
    topic = models.ForeignKey(
        "cms.Topic",
        verbose_name="chủ đề chính",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Không bắt buộc: chuyên mục dành riêng cho một chủ đề.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("cover_image"),
        FieldPanel("topic"),
    ]
    parent_page_types = [HOME, SECTION]
    subpage_types = [SECTION, CAMPAIGN, *CONTENT_TYPES]

    class Meta:
        verbose_name = "chuyên mục"
        verbose_name_plural = "chuyên mục"

    def search_content_parts(self):
        return [*super().search_content_parts(), self.intro]


# --- Articles and policy ----------------------------------------------------------------


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(BasePage):
    """A news article."""

    standfirst = models.TextField(
        "sa-pô", blank=True, help_text="Đoạn dẫn in đậm dưới tiêu đề, 1-3 câu."
    )
    body = _body()
    cover_image = _image_fk("ảnh bìa")
    author = models.CharField("tác giả", max_length=255, blank=True)
    source = models.CharField(
        "nguồn", max_length=255, blank=True, help_text="Ví dụ: Báo Lao Động, Ban Tuyên giáo"
    )
    source_url = models.CharField(
        "đường dẫn nguồn", max_length=1000, blank=True, validators=[validate_web_url]
    )
    published_on = models.DateField(
        "ngày đăng", null=True, blank=True, help_text="Để trống: lấy ngày xuất bản đầu tiên."
    )
    topics = _topics_field()
    tags = ClusterTaggableManager(
        "từ khóa",
        through=ArticlePageTag,
        blank=True,
        help_text="Các từ khóa, cách nhau bởi dấu phẩy.",
    )
    reading_minutes = models.PositiveSmallIntegerField(
        "thời gian đọc (phút)", default=1, editable=False
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("standfirst"),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("author"), FieldPanel("source")]),
                FieldPanel("source_url"),
                FieldPanel("published_on"),
            ],
            heading="Tác giả và nguồn",
        ),
        MultiFieldPanel([TOPICS_PANEL, FieldPanel("tags")], heading="Phân loại"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.FilterField("published_on"),
    ]
    parent_page_types = CAMPAIGN_PARENTS
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "tin bài"
        verbose_name_plural = "tin bài"

    def before_save(self):
        self.reading_minutes = reading_minutes(self.standfirst, self.stream_text("body"))
        if self.live and not self.published_on:
            self.published_on = timezone.localdate()

    def search_heading_parts(self):
        return [self.title, self.standfirst]

    def search_content_parts(self):
        return [
            *super().search_content_parts(),
            self.stream_text("body"),
            self.author,
            self.source,
            " ".join(tag.name for tag in self.tags.all()),
        ]


class PolicyPage(BasePage):
    """A policy explainer for workers (wages, insurance, working hours…), linked to the
    official documents it explains."""

    AREAS = [
        ("wages", "Tiền lương"),
        ("social_insurance", "Bảo hiểm xã hội"),
        ("health_insurance", "Bảo hiểm y tế"),
        ("unemployment_insurance", "Bảo hiểm thất nghiệp"),
        ("working_hours", "Thời giờ làm việc, nghỉ ngơi"),
        ("safety", "An toàn, vệ sinh lao động"),
        ("contracts", "Hợp đồng lao động"),
        ("housing", "Nhà ở, thiết chế công đoàn"),
        ("collective_bargaining", "Thương lượng, thỏa ước lao động tập thể"),
        ("women_workers", "Lao động nữ"),
        ("other", "Khác"),
    ]

    standfirst = models.TextField(
        "tóm tắt", blank=True, help_text="Điều người lao động cần biết, 1-3 câu."
    )
    policy_area = models.CharField("lĩnh vực chính sách", max_length=40, choices=AREAS)
    body = _body()
    cover_image = _image_fk("ảnh bìa")
    related_documents = ParentalManyToManyField(
        "cms.DocumentPage",
        verbose_name="văn bản được giải thích",
        blank=True,
        related_name="explained_by",
        help_text="Luật, nghị định, hướng dẫn… mà bài giải thích này dựa vào.",
    )
    applies_from = models.DateField("áp dụng từ ngày", null=True, blank=True)
    reviewed_on = models.DateField(
        "ngày rà soát", null=True, blank=True, help_text="Lần gần nhất kiểm tra nội dung còn đúng."
    )
    topics = _topics_field()
    reading_minutes = models.PositiveSmallIntegerField(
        "thời gian đọc (phút)", default=1, editable=False
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("standfirst"),
        FieldPanel("policy_area"),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        FieldPanel("related_documents", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("applies_from"), FieldPanel("reviewed_on")]),
        TOPICS_PANEL,
    ]
    search_fields = [*BasePage.search_fields, index.FilterField("policy_area")]
    parent_page_types = LEAF_PARENTS
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "giải thích chính sách"
        verbose_name_plural = "giải thích chính sách"

    def before_save(self):
        self.reading_minutes = reading_minutes(self.standfirst, self.stream_text("body"))

    def search_heading_parts(self):
        return [self.title, self.standfirst]

    def search_content_parts(self):
        return [
            *super().search_content_parts(),
            self.get_policy_area_display(),
            self.stream_text("body"),
        ]


# --- Official documents -----------------------------------------------------------------

DOCUMENT_NUMBER_RE = re.compile(r"^\d{1,6}(?:/\d{4})?/[^\W\d_]+(?:-[^\W_]+)+$")


def normalise_document_number(value: str) -> str:
    """ "18 / KH - CĐN" -> "18/KH-CĐN" (NFC, no spaces around / and -)."""
    value = re.sub(r"\s+", " ", nfc(value or "")).strip()
    return re.sub(r"\s*([/-])\s*", r"\1", value)


class DocumentPage(BasePage):
    """An official document of the union (plan, guidance, resolution…) with its number."""

    TYPES = [
        ("plan", "Kế hoạch (KH)"),
        ("guidance", "Hướng dẫn (HD)"),
        ("programme", "Chương trình (CTr)"),
        ("resolution", "Nghị quyết (NQ)"),
        ("decision", "Quyết định (QĐ)"),
        ("notice", "Thông báo (TB)"),
        ("directive", "Chỉ thị (CT)"),
        ("official_letter", "Công văn (CV)"),
        ("report", "Báo cáo (BC)"),
        ("other", "Khác"),
    ]
    STATUSES = [
        ("in_force", "Còn hiệu lực"),
        ("superseded", "Đã được thay thế"),
        ("expired", "Hết hiệu lực"),
    ]

    document_number = models.CharField(
        "số hiệu",
        max_length=60,
        help_text="Ví dụ: 18/KH-CĐN, 64/HD-TLĐ, 05/2025/NQ-BCH.",
    )
    document_type = models.CharField("loại văn bản", max_length=20, choices=TYPES)
    issuing_body = models.CharField(
        "cơ quan ban hành", max_length=255, help_text="Ví dụ: Tổng Liên đoàn Lao động Việt Nam"
    )
    signed_on = models.DateField("ngày ký")
    effective_on = models.DateField(
        "ngày có hiệu lực", null=True, blank=True, help_text="Để trống nếu có hiệu lực từ ngày ký."
    )
    signer = models.CharField("người ký", max_length=255, blank=True)
    signer_title = models.CharField(
        "chức vụ người ký", max_length=255, blank=True, help_text="Ví dụ: Phó Chủ tịch"
    )
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="tệp văn bản",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Bản PDF/DOCX của văn bản.",
    )
    summary = models.TextField("trích yếu", blank=True)
    body = _body("nội dung / tóm tắt")
    status = models.CharField("tình trạng", max_length=20, choices=STATUSES, default="in_force")
    superseded_by = models.ForeignKey(
        "cms.DocumentPage",
        verbose_name="được thay thế bởi",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supersedes",
    )
    topics = _topics_field()

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("document_number"), FieldPanel("document_type")]),
                FieldPanel("issuing_body"),
                FieldRowPanel([FieldPanel("signed_on"), FieldPanel("effective_on")]),
                FieldRowPanel([FieldPanel("signer"), FieldPanel("signer_title")]),
            ],
            heading="Thông tin văn bản",
        ),
        FieldPanel("summary"),
        FieldPanel("file"),
        FieldPanel("body"),
        FieldRowPanel(
            [FieldPanel("status"), PageChooserPanel("superseded_by", "cms.DocumentPage")]
        ),
        TOPICS_PANEL,
    ]
    search_fields = [
        *BasePage.search_fields,
        index.FilterField("document_type"),
        index.FilterField("status"),
        index.FilterField("signed_on"),
        index.FilterField("document_number"),
    ]
    parent_page_types = LEAF_PARENTS
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "văn bản"
        verbose_name_plural = "văn bản"

    def clean(self):
        super().clean()
        errors = {}
        self.document_number = normalise_document_number(self.document_number)
        if not self.document_number:
            errors["document_number"] = "Vui lòng nhập số hiệu văn bản, ví dụ: 18/KH-CĐN."
        elif not DOCUMENT_NUMBER_RE.match(self.document_number):
            errors["document_number"] = (
                f"Số hiệu “{self.document_number}” không đúng dạng: số/ký hiệu loại-cơ quan, "
                "ví dụ 18/KH-CĐN, 64/HD-TLĐ hoặc 05/2025/NQ-BCH."
            )
        if self.signed_on and self.effective_on and self.effective_on < self.signed_on:
            errors["effective_on"] = "Ngày có hiệu lực không được trước ngày ký."
        if self.superseded_by_id and self.status != "superseded":
            errors["status"] = (
                "Văn bản đã có văn bản thay thế phải ở tình trạng “Đã được thay thế”."
            )
        if self.superseded_by_id and self.superseded_by_id == self.pk:
            errors["superseded_by"] = "Văn bản không thể thay thế chính nó."
        if self.document_number and "document_number" not in errors:
            clash = (
                DocumentPage.objects.filter(
                    document_number=self.document_number, issuing_body=nfc(self.issuing_body)
                )
                .exclude(pk=self.pk)
                .first()
            )
            if clash is not None:
                errors["document_number"] = (
                    f"Số hiệu {self.document_number} của {self.issuing_body} đã có trong trang "
                    f"“{clash.title}”."
                )
        if errors:
            raise ValidationError(errors)

    def before_save(self):
        self.document_number = normalise_document_number(self.document_number)

    def search_heading_parts(self):
        return [self.title, self.document_number, self.summary]

    def search_content_parts(self):
        return [
            *super().search_content_parts(),
            self.issuing_body,
            self.signer,
            self.get_document_type_display(),
            self.stream_text("body"),
        ]


# --- Campaigns and events ---------------------------------------------------------------


class CampaignPage(BasePage):
    """A campaign (Tết Sum vầy, Tháng Công nhân…): its period, theme and messages; its
    articles and events are its child pages."""

    KINDS = [
        ("tet_sum_vay", "Tết Sum vầy"),
        ("thang_cong_nhan", "Tháng Công nhân"),
        ("ngay_28_7", "Ngày thành lập Công đoàn Việt Nam 28/7"),
        ("ngay_20_11", "Ngày Nhà giáo Việt Nam 20/11"),
        ("thang_an_toan", "Tháng hành động về an toàn, vệ sinh lao động"),
        ("other", "Chiến dịch khác"),
    ]

    kind = models.CharField("loại chiến dịch", max_length=30, choices=KINDS, default="other")
    standfirst = models.TextField("tóm tắt", blank=True)
    start_date = models.DateField("ngày bắt đầu")
    end_date = models.DateField("ngày kết thúc")
    theme = models.CharField(
        "chủ đề / khẩu hiệu",
        max_length=255,
        blank=True,
        help_text="Ví dụ: “Đoàn viên công đoàn – Lợi ích thiết thực”",
    )
    hashtag = models.CharField(
        "hashtag", max_length=100, blank=True, help_text="Ví dụ: #TetSumVay2026 (không dấu cách)"
    )
    cover_image = _image_fk("ảnh bìa")
    body = _body()
    topics = _topics_field()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("standfirst"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("theme"), FieldPanel("hashtag")]),
        InlinePanel("key_messages", label="Thông điệp chính", max_num=10),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        TOPICS_PANEL,
    ]
    search_fields = [
        *BasePage.search_fields,
        index.FilterField("kind"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]
    parent_page_types = LEAF_PARENTS
    subpage_types = CAMPAIGN_CHILDREN

    class Meta:
        verbose_name = "chiến dịch"
        verbose_name_plural = "chiến dịch"

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = "Ngày kết thúc không được trước ngày bắt đầu."
        self.hashtag = nfc(self.hashtag).strip()
        if self.hashtag:
            if not self.hashtag.startswith("#"):
                self.hashtag = "#" + self.hashtag
            if not re.fullmatch(r"#\w{2,99}", self.hashtag):
                errors["hashtag"] = (
                    "Hashtag chỉ gồm chữ, số và dấu gạch dưới, không dấu cách, "
                    "ví dụ #TetSumVay2026."
                )
        if errors:
            raise ValidationError(errors)

    def search_heading_parts(self):
        return [self.title, self.theme, self.hashtag, self.standfirst]

    def search_content_parts(self):
        messages = [m.text for m in self.key_messages.all()]
        return [*super().search_content_parts(), *messages, self.stream_text("body")]


class CampaignKeyMessage(Orderable):
    campaign = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="key_messages")
    text = models.CharField("thông điệp", max_length=500)

    panels = [FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = "thông điệp chính"
        verbose_name_plural = "thông điệp chính"


class EventPage(BasePage):
    """An event: when, where (a place, online, or several connected venues)."""

    MODES = [
        ("in_person", "Trực tiếp"),
        ("online", "Trực tuyến"),
        ("hybrid", "Trực tiếp kết hợp trực tuyến"),
    ]

    standfirst = models.TextField("tóm tắt", blank=True)
    start_at = models.DateTimeField("bắt đầu")
    end_at = models.DateTimeField("kết thúc", null=True, blank=True)
    attendance_mode = models.CharField(
        "hình thức", max_length=20, choices=MODES, default="in_person"
    )
    place_name = models.CharField(
        "địa điểm",
        max_length=255,
        blank=True,
        help_text="Ví dụ: Cung Văn hóa Lao động Hữu nghị Việt Xô",
    )
    address = models.CharField("địa chỉ", max_length=255, blank=True)
    online_url = models.CharField(
        "đường dẫn trực tuyến",
        max_length=1000,
        blank=True,
        validators=[validate_web_url],
        help_text="Phòng họp trực tuyến hoặc trang phát trực tiếp.",
    )
    organiser = models.CharField("đơn vị tổ chức", max_length=255, blank=True)
    registration_url = models.CharField(
        "đường dẫn đăng ký", max_length=1000, blank=True, validators=[validate_web_url]
    )
    cover_image = _image_fk("ảnh bìa")
    body = _body()
    topics = _topics_field()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("standfirst"),
        FieldRowPanel([FieldPanel("start_at"), FieldPanel("end_at")]),
        MultiFieldPanel(
            [
                FieldPanel("attendance_mode"),
                FieldPanel("place_name"),
                FieldPanel("address"),
                FieldPanel("online_url"),
            ],
            heading="Địa điểm",
        ),
        InlinePanel("venues", label="Điểm cầu", help_text="Các điểm cầu của sự kiện kết hợp."),
        FieldRowPanel([FieldPanel("organiser"), FieldPanel("registration_url")]),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        TOPICS_PANEL,
    ]
    search_fields = [
        *BasePage.search_fields,
        index.FilterField("start_at"),
        index.FilterField("end_at"),
        index.FilterField("attendance_mode"),
    ]
    parent_page_types = CAMPAIGN_PARENTS
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "sự kiện"
        verbose_name_plural = "sự kiện"

    def clean(self):
        super().clean()
        errors = {}
        if self.start_at and self.end_at and self.end_at < self.start_at:
            errors["end_at"] = "Thời điểm kết thúc không được trước thời điểm bắt đầu."
        if self.attendance_mode in ("online", "hybrid") and not self.online_url:
            errors["online_url"] = "Sự kiện trực tuyến hoặc kết hợp cần có đường dẫn trực tuyến."
        if self.attendance_mode == "in_person" and not self.place_name:
            errors["place_name"] = "Sự kiện trực tiếp cần có địa điểm."
        if errors:
            raise ValidationError(errors)

    def search_heading_parts(self):
        return [self.title, self.standfirst]

    def search_content_parts(self):
        venues = [f"{v.name} {v.address}" for v in self.venues.all()]
        return [
            *super().search_content_parts(),
            self.place_name,
            self.address,
            self.organiser,
            *venues,
            self.stream_text("body"),
        ]


class EventVenue(Orderable):
    """One connected venue (điểm cầu) of a hybrid event."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="venues")
    name = models.CharField("tên điểm cầu", max_length=255)
    address = models.CharField("địa chỉ", max_length=255, blank=True)
    online_url = models.CharField(
        "đường dẫn trực tuyến", max_length=1000, blank=True, validators=[validate_web_url]
    )

    panels = [FieldPanel("name"), FieldPanel("address"), FieldPanel("online_url")]

    class Meta(Orderable.Meta):
        verbose_name = "điểm cầu"
        verbose_name_plural = "điểm cầu"


# --- Q&A, media, stories ----------------------------------------------------------------


class QuestionPage(BasePage):
    """A worker's question with the union's answer and its legal basis."""

    question = models.TextField("câu hỏi")
    asker = models.CharField(
        "người hỏi", max_length=255, blank=True, help_text="Ví dụ: Bạn đọc Nguyễn Thị H. (Bắc Ninh)"
    )
    answer = SafeRichTextField(
        "trả lời", features=["bold", "italic", "ol", "ul", "link", "document-link"]
    )
    topic = models.ForeignKey(
        "cms.Topic",
        verbose_name="chủ đề",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    legal_basis = models.TextField(
        "căn cứ pháp lý",
        blank=True,
        help_text="Ví dụ: Điều 98 Bộ luật Lao động 2019; Nghị định 145/2020/NĐ-CP.",
    )
    legal_documents = ParentalManyToManyField(
        "cms.DocumentPage",
        verbose_name="văn bản liên quan",
        blank=True,
        related_name="cited_by_questions",
    )
    answered_by = models.CharField(
        "người trả lời", max_length=255, blank=True, help_text="Ví dụ: Luật sư Trần Văn B"
    )
    answered_on = models.DateField("ngày trả lời", null=True, blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("question"),
        FieldPanel("asker"),
        FieldPanel("answer"),
        FieldPanel("topic"),
        FieldPanel("legal_basis"),
        FieldPanel("legal_documents", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("answered_by"), FieldPanel("answered_on")]),
    ]
    parent_page_types = LEAF_PARENTS
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "hỏi đáp"
        verbose_name_plural = "hỏi đáp"

    def clean(self):
        super().clean()
        if not self.rich_text_plain(self.answer).strip():
            raise ValidationError({"answer": "Vui lòng nhập câu trả lời."})

    def search_heading_parts(self):
        return [self.title, self.question]

    def search_content_parts(self):
        return [
            *super().search_content_parts(),
            self.rich_text_plain(self.answer),
            self.legal_basis,
        ]


class GalleryPage(BasePage):
    """A photo gallery."""

    intro = models.TextField("giới thiệu", blank=True)
    taken_on = models.DateField("ngày chụp", null=True, blank=True)
    photographer = models.CharField("tác giả ảnh", max_length=255, blank=True)
    topics = _topics_field()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("taken_on"), FieldPanel("photographer")]),
        InlinePanel("gallery_images", label="Ảnh", min_num=1),
        TOPICS_PANEL,
    ]
    parent_page_types = CAMPAIGN_PARENTS
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "thư viện ảnh"
        verbose_name_plural = "thư viện ảnh"

    def search_content_parts(self):
        captions = [img.caption for img in self.gallery_images.all()]
        return [*super().search_content_parts(), self.intro, self.photographer, *captions]


class GalleryImage(Orderable):
    gallery = ParentalKey(GalleryPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name="ảnh", on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField("chú thích", max_length=500, blank=True)
    credit = models.CharField("nguồn ảnh", max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption"), FieldPanel("credit")]

    class Meta(Orderable.Meta):
        verbose_name = "ảnh"
        verbose_name_plural = "ảnh"


class VideoPage(BasePage):
    """A video hosted on a video platform."""

    video_url = models.CharField(
        "đường dẫn video",
        max_length=1000,
        validators=[validate_web_url],
        help_text=VIDEO_HOSTS_HELP,
    )
    description = models.TextField("mô tả", blank=True)
    thumbnail = _image_fk("ảnh đại diện")
    duration_seconds = models.PositiveIntegerField("thời lượng (giây)", null=True, blank=True)
    transcript = models.TextField("lời thoại / phụ đề", blank=True)
    topics = _topics_field()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("video_url"),
        FieldPanel("description"),
        FieldPanel("thumbnail"),
        FieldPanel("duration_seconds"),
        FieldPanel("transcript"),
        TOPICS_PANEL,
    ]
    parent_page_types = CAMPAIGN_PARENTS
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "video"
        verbose_name_plural = "video"

    def clean(self):
        super().clean()
        if self.video_url and not host_matches(self.video_url, VIDEO_HOSTS):
            raise ValidationError({"video_url": VIDEO_HOSTS_HELP})

    def search_content_parts(self):
        return [*super().search_content_parts(), self.description, self.transcript]


class InfographicPage(BasePage):
    """An infographic, with its content as text for screen readers and search."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="ảnh đồ họa",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField("mô tả ngắn", blank=True)
    text_alternative = SafeRichTextField(
        "nội dung dạng chữ",
        blank=True,
        features=["bold", "italic", "ol", "ul", "h3", "link"],
        help_text="Chép lại nội dung đồ họa để người khiếm thị và công cụ tìm kiếm đọc được.",
    )
    source = models.CharField("nguồn số liệu", max_length=255, blank=True)
    topics = _topics_field()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("image"),
        FieldPanel("description"),
        FieldPanel("text_alternative"),
        FieldPanel("source"),
        TOPICS_PANEL,
    ]
    parent_page_types = CAMPAIGN_PARENTS
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "đồ họa thông tin"
        verbose_name_plural = "đồ họa thông tin"

    def search_content_parts(self):
        return [
            *super().search_content_parts(),
            self.description,
            self.rich_text_plain(self.text_alternative),
            self.source,
        ]


class ModelStoryPage(BasePage):
    """An exemplary person or collective ("gương người tốt việc tốt")."""

    person_name = models.CharField("họ tên / tập thể", max_length=255)
    person_role = models.CharField(
        "chức danh, nghề nghiệp", max_length=255, blank=True, help_text="Ví dụ: Công nhân may"
    )
    workplace = models.CharField("đơn vị công tác", max_length=255, blank=True)
    portrait = _image_fk("ảnh chân dung")
    standfirst = models.TextField("sa-pô", blank=True)
    achievements = models.TextField(
        "thành tích",
        blank=True,
        help_text="Mỗi thành tích một dòng, ví dụ: Sáng kiến tiết kiệm 2 tỷ đồng",
    )
    body = _body()
    topics = _topics_field()
    reading_minutes = models.PositiveSmallIntegerField(
        "thời gian đọc (phút)", default=1, editable=False
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("person_name"),
                FieldRowPanel([FieldPanel("person_role"), FieldPanel("workplace")]),
                FieldPanel("portrait"),
            ],
            heading="Nhân vật",
        ),
        FieldPanel("standfirst"),
        FieldPanel("achievements"),
        FieldPanel("body"),
        TOPICS_PANEL,
    ]
    parent_page_types = CAMPAIGN_PARENTS
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "gương người tốt việc tốt"
        verbose_name_plural = "gương người tốt việc tốt"

    def before_save(self):
        self.reading_minutes = reading_minutes(self.standfirst, self.stream_text("body"))

    def search_heading_parts(self):
        return [self.title, self.person_name, self.standfirst]

    def search_content_parts(self):
        return [
            *super().search_content_parts(),
            self.person_role,
            self.workplace,
            self.achievements,
            self.stream_text("body"),
        ]


# --- Forms ------------------------------------------------------------------------------


class FormField(AbstractFormField):
    page = ParentalKey("cms.FormPage", on_delete=models.CASCADE, related_name="form_fields")


class FormPage(EmailFormMixin, FormMixin, BasePage):
    """A survey or registration form (Wagtail form builder); answers are stored as
    submissions and optionally e-mailed."""

    base_form_class = VietnameseFormPageForm
    landing_page_template = "cms/page.html"

    intro = SafeRichTextField("giới thiệu", blank=True)
    thank_you_text = SafeRichTextField(
        "lời cảm ơn", blank=True, help_text="Hiển thị sau khi người dùng gửi biểu mẫu."
    )
    closes_at = models.DateTimeField(
        "hạn chót",
        null=True,
        blank=True,
        help_text="Sau thời điểm này biểu mẫu không nhận trả lời.",
    )

    content_panels = [
        FormSubmissionsPanel(),
        *BasePage.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label="Câu hỏi / trường nhập"),
        FieldPanel("thank_you_text"),
        FieldPanel("closes_at"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading="Gửi thư thông báo",
        ),
    ]
    parent_page_types = CAMPAIGN_PARENTS
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "khảo sát / biểu mẫu"
        verbose_name_plural = "khảo sát / biểu mẫu"

    @property
    def is_closed(self) -> bool:
        return self.closes_at is not None and timezone.now() >= self.closes_at

    def serve(self, request, *args, **kwargs):
        if request.method == "POST" and self.is_closed:
            from django.http import HttpResponseForbidden

            return HttpResponseForbidden("Biểu mẫu đã hết hạn nhận trả lời.")
        return super().serve(request, *args, **kwargs)

    def search_content_parts(self):
        return [*super().search_content_parts(), self.rich_text_plain(self.intro)]
