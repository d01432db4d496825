"""A handler records the verdict on a misinformation cluster; every reporter is told.

The verdict (``Verdict``), its explanation and optionally a response article: an existing
published page of the organisation's tenant (``response_page_id``), or a new DRAFT
``cms.ArticlePage`` written there with the verdict and explanation (``create_article``), for
the tenant's editors to complete and publish. Every report of the cluster still open or
answered is answered and closed through the state machine, and ``case_changed`` is sent
with action ``verdict`` for each: ``voice.notify`` tells each reporter (a notice message
per case, text from ``voice.misinfo.verdict_text``).

The first verdict's time stays the cluster's ``verdict_at`` (the handled rate counts it);
recording again corrects the verdict, explanation or article and answers the reports that
joined since.
"""

from __future__ import annotations

import pghistory
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from django.utils import timezone
from django_tenants.utils import schema_context

from congdoan.actions import Action
from congdoan.text import has_visible_text, nfc
from voice import access, qa
from voice.models import Case, MisinformationCluster, Status, Verdict
from voice.signals import case_changed

MAX_EXPLANATION = 5000
MAX_TITLE = 255
TOLD_STATUSES = (Status.NEW, Status.IN_PROGRESS, Status.ANSWERED)


class ClusterNotFound(ObjectDoesNotExist):
    """The cluster does not exist, or not for this actor (the same answer either way)."""

    message = "Không tìm thấy nhóm phản ánh."


def can_handle_cluster(user, cluster: MisinformationCluster) -> bool:
    """A handler of the cluster's organisation or of an ancestor (or a superuser)."""
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    path = cluster.organization.path
    return any(path.startswith(prefix) for prefix, _role in access.handler_roles(user))


class RecordVerdict(Action):
    """``RecordVerdict(cluster, verdict=..., explanation=..., title="", response_page_id=None,
    create_article=False, actor=user).execute()`` -> the list of reports answered."""

    public = True
    action = "verdict"

    def __init__(
        self,
        cluster: MisinformationCluster | int,
        *,
        verdict: str,
        explanation: str,
        title: str = "",
        response_page_id: int | None = None,
        create_article: bool = False,
        actor=None,
    ):
        super().__init__(actor=actor)
        self.cluster_id = cluster.pk if isinstance(cluster, MisinformationCluster) else cluster
        self.verdict = verdict or ""
        self.explanation = nfc(explanation or "").strip()
        self.title = " ".join(nfc(title or "").split())
        self.response_page_id = response_page_id
        self.create_article = bool(create_article)

    def prepare(self) -> None:
        try:
            self.cluster = (
                MisinformationCluster.objects.select_for_update()
                .select_related("organization")
                .get(pk=self.cluster_id)
            )
        except (MisinformationCluster.DoesNotExist, ValueError, TypeError):
            raise ClusterNotFound(ClusterNotFound.message) from None

    def validate(self) -> None:
        errors = {}
        if self.verdict not in Verdict.values:
            errors["verdict"] = "Vui lòng chọn kết luận."
        if not has_visible_text(self.explanation):
            errors["explanation"] = "Vui lòng nhập giải thích kết luận."
        elif len(self.explanation) > MAX_EXPLANATION:
            errors["explanation"] = f"Giải thích dài tối đa {MAX_EXPLANATION:,} ký tự.".replace(
                ",", "."
            )
        if len(self.title) > MAX_TITLE:
            errors["title"] = f"Tóm tắt dài tối đa {MAX_TITLE} ký tự."
        if self.response_page_id and self.create_article:
            errors["response_page_id"] = (
                "Chọn một trong hai: liên kết bài đã đăng hoặc tạo bài viết mới."
            )
        self.tenant = qa.publishing_tenant(self.cluster.organization)
        if (self.response_page_id or self.create_article) and self.tenant is None:
            errors["__all__"] = f"{self.cluster.organization.name} chưa có trang để đăng bài."
        elif self.response_page_id:
            self.response_page = self._live_page(self.response_page_id)
            if self.response_page is None:
                errors["response_page_id"] = (
                    f"Không tìm thấy bài đã xuất bản số {self.response_page_id} trên trang của "
                    f"{self.tenant}."
                )
        if errors:
            raise ValidationError(errors)

    def _live_page(self, page_id):
        from wagtail.models import Page

        try:
            page_id = int(page_id)
        except (TypeError, ValueError):
            return None
        with schema_context(self.tenant.schema_name):
            page = Page.objects.live().filter(pk=page_id, depth__gt=1).first()
            if page is None:
                return None
            return page, page.get_full_url() or ""

    def check_permission(self) -> None:
        if self.actor is not None and not can_handle_cluster(self.actor, self.cluster):
            raise ClusterNotFound(ClusterNotFound.message)

    def execute(self):
        actor_id = getattr(self.actor, "pk", None)
        with transaction.atomic(), pghistory.context(action=self.action, actor=actor_id):
            return super().execute()

    def perform(self) -> list[Case]:
        cluster = self.cluster
        now = timezone.now()
        cluster.verdict = self.verdict
        cluster.verdict_note = self.explanation
        if cluster.verdict_at is None:
            cluster.verdict_at = now
        cluster.verdict_by = self.actor_row
        if self.title:
            cluster.title = self.title
        if self.response_page_id:
            page, url = self.response_page
            cluster.response_schema = self.tenant.schema_name
            cluster.response_page_id = page.pk
            cluster.response_url = url[:500]
        elif self.create_article:
            page = self._draft_article()
            cluster.response_schema = self.tenant.schema_name
            cluster.response_page_id = page.pk
            cluster.response_url = ""
        cluster.save()

        told = []
        reports = (
            Case.objects.select_for_update()
            .filter(cluster=cluster, status__in=TOLD_STATUSES, erased_at__isnull=True)
            .order_by("received_at", "pk")
        )
        for case in reports:
            if case.status in (Status.NEW, Status.IN_PROGRESS):
                case.answer()
                case.answered_at = now
                if case.first_response_at is None:
                    case.first_response_at = now
            case.close()
            case.closed_at = now
            case.save()
            case.cluster = cluster
            told.append(case)
        return told

    def _draft_article(self):
        from cms import page_fields
        from cms.models import ArticlePage

        verdict = Verdict(self.verdict).label
        heading = self.title or "Thông tin được phản ánh"
        with schema_context(self.tenant.schema_name):
            parent = qa.content_root(self.cluster.organization)
            if parent is None or ArticlePage not in parent.specific_class.allowed_subpage_models():
                raise ValidationError(f"Không thể tạo bài viết trên trang của {self.tenant}.")
            page = ArticlePage(title=f"{verdict}: {heading}"[:MAX_TITLE], live=False)
            page_fields.fill(
                page,
                summary_text=f"Kết luận: {verdict}.",
                body_value=qa.paragraphs(self.explanation),
                body_text=self.explanation,
            )
            parent.add_child(instance=page)
            page.save_revision(user=self.actor_row)
            return page

    def signal(self, told) -> None:
        for case in told:
            case_changed.send(
                sender=type(self),
                action=self.action,
                case=case,
                actor=self.actor,
                organization=case.organization,
            )
