# The portal hears the platform: webhook endpoints of the Tổng Liên đoàn (shares it issues)
# and Hà Nội (its pages) point at the portal's /api/revalidate/ with this run's secret
# (E2E_WEBHOOK_URL / E2E_WEBHOOK_SECRET from tests/e2e.py; the run's port changes, so the
# endpoints of an earlier run are replaced). Also names Hà Nội's hosted microsite for the
# checks (E2E_ENV lines).
import os

from wagtail.models import Page

from hierarchy.models import Organization
from tenants.models import Tenant
from webhooks.actions.create_endpoint import CreateEndpoint
from webhooks.actions.delete_endpoint import DeleteEndpoint
from webhooks.models import Endpoint

DESCRIPTION = "Cổng thông tin tham chiếu (kiểm thử đầu cuối)"
EVENTS = [
    "page.published",
    "page.unpublished",
    "page.deleted",
    "page.moved",
    "share.issued",
    "share.updated",
    "share.corrected",
    "share.retracted",
    "share.expired",
    "directive.acknowledged",
    "organization.restructured",
]
for schema in ("tld", "ldld_hanoi"):
    tenant = Tenant.objects.get(schema_name=schema)
    for old in Endpoint.objects.filter(tenant=tenant, description=DESCRIPTION):
        DeleteEndpoint(old, actor=None).execute()
    CreateEndpoint(
        tenant,
        url=os.environ["E2E_WEBHOOK_URL"],
        secret=os.environ["E2E_WEBHOOK_SECRET"],
        events=EVENTS,
        description=DESCRIPTION,
        actor=None,
    ).execute()
print("webhook tới cổng:", os.environ["E2E_WEBHOOK_URL"])

hanoi = Organization.objects.get(code="LDLD-HA-NOI")
microsite = (
    hanoi.subtree()
    .filter(microsite_host__schema_name="ldld_hanoi", microsite_page_id__isnull=False)
    .order_by("path")
    .first()
)
root = Page.objects.get(pk=microsite.microsite_page_id)
article = root.get_children().live().order_by("path").first()
print(f"E2E_ENV E2E_MICROSITE_CODE={microsite.code}")
print(f"E2E_ENV E2E_MICROSITE_SLUG={root.slug}")
print(f"E2E_ENV E2E_MICROSITE_NAME={microsite.name}")
print(f"E2E_ENV E2E_MICROSITE_ARTICLE={article.title}")
