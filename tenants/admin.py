"""Platform admin of tenants and their domains. Tenant roles are managed in
``hierarchy.admin`` (a tenant that an organisation holds takes its roles from it)."""

from django.contrib import admin

from tenants.models import Domain, Tenant


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
