"""The misinformation admin screens: clusters of my subtree, verdict form, handled rates
with flagged rows in red; a sibling's cluster is "not found"."""

import datetime

from django.urls import reverse
from django.utils import timezone
from django_tenants.utils import schema_context

from tenants.models import Role
from tests.cms.helpers import user_with_role
from tests.conftest import tenant_client
from voice.models import CaseAccess, Handler, Kind, MisinformationCluster, Status, Verdict

LINK = "https://www.facebook.com/groups/congnhan/posts/888"


def admin_handler(tenant, org):
    user = user_with_role(tenant, Role.EDITOR)
    Handler.objects.create(user=user, organization=org)
    return user


def test_list_detail_and_verdict_form(org_tree, tenant_a, report):
    a, b = report(org_tree["g1"], link=LINK), report(org_tree["g1"], link=LINK + "/")
    user = admin_handler(tenant_a, org_tree["ua1"])
    client = tenant_client(tenant_a, user)
    listing = client.get(reverse("voice_misinfo_index"))
    assert listing.status_code == 200
    assert f"Nhóm #{a.cluster_id}" in listing.content.decode()

    url = reverse("voice_misinfo_detail", args=[a.cluster_id])
    detail = client.get(url)
    assert detail.status_code == 200 and a.code in detail.content.decode()
    assert CaseAccess.objects.filter(case=a, user=user).exists()

    refused = client.post(url, {"verdict": "", "explanation": ""})
    assert refused.status_code == 200 and "Vui lòng chọn kết luận." in refused.content.decode()
    assert MisinformationCluster.objects.get(pk=a.cluster_id).verdict == ""

    done = client.post(url, {"verdict": Verdict.FALSE, "explanation": "Không có khoản thu này."})
    assert done.status_code == 302
    assert MisinformationCluster.objects.get(pk=a.cluster_id).verdict == Verdict.FALSE
    b.refresh_from_db()
    assert b.status == Status.CLOSED


def test_a_sibling_sees_neither_list_entry_nor_detail(org_tree, tenant_a, report):
    case = report(org_tree["g1"], link=LINK)
    user = admin_handler(tenant_a, org_tree["ua2"])
    client = tenant_client(tenant_a, user)
    assert (
        f"Nhóm #{case.cluster_id}"
        not in client.get(reverse("voice_misinfo_index")).content.decode()
    )
    url = reverse("voice_misinfo_detail", args=[case.cluster_id])
    assert client.get(url).status_code == 404
    assert client.post(url, {"verdict": "false", "explanation": "x"}).status_code == 404
    assert MisinformationCluster.objects.get(pk=case.cluster_id).verdict == ""


def test_an_editor_without_a_handler_role_gets_not_found(org_tree, tenant_a):
    client = tenant_client(tenant_a, user_with_role(tenant_a, Role.EDITOR))
    assert client.get(reverse("voice_misinfo_index")).status_code == 404


def test_handled_rates_flag_rows_below_target(org_tree, tenant_a, make_case):
    g1, g3 = org_tree["g1"], org_tree["g3"]
    when = timezone.make_aware(datetime.datetime(2026, 11, 10, 9))
    late = MisinformationCluster.objects.create(
        organization=g3,
        first_reported_at=when,
        verdict=Verdict.FALSE,
        verdict_at=when + datetime.timedelta(days=20),
    )
    quick = MisinformationCluster.objects.create(
        organization=g1, first_reported_at=when, verdict=Verdict.FALSE, verdict_at=when
    )
    make_case(g1, kind=Kind.MISINFORMATION, cluster=quick, received_at=when)
    make_case(g3, kind=Kind.MISINFORMATION, cluster=late, received_at=when)
    client = tenant_client(tenant_a, admin_handler(tenant_a, org_tree["a"]))
    page = client.get(reverse("voice_misinfo_rates"), {"start": "01/11/2026", "end": "30/11/2026"})
    html = page.content.decode()
    assert page.status_code == 200
    # Province A: 1 of 2 (50%, red); UA1 (G1's parent): 1 of 1; UA2 (G3's parent): 0 of 1 (red).
    assert html.count('class="misinfo-flagged"') == 2
    assert "50,0%" in html or "50.0%" in html
    bad = client.get(reverse("voice_misinfo_rates"), {"start": "31/11/2026", "end": "x"})
    assert bad.status_code == 200


def test_publish_qa_screen_previews_scrubbed_text_and_creates_a_draft(
    org_tree, tenant_a, answered_question
):
    from cms.models import QuestionPage

    case = answered_question(
        org_tree["g1"], body="Tôi là Nguyễn Văn An, SĐT 0912 345 678. Lương ngày lễ tính sao?"
    )
    client = tenant_client(tenant_a, admin_handler(tenant_a, org_tree["g1"]))
    url = reverse("voice_publish_qa", args=[case.pk])
    preview = client.get(url).content.decode()
    assert "[số điện thoại]" in preview and "0912 345 678" not in preview
    assert "Nguyễn Văn An" not in preview
    done = client.post(
        url,
        {
            "title": "Lương ngày lễ",
            "question": "Lương ngày lễ tính sao? Gọi 0912345678",
            "answer": "Ít nhất 300%.",
        },
    )
    assert done.status_code == 302
    case.refresh_from_db()
    with schema_context(tenant_a.schema_name):
        page = QuestionPage.objects.get(pk=case.qa_page_id)
        assert not page.live and "0912345678" not in page.question


def test_publish_qa_screen_refuses_without_consent_and_hides_other_scopes(
    org_tree, tenant_a, answered_question
):
    case = answered_question(org_tree["g1"], consent=False)
    url = reverse("voice_publish_qa", args=[case.pk])
    mine = tenant_client(tenant_a, admin_handler(tenant_a, org_tree["g1"]))
    assert "chưa đồng ý" in mine.get(url).content.decode()
    answer = {"title": "T", "question": "Câu hỏi", "answer": "Trả lời"}
    refused = mine.post(url, answer)
    assert refused.status_code == 200 and "chưa đồng ý" in refused.content.decode()
    sibling = tenant_client(tenant_a, admin_handler(tenant_a, org_tree["g2"]))
    assert sibling.get(url).status_code == 404
    assert sibling.post(url, answer).status_code == 404
    case.refresh_from_db()
    assert case.qa_page_id is None
