"""Organisation codes are case-insensitive: stored upper-case, found whatever the case,
unique regardless of case (also for raw SQL writes), in the model, the import and GraphQL."""

import json

import pytest
from django.db import IntegrityError, connection, transaction

from congdoan.text import normalise_code
from hierarchy.importer import ImportRejected, import_rows
from hierarchy.models import Kind, Level, Organization


def _root(code="ldld-ha-noi "):
    return Organization.add_root(
        code=code,
        name="Liên đoàn Lao động Hà Nội",
        level=Level.PROVINCIAL,
        kind=Kind.PROVINCIAL_FEDERATION,
    )


def test_normalise_code():
    assert normalise_code("  ldld-ha-noi ") == "LDLD-HA-NOI"
    assert normalise_code("cđcs  đức giang") == "CĐCS ĐỨC GIANG"
    assert normalise_code(None) == ""


@pytest.mark.django_db
def test_code_is_stored_upper_case_and_found_in_any_case():
    org = _root()
    assert org.code == "LDLD-HA-NOI"
    assert Organization.objects.values_list("code", flat=True).get(pk=org.pk) == "LDLD-HA-NOI"
    assert Organization.objects.get(code="ldld-ha-noi") == org
    assert list(Organization.objects.filter(code__in=["Ldld-Ha-Noi", "x"])) == [org]


@pytest.mark.django_db
def test_code_differing_only_by_case_is_refused():
    _root("LDLD-HA-NOI")
    with pytest.raises(IntegrityError), transaction.atomic():
        _root("ldld-ha-noi")
    # Raw SQL bypassing the model meets the unique index on upper(code).
    with pytest.raises(IntegrityError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO hierarchy_organization (path, depth, numchild, code, name, short_name,"
            " level, kind, status, member_count, sort_order, email, phone, address, website,"
            " search_text, updated_at) VALUES ('ZZZZ', 1, 0, 'ldld-ha-noi', 'x', '', 2,"
            " 'provincial_federation', 'active', 0, 0, '', '', '', '', '', now())"
        )


def _row(code, parent, level, kind):
    return {
        "code": code,
        "parent_code": parent,
        "name": f"Đơn vị {code.upper()}",
        "level": level,
        "kind": kind,
    }


@pytest.mark.django_db
def test_import_matches_codes_whatever_the_case():
    import_rows(
        [_row("r-x", "", 1, "national_federation"), _row("P-x", "R-X", 2, "provincial_federation")]
    )
    assert sorted(Organization.objects.values_list("code", flat=True)) == ["P-X", "R-X"]
    report = import_rows(
        [_row("R-X", "", 1, "national_federation"), _row("p-X", "r-x", 2, "provincial_federation")]
    )
    assert (report.created, report.unchanged) == (0, 2)
    with pytest.raises(ImportRejected) as caught:
        import_rows(
            [
                _row("N-1", "R-X", 2, "provincial_federation"),
                _row("n-1", "R-X", 2, "provincial_federation"),
            ]
        )
    assert "mã đơn vị trùng với dòng 1" in str(caught.value.report.errors[0])


def test_graphql_organization_by_code_in_any_case(tenant_a, client_for):
    org = _root()
    org.add_child(
        code="cd-quan-1",
        name="Công đoàn quận 1",
        level=Level.UPPER_GRASSROOTS,
        kind=Kind.COMMUNE_UNION,
    )
    query = """query ($code: String!) { organization(code: $code) { code }
      children(code: $code, first: 5) { edges { node { code } } } }"""
    response = client_for(tenant_a).post(
        "/graphql/",
        json.dumps({"query": query, "variables": {"code": "Ldld-Ha-Noi"}}),
        content_type="application/json",
    )
    data = response.json()["data"]
    assert data["organization"] == {"code": "LDLD-HA-NOI"}
    assert data["children"]["edges"] == [{"node": {"code": "CD-QUAN-1"}}]


@pytest.mark.django_db
def test_create_action_refuses_a_code_differing_only_by_case():
    from django.core.exceptions import ValidationError

    from hierarchy.actions.create import CreateOrganization

    root = _root("LDLD-HA-NOI")
    CreateOrganization(
        parent=root, code=" cd-phuong-1 ", name="Công đoàn phường 1", kind=Kind.COMMUNE_UNION
    ).execute()
    assert Organization.objects.get(code="CD-PHUONG-1").name == "Công đoàn phường 1"
    with pytest.raises(ValidationError) as caught:
        CreateOrganization(
            parent=root, code="Cd-Phuong-1", name="Trùng mã", kind=Kind.COMMUNE_UNION
        ).execute()
    assert caught.value.messages == ["Mã đơn vị CD-PHUONG-1 đã tồn tại."]
