"""Tell a tenant's admins that one of their webhook endpoints was disabled (e-mail through
Django's ``EMAIL_BACKEND``; the admin shows the reason on the endpoint itself)."""

from __future__ import annotations

import logging

from django.core.mail import send_mail

from accounts.roles import Role

logger = logging.getLogger(__name__)


def admin_emails(tenant) -> list[str]:
    from tenants.models import TenantRole

    return sorted(
        set(
            TenantRole.objects.filter(tenant=tenant, role=Role.ADMIN, user__is_active=True)
            .exclude(user__email="")
            .values_list("user__email", flat=True)
        )
    )


def endpoint_disabled(endpoint_id: int) -> int:
    from webhooks.models import Endpoint

    endpoint = Endpoint.objects.select_related("tenant").filter(pk=endpoint_id).first()
    if endpoint is None:
        return 0
    recipients = admin_emails(endpoint.tenant)
    if not recipients:
        logger.warning("Webhook endpoint %s disabled; tenant has no admin to tell", endpoint_id)
        return 0
    body = (
        f'Điểm nhận webhook "{endpoint}" ({endpoint.url}) của {endpoint.tenant.name} '
        f"đã bị tự động tắt.\n\nLý do: {endpoint.disabled_reason}\n\n"
        "Các sự kiện mới sẽ không được gửi tới địa chỉ này cho đến khi bạn sửa lỗi ở máy "
        "nhận và bật lại điểm nhận trong trang quản trị (Cài đặt → Webhook). Các lần gửi "
        "thất bại có thể gửi lại từ nhật ký gửi.\n"
    )
    return send_mail(
        f"[{endpoint.tenant.name}] Webhook đã bị tắt: {endpoint}",
        body,
        None,
        recipients,
        fail_silently=True,
    )
