"""Fixtures of the workers' voice tests: the test org tree (tests/hierarchy/factories.py:
TLD -> province A (tenant test_a) -> UA1 -> G1, G2; A -> UA2 -> G3; TLD -> province B
(tenant test_b) -> UB1 -> G4), handlers on it, and a factory of cases written the way the
intake writes them (encrypted text, path, deadline)."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from tests.factories import make_user
from tests.hierarchy.factories import org_tree  # noqa: F401
from voice import codes, crypto
from voice.models import Case, Channel, Handler, IdentityMode, Kind


@pytest.fixture
def handler_of():
    """``handler_of(org, role="handler")``: a new account holding that handler role."""

    def _make(org, role=Handler.Role.HANDLER, email=None):
        user = make_user(email)
        Handler.objects.create(user=user, organization=org, role=role)
        return user

    return _make


@pytest.fixture
def make_case():
    """``make_case(org, **fields)``: a case as intake would store it (no consent rows)."""

    def _make(org, **fields):
        now = fields.pop("received_at", None) or timezone.now()
        secret = fields.pop("secret", None) or codes.new_secret()
        defaults = {
            "code": codes.new_code(),
            "secret_hash": crypto.secret_hash(secret),
            "kind": Kind.QUESTION,
            "channel": Channel.WEB_FORM,
            "identity_mode": IdentityMode.IDENTIFIED,
            "organization": org,
            "origin_organization": org,
            "org_path": org.path,
            "received_at": now,
            "first_response_due": now + datetime.timedelta(hours=24),
            "title": "Hỏi về lương làm thêm giờ",
            "body": "Công ty trả lương làm thêm giờ ngày lễ như ngày thường có đúng không?",
        }
        defaults.update(fields)
        case = Case.objects.create(**defaults)
        case.plain_secret = secret
        return case

    return _make
