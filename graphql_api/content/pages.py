"""One GraphQL type per page type of ``cms``; all implement the ``Page`` interface.

Relations go through ``relations`` (visible objects only, one statement per list through the
optimizer's prefetches); StreamField bodies through ``blocks``; rich text through
``richtext``.
"""

from __future__ import annotations

import datetime

import strawberry
import strawberry_django
from django.db.models import Prefetch
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from cms.models import (
    ArticlePage,
    CampaignPage,
    DocumentPage,
    EventPage,
    FormPage,
    GalleryImage,
    GalleryPage,
    HomePage,
    InfographicPage,
    ModelStoryPage,
    PolicyPage,
    QuestionPage,
    SectionPage,
    Topic,
    VideoPage,
)
from graphql_api.content.blocks import BodyBlock, stream_blocks
from graphql_api.content.choices import (
    AttendanceMode,
    CampaignKind,
    DocumentKind,
    DocumentStatus,
    PolicyArea,
)
from graphql_api.content.relations import (
    json_rows,
    prefetch,
    related_json,
    related_many,
    related_one,
    visible_media,
    visible_pages,
)
from graphql_api.content.richtext import render_rich_text
from graphql_api.content.snippets import TagType, TopicType
from graphql_api.content.specific import load_specific
from graphql_api.content.types import PageInterface, register_page_type
from graphql_api.content.visibility import visibility_for
from graphql_api.media.types import (
    NOT_IN_ROW,
    DocumentType,
    ImageType,
    image_from_row,
    image_in_row,
    with_renditions,
)

IMAGES = visible_media(Image, with_renditions)
VISIBLE_IMAGES = visible_media(Image)
DOCUMENTS = visible_media(Document)
DOCUMENT_PAGES = visible_pages(DocumentPage)


def TOPICS(info):
    return Topic.objects.all()


# --- Field factories ------------------------------------------------------------------


def image_field(name: str, description: str):
    def resolver(root, info: strawberry.Info) -> ImageType | None:
        image = image_from_row(root, name)
        if image is NOT_IN_ROW:  # a draft from its revision, or a page loaded without the hint
            return related_one(root, name, info, IMAGES)
        return image

    return strawberry_django.field(
        resolver=resolver,
        only=[name],
        annotate=image_in_row(name, VISIBLE_IMAGES),
        description=description,
    )


TOPIC_COLUMNS = ("id", "name", "slug", "description", "sort_order")


def topics_field():
    def resolver(root, info: strawberry.Info) -> list[TopicType]:
        rows = json_rows(root, "topics")
        if rows is None:  # a draft from its revision, or a page loaded without the hint
            return related_many(root, "topics", info, TOPICS)
        return [Topic(**dict(zip(TOPIC_COLUMNS, row, strict=True))) for row in rows]

    return strawberry_django.field(
        resolver=resolver,
        annotate=related_json("topics", TOPIC_COLUMNS),
        description="Chủ đề (mối quan tâm của người lao động).",
    )


def body_field(name: str = "body", description: str = "Thân bài: các khối nội dung."):
    def resolver(root, info: strawberry.Info) -> list[BodyBlock]:
        return stream_blocks(getattr(root, name), info)

    return strawberry_django.field(resolver=resolver, only=[name], description=description)


def rich_text_field(name: str, description: str = ""):
    def resolver(root, info: strawberry.Info) -> str:
        return render_rich_text(info, visibility_for(info), getattr(root, name))

    return strawberry_django.field(
        resolver=resolver,
        only=[name],
        description=description or "HTML đã làm sạch; liên kết nội bộ thành đường dẫn.",
    )


def label_field(name: str):
    def resolver(root) -> str:
        return getattr(root, f"get_{name}_display")()

    return strawberry_django.field(
        resolver=resolver, only=[name], description="Tên hiển thị (tiếng Việt) của giá trị."
    )


def enum_field(name: str, enum):
    def resolver(root) -> enum:  # type: ignore[valid-type]
        return enum(getattr(root, name))

    resolver.__annotations__["return"] = enum
    return strawberry_django.field(resolver=resolver, only=[name])


