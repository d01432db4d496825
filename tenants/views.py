from django.shortcuts import render

from tenants.models import Tenant


def tenant_directory(request):
    """The public host's front page: where each tenant's admin is."""
    port = request.get_port()
    suffix = "" if port in ("80", "443") else f":{port}"
    tenants = (
        Tenant.objects.filter(is_active=True)
        .exclude(schema_name="public")
        .prefetch_related("domains")
        .order_by("kind", "name")
    )
    rows = [
        {
            "tenant": tenant,
            "host": f"{d.domain}{suffix}",
        }
        for tenant in tenants
        for d in tenant.domains.all()
        if d.is_primary
    ]
    return render(request, "tenants/directory.html", {"rows": rows, "scheme": request.scheme})
