from django.contrib import admin

from tenants.models import Domain, Tenant, TenantRole


class DomainInline(admin.TabularInline):
    model = Domain
    extra = 0


@admin.register(Tenant)
class TenantAdmin(admin.ModelAdmin):
    list_display = ["name", "schema_name", "kind", "is_active", "created_at"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name", "schema_name", "domains__domain"]
    inlines = [DomainInline]

    def get_readonly_fields(self, request, obj=None):
        # Schemas are created by the provision_tenant command, never renamed here.
        return ["schema_name"] if obj else []

    def has_add_permission(self, request):
        return False


@admin.register(TenantRole)
class TenantRoleAdmin(admin.ModelAdmin):
    list_display = ["user", "tenant", "role", "granted_at"]
    list_filter = ["role", "tenant"]
    search_fields = ["user__email", "tenant__name"]
    autocomplete_fields = ["user", "tenant"]
    readonly_fields = ["granted_by"]

    def save_model(self, request, obj, form, change):
        from tenants.roles import grant_role

        grant_role(obj.user, obj.tenant, obj.role, granted_by=request.user)

    def delete_model(self, request, obj):
        from tenants.roles import revoke_role

        revoke_role(obj.user, obj.tenant, obj.role, revoked_by=request.user)
