"""Public Q&A: only with the asker's consent, scrubbed, created as a draft in the handling
organisation's tenant (public only once an editor publishes it), taken down at once when the
consent is withdrawn; the intake form's suggestions come from published Q&A pages."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_tenants.utils import schema_context

from tests.conftest import tenant_client
from tests.graphql.helpers import gql
from tests.voice.misinfo.conftest import give_consent
from voice import qa
from voice.actions.base import CaseNotFound
from voice.actions.publish_qa import PublishQA
from voice.models import Case, Kind, Purpose, Status

QUESTION = (
    "Tôi là Nguyễn Văn An, công nhân Công ty May Việt Tiến, SĐT 0912 345 678, CCCD "
    "001203004567, email an.nguyen@gmail.com. Công ty trả lương làm thêm giờ ngày lễ như "
    "ngày thường có đúng không?"
)
PERSONAL = ("Nguyễn Văn An", "0912 345 678", "001203004567", "an.nguyen@gmail.com", "An,")


def qa_pages(tenant):
    from cms.models import QuestionPage

    with schema_context(tenant.schema_name):
        return list(QuestionPage.objects.all())


def test_refused_without_consent_and_nothing_written(
    org_tree, answered_question, handler_of, tenant_a
):
    case = answered_question(org_tree["g1"], consent=False, body=QUESTION)
    with pytest.raises(ValidationError) as caught:
        PublishQA(case, actor=handler_of(org_tree["g1"])).execute()
    assert "đồng ý" in caught.value.messages[0]
    assert qa_pages(tenant_a) == []
    case.refresh_from_db()
    assert case.qa_page_id is None and case.qa_schema == ""


def test_refused_after_withdrawal_of_consent(org_tree, answered_question, tenant_a):
    case = answered_question(org_tree["g1"], body=QUESTION)
    case.consents.filter(purpose=Purpose.PUBLISH_QA).update(withdrawn_at=timezone.now())
    with pytest.raises(ValidationError):
        PublishQA(case).execute()
    assert qa_pages(tenant_a) == []


@pytest.mark.parametrize(
    "fields",
    [
        {"status": Status.IN_PROGRESS, "answered_at": None},
        {"kind": Kind.GRIEVANCE},
        {"erased_at": timezone.now()},
    ],
)
def test_refused_for_unanswered_non_question_or_erased_cases(
    org_tree, answered_question, tenant_a, fields
):
    case = answered_question(org_tree["g1"], body=QUESTION)
    Case.objects.filter(pk=case.pk).update(**fields)
    with pytest.raises(ValidationError):
        PublishQA(case).execute()
    assert qa_pages(tenant_a) == []


def test_a_handler_of_a_sibling_gets_not_found(org_tree, answered_question, handler_of, tenant_a):
    case = answered_question(org_tree["g1"], body=QUESTION)
    with pytest.raises(CaseNotFound):
        PublishQA(case, actor=handler_of(org_tree["g2"])).execute()
    assert qa_pages(tenant_a) == []


def test_draft_in_the_right_tenant_scrubbed_and_not_public_until_published(
    org_tree, answered_question, handler_of, tenant_a, tenant_b
):
    case = answered_question(org_tree["g1"], body=QUESTION, title="Hỏi của Nguyễn Văn An")
    page = PublishQA(case, actor=handler_of(org_tree["g1"])).execute()
    case.refresh_from_db()
    assert (case.qa_schema, case.qa_page_id) == (tenant_a.schema_name, page.pk)
    assert qa_pages(tenant_b) == []
    [draft] = qa_pages(tenant_a)
    assert draft.pk == page.pk and not draft.live
    text = f"{draft.title} {draft.question} {draft.answer} {draft.asker}"
    for secret in PERSONAL:
        assert secret not in text
    assert "làm thêm giờ ngày lễ như ngày thường" in draft.question
    assert "Điều 98 Bộ luật Lao động 2019" in draft.answer
    assert draft.asker == qa.ASKER and draft.answered_by == org_tree["g1"].name

    # Not visible to the public (site, GraphQL), nor to the intake suggestions, before an
    # editor publishes.
    client = tenant_client(tenant_a)
    assert client.get(f"/{draft.slug}/").status_code == 404
    questions = "{ questions { totalCount edges { node { id title question } } } }"
    assert gql(client, questions)["questions"]["totalCount"] == 0
    with schema_context(tenant_a.schema_name):
        assert qa.suggest_answers("lương làm thêm giờ ngày lễ") == []
        # The editor's approval: publishing the draft's revision in Wagtail.
        draft.get_latest_revision().publish()
        assert [p.pk for p in qa.suggest_answers("luong lam them gio ngay le")] == [draft.pk]
    assert client.get(f"/{draft.slug}/").status_code == 200
    assert qa.qa_page(case).live
    [edge] = gql(client, questions)["questions"]["edges"]
    assert edge["node"]["title"] == draft.title and "0912" not in edge["node"]["question"]
    assert gql(tenant_client(tenant_b), questions)["questions"]["totalCount"] == 0


def test_a_second_page_for_the_same_case_is_refused(org_tree, answered_question, tenant_a):
    case = answered_question(org_tree["g1"], body=QUESTION)
    PublishQA(case).execute()
    with pytest.raises(ValidationError):
        PublishQA(Case.objects.get(pk=case.pk)).execute()
    assert len(qa_pages(tenant_a)) == 1


def test_withdrawal_takes_the_page_down_at_once(org_tree, answered_question, tenant_a):
    case = answered_question(org_tree["g1"], body=QUESTION)
    page = PublishQA(case).execute()
    with schema_context(tenant_a.schema_name):
        page.get_latest_revision().publish()
    client = tenant_client(tenant_a)
    assert client.get(f"/{page.slug}/").status_code == 200

    case.refresh_from_db()
    assert qa.unpublish_for(case, reason="consent_withdrawn") is True
    assert client.get(f"/{page.slug}/").status_code == 404
    assert qa_pages(tenant_a) == []
    case.refresh_from_db()
    assert case.qa_page_id is None and case.qa_schema == ""
    assert qa.unpublish_for(case) is False  # nothing left to do
    assert qa.unpublish is qa.unpublish_for


def test_withdrawal_through_the_consent_action(org_tree, answered_question, tenant_a):
    from voice.actions import withdraw_consent as withdraw

    case = answered_question(org_tree["g1"], body=QUESTION)
    PublishQA(case).execute()
    withdraw.WithdrawConsent(case, purpose=Purpose.PUBLISH_QA).execute()
    assert qa_pages(tenant_a) == []


def test_a_microsite_gets_the_page_under_its_own_root(
    org_tree, answered_question, tenant_a, monkeypatch
):
    from hierarchy.microsite import create_microsite_page
    from hierarchy.models import Organization

    g2 = org_tree["g2"]
    root_id = create_microsite_page(g2, tenant_a)
    Organization.objects.filter(pk=g2.pk).update(microsite_host=tenant_a, microsite_page_id=root_id)
    g2 = Organization.objects.get(pk=g2.pk)
    case = answered_question(g2, body=QUESTION)
    page = PublishQA(case).execute()
    with schema_context(tenant_a.schema_name):
        assert page.get_parent().pk == root_id


def test_suggestions_match_published_questions_accent_insensitively(
    org_tree, answered_question, tenant_a, tenant_b
):
    case = answered_question(org_tree["g1"], body=QUESTION, title="Lương làm thêm giờ ngày lễ")
    page = PublishQA(case).execute()
    other = answered_question(
        org_tree["g1"],
        body="Công ty không đóng bảo hiểm xã hội cho tôi thì tôi phải làm gì?",
        title="Công ty không đóng bảo hiểm xã hội",
    )
    other_page = PublishQA(other).execute()
    with schema_context(tenant_a.schema_name):
        page.get_latest_revision().publish()
        other_page.get_latest_revision().publish()
        found = qa.suggest_answers("cong ty tra luong lam them gio ngay le the nao?")
        assert found and found[0].pk == page.pk
        found = qa.suggest_answers("Bảo hiểm xã hội không được đóng")
        assert found and found[0].pk == other_page.pk
        assert qa.suggest_answers("  ") == []
        [first, *_] = qa.search("lương làm thêm giờ ngày lễ", limit=1)
        assert first["title"] == page.title and first["url"].endswith(f"/{page.slug}/")
        assert "300%" in first["summary"] and "<p>" not in first["summary"]
    with schema_context(tenant_b.schema_name):
        assert qa.suggest_answers("lương làm thêm giờ") == []


def test_consent_given_later_allows_publication(org_tree, answered_question, tenant_a):
    case = answered_question(org_tree["g1"], consent=False, body=QUESTION)
    give_consent(case)
    assert PublishQA(case).execute().pk