# --- Home and sections ------------------------------------------------------------------


@strawberry.type(name="FeaturedItem", description="Nội dung nổi bật trên trang chủ.")
class FeaturedItemType:
    label: str
    page: PageInterface


@strawberry_django.type(HomePage, name="HomePage", description="Trang chủ của đơn vị/trang con.")
class HomePageType(PageInterface):
    intro = rich_text_field("intro")
    hero_image = image_field("hero_image", "Ảnh đầu trang.")
    about = rich_text_field("about", "Hồ sơ tổ chức (HTML).")
    address: str
    phone: str
    email: str

    @strawberry_django.field(
        prefetch_related=["featured_items"],
        description="Nội dung nổi bật theo thứ tự (trang không hiển thị được bị bỏ qua).",
    )
    def featured_items(self, root: HomePage, info: strawberry.Info) -> list[FeaturedItemType]:
        items = list(root.featured_items.all())
        ids = {item.page_id for item in items}
        visible = visibility_for(info).pages(Page.objects.filter(pk__in=ids)) if ids else []
        pages = {page.pk: page for page in load_specific(visible, info, optimize=False)}
        return [
            FeaturedItemType(label=item.label, page=pages[item.page_id])
            for item in items
            if item.page_id in pages
        ]


@strawberry_django.type(SectionPage, name="SectionPage", description="Chuyên mục.")
class SectionPageType(PageInterface):
    intro: str
    cover_image = image_field("cover_image", "Ảnh đại diện.")

    @strawberry_django.field(only=["topic"], prefetch_related=[prefetch("topic", TOPICS)])
    def topic(self, root: SectionPage, info: strawberry.Info) -> TopicType | None:
        return related_one(root, "topic", info, TOPICS)


# --- Articles and policy ----------------------------------------------------------------


@strawberry_django.type(ArticlePage, name="ArticlePage", description="Tin bài.")
class ArticlePageType(PageInterface):
    standfirst: str = strawberry_django.field(description="Sa-pô.")
    body = body_field()
    cover_image = image_field("cover_image", "Ảnh bìa.")
    author: str
    source: str
    source_url: str
    reading_minutes: int
    topics = topics_field()

    @strawberry_django.field(
        only=["published_on", "first_published_at"],
        description="Ngày đăng (mặc định: ngày xuất bản đầu tiên).",
    )
    def published_on(self, root: ArticlePage) -> datetime.date | None:
        if root.published_on:
            return root.published_on
        if root.first_published_at:
            return timezone.localdate(root.first_published_at)
        return None

    @strawberry_django.field(
        annotate=related_json("tags", ("name", "slug")), description="Từ khóa."
    )
    def tags(self, root: ArticlePage) -> list[TagType]:
        rows = json_rows(root, "tags")
        if rows is None:  # a draft from its revision, or a page loaded without the hint
            return [TagType(name=tag.name, slug=tag.slug) for tag in root.tags.all()]
        return [TagType(name=name, slug=slug) for name, slug in rows]


@strawberry_django.type(PolicyPage, name="PolicyPage", description="Giải thích chính sách.")
class PolicyPageType(PageInterface):
    standfirst: str
    policy_area = enum_field("policy_area", PolicyArea)
    policy_area_label = label_field("policy_area")
    body = body_field()
    cover_image = image_field("cover_image", "Ảnh bìa.")
    applies_from: datetime.date | None
    reviewed_on: datetime.date | None
    reading_minutes: int
    topics = topics_field()

    @strawberry_django.field(
        prefetch_related=[prefetch("related_documents", DOCUMENT_PAGES, many=True)],
        description="Văn bản được giải thích.",
    )
    def related_documents(self, root: PolicyPage, info: strawberry.Info) -> list[DocumentPageType]:
        return related_many(root, "related_documents", info, DOCUMENT_PAGES)


# --- Official documents -----------------------------------------------------------------


