# The demo shares nothing down to Hà Nội: the Tổng Liên đoàn shares its newest article as a
# mandatory directive, and Hà Nội pins it (idempotent).
from cms.models import ArticlePage
from hierarchy.models import Organization
from sharing.actions.pin import PinShare
from sharing.actions.share_page import SharePage
from sharing.models import Share, ShareStatus
from sharing.scope import ScopeSpec

hanoi = Organization.objects.get(code="LDLD-HA-NOI")
page = ArticlePage.objects.live().public().order_by("-first_published_at").first()
share = Share.objects.filter(
    source_page_id=page.pk, scope_root=hanoi, status=ShareStatus.ACTIVE
).first()
if share is None:
    share = SharePage(page, ScopeSpec(root=hanoi), actor=None, mandatory=True).execute()
PinShare(share, hanoi, actor=None).execute()
print("chia sẻ xuống Hà Nội:", page.title)
