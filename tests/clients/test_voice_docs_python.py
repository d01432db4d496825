"""The workers' voice API from a client built by introspection (graphql-core): every
GraphQL document of docs/voice.md validates against the schema the running demo serves, and
the worker's journey of the docs (form data, submit, follow, withdraw) runs on it with those
very documents."""

import json
import re
from pathlib import Path

import pytest
from graphql import build_client_schema, get_introspection_query, parse, validate

pytestmark = pytest.mark.django_db

DOCS = Path(__file__).resolve().parents[2] / "docs" / "voice.md"


def voice_documents() -> dict[str, str]:
    """{operation name: document} of every ``graphql`` block of docs/voice.md (a block may
    hold several operations)."""
    text = DOCS.read_text(encoding="utf-8")
    found = {}
    for block in re.findall(r"```graphql\n(.*?)```", text, re.S):
        for definition in parse(block).definitions:
            name = definition.name.value
            start, end = definition.loc.start, definition.loc.end
            found[name] = block[start:end]
    return found


def submit_variables() -> dict:
    text = DOCS.read_text(encoding="utf-8")
    return json.loads(re.search(r"```json\n(.*?)```", text, re.S).group(1))


@pytest.fixture(scope="module")
def client_schema(demo_server):
    status, body = demo_server.graphql({"query": get_introspection_query(descriptions=True)})
    assert status == 200 and "errors" not in body, body
    return build_client_schema(body["data"])


def test_every_voice_document_of_the_docs_validates(client_schema):
    documents = voice_documents()
    assert {"VoiceForm", "Submit", "Follow", "Withdraw", "Queue", "One"} <= set(documents)
    errors = {
        name: [e.message for e in validate(client_schema, parse(doc))]
        for name, doc in documents.items()
    }
    assert {name: msgs for name, msgs in errors.items() if msgs} == {}


def test_the_documented_journey_runs_on_the_demo(demo_server):
    docs = voice_documents()
    status, form = demo_server.graphql({"query": docs["VoiceForm"]})
    assert status == 200 and "errors" not in form, form
    notices = {n["purpose"]: n["version"] for n in form["data"]["consentNotices"]}
    assert {"HANDLE", "CONTACT"} <= set(notices)
    assert {"value": "QUESTION", "label": "Câu hỏi"} in form["data"]["voiceKinds"] or any(
        k["value"] == "QUESTION" for k in form["data"]["voiceKinds"]
    )

    variables = submit_variables()
    variables["input"].pop("organization")  # the demo tenant's own union receives it
    # To be contacted, the worker gives an address (an anonymous case keeps none).
    variables["input"].update(identityMode="PSEUDONYMOUS", contactEmail="nguoilaodong@example.vn")
    variables["input"]["consents"] = [
        {"purpose": "HANDLE", "noticeVersion": notices["HANDLE"]},
        {"purpose": "CONTACT", "noticeVersion": notices["CONTACT"]},
    ]
    status, sent = demo_server.graphql(
        {"query": docs["Submit"], "variables": variables, "operationName": "Submit"}
    )
    receipt = sent["data"]["submitCase"]
    assert status == 200 and receipt.get("code") and receipt.get("secret"), sent
    assert receipt["organization"]["name"]

    code_secret = {"code": receipt["code"], "secret": receipt["secret"]}
    status, followed = demo_server.graphql({"query": docs["Follow"], "variables": code_secret})
    case = followed["data"]["caseStatus"]
    assert status == 200 and case["code"] == receipt["code"], followed
    assert {c["purpose"] for c in case["consents"] if c["active"]} == {"HANDLE", "CONTACT"}

    status, withdrawn = demo_server.graphql({"query": docs["Withdraw"], "variables": code_secret})
    consents = withdrawn["data"]["withdrawConsent"]["case"]["consents"]
    assert {c["purpose"]: c["active"] for c in consents} == {"HANDLE": True, "CONTACT": False}

    wrong = {"code": receipt["code"], "secret": "SAI" + receipt["secret"][3:]}
    status, refused = demo_server.graphql({"query": docs["Follow"], "variables": wrong})
    assert refused["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert refused["data"] is None or refused["data"]["caseStatus"] is None
