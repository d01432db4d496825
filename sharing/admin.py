"""Read-only views of the sharing registry and its audit log for platform operators (the
public host's Django admin). Every change goes through ``sharing.actions``."""

from django.contrib import admin

from sharing.models import AuditEntry, Share


class ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Share)
class ShareAdmin(ReadOnly):
    list_display = ["title", "issuer", "scope_root", "mandatory", "status", "created_at"]
    list_filter = ["status", "mandatory"]
    search_fields = ["title", "issuer__code", "issuer__name"]
    raw_id_fields = ["issuer", "source_org", "scope_root"]


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnly):
    list_display = ["at", "action", "share", "organization", "actor"]
    list_filter = ["action"]
    raw_id_fields = ["share", "proposal", "organization", "actor"]