@strawberry_django.type(DocumentPage, name="DocumentPage", description="Văn bản có số hiệu.")
class DocumentPageType(PageInterface):
    document_number: str = strawberry_django.field(description="Số hiệu, ví dụ 18/KH-CĐN.")
    document_type = enum_field("document_type", DocumentKind)
    document_type_label = label_field("document_type")
    issuing_body: str
    signed_on: datetime.date
    effective_on: datetime.date | None
    signer: str
    signer_title: str
    summary: str = strawberry_django.field(description="Trích yếu.")
    body = body_field()
    status = enum_field("status", DocumentStatus)
    status_label = label_field("status")
    topics = topics_field()

    @strawberry_django.field(
        only=["file"], prefetch_related=[prefetch("file", DOCUMENTS)], description="Tệp văn bản."
    )
    def file(self, root: DocumentPage, info: strawberry.Info) -> DocumentType | None:
        return related_one(root, "file", info, DOCUMENTS)

    @strawberry_django.field(
        only=["superseded_by"],
        prefetch_related=[prefetch("superseded_by", DOCUMENT_PAGES)],
        description="Văn bản thay thế (nếu có).",
    )
    def superseded_by(self, root: DocumentPage, info: strawberry.Info) -> DocumentPageType | None:
        return related_one(root, "superseded_by", info, DOCUMENT_PAGES)


# --- Campaigns and events ---------------------------------------------------------------


@strawberry_django.type(CampaignPage, name="CampaignPage", description="Chiến dịch.")
class CampaignPageType(PageInterface):
    kind = enum_field("kind", CampaignKind)
    kind_label = label_field("kind")
    standfirst: str
    start_date: datetime.date
    end_date: datetime.date
    theme: str
    hashtag: str
    cover_image = image_field("cover_image", "Ảnh bìa.")
    body = body_field()
    topics = topics_field()

    @strawberry_django.field(prefetch_related=["key_messages"], description="Thông điệp chính.")
    def key_messages(self, root: CampaignPage) -> list[str]:
        return [message.text for message in root.key_messages.all()]


@strawberry.type(name="EventVenue", description="Một điểm cầu của sự kiện.")
class EventVenueType:
    name: str
    address: str
    online_url: str


@strawberry_django.type(EventPage, name="EventPage", description="Sự kiện.")
class EventPageType(PageInterface):
    standfirst: str
    start_at: datetime.datetime
    end_at: datetime.datetime | None
    attendance_mode = enum_field("attendance_mode", AttendanceMode)
    attendance_mode_label = label_field("attendance_mode")
    place_name: str
    address: str
    online_url: str
    organiser: str
    registration_url: str
    cover_image = image_field("cover_image", "Ảnh bìa.")
    body = body_field()
    topics = topics_field()

    @strawberry_django.field(prefetch_related=["venues"], description="Các điểm cầu.")
    def venues(self, root: EventPage) -> list[EventVenueType]:
        return [
            EventVenueType(name=v.name, address=v.address, online_url=v.online_url)
            for v in root.venues.all()
        ]


# --- Q&A, media, stories, forms ---------------------------------------------------------


@strawberry_django.type(QuestionPage, name="QuestionPage", description="Hỏi - đáp.")
class QuestionPageType(PageInterface):
    question: str
    asker: str
    answer = rich_text_field("answer", "Câu trả lời (HTML).")
    legal_basis: str
    answered_by: str
    answered_on: datetime.date | None

    @strawberry_django.field(only=["topic"], prefetch_related=[prefetch("topic", TOPICS)])
    def topic(self, root: QuestionPage, info: strawberry.Info) -> TopicType | None:
        return related_one(root, "topic", info, TOPICS)

    @strawberry_django.field(
        prefetch_related=[prefetch("legal_documents", DOCUMENT_PAGES, many=True)],
        description="Văn bản pháp luật được dẫn.",
    )
    def legal_documents(self, root: QuestionPage, info: strawberry.Info) -> list[DocumentPageType]:
        return related_many(root, "legal_documents", info, DOCUMENT_PAGES)


@strawberry.type(name="GalleryImage", description="Một ảnh của bộ ảnh.")
class GalleryImageType:
    image: ImageType
    caption: str
    credit: str


