"""The public side of the voice API: a portal submits with consent and follows the case by
code and secret (graphql-core validates every document against schema.graphql first)."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import override_settings
from django_tenants.utils import schema_context

from tests.delivery.helpers import persisted_get, register
from tests.statements import statements
from tests.voice.api.conftest import CANARY, consents
from voice.models import Case, CaseMessage, ConsentNotice, MessageKind

SUBMIT = """
mutation Submit($input: SubmitCaseInput!) {
  submitCase(input: $input) {
    __typename
    ... on CaseReceipt {
      code secret status statusLabel firstResponseDue organization { code name }
    }
    ... on VoiceErrors { errors { field message } }
  }
}"""

FOLLOW = """
query Follow($code: String!, $secret: String!) {
  caseStatus(code: $code, secret: $secret) {
    code kind kindLabel status statusLabel topic topicLabel
    organization { code name }
    firstResponseDue escalationLevel
    escalations { level at reason toOrganization { code name } }
    messages { kind kindLabel body createdAt organization { name } }
    consents { purpose purposeLabel noticeVersion givenAt withdrawnAt active }
  }
}"""


def _input(**extra):
    data = {
        "organization": "XG1",
        "kind": "QUESTION",
        "title": "Lương làm thêm giờ",
        "body": "Công ty trả lương làm thêm giờ ngày lễ như ngày thường có đúng không?",
        "consents": consents("handle"),
    }
    data.update(extra)
    return data


def test_submit_with_consent_then_follow_by_code_and_secret(org_tree, tenant_a, portal, api):
    client = portal
    body = api(client, SUBMIT, {"input": _input()})
    receipt = body["data"]["submitCase"]
    assert receipt["__typename"] == "CaseReceipt", body
    assert receipt["status"] == "NEW" and receipt["statusLabel"] == "Mới tiếp nhận"
    assert receipt["organization"]["code"] == "XG1"
    assert body["_response"]["Cache-Control"] == "private, no-store"
    case = Case.objects.get(code=receipt["code"])
    assert case.channel == "api" and case.identity_mode == "anonymous"
    assert list(case.consents.values_list("purpose", flat=True)) == ["handle"]

    follow = api(client, FOLLOW, {"code": receipt["code"].lower(), "secret": receipt["secret"]})
    status = follow["data"]["caseStatus"]
    assert status["code"] == receipt["code"]
    # The topic is the handler's to confirm (a suggestion is kept for them, not shown).
    assert status["statusLabel"] == "Mới tiếp nhận" and status["topicLabel"] is None
    assert status["organization"]["name"] == org_tree["g1"].name
    assert status["consents"][0]["purpose"] == "HANDLE" and status["consents"][0]["active"]
    assert status["messages"] == [] and status["escalations"] == []


def test_without_consent_is_an_error_and_nothing_is_written(org_tree, tenant_a, portal, api):
    client = portal
    for bad in ([], consents("contact")):
        body = api(client, SUBMIT, {"input": _input(consents=bad)})
        result = body["data"]["submitCase"]
        assert result["__typename"] == "VoiceErrors"
        assert result["errors"][0]["field"] == "consents"
        assert "đồng ý" in result["errors"][0]["message"]
    assert not Case.objects.exists()


def test_a_stale_notice_version_is_refused(org_tree, tenant_a, portal, api):
    stale = [{"purpose": "HANDLE", "noticeVersion": "2020-01"}]
    body = api(portal, SUBMIT, {"input": _input(consents=stale)})
    errors = body["data"]["submitCase"]["errors"]
    assert "đã thay đổi" in errors[0]["message"]
    assert not Case.objects.exists()


def test_bad_input_is_data_not_a_500(org_tree, tenant_a, portal, api):
    client = portal
    body = api(client, SUBMIT, {"input": _input(body="   ")})
    assert body["_status"] == 200
    assert body["data"]["submitCase"]["errors"][0]["field"] == "body"
    body = api(client, SUBMIT, {"input": _input(organization="KHONG-CO")})
    assert body["data"]["submitCase"]["errors"][0]["field"] == "organization"
    assert not Case.objects.exists()


def test_one_public_mutation_per_request(org_tree, tenant_a, portal, api):
    twice = SUBMIT.replace(
        "submitCase(input: $input) {",
        "again: submitCase(input: $input) { __typename }\n  submitCase(input: $input) {",
    )
    body = api(portal, twice, {"input": _input()})
    assert body["data"] is None and "CSRF" in body["errors"][0]["message"]
    assert not Case.objects.exists()


def test_unknown_code_and_wrong_secret_look_the_same(org_tree, tenant_a, portal, api, make_case):
    case = make_case(org_tree["g1"])
    client = portal
    wrong = api(client, FOLLOW, {"code": case.code, "secret": "AAAA-AAAA-AAAA-AAAA"})
    unknown = api(client, FOLLOW, {"code": "ZZZZ-ZZZZ", "secret": case.plain_secret})
    for body in (wrong, unknown):
        assert body["data"] is None
        assert body["errors"][0]["message"] == "Không tìm thấy vụ việc với mã và mã bí mật này."
        assert body["errors"][0]["extensions"] == {"code": "NOT_FOUND"}
    ok = api(client, FOLLOW, {"code": case.code, "secret": case.plain_secret.lower()})
    assert ok["data"]["caseStatus"]["code"] == case.code


@override_settings(VOICE_FOLLOW_IP_RATE="3/minute")
def test_failed_lookups_are_rate_limited(org_tree, tenant_a, portal, api, make_case):
    cache.clear()
    case = make_case(org_tree["g1"])
    client = portal
    for _ in range(3):
        body = api(client, FOLLOW, {"code": case.code, "secret": "AAAA-AAAA-AAAA-AAAA"})
        assert body["_status"] == 200 and body["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    # Now even the right secret waits: guessing must not go on.
    body = api(client, FOLLOW, {"code": case.code, "secret": case.plain_secret})
    assert body["_status"] == 429
    assert body["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    assert "thử lại sau" in body["errors"][0]["message"]


def test_the_worker_sees_answers_and_notices_never_notes_or_handlers(
    org_tree, tenant_a, portal, api, make_case, handler_of
):
    case = make_case(org_tree["g1"])
    handler = handler_of(org_tree["g1"])
    handler.first_name, handler.last_name = "Nguyễn", "Cán Bộ"
    handler.save()
    for kind, text in [
        (MessageKind.NOTE, f"Ghi chú nội bộ {CANARY}"),
        (MessageKind.ANSWER, "Theo Điều 98 Bộ luật Lao động 2019, ngày lễ được trả ít nhất 300%."),
        (MessageKind.NOTICE, "Vụ việc đã được chuyển lên cấp trên."),
    ]:
        CaseMessage.objects.create(
            case=case, kind=kind, body=text, author=handler, organization=org_tree["g1"]
        )
    body = api(portal, FOLLOW, {"code": case.code, "secret": case.plain_secret})
    messages = body["data"]["caseStatus"]["messages"]
    assert [m["kind"] for m in messages] == ["ANSWER", "NOTICE"]
    text = str(body["data"])
    assert CANARY not in text and "Cán Bộ" not in text and handler.email not in text


def test_follow_statements_do_not_grow_with_messages(org_tree, tenant_a, portal, api, make_case):
    client = portal
    counts = []
    for n in (1, 6):
        case = make_case(org_tree["g1"])
        for i in range(n):
            CaseMessage.objects.create(
                case=case, kind=MessageKind.ANSWER, body=f"Trả lời {i}", organization=org_tree["g1"]
            )
        with statements() as sql:
            body = api(client, FOLLOW, {"code": case.code, "secret": case.plain_secret})
        assert len(body["data"]["caseStatus"]["messages"]) == n
        counts.append(len([s for s in sql if "voice_" in s]))
    assert counts[0] == counts[1] == 4, counts


def test_topics_kinds_and_notices(tenant_a, portal, api):
    with statements() as sql:
        body = api(
            portal,
            "{ voiceTopics { value label } voiceKinds { value label } "
            "consentNotices { purpose purposeLabel version text sha256 } }",
        )
    # The taxonomy is code; the notices are one statement whatever their number.
    assert len([s for s in sql if "voice_" in s]) == 1, sql
    data = body["data"]
    assert {"value": "WAGES", "label": "Tiền lương, thu nhập"} in data["voiceTopics"]
    assert len(data["voiceKinds"]) == 5
    handle = next(n for n in data["consentNotices"] if n["purpose"] == "HANDLE")
    notice = ConsentNotice.objects.get(purpose="handle", active=True)
    assert handle["version"] == notice.version and handle["sha256"] == notice.sha256
    assert "91/2025/QH15" in handle["text"]


@pytest.fixture
def rcache():
    from delivery.cache import response_cache

    response_cache.reset()
    yield response_cache
    response_cache.reset()


def test_case_status_is_never_cached_even_as_a_public_persisted_get(
    org_tree, tenant_a, portal, make_case, rcache
):
    case = make_case(org_tree["g1"])
    sha = register(tenant_a, FOLLOW.strip(), "theo dõi vụ việc")
    client = portal
    variables = {"code": case.code, "secret": case.plain_secret}
    for _ in range(2):
        response = persisted_get(client, sha, variables)
        assert response.status_code == 200, response.content
        assert response.json()["data"]["caseStatus"]["code"] == case.code
        assert response["X-Cache"] == "MISS"
        assert response["Cache-Control"] == "private, no-store"
    # A public list next to it is cached as usual (the rule is per response, not global).
    topics = register(tenant_a, "{ voiceTopics { value } }", "lĩnh vực")
    persisted_get(client, topics)
    assert persisted_get(client, topics)["X-Cache"] == "HIT"
    with schema_context(tenant_a.schema_name):
        pass


WITHDRAW = """
mutation Withdraw($code: String!, $secret: String!, $purpose: ConsentPurpose!) {
  withdrawConsent(code: $code, secret: $secret, purpose: $purpose) {
    __typename
    ... on CaseUpdated { case { status consents { purpose active withdrawnAt } } }
    ... on VoiceErrors { errors { field message } }
  }
}"""


def test_withdraw_consent_by_code_and_secret(org_tree, portal, api):
    from django.core import mail

    from jobs import run_due_jobs
    from voice.notify import tell_worker

    receipt = api(
        portal,
        SUBMIT,
        {
            "input": _input(
                identityMode="PSEUDONYMOUS",
                contactEmail="nld@example.vn",
                consents=consents("handle", "contact"),
            )
        },
    )["data"]["submitCase"]
    assert receipt["__typename"] == "CaseReceipt", receipt
    case = Case.objects.get(code=receipt["code"])
    mail.outbox.clear()
    tell_worker(case, "test", "Thông báo thử.")  # an e-mail waiting in the queue
    wrong = api(
        portal, WITHDRAW, {"code": case.code, "secret": "AAAA-AAAA-AAAA-AAAA", "purpose": "CONTACT"}
    )
    assert wrong["data"]["withdrawConsent"]["errors"][0]["message"].startswith("Không tìm thấy")
    args = {"code": case.code, "secret": receipt["secret"], "purpose": "CONTACT"}
    done = api(portal, WITHDRAW, args)["data"]["withdrawConsent"]
    assert done["__typename"] == "CaseUpdated", done
    contact = next(c for c in done["case"]["consents"] if c["purpose"] == "CONTACT")
    assert contact["active"] is False and contact["withdrawnAt"]
    run_due_jobs("voice")
    assert mail.outbox == []  # withdrawal is effective at once, queued e-mail included
    again = api(portal, WITHDRAW, args)["data"]["withdrawConsent"]
    assert again["__typename"] == "VoiceErrors"
    handle = api(portal, WITHDRAW, {**args, "purpose": "HANDLE"})["data"]["withdrawConsent"]
    assert handle["case"]["status"] == "WITHDRAWN"
