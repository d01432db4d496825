"""The demo's communication programme: Hà Nội's plan and public indicators, a year of
publication figures, channels, a trained roster and a report waiting in the federation's
inbox, all through the real actions; the dashboard shows them; seeding twice adds nothing."""

from django.utils import timezone

from demo.programme import seed_demo_programme
from demo.tree import PROVINCE_ADMIN_EMAIL, seed_demo_tree
from hierarchy.models import Organization
from programme.figures import Period, subtree_totals
from programme.models import Cadre, Channel, Plan, PublicationEvent, Report
from tests.demo.test_demo_tree import hanoi_is_tenant_a  # noqa: F401


def test_demo_programme_fills_the_dashboard_of_the_hanoi_branch(hanoi_is_tenant_a, client_for):  # noqa: F811
    seed_demo_tree(verbosity=0)
    first = seed_demo_programme()
    hanoi = Organization.objects.get(code=first["org"])
    year = timezone.localdate().year
    assert Plan.objects.get(organization=hanoi, year=year).status == "active"
    events = PublicationEvent.objects.filter(org_path__startswith=hanoi.path).count()
    assert first["events"] == events > 100
    totals = subtree_totals(hanoi, Period.year(year))
    assert totals["published"] > 0 and totals["sent_up"] > 0
    assert totals["products_total"] > totals["products_digital"]  # offline products declared
    assert totals["leaders_total"] > 0 and 0 < totals["leaders_trained"] <= totals["leaders_total"]
    assert 0 < totals["channels_present"] <= totals["channels_required"]
    report = Report.objects.get(organization__path__startswith=hanoi.path)
    assert report.status == "submitted" and report.title.startswith("Báo cáo kết quả")

    again = seed_demo_programme()
    assert again["events"] == events
    assert PublicationEvent.objects.count() == events
    assert Report.objects.count() == 1 and Channel.objects.exists()
    assert Cadre.objects.count() == first["cadres"]

    admin = Organization.objects.get(pk=hanoi.pk).roles.get(user__email=PROVINCE_ADMIN_EMAIL).user
    page = client_for(hanoi_is_tenant_a, admin).get(
        f"/admin/chuong-trinh/bang-theo-doi/?org={hanoi.code}&year={year}"
    )
    assert page.status_code == 200
    html = page.content.decode()
    assert "<svg" in html and hanoi.name in html
