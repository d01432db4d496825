"""Tenant roles in the platform's Django admin.

Every change goes through ``GrantRole``/``RevokeRole``: for a tenant that an organisation
holds the role is granted on the organisation (the authoritative record) and the row shown
here is derived from it, so it survives later changes of the organisation's roles."""

from django.contrib import admin

from hierarchy.actions import GrantRole, RevokeRole
from tenants.models import TenantRole


@admin.register(TenantRole)
class TenantRoleAdmin(admin.ModelAdmin):
    list_display = ["user", "tenant", "role", "granted_at"]
    list_filter = ["role", "tenant"]
    search_fields = ["user__email", "tenant__name"]
    autocomplete_fields = ["user", "tenant"]
    readonly_fields = ["granted_by"]

    def save_model(self, request, obj, form, change):
        if change and "role" in form.changed_data:
            RevokeRole(obj.user, obj.tenant, form.initial["role"], actor=request.user).execute()
        GrantRole(obj.user, obj.tenant, obj.role, actor=request.user).execute()
        saved = TenantRole.objects.get(user=obj.user, tenant=obj.tenant, role=obj.role)
        obj.pk, obj.granted_at = saved.pk, saved.granted_at

    def delete_model(self, request, obj):
        RevokeRole(obj.user, obj.tenant, obj.role, actor=request.user).execute()

    def delete_queryset(self, request, queryset):
        for obj in queryset.select_related("user", "tenant"):
            self.delete_model(request, obj)
