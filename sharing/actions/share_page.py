from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError

from hierarchy.models import Organization
from sharing.actions.issue import IssueShare
from sharing.permissions import content_org_for_page
from sharing.scope import ScopeSpec
from sharing.snapshot import build_snapshot


class SharePage(IssueShare):
    """Share the live ``page`` of the active tenant with ``scope``. The issuer is the
    organisation the page belongs to (or one of its ancestors, if given)."""

    def __init__(
        self,
        page,
        scope: ScopeSpec,
        *,
        actor,
        issuer: Organization | None = None,
        mandatory: bool = False,
        expires_at=None,
    ):
        super().__init__(
            issuer=issuer,
            source_org=None,
            source_tenant=None,
            source_page_id=page.pk,
            snapshot={},
            scope=scope,
            mandatory=mandatory,
            expires_at=expires_at,
            actor=actor,
        )
        self.page = page

    def prepare(self):
        self.source_tenant = self.current_tenant()
        self.page = self.page.specific

    def validate(self):
        if not self.page.live:
            raise ValidationError("Chỉ chia sẻ được trang đang xuất bản: hãy xuất bản trang trước.")
        source = content_org_for_page(self.page, self.source_tenant)
        self.source_org = source
        self.issuer = self.issuer or source
        if not source.path.startswith(self.issuer.path):
            raise PermissionDenied(
                f"{self.issuer.name} không thể chia sẻ bài của {source.name} "
                "(không phải đơn vị cấp dưới)."
            )
        super().validate()

    def perform(self):
        self.snapshot = build_snapshot(self.page)
        return super().perform()
