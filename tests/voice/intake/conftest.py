"""Fixtures of the intake tests.

``voice_contracts`` (autouse): the intake calls ``voice.routing.route``,
``voice.deadlines.due_at``, ``voice.classify.suggest_topic`` and (the follow page)
``voice.actions.withdraw_consent.WithdrawConsent``, written by other parts of the app. Where
one of them is not importable yet, a minimal stand-in with the agreed signature is installed
for the test only (never in voice/)."""

from __future__ import annotations

import datetime
import importlib
import io
import re
import sys
import types
from dataclasses import dataclass

import pytest
from django.utils import timezone

import voice
from tests.conftest import tenant_client
from voice import abuse
from voice.models import Case, Consent, IdentityMode, Kind, Purpose, Status


def _importable(name: str) -> bool:
    try:
        importlib.import_module(name)
    except ImportError:
        return False
    return True


@dataclass
class _Decision:
    organization: object
    response_hours: int
    working_days_only: bool


def _routing():
    from hierarchy.models import Organization

    def route(origin_org, *, kind, topic="", conflict_of_interest=False):
        org = origin_org
        if conflict_of_interest and not origin_org.is_root():
            org = Organization.objects.get(path=origin_org.path[: -origin_org.steplen])
        return _Decision(organization=org, response_hours=24, working_days_only=False)

    mod = types.ModuleType("voice.routing")
    mod.route = route
    mod.Decision = _Decision
    return mod


def _deadlines():
    def due_at(org, start, hours, working_days_only):
        return start + datetime.timedelta(hours=hours)

    mod = types.ModuleType("voice.deadlines")
    mod.due_at = due_at
    return mod


def _classify():
    def suggest_topic(text):
        return "wages" if "lương" in text.lower() else ""

    mod = types.ModuleType("voice.classify")
    mod.suggest_topic = suggest_topic
    return mod


def _withdraw_consent():
    from voice.actions.base import CaseAction

    class WithdrawConsent(CaseAction):
        action = "withdrawn"

        def __init__(self, case, *, purpose, actor=None):
            super().__init__(case, actor=actor)
            self.purpose = purpose

        def perform(self):
            consent = self.case.consents.get(purpose=self.purpose, withdrawn_at__isnull=True)
            consent.withdrawn_at = timezone.now()
            consent.save(update_fields=["withdrawn_at"])
            if self.purpose == Purpose.HANDLE and self.case.status in (
                Status.NEW,
                Status.IN_PROGRESS,
                Status.ANSWERED,
            ):
                self.case.withdraw()
                self.case.save()
            return consent

    mod = types.ModuleType("voice.actions.withdraw_consent")
    mod.WithdrawConsent = WithdrawConsent
    return mod


STAND_INS = {
    "voice.routing": _routing,
    "voice.deadlines": _deadlines,
    "voice.classify": _classify,
    "voice.actions.withdraw_consent": _withdraw_consent,
}


@pytest.fixture(autouse=True)
def voice_contracts(monkeypatch):
    for name, make in STAND_INS.items():
        if _importable(name):
            continue
        module = make()
        monkeypatch.setitem(sys.modules, name, module)
        parent, _, attr = name.rpartition(".")
        monkeypatch.setattr(sys.modules[parent], attr, module, raising=False)
    assert voice  # the package the stand-ins hang on


@pytest.fixture
def counts():
    """``counts()`` -> (cases, consents, attachments): "nothing written" is an unchanged
    triple."""
    from voice.models import Attachment

    return lambda: (Case.objects.count(), Consent.objects.count(), Attachment.objects.count())


@pytest.fixture
def submit(org_tree):
    """``submit(**overrides)``: SubmitCase with valid defaults (to G1, consent given)."""
    from voice.actions.submit_case import SubmitCase

    def _submit(**overrides):
        inputs = {
            "kind": Kind.QUESTION,
            "organization": org_tree["g1"],
            "identity_mode": IdentityMode.IDENTIFIED,
            "title": "Lương làm thêm giờ",
            "body": "Công ty trả lương làm thêm giờ ngày lễ như ngày thường có đúng không?",
            "contact_name": "Nguyễn Thị Lan",
            "contact_phone": "0912 345 678",
            "consents": {Purpose.HANDLE: True},
            "client_ip": "203.0.113.7",
        }
        inputs.update(overrides)
        return SubmitCase(**inputs).execute()

    return _submit


def jpeg_with_gps(size=(64, 48)) -> bytes:
    """A JPEG whose EXIF holds a GPS position (Hà Nội) and a camera model."""
    from PIL import Image

    image = Image.new("RGB", size, (200, 30, 30))
    exif = Image.Exif()
    exif[0x0110] = "CanonEOS-CANARY"  # Model
    gps = {1: "N", 2: (21.0, 1.0, 40.0), 3: "E", 4: (105.0, 51.0, 12.0)}
    exif[0x8825] = gps
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif.tobytes())
    return out.getvalue()


def png_bytes(size=(20, 20)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGBA", size, (0, 128, 0, 255)).save(out, format="PNG")
    return out.getvalue()


PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def web(org_tree, tenant_a, settings):
    """A browser-like client on tenant A's host, the form's challenge answerable at once."""
    settings.VOICE_CHALLENGE_MIN_SECONDS = 0
    return tenant_client(tenant_a)


def form_data(client, url="/y-kien/", **overrides) -> dict:
    """GET the form, answer its challenge, return a valid POST (consent to handling given)."""
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    token = re.search(r'name="challenge_token" value="([^"]+)"', html).group(1)
    question = re.search(r'for="id_challenge_answer">([^<]+?) \(ghi bằng số\)', html).group(1)
    data = {
        "kind": "question",
        "identity_mode": "identified",
        "title": "Hỏi về lương",
        "body": "Công ty chậm trả lương tháng 11 đã 20 ngày, tôi cần làm gì?",
        "contact_name": "Trần Văn Hùng",
        "contact_phone": "0987654321",
        "contact_email": "",
        "workplace": "Phân xưởng may 2",
        "consent_handle": "on",
        "challenge_token": token,
        "challenge_answer": str(abuse.solve(question)),
    }
    for purpose in Purpose.values:
        match = re.search(rf'name="notice_version_{purpose}" value="([^"]*)"', html)
        if match:
            data[f"notice_version_{purpose}"] = match.group(1)
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}
