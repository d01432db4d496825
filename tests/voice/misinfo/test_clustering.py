"""Misinformation reports join clusters by link (tracking parameters and host variants
ignored) and by similar text; clusters belong to the handling organisation."""

import pytest
from django.db import connection

from voice.misinfo import cluster_report, link_key, normalise_link, text_key
from voice.models import MisinformationCluster

RUMOUR = (
    "Công đoàn sẽ thu thêm 2% lương của công nhân từ tháng 1 năm 2026, ai không đóng sẽ bị "
    "đuổi việc"
)
SAME_LINK = [
    "https://www.facebook.com/groups/congnhan/posts/12345",
    "http://facebook.com/groups/congnhan/posts/12345/",
    "https://m.facebook.com/groups/congnhan/posts/12345?fbclid=IwAR0abc",
    "https://WWW.FACEBOOK.COM/groups/congnhan/posts/12345/?utm_source=zalo&utm_medium=share",
    "facebook.com/groups/congnhan/posts/12345#comments",
]


@pytest.mark.parametrize("url", SAME_LINK)
def test_link_variants_normalise_alike(url):
    assert normalise_link(url) == "facebook.com/groups/congnhan/posts/12345"
    assert link_key(url) == link_key(SAME_LINK[0])


def test_other_parameters_are_kept_and_sorted():
    assert normalise_link("https://tinmoi.vn/bai.html?b=2&utm_campaign=x&a=1") == (
        "tinmoi.vn/bai.html?a=1&b=2"
    )
    assert link_key("https://tinmoi.vn/bai.html?id=1") != link_key(
        "https://tinmoi.vn/bai.html?id=2"
    )
    assert normalise_link("không phải đường dẫn") == ""


def test_reports_of_one_link_share_a_cluster(org_tree, report):
    g1 = org_tree["g1"]
    cases = [report(g1, link=url, text=f"Phản ánh số {i}") for i, url in enumerate(SAME_LINK)]
    other = report(g1, link="https://tinmoi.vn/cong-doan-that.html", text="Bài khác hẳn")
    clusters = {c.cluster_id for c in cases}
    assert len(clusters) == 1 and None not in clusters
    cluster = MisinformationCluster.objects.get(pk=clusters.pop())
    assert cluster.report_count == len(SAME_LINK)
    assert cluster.organization == g1
    assert other.cluster_id != cluster.pk
    assert MisinformationCluster.objects.get(pk=other.cluster_id).report_count == 1


def test_a_link_in_the_text_counts_as_the_link(org_tree, report):
    g1 = org_tree["g1"]
    first = report(g1, link=SAME_LINK[0])
    second = report(g1, text=f"Mọi người xem bài này: {SAME_LINK[2]} có đúng không?")
    assert first.cluster_id == second.cluster_id


def test_similar_texts_share_a_cluster_different_ones_do_not(org_tree, report):
    g1 = org_tree["g1"]
    a = report(g1, text=RUMOUR)
    b = report(
        g1,
        text="Nghe nói Công đoàn sẽ thu thêm 2% lương của công nhân từ tháng 1 năm 2026, ai "
        "không đóng sẽ bị đuổi việc. Có thật không?",
    )
    c = report(g1, text=RUMOUR.upper().replace("Ô", "O"))  # shouting, accents dropped
    d = report(
        g1,
        text="Bảo hiểm xã hội một lần sẽ bị bãi bỏ hoàn toàn từ tháng 7 năm 2025 theo luật mới",
    )
    assert a.cluster_id == b.cluster_id == c.cluster_id
    assert d.cluster_id != a.cluster_id
    assert MisinformationCluster.objects.get(pk=a.cluster_id).report_count == 3


def test_clusters_belong_to_the_handling_organisation(org_tree, report):
    in_g1 = report(org_tree["g1"], link=SAME_LINK[0])
    in_g4 = report(org_tree["g4"], link=SAME_LINK[1])
    assert in_g1.cluster_id != in_g4.cluster_id
    assert in_g4.cluster.organization == org_tree["g4"]


def test_clustering_is_idempotent_and_ignores_other_kinds(org_tree, report, make_case):
    case = report(org_tree["g1"], link=SAME_LINK[0])
    assert cluster_report(case).pk == case.cluster_id
    assert MisinformationCluster.objects.get(pk=case.cluster_id).report_count == 1
    question = make_case(org_tree["g1"])
    assert cluster_report(question) is None


def test_short_texts_have_no_text_key():
    assert text_key("tin giả") == ""
    assert len(text_key(RUMOUR)) == 16


def test_cluster_keeps_no_link_or_text_in_clear(org_tree, report):
    case = report(org_tree["g1"], link="https://tinmoi.vn/CANARY-link-9x", text=RUMOUR)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT row_to_json(c)::text FROM voice_misinformationcluster c WHERE id = %s",
            [case.cluster_id],
        )
        raw = cursor.fetchone()[0]
    assert "canary" not in raw.lower() and "tinmoi" not in raw and "lương" not in raw


def test_a_cluster_keeps_a_few_keys_so_drifting_wording_still_matches(org_tree, report):
    from voice.misinfo import cluster_keys

    g1 = org_tree["g1"]
    first = report(g1, text=RUMOUR)
    drifted = report(
        g1,
        text="Nghe nói Công đoàn sẽ thu thêm 2% lương của công nhân từ tháng 1 năm 2026, ai "
        "không đóng sẽ bị đuổi việc. Có thật không?",
    )
    assert drifted.cluster_id == first.cluster_id
    cluster = MisinformationCluster.objects.get(pk=first.cluster_id)
    keys = cluster_keys(cluster.text_key)
    assert 1 <= len(keys) <= 4 and keys[0] == text_key(RUMOUR)
    assert all(len(k) == 16 for k in keys)
