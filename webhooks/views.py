"""The endpoints' admin (Cài đặt → Webhook), only for the tenant's admins: Wagtail's generic
model views restricted to the active tenant's endpoints and writing through the actions,
plus the delivery log with replay and the secret rotation."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_POST
from wagtail.admin.views import generic
from wagtail.permission_policies.base import BasePermissionPolicy

from webhooks import events
from webhooks.actions import (
    CreateEndpoint,
    DeleteEndpoint,
    ReplayDelivery,
    RotateSecret,
    UpdateEndpoint,
)
from webhooks.forms import active_tenant
from webhooks.models import Attempt, Delivery, Endpoint
from webhooks.permissions import is_tenant_admin


class EndpointPermissionPolicy(BasePermissionPolicy):
    """Every action on endpoints belongs to the active tenant's admins, and only on that
    tenant's endpoints."""

    def user_has_permission(self, user, action):
        return is_tenant_admin(user, active_tenant())

    def user_has_any_permission(self, user, actions):
        return self.user_has_permission(user, None)

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        tenant = active_tenant()
        return get_user_model().objects.filter(
            tenant_roles__tenant=tenant, tenant_roles__role="admin"
        )

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])

    def user_has_permission_for_instance(self, user, action, instance):
        tenant = active_tenant()
        return (
            tenant is not None
            and instance.tenant_id == tenant.pk
            and self.user_has_permission(user, action)
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_permission_for_instance(user, None, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        tenant = active_tenant()
        if tenant is None or not is_tenant_admin(user, tenant):
            return Endpoint.objects.none()
        return Endpoint.objects.for_tenant(tenant)

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])


def tenant_endpoints():
    tenant = active_tenant()
    if tenant is None:
        return Endpoint.objects.none()
    return Endpoint.objects.for_tenant(tenant)


def endpoint_or_404(request, pk) -> Endpoint:
    endpoint = get_object_or_404(tenant_endpoints().select_related("tenant"), pk=pk)
    if not is_tenant_admin(request.user, endpoint.tenant):
        raise PermissionDenied
    return endpoint


def show_secret(request, endpoint, secret, intro):
    messages.success(
        request,
        f"{intro} Khóa bí mật (chỉ hiện một lần, hãy sao chép ngay vào máy nhận): {secret}",
        extra_tags="webhook-secret",
    )


class TenantObjectMixin:
    def get_object(self, queryset=None):
        return endpoint_or_404(self.request, self.kwargs[self.pk_url_kwarg])


class TenantObjectsMixin:
    """Object views of Wagtail that find their object through ``get_base_object_queryset``
    (history, usage): only the active tenant's endpoints."""

    def get_base_object_queryset(self):
        return tenant_endpoints()


class HistoryView(TenantObjectsMixin, generic.HistoryView):
    pass


class UsageView(TenantObjectsMixin, generic.UsageView):
    pass


class IndexView(generic.IndexView):
    def get_base_queryset(self):
        return tenant_endpoints().select_related("organization")


class CreateView(generic.CreateView):
    success_message = "Đã thêm điểm nhận webhook \u201c%(object)s\u201d."

    def save_instance(self):
        data = self.form.cleaned_data
        try:
            endpoint, secret = CreateEndpoint(
                active_tenant(),
                url=data["url"],
                description=data.get("description", ""),
                secret=data.get("secret", ""),
                enabled=data.get("enabled", False),
                events=data["events"],
                page_types=data.get("page_types") or [],
                organization=data.get("organization"),
                actor=self.request.user,
            ).execute()
        except ValidationError as exc:
            raise _FormError(exc) from exc
        self._secret = secret
        return endpoint

    def form_valid(self, form):
        try:
            response = super().form_valid(form)
        except _FormError as exc:
            _apply_errors(form, exc.error)
            return self.form_invalid(form)
        show_secret(self.request, self.object, self._secret, "Điểm nhận đã được tạo.")
        return response

    def get_success_url(self):
        return reverse("webhooks_endpoint:edit", args=[self.object.pk])


class EditView(TenantObjectMixin, generic.EditView):
    success_message = "Đã lưu điểm nhận webhook \u201c%(object)s\u201d."
    template_name = "webhooks/endpoint_edit.html"

    def save_instance(self):
        data = self.form.cleaned_data
        try:
            return UpdateEndpoint(
                self.object,
                url=data["url"],
                description=data.get("description", ""),
                enabled=data.get("enabled", False),
                events=data["events"],
                page_types=data.get("page_types") or [],
                organization=data.get("organization"),
                actor=self.request.user,
            ).execute()
        except ValidationError as exc:
            raise _FormError(exc) from exc

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except _FormError as exc:
            _apply_errors(form, exc.error)
            return self.form_invalid(form)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        endpoint = self.object
        context["endpoint"] = endpoint
        context["log_url"] = reverse("webhooks_endpoint:log", args=[endpoint.pk])
        context["rotate_url"] = reverse("webhooks_endpoint:rotate", args=[endpoint.pk])
        return context


class DeleteView(TenantObjectMixin, generic.DeleteView):
    success_message = "Đã xóa điểm nhận webhook \u201c%(object)s\u201d."

    def delete_action(self):
        DeleteEndpoint(self.object, actor=self.request.user).execute()


class _FormError(Exception):
    def __init__(self, error: ValidationError):
        super().__init__(error)
        self.error = error


def _apply_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, messages_ in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages_)
    else:
        form.add_error(None, error.messages)


@require_POST
def rotate_secret(request, pk):
    endpoint = endpoint_or_404(request, pk)
    secret = RotateSecret(endpoint, actor=request.user).execute()
    show_secret(
        request,
        endpoint,
        secret,
        "Đã đổi khóa bí mật. Khóa cũ vẫn ký kèm trong 24 giờ để máy nhận kịp chuyển.",
    )
    return redirect("webhooks_endpoint:edit", pk)


def delivery_log(request, pk):
    endpoint = endpoint_or_404(request, pk)
    deliveries = endpoint.deliveries.prefetch_related(
        Prefetch("attempt_log", queryset=Attempt.objects.order_by("number"))
    ).order_by("-id")
    page = Paginator(deliveries, 25).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "webhooks/delivery_log.html",
        {
            "endpoint": endpoint,
            "deliveries": page,
            "event_label": events.label,
            "edit_url": reverse("webhooks_endpoint:edit", args=[endpoint.pk]),
        },
    )


@require_POST
def replay(request, pk, delivery_pk):
    endpoint = endpoint_or_404(request, pk)
    delivery = (
        Delivery.objects.filter(endpoint=endpoint, pk=delivery_pk)
        .select_related("endpoint__tenant")
        .first()
    )
    if delivery is None:
        raise Http404
    try:
        ReplayDelivery(delivery, actor=request.user).execute()
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"Đã xếp lịch gửi lại {delivery.message_id}.")
    return redirect("webhooks_endpoint:log", pk)
