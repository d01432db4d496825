"""The admin's "Xem trước trên trang web" action: a signed preview link to the frontend."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from wagtail.models import Page

from graphql_api.content.preview import preview_url_for
from graphql_api.models import ApiSettings


def frontend_preview(request, page_id: int):
    """Redirect an editor to ``<frontend_preview_url>?token=…&id=…&type=…`` for the page's
    latest revision (save the draft first). Needs edit or publish permission on the page."""
    page = get_object_or_404(Page, pk=page_id)
    permissions = page.permissions_for_user(request.user)
    if not (permissions.can_edit() or permissions.can_publish()):
        raise PermissionDenied("Bạn không có quyền xem trước trang này.")
    base_url = ApiSettings.load(request_or_site=request).frontend_preview_url
    if not base_url:
        if request.user.has_perm("graphql_api.change_apisettings"):
            message = (
                "Chưa cấu hình địa chỉ xem trước của frontend: vào Cài đặt → cấu hình API và "
                "điền “địa chỉ xem trước của frontend”."
            )
        else:
            message = (
                "Trang web của đơn vị chưa có địa chỉ xem trước. Hãy đề nghị quản trị viên "
                "của đơn vị cấu hình; trong lúc chờ, dùng nút “Xem trước” của trình soạn thảo."
            )
        messages.error(request, message)
        return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return redirect(preview_url_for(page, page.latest_revision, base_url))
