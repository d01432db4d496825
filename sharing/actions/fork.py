from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from sharing.actions._content import _fill, _fork_model, content_root_page
from sharing.actions.base import ReceiverAction
from sharing.models import AuditAction
from sharing.snapshot import text_of


class ForkShare(ReceiverAction):
    """Adapt the share into a draft local page of ``org`` (in the active tenant), linked to
    its origin. Returns the new page."""

    what = "tạo bài riêng từ nội dung được chia sẻ"

    def prepare(self):
        self.tenant = self.current_tenant()
        super().prepare()

    def check_permission(self):
        super().check_permission()
        if self.receiver.hosting_tenant_id() != self.tenant.pk:
            raise PermissionDenied(f"Nội dung của {self.org.name} không đăng trên trang này.")

    def perform(self):
        share, org = self.share, self.org
        receipt = self.receipt()
        if receipt.is_forked:
            raise ValidationError(f"{org.name} đã có bài riêng từ nội dung này.")
        parent = content_root_page(org, self.receiver)
        if parent is None:
            raise ValidationError(f"{org.name} chưa có trang để đăng bài.")
        parent = parent.specific
        model = _fork_model(share.snapshot, parent)
        page = model(title=share.snapshot.get("title") or share.title, live=False)
        _fill(page, share.snapshot)
        parent.add_child(instance=page)
        page.save_revision(user=self.actor_row)
        now = timezone.now()
        receipt.fork_tenant = self.tenant
        receipt.fork_page_id = page.pk
        receipt.fork_revision_id = share.revision_id
        receipt.fork_base = text_of(share.snapshot)
        receipt.forked_at = now
        receipt.seen_at = now
        receipt.save()
        return page

    def audit(self, page):
        self.record(
            AuditAction.FORK,
            share=self.share,
            organization=self.org,
            tenant=self.tenant.schema_name,
            page_id=page.pk,
            revision_id=self.share.revision_id,
        )
