"""Fixtures of the voice API tests.

``SubmitCase`` belongs to the intake (voice/actions/submit_case.py). Until it is on this
branch, ``submit_action`` installs a minimal stand-in for these tests only (the contract in
ANNOUNCE.md: ``SubmitCase(**inputs).execute() -> SubmitResult(case, secret)``, Vietnamese
``ValidationError`` keyed by input name, consent rows with the notice's evidence,
``case_changed("submitted")``). With the real action present the stand-in is not used.
"""

from __future__ import annotations

import datetime
import json
import sys
import types
from dataclasses import dataclass

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from graphql import build_schema

from graphql_api.management.commands.export_graphql_schema import SCHEMA_FILE
from voice import codes, crypto
from voice.models import Case, Consent, ConsentNotice, Purpose
from voice.signals import case_changed

CANARY = "CANARY-4d1c-bí-mật"


@dataclass
class _Result:
    case: Case
    secret: str


class StandInSubmitCase:
    """Only what the API tests need; the intake's action replaces it."""

    def __init__(self, **inputs):
        self.inputs = inputs

    def execute(self):
        data = dict(self.inputs)
        body = (data.get("body") or "").strip()
        if not body and not data.get("link"):
            raise ValidationError({"body": "Vui lòng nhập nội dung."})
        if len(body) > 5000:
            raise ValidationError({"body": "Nội dung tối đa 5.000 ký tự."})
        if Purpose.HANDLE not in data["consents"]:
            raise ValidationError({"consents": "Cần đồng ý xử lý."})
        org = data["organization"]
        now = timezone.now()
        secret = codes.new_secret()
        with transaction.atomic():
            case = Case.objects.create(
                code=codes.new_code(),
                secret_hash=crypto.secret_hash(secret),
                kind=data["kind"],
                channel=data["channel"],
                identity_mode=data["identity_mode"],
                organization=org,
                origin_organization=org,
                org_path=org.path,
                topic=data.get("topic") or "",
                title=data.get("title") or "",
                body=body,
                contact_name=data.get("contact_name") or "",
                contact_phone=data.get("contact_phone") or "",
                contact_email=data.get("contact_email") or "",
                workplace=data.get("workplace") or "",
                link=data.get("link") or "",
                received_at=now,
                first_response_due=now + datetime.timedelta(hours=24),
            )
            for purpose in data["consents"]:
                notice = ConsentNotice.objects.get(purpose=purpose, active=True)
                Consent.objects.create(
                    case=case,
                    purpose=purpose,
                    notice=notice,
                    notice_version=notice.version,
                    notice_sha256=notice.sha256,
                    channel=data["channel"],
                    given_at=now,
                    evidence={"field": "consents"},
                )
            case_changed.send(
                sender=type(self), action="submitted", case=case, actor=None, organization=org
            )
        return _Result(case, secret)


@pytest.fixture(autouse=True)
def submit_action(monkeypatch):
    try:
        from voice.actions.submit_case import SubmitCase  # noqa: F401

        return "intake"
    except ImportError:
        module = types.ModuleType("voice.actions.submit_case")
        module.SubmitCase = StandInSubmitCase
        monkeypatch.setitem(sys.modules, "voice.actions.submit_case", module)
        return "stand-in"


@pytest.fixture(scope="session")
def client_schema():
    """What a portal's code generator reads: the committed graphql_api/schema.graphql."""
    return build_schema(SCHEMA_FILE.read_text())


@pytest.fixture
def api(client_schema):
    """``api(client, query, variables)``: validate against the client schema (graphql-core,
    like a portal's build), POST, return the JSON body."""
    from graphql import parse, validate

    def _call(client, query, variables=None, **headers):
        errors = validate(client_schema, parse(query))
        assert not errors, [e.message for e in errors]
        response = client.post(
            "/graphql/",
            json.dumps({"query": query, "variables": variables or {}}),
            content_type="application/json",
            **headers,
        )
        body = response.json()
        body["_status"] = response.status_code
        body["_response"] = response
        return body

    return _call


def notice_versions() -> dict[str, str]:
    return dict(ConsentNotice.objects.filter(active=True).values_list("purpose", "version"))


def consents(*purposes: str) -> list[dict]:
    versions = notice_versions()
    return [{"purpose": p.upper(), "noticeVersion": versions[p]} for p in purposes]


@pytest.fixture
def portal(tenant_a):
    """A portal's server calling the API of tenant A: no cookie, CSRF enforced as in
    production (Django's test client skips the check unless asked)."""
    from django.test import Client

    return Client(enforce_csrf_checks=True, HTTP_HOST=tenant_a.domains.get(is_primary=True).domain)
