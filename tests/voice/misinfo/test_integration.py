"""End to end with the other parts of the workers' voice:
reports submitted through intake are clustered, the verdict's notices come from
``voice.notify``, and withdrawing the ``publish_qa`` consent through the personal-data
action takes the Q&A page down."""

from django_tenants.utils import schema_context

from voice.actions import submit_case, withdraw_consent
from voice.models import Case, IdentityMode, Kind, MessageKind, Purpose, Status, Verdict


def submit(org, **fields):
    inputs = {
        "kind": Kind.MISINFORMATION,
        "organization": org,
        "title": "",
        "body": "Bài đăng này nói công đoàn thu thêm 2% lương, có đúng không?",
        "consents": {Purpose.HANDLE: True},
        "client_ip": "203.0.113.9",
        "identity_mode": IdentityMode.ANONYMOUS,
    }
    inputs.update(fields)
    return submit_case.SubmitCase(**inputs).execute().case


def test_submitted_reports_cluster_and_every_reporter_is_told(org_tree):
    from voice.actions.record_verdict import RecordVerdict

    g1 = org_tree["g1"]
    first = submit(g1, link="https://www.facebook.com/groups/cn/posts/42?fbclid=x")
    second = submit(g1, link="https://m.facebook.com/groups/cn/posts/42/")
    assert first.cluster_id and first.cluster_id == second.cluster_id
    cluster = Case.objects.get(pk=first.pk).cluster
    assert cluster.report_count == 2
    RecordVerdict(
        cluster, verdict=Verdict.FALSE, explanation="Đoàn phí là 1% tiền lương, không thu thêm."
    ).execute()
    for case in (first, second):
        case.refresh_from_db()
        assert case.status == Status.CLOSED
        notices = case.messages.filter(kind=MessageKind.NOTICE)
        assert notices.count() == 1 and case.code in notices.get().body


def test_withdrawing_the_consent_takes_the_qa_page_down(org_tree, answered_question, tenant_a):
    from cms.models import QuestionPage
    from voice.actions.publish_qa import PublishQA

    case = answered_question(org_tree["g1"])
    page = PublishQA(case).execute()
    with schema_context(tenant_a.schema_name):
        page.get_latest_revision().publish()
        assert QuestionPage.objects.live().filter(pk=page.pk).exists()
    withdraw_consent.WithdrawConsent(case, purpose=Purpose.PUBLISH_QA).execute()
    with schema_context(tenant_a.schema_name):
        assert not QuestionPage.objects.filter(pk=page.pk).exists()
    case.refresh_from_db()
    assert case.qa_page_id is None
