"""Factories of the organisation-tree tests; ``org_tree`` is served by the conftest of
tests/hierarchy and tests/sharing."""

import itertools

import pytest

from hierarchy.actions import CreateOrganization
from hierarchy.models import Kind, Organization

_seq = itertools.count(1)


def make_org(parent=None, kind=Kind.GRASSROOTS, name=None, code=None, **fields):
    n = next(_seq)
    return CreateOrganization(
        parent=parent,
        code=code or f"T{n:05d}",
        name=name or f"Công đoàn cơ sở thử {n}",
        kind=kind,
        **fields,
    ).execute()


def refresh(*orgs):
    return [Organization.objects.get(pk=o.pk) for o in orgs]


@pytest.fixture
def org_tree(tenant_a, tenant_b):
    """TLD → (province A = tenant test_a, province B = tenant test_b, sector S);
    A → commune union UA1 → G1, G2; A → industrial-zone union UA2 → G3; B → UB1 → G4."""
    tld = make_org(None, Kind.NATIONAL_FEDERATION, "Tổng Liên đoàn Lao động Việt Nam", "XTLD")
    a = make_org(
        tld, Kind.PROVINCIAL_FEDERATION, "Liên đoàn Lao động tỉnh A", "XPA", member_count=0
    )
    b = make_org(tld, Kind.PROVINCIAL_FEDERATION, "Liên đoàn Lao động tỉnh B", "XPB")
    s = make_org(tld, Kind.SECTOR_UNION, "Công đoàn Giáo dục Việt Nam", "XSGD")
    Organization.objects.filter(pk=a.pk).update(tenant=tenant_a)
    Organization.objects.filter(pk=b.pk).update(tenant=tenant_b)
    ua1 = make_org(a, Kind.COMMUNE_UNION, "Công đoàn phường Hoàn Kiếm", "XUA1")
    ua2 = make_org(a, Kind.INDUSTRIAL_ZONE_UNION, "Công đoàn các Khu công nghiệp tỉnh A", "XUA2")
    ub1 = make_org(b, Kind.COMMUNE_UNION, "Công đoàn xã Đông Hòa", "XUB1")
    g1 = make_org(
        ua1, name="Công đoàn cơ sở Công ty TNHH May Việt Tiến", code="XG1", member_count=120
    )
    g2 = make_org(ua1, name="Công đoàn cơ sở Trường THCS Nguyễn Du", code="XG2", member_count=40)
    g3 = make_org(
        ua2, name="Công đoàn cơ sở Công ty Cổ phần Điện tử Sao Mai", code="XG3", member_count=800
    )
    g4 = make_org(
        ub1, name="Công đoàn cơ sở Bệnh viện Đa khoa Đông Hòa", code="XG4", member_count=300
    )
    orgs = [tld, a, b, s, ua1, ua2, ub1, g1, g2, g3, g4]
    keys = ["tld", "a", "b", "s", "ua1", "ua2", "ub1", "g1", "g2", "g3", "g4"]
    return {k: Organization.objects.get(pk=v.pk) for k, v in zip(keys, orgs, strict=True)}
