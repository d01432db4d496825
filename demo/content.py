"""Vietnamese demo content of every page type, written idempotently into one tenant.

The sample text is in ``demo/data/content.json``; this module only places it. Pages are looked
up by slug under their parent, images and files by title, snippets by slug, so re-running
creates nothing twice. Images and PDF files are drawn locally with Pillow. Events are dated
relative to today so that the demo always has upcoming ones.
"""

from __future__ import annotations

import datetime
import io
import json
import random
from pathlib import Path

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

DATA = json.loads((Path(__file__).parent / "data" / "content.json").read_text("utf-8"))

NATIONAL_ARTICLES = DATA["national_articles"]
OTHER_ARTICLES = DATA["other_articles"]
# (title, standfirst, paragraphs, topic slugs)
ARTICLES = [(a["title"], a["standfirst"], a["paragraphs"], a["topics"]) for a in DATA["articles"]]
PLACES = DATA["places"]
# Local news generated per place: (title, standfirst, paragraph, topic slug).
LOCAL_NEWS = [(n["title"], n["standfirst"], n["paragraph"], n["topic"]) for n in DATA["local_news"]]
POLICIES = [(p["title"], p["area"], p["standfirst"], p["topic"]) for p in DATA["policies"]]
DOCUMENTS = [
    (d["title"], d["number"], d["type"], d["summary"], datetime.date.fromisoformat(d["signed_on"]))
    for d in DATA["documents"]
]
QUESTIONS = [
    (q["title"], q["question"], q["asker"], q["answer"], q["topic"], q["legal_basis"])
    for q in DATA["questions"]
]
CAMPAIGNS = [
    (
        c["title"],
        c["kind"],
        datetime.date.fromisoformat(c["start"]),
        datetime.date.fromisoformat(c["end"]),
        c["theme"],
        c["hashtag"],
        c["messages"],
    )
    for c in DATA["campaigns"]
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
            section["key"]: self.page(
                self.home, SectionPage, section["title"], intro=section["intro"]
            )[0]
            for section in DATA["sections"]
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
        """The events of ``data/content.json``, ``days_ahead`` days from today. An event
        seeded on an earlier day that has since passed moves forward again, so the demo
        always has upcoming events; on the same day a re-run changes nothing."""
        from cms.models import EventVenue

        today = timezone.localdate()
        for spec in DATA["events"]:
            day = today + datetime.timedelta(days=spec["days_ahead"])
            start_at, end_at = (
                timezone.make_aware(
                    datetime.datetime.combine(day, datetime.time.fromisoformat(spec[key]))
                )
                for key in ("start", "end")
            )
            optional = {
                key: spec[key] for key in ("place_name", "address", "online_url") if key in spec
            }
            event, created = self.page(
                parent,
                EventPage,
                spec["title"],
                standfirst=spec["standfirst"],
                start_at=start_at,
                end_at=end_at,
                attendance_mode=spec["attendance_mode"],
                organiser=self.tenant_name,
                topics=spec.get("topics", []),
                _venues=[EventVenue(**venue) for venue in spec.get("venues", [])],
                **optional,
            )
            if not created and event.start_at < timezone.now():
                event.start_at, event.end_at = start_at, end_at
                event.save_revision().publish()

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
        for index, story in enumerate(DATA["stories"]):
            standfirst, name = story["standfirst"], story["person_name"]
            self.page(
                parent,
                ModelStoryPage,
                story["title"],
                person_name=name,
                person_role=story["person_role"],
                workplace=story["workplace"],
                portrait=self.images[(index + 3) % len(self.images)],
                standfirst=standfirst,
                achievements=story["achievements"],
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