def _prefetch_gallery(info) -> Prefetch:
    images = GalleryImage.objects.prefetch_related(prefetch("image", IMAGES)(info))
    return Prefetch("gallery_images", queryset=images)


@strawberry_django.type(GalleryPage, name="GalleryPage", description="Bộ ảnh.")
class GalleryPageType(PageInterface):
    intro: str
    taken_on: datetime.date | None
    photographer: str
    topics = topics_field()

    @strawberry_django.field(
        prefetch_related=[_prefetch_gallery],
        description="Các ảnh theo thứ tự (ảnh riêng tư bị bỏ qua).",
    )
    def images(self, root: GalleryPage, info: strawberry.Info) -> list[GalleryImageType]:
        result = []
        for item in root.gallery_images.all():
            image = related_one(item, "image", info, IMAGES)
            if image is not None:
                result.append(
                    GalleryImageType(image=image, caption=item.caption, credit=item.credit)
                )
        return result


@strawberry_django.type(VideoPage, name="VideoPage", description="Video.")
class VideoPageType(PageInterface):
    video_url: str
    description: str
    thumbnail = image_field("thumbnail", "Ảnh đại diện.")
    duration_seconds: int | None
    transcript: str
    topics = topics_field()


@strawberry_django.type(InfographicPage, name="InfographicPage", description="Đồ họa thông tin.")
class InfographicPageType(PageInterface):
    image = image_field("image", "Ảnh đồ họa.")
    description: str
    text_alternative = rich_text_field("text_alternative", "Nội dung dạng chữ (HTML).")
    source: str
    topics = topics_field()


@strawberry_django.type(ModelStoryPage, name="ModelStoryPage", description="Gương điển hình.")
class ModelStoryPageType(PageInterface):
    person_name: str
    person_role: str
    workplace: str
    portrait = image_field("portrait", "Ảnh chân dung.")
    standfirst: str
    achievements: str
    body = body_field()
    reading_minutes: int
    topics = topics_field()


@strawberry.type(name="FormField", description="Một trường của biểu mẫu.")
class FormFieldType:
    name: str = strawberry.field(description="Tên trường khi gửi dữ liệu (clean_name).")
    label: str
    field_type: str = strawberry.field(description="singleline, multiline, email, dropdown…")
    required: bool
    choices: list[str]
    default_value: str
    help_text: str


@strawberry_django.type(FormPage, name="FormPage", description="Biểu mẫu khảo sát/đăng ký.")
class FormPageType(PageInterface):
    intro = rich_text_field("intro")
    thank_you_text = rich_text_field("thank_you_text", "Lời cảm ơn sau khi gửi (HTML).")
    closes_at: datetime.datetime | None

    @strawberry_django.field(only=["closes_at"], description="Đã hết hạn nhận trả lời.")
    def is_closed(self, root: FormPage) -> bool:
        return root.is_closed

    @strawberry_django.field(prefetch_related=["form_fields"], description="Các trường.")
    def form_fields(self, root: FormPage) -> list[FormFieldType]:
        return [
            FormFieldType(
                name=field.clean_name,
                label=field.label,
                field_type=field.field_type,
                required=field.required,
                choices=[c.strip() for c in (field.choices or "").splitlines() if c.strip()],
                default_value=field.default_value or "",
                help_text=field.help_text or "",
            )
            for field in root.form_fields.all()
        ]


PAGE_TYPES = [
    (HomePage, HomePageType),
    (SectionPage, SectionPageType),
    (ArticlePage, ArticlePageType),
    (PolicyPage, PolicyPageType),
    (DocumentPage, DocumentPageType),
    (CampaignPage, CampaignPageType),
    (EventPage, EventPageType),
    (QuestionPage, QuestionPageType),
    (GalleryPage, GalleryPageType),
    (VideoPage, VideoPageType),
    (InfographicPage, InfographicPageType),
    (ModelStoryPage, ModelStoryPageType),
    (FormPage, FormPageType),
]
for _model, _type in PAGE_TYPES:
    register_page_type(_model, _type)
