"""Misinformation clustering and the handled rate, measured on the test database.

Not collected by the suite (its name does not start with ``test_``); run it by path, with
the suite's fixtures (test tenants, the test org tree)::

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> REDIS_URL=redis://127.0.0.1:6379/<n> \\
      .venv/bin/python -m pytest tests/voice/misinfo/bench_misinfo.py -q -s

1. Clustering: ``BENCH_REPORTS`` (default 3,000) reports to one organisation, 60% by link
   (400 links, each reported in random variants: scheme, www./m., tracking parameters,
   trailing slash, fragment) and 40% by text (200 distinct synthetic rumours of 14-24 words,
   each reported with edits: a word dropped, two words swapped, a prefix such as "Nghe
   nói", accents removed, upper case). Prints p50/p95/max of ``cluster_report`` and the
   quality: reports put with a report of another rumour (false merges) and rumours split
   over several clusters.
2. Handled rate: ``BENCH_RATE_REPORTS`` (default 50,000) reports spread over the test tree's
   grassroots unions, clusters with verdicts at random delays; p50/p95 of ``handled_rate``
   for the province and for a grassroots union.
"""

from __future__ import annotations

import collections
import datetime
import json
import os
import random
import statistics
import time
from pathlib import Path

import pytest
from django.utils import timezone

from congdoan.text import fold
from voice import codes
from voice.misinfo import cluster_report, handled_rate, handled_rates_of_children
from voice.models import Case, Channel, Kind, MisinformationCluster, Verdict

REPORTS = int(os.environ.get("BENCH_REPORTS", "3000"))
RATE_REPORTS = int(os.environ.get("BENCH_RATE_REPORTS", "50000"))
RESULT = Path(__file__).resolve().parents[3] / "bench" / "results" / "voice_misinfo.json"

_VOCAB_TEXT = (
    "công đoàn lương thưởng tết bảo hiểm xã hội y tế thất nghiệp công nhân doanh nghiệp nhà "
    "máy khu công nghiệp giám đốc hợp đồng lao động sa thải tăng ca làm thêm giờ nghỉ phép "
    "đoàn phí quỹ phúc lợi nhà ở xã hội chính phủ nghị định luật mới tháng năm sẽ bị buộc "
    "phải đóng thêm phần trăm cắt giảm toàn bộ không được nhận tiền hỗ trợ trợ cấp một lần "
    "rút sổ chậm trả nợ phá sản đình công biểu tình phạt tù công an điều tra lãnh đạo liên "
    "đoàn tỉnh thành phố huyện xã người lao động nữ thai sản con nhỏ trường học bệnh viện "
    "tai nạn an toàn hóa chất độc hại khẩu trang vắc xin tiêm phòng thu hồi giấy phép đóng "
    "cửa chuyển nhà máy sang nước ngoài"
)
VOCAB = sorted(set(_VOCAB_TEXT.split()))
PREFIXES = ["Nghe nói", "Có thật không:", "Mọi người ơi,", "Tin nóng:", "Chia sẻ gấp:"]


