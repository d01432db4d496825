"""Case events for webhooks: registered, sent to the tenants above the case, filtered by
organisation subtree, and carrying no personal data (a canary never appears)."""

from __future__ import annotations

import json

from tests.voice.api.conftest import CANARY, consents
from tests.voice.api.test_public import SUBMIT
from voice.signals import case_changed
from webhooks import events
from webhooks.actions import CreateEndpoint
from webhooks.models import Delivery

CASE_EVENTS = ["case.submitted", "case.warned", "case.escalated", "case.answered", "case.closed"]


def _endpoint(tenant, **fields):
    endpoint, _secret = CreateEndpoint(
        tenant, url="http://127.0.0.1:9/hook", events=CASE_EVENTS, **fields
    ).execute()
    return endpoint


def test_case_events_are_registered():
    for name in CASE_EVENTS:
        assert name in events.REGISTRY
        assert events.REGISTRY[name].group == "Tiếng nói người lao động"


def test_payloads_hold_no_personal_data(org_tree, tenant_a, tenant_b, portal, api):
    everything = _endpoint(tenant_a)
    only_ua2 = _endpoint(tenant_a, organization=org_tree["ua2"])
    other_tenant = _endpoint(tenant_b)
    body = api(
        portal,
        SUBMIT,
        {
            "input": {
                "organization": "XG1",
                "kind": "GRIEVANCE",
                "title": f"Tiêu đề {CANARY}",
                "body": f"Nội dung {CANARY}",
                "identityMode": "IDENTIFIED",
                "contactName": f"Tên {CANARY}",
                "contactPhone": "0912345678",
                "contactEmail": "canary@example.vn",
                "workplace": f"Xưởng {CANARY}",
                "link": f"https://example.vn/{CANARY}",
                "consents": consents("handle", "contact"),
            }
        },
    )
    code = body["data"]["submitCase"]["code"]
    from voice.models import Case

    case = Case.objects.get(code=code)
    for action in ("warned", "escalated", "answered", "closed", "noted"):
        case_changed.send(
            sender=None, action=action, case=case, actor=None, organization=case.organization
        )
    deliveries = list(Delivery.objects.all())
    assert {d.endpoint_id for d in deliveries} == {everything.pk}
    assert only_ua2.pk not in {d.endpoint_id for d in deliveries}
    assert other_tenant.pk not in {d.endpoint_id for d in deliveries}
    payload = deliveries[-1].payload
    # Events of one case coalesce while waiting: the latest state, with its type.
    assert payload["object"] == {"kind": "case", "id": code}
    assert payload["type"] in CASE_EVENTS
    assert payload["data"]["organization_code"] == "XG1"
    assert payload["data"]["kind"] == "grievance"
    assert set(payload["data"]) == {
        "code",
        "kind",
        "topic",
        "status",
        "channel",
        "organization_code",
        "origin_organization_code",
        "escalation_level",
        "received_at",
        "first_response_due",
        "answered_at",
        "closed_at",
    }
    for delivery in deliveries:
        text = json.dumps(delivery.payload, ensure_ascii=False)
        for secret in (CANARY, "0912345678", "canary@example.vn", "Tiêu đề", "Xưởng"):
            assert secret not in text


def test_every_case_event_without_coalescing(org_tree, tenant_a, make_case, settings):
    settings.WEBHOOKS_COALESCE_SECONDS = 0
    endpoint = _endpoint(tenant_a, organization=org_tree["ua1"])
    case = make_case(org_tree["g2"], body=CANARY, contact_email="x@example.vn")
    for action in ("submitted", "warned", "escalated", "answered", "closed"):
        case_changed.send(
            sender=None, action=action, case=case, actor=None, organization=case.organization
        )
    types = list(
        Delivery.objects.filter(endpoint=endpoint)
        .order_by("id")
        .values_list("event_type", flat=True)
    )
    assert types == CASE_EVENTS
    for payload in Delivery.objects.values_list("payload", flat=True):
        assert CANARY not in json.dumps(payload, ensure_ascii=False)
