"""Public Q&A from answered questions, and the pages voice writes into a tenant's Wagtail.

An answered question becomes a public ``cms.QuestionPage`` (the project's Q&A page type,
already served by GraphQL as ``QuestionPage`` and listed by ``questions``) only when:

1. the asker gave the ``publish_qa`` consent and has not withdrawn it;
2. its text is scrubbed of personal data (``voice.scrub.scrub``, with the case's own contact
   name) — question, title and answer;
3. an editor approves it: ``voice.actions.publish_qa.PublishQA`` (run by a handler of the
   case) creates the page as a **draft** in the Wagtail of the tenant that holds the handling
   organisation's content (its own tenant, or the host tenant of its microsite, under the
   microsite's root page). Nothing is public until an editor of that tenant reads the draft
   and publishes it through Wagtail's normal publishing or moderation workflow.

The page is linked from the case (``Case.qa_schema`` + ``Case.qa_page_id``). When the asker
withdraws the consent (or the case is erased), ``unpublish_for(case)`` takes the page down
at once: unpublished and deleted with its revisions, draft or live.

``suggest_answers(text)`` gives the intake form the published Q&A pages of the active tenant
that match a question being typed (accent-insensitive search of ``cms.search``).
"""

from __future__ import annotations

import html
import logging

from django.db import transaction
from django.utils import timezone
from django_tenants.utils import schema_context

from cms.search import search_pages
from congdoan.text import fold, vn_slugify
from voice.models import Case, MessageKind, Purpose
from voice.scrub import scrub

logger = logging.getLogger(__name__)

ASKER = "Người lao động"
SUGGESTIONS = 5
# Words too common to tell questions apart (accent-folded).
_STOP_TEXT = (
    "toi em minh la co khong thi va voi cho cua cac nhung mot duoc bi de khi nao gi the "
    "nay do ay vay a ha nhe a oi xin hoi cam on ban anh chi ong ba lam sao neu ma hay "
    "da dang se tu den o tai trong ve theo nhu"
)
STOP_WORDS = frozenset(_STOP_TEXT.split())
MAX_QUERY_WORDS = 12


# --- where voice writes pages -------------------------------------------------------------


def publishing_tenant(org):
    """The tenant whose Wagtail holds ``org``'s content (its own, or its microsite's host,
    or the nearest ancestor tenant), or None."""
    return org.hosting_tenant() if org is not None else None


def content_root(org):
    """The page under which ``org`` publishes, in the ACTIVE schema (that of
    ``publishing_tenant(org)``): its microsite root, else the tenant's home page."""
    from wagtail.models import Page, Site

    if org.microsite_host_id and org.microsite_page_id and not org.tenant_id:
        page = Page.objects.filter(pk=org.microsite_page_id).first()
        if page is not None:
            return page.specific
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site.root_page.specific if site else None


def paragraphs(text: str) -> str:
    """Plain text as rich-text HTML, one paragraph a line."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return "".join(f"<p>{html.escape(line)}</p>" for line in lines)


# --- consent and text ---------------------------------------------------------------------


def has_publish_consent(case: Case) -> bool:
    return case.consents.filter(purpose=Purpose.PUBLISH_QA, withdrawn_at__isnull=True).exists()


def scrubbed(case: Case, text: str) -> str:
    return scrub(text, names=[case.contact_name] if case.contact_name else [])


def last_answer(case: Case):
    """The latest answer message of the case, or None."""
    return case.messages.filter(kind=MessageKind.ANSWER).order_by("-created_at", "-id").first()


def cms_topic(case: Case):
    """The tenant's ``cms.Topic`` (active schema) for the case's topic ("Khác" when it has
    none): the topic whose slug is that of the label or of its first part ("Tiền lương,
    thu nhập" -> "tien-luong-thu-nhap" or "tien-luong"); created under the full label when
    the tenant has neither (a Q&A page must have a topic)."""
    from cms.models import Topic
    from voice.models import Topic as CaseTopic

    label = CaseTopic(case.topic or CaseTopic.OTHER).label
    candidates = [vn_slugify(label), vn_slugify(label.split(",")[0])]
    for slug in candidates:
        topic = Topic.objects.filter(slug=slug).first()
        if topic is not None:
            return topic
    topic = Topic.objects.filter(name__iexact=label).first()
    return topic or Topic.objects.create(name=label, slug=candidates[0])


# --- the page of a case -------------------------------------------------------------------


def qa_page(case: Case):
    """The case's Q&A page (draft or live, specific), read in its schema; None if none."""
    from wagtail.models import Page

    if not case.qa_schema or not case.qa_page_id:
        return None
    with schema_context(case.qa_schema):
        page = Page.objects.filter(pk=case.qa_page_id).first()
        return page.specific if page is not None else None


def unpublish_for(case: Case, reason: str = "") -> bool:
    """Take the case's Q&A page down at once (unpublished, then deleted with its revisions)
    and unlink it from the case. True when a page was removed. Called when the asker
    withdraws the ``publish_qa`` consent and when the case is erased."""
    from wagtail.models import Page

    removed = False
    if case.qa_schema and case.qa_page_id:
        with transaction.atomic(), schema_context(case.qa_schema):
            page = Page.objects.filter(pk=case.qa_page_id).first()
            if page is not None:
                page = page.specific
                if page.live:
                    page.unpublish(log_action=None)
                page.delete()
                removed = True
    Case.objects.filter(pk=case.pk).update(qa_schema="", qa_page_id=None)
    case.qa_schema, case.qa_page_id = "", None
    if removed:
        logger.info("voice: trang hỏi đáp của vụ việc #%s đã gỡ (%s)", case.pk, reason or "-")
    return removed


# The name the personal-data helper calls (voice.actions.erase_case.unpublish_qa).
unpublish = unpublish_for


# --- suggestions for the intake form ------------------------------------------------------


def query_words(text: str) -> list[str]:
    """The telling words of ``text`` for a search: stop words left out, longest first."""
    seen, out = set(), []
    for word in (text or "").split():
        word = word.strip(".,;:!?\"'()[]…“”").lower()
        key = fold(word)
        if len(key) < 2 or key in STOP_WORDS or key in seen or not any(c.isalpha() for c in key):
            continue
        seen.add(key)
        out.append(word)
    return out[:MAX_QUERY_WORDS]


def suggest_answers(text: str, limit: int = SUGGESTIONS) -> list:
    """Published, public Q&A pages of the active tenant matching ``text`` (any of its
    telling words, accents optional), best first."""
    from cms.models import QuestionPage

    words = query_words(text)
    if not words:
        return []
    queryset = QuestionPage.objects.live().public()
    return list(search_pages(" ".join(words), queryset, operator="or")[:limit])


def search(text: str, limit: int = SUGGESTIONS) -> list[dict]:
    """``suggest_answers`` as plain data for the intake form: title, URL (relative to the
    tenant's site) and a short summary of the answer."""
    from django.utils.html import strip_tags
    from django.utils.text import Truncator

    out = []
    for page in suggest_answers(text, limit):
        answer = " ".join(strip_tags(html.unescape(page.answer or "")).split())
        out.append(
            {
                "title": page.title,
                "url": page.get_url() or page.url_path,
                "summary": Truncator(answer).chars(200),
            }
        )
    return out


def answered_on(case: Case):
    return timezone.localdate(case.answered_at) if case.answered_at else timezone.localdate()