def pct(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def link_variant(rnd, host, path):
    scheme = rnd.choice(["https://", "http://", ""])
    prefix = rnd.choice(["", "www.", "m."])
    url = f"{scheme}{prefix}{host if rnd.random() < 0.7 else host.upper()}{path}"
    if rnd.random() < 0.5:
        url += "/"
    params = []
    if rnd.random() < 0.5:
        params.append(f"fbclid=IwAR{rnd.randrange(10**9)}")
    if rnd.random() < 0.3:
        params.append("utm_source=zalo&utm_medium=share")
    if params:
        url += "?" + "&".join(params)
    if rnd.random() < 0.2:
        url += "#binh-luan"
    return url


def text_variant(rnd, words):
    words = list(words)
    edit = rnd.random()
    if edit < 0.25 and len(words) > 8:
        del words[rnd.randrange(len(words))]
    elif edit < 0.5:
        i = rnd.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    text = " ".join(words)
    if rnd.random() < 0.3:
        text = f"{rnd.choice(PREFIXES)} {text}"
    if rnd.random() < 0.2:
        text = fold(text)
    if rnd.random() < 0.1:
        text = text.upper()
    return text


def new_report(org, when, **fields):
    return Case(
        code=codes.new_code(),
        secret_hash="x",
        kind=Kind.MISINFORMATION,
        channel=Channel.WEB_FORM,
        organization=org,
        origin_organization=org,
        org_path=org.path,
        received_at=when,
        title="",
        **fields,
    )


@pytest.mark.django_db
def test_clustering(org_tree):
    rnd = random.Random(14)
    org = org_tree["g3"]
    links = [
        (rnd.choice(["facebook.com", "tiktok.com", "tinmoi24h.vn", "baomoi.xyz"]), f"/p/{i}")
        for i in range(400)
    ]
    rumours = [rnd.sample(VOCAB, rnd.randint(14, 24)) for _ in range(200)]
    now = timezone.now()
    timings, labels = [], {}
    for i in range(REPORTS):
        if rnd.random() < 0.6:
            n = rnd.randrange(len(links))
            case = new_report(org, now, link=link_variant(rnd, *links[n]), body="Xem giúp")
            label = f"link-{n}"
        else:
            n = rnd.randrange(len(rumours))
            case = new_report(org, now, link="", body=text_variant(rnd, rumours[n]))
            label = f"text-{n}"
        case.save()
        start = time.perf_counter()
        cluster = cluster_report(case)
        timings.append((time.perf_counter() - start) * 1000)
        labels[case.pk] = (label, cluster.pk)
        if i and i % 1000 == 0:
            print(f"  {i} báo cáo…", flush=True)
    by_cluster = collections.defaultdict(collections.Counter)
    by_label = collections.defaultdict(set)
    for label, cluster_id in labels.values():
        by_cluster[cluster_id][label] += 1
        by_label[label].add(cluster_id)
    false_merges = sum(sum(c.values()) - c.most_common(1)[0][1] for c in by_cluster.values())
    split = sum(1 for clusters in by_label.values() if len(clusters) > 1)
    text_labels = [lb for lb in by_label if lb.startswith("text-")]
    text_split = sum(1 for lb in text_labels if len(by_label[lb]) > 1)
    result = {
        "reports": REPORTS,
        "clusters": len(by_cluster),
        "true_groups": len(by_label),
        "false_merges_reports": false_merges,
        "split_groups": split,
        "split_text_groups": f"{text_split}/{len(text_labels)}",
        "cluster_report_ms": {
            "p50": round(statistics.median(timings), 2),
            "p95": round(pct(timings, 95), 2),
            "max": round(max(timings), 2),
        },
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))
    _save("clustering", result)


@pytest.mark.django_db
def test_handled_rate(org_tree):
    rnd = random.Random(7)
    grassroots = [org_tree[k] for k in ("g1", "g2", "g3", "g4")]
    start = timezone.make_aware(datetime.datetime(2026, 11, 1))
    clusters = []
    for i in range(RATE_REPORTS // 5):
        org = grassroots[i % 4]
        delay = rnd.choice([None, 1, 3, 6, 9, 20])
        first = start + datetime.timedelta(hours=rnd.randrange(29 * 24))
        clusters.append(
            MisinformationCluster(
                organization=org,
                first_reported_at=first,
                verdict=Verdict.FALSE if delay else "",
                verdict_at=first + datetime.timedelta(days=delay) if delay else None,
            )
        )
    MisinformationCluster.objects.bulk_create(clusters, batch_size=2000)
    reports = []
    for _ in range(RATE_REPORTS):
        cluster = rnd.choice(clusters)
        when = cluster.first_reported_at + datetime.timedelta(hours=rnd.randrange(48))
        report = new_report(cluster.organization, when, link="", body="")
        report.cluster = cluster
        reports.append(report)
    Case.objects.bulk_create(reports, batch_size=2000)
    timings = {"province": [], "grassroots": [], "province_children_grouped": []}
    period = (datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
    for _ in range(30):
        for key, org in (("province", org_tree["a"]), ("grassroots", org_tree["g1"])):
            t0 = time.perf_counter()
            handled_rate(org, *period)
            timings[key].append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        handled_rates_of_children(org_tree["a"], *period)
        timings["province_children_grouped"].append((time.perf_counter() - t0) * 1000)
    province = handled_rate(org_tree["a"], datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
    result = {
        "reports": RATE_REPORTS,
        "province": {"received": province.received, "handled": province.handled},
        "handled_rate_ms": {
            k: {"p50": round(statistics.median(v), 2), "p95": round(pct(v, 95), 2)}
            for k, v in timings.items()
        },
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))
    _save("handled_rate", result)


def _save(key, value):
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    data = json.loads(RESULT.read_text()) if RESULT.exists() else {}
    data[key] = value
    RESULT.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
