"""Misinformation reports: clustering, the verdict notice and the handled rate.

**Clusters.** A misinformation report (a ``Case`` of kind ``misinformation``: a link, a text,
screenshots as attachments) joins a ``MisinformationCluster`` of the organisation handling
it when it is submitted (``cluster_report``, run by the ``case_changed`` receiver below):

* the same link: ``normalise_link`` drops the scheme, "www."/"m." and the port, lower-cases
  the host, removes tracking parameters (``utm_*``, ``fbclid``, ``gclid``, ``zarsrc``…),
  the fragment and the trailing slash, and sorts the other parameters; ``link_key`` is a
  keyed hash of that (the cluster stores no link in clear: reports are personal data);
* else a similar text: ``text_key`` is a 64-bit SimHash of the accent-folded words and word
  pairs of the report (links removed; at least ``MIN_WORDS`` words), each feature hashed with
  the voice index key; two reports are similar when their keys differ in at most
  ``VOICE_MISINFO_SIMHASH_DISTANCE`` bits (default 13), compared in SQL (``bit_count``)
  with up to four keys kept per cluster (the first report's and later ones that differ).

A report that matches nothing starts a new cluster; ``report_count`` counts every report.

**Handled rate.** ``handled_rate(org, start, end)``: of the misinformation reports handled in
``org``'s subtree and received in the period, the share whose cluster got a verdict within
``VOICE_MISINFO_VERDICT_DAYS`` days (default 7) of the report's receipt (a verdict already
given when the report arrived counts as in time). Every report counts, duplicates included;
below ``VOICE_MISINFO_TARGET`` (0.8) the row is flagged.
"""

from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import dataclass
from fractions import Fraction
from urllib.parse import parse_qsl, urlencode, urlsplit

from django.conf import settings
from django.db import connection
from django.db.models import Count, F, Q
from django.db.models.functions import Substr
from django.utils import timezone

from congdoan.text import fold
from voice import crypto
from voice.models import Case, Kind, MisinformationCluster, Verdict

# Query parameters that say where a click came from, not what the page is.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "igshid",
        "mibextid",
        "zarsrc",
        "zalo_source",
        "mc_cid",
        "mc_eid",
        "_hsenc",
        "_hsmi",
        "ref_src",
        "__cft__",
        "__tn__",
    }
)
HOST_PREFIXES = ("www.", "m.", "mobile.", "mbasic.")
MIN_WORDS = 4
# Advisory lock class of clustering (one lock per organisation): two reports of the same
# link arriving together must not start two clusters.
LOCK_CLASS = 5214

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)


def verdict_days() -> int:
    return int(getattr(settings, "VOICE_MISINFO_VERDICT_DAYS", 7))


def target_rate() -> Fraction:
    return Fraction(str(getattr(settings, "VOICE_MISINFO_TARGET", "0.8")))


def simhash_distance() -> int:
    return int(getattr(settings, "VOICE_MISINFO_SIMHASH_DISTANCE", 13))


# --- keys ---------------------------------------------------------------------------------


def normalise_link(url: str) -> str:
    """The link as clusters compare it ("" when it is no web address):
    ``https://m.Facebook.com/story.php/?id=1&utm_source=x&fbclid=y#c`` ->
    ``facebook.com/story.php?id=1``."""
    url = (url or "").strip()
    if not url:
        return ""
    if "://" not in url:
        url = f"http://{url}"
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().rstrip(".")
    except ValueError:
        return ""
    if "." not in host:
        return ""
    for prefix in HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix) :]
            break
    path = re.sub(r"/{2,}", "/", parts.path or "").rstrip("/")
    params = sorted(
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith("utm_") and key.lower() not in TRACKING_PARAMS
    )
    query = f"?{urlencode(params)}" if params else ""
    return f"{host}{path}{query}"


def link_key(url: str) -> str:
    """Keyed hash of ``normalise_link(url)`` ("" for no link)."""
    normalised = normalise_link(url)
    return crypto.blind_index(normalised, purpose="misinfo-link") if normalised else ""


def words(text: str) -> list[str]:
    """The accent-folded, lower-cased words of ``text``, links left out."""
    return _WORD.findall(fold(_URL.sub(" ", text or "")).lower())


def simhash(features: list[str]) -> int:
    """64-bit SimHash of ``features`` (each hashed with the voice index key)."""
    weights = [0] * 64
    for feature in features:
        value = int(crypto.blind_index(feature, purpose="misinfo-text")[:16], 16)
        for bit in range(64):
            weights[bit] += 1 if value >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)


def text_key(text: str) -> str:
    """16 hex digits of the SimHash of the words and word pairs of ``text`` ("" when it has
    fewer than ``MIN_WORDS`` words)."""
    found = words(text)
    if len(found) < MIN_WORDS:
        return ""
    features = found + [f"{a} {b}" for a, b in itertools.pairwise(found)]
    return f"{simhash(features):016x}"


def distance(key_a: str, key_b: str) -> int:
    """Bits in which two text keys differ."""
    return (int(key_a, 16) ^ int(key_b, 16)).bit_count()


def report_link(case: Case) -> str:
    """The reported link: the case's link field, else the first link in its text."""
    if case.link:
        return case.link
    found = _URL.search(f"{case.title}\n{case.body}")
    return found.group(0) if found else ""


def report_text(case: Case) -> str:
    return f"{case.title}\n{case.body}"


# --- clustering ---------------------------------------------------------------------------


# ``text_key`` of a cluster holds up to ``KEYS_PER_CLUSTER`` keys of 16 hex digits side by
# side (the column is 64 characters): the first report's and those of later reports that
# differ from every kept key by more than ``NEW_KEY_BITS`` bits, so a rumour whose wording
# drifts is still recognised.
KEY_LENGTH = 16
KEYS_PER_CLUSTER = 4
NEW_KEY_BITS = 3
_NEAREST = "LEAST({})".format(
    ", ".join(
        f"CASE WHEN length(text_key) >= {KEY_LENGTH * (i + 1)} THEN "
        f"bit_count(('x' || substr(text_key, {KEY_LENGTH * i + 1}, {KEY_LENGTH}))::bit(64) "
        "# ('x' || %s)::bit(64)) ELSE 64 END"
        for i in range(KEYS_PER_CLUSTER)
    )
)


def cluster_keys(text_keys: str) -> list[str]:
    """The keys held in a cluster's ``text_key``."""
    return [text_keys[i : i + KEY_LENGTH] for i in range(0, len(text_keys), KEY_LENGTH)]


def with_key(text_keys: str, key: str) -> str:
    """``text_keys`` with ``key`` added when it is new enough and there is room."""
    kept = cluster_keys(text_keys)
    if not key or len(kept) >= KEYS_PER_CLUSTER:
        return text_keys
    if any(distance(key, other) <= NEW_KEY_BITS for other in kept):
        return text_keys
    return text_keys + key


def similar_cluster(organization_id: int, key: str) -> MisinformationCluster | None:
    """The organisation's cluster with a text key nearest to ``key`` within the threshold."""
    if not key:
        return None
    return (
        MisinformationCluster.objects.filter(organization_id=organization_id)
        .exclude(text_key="")
        .extra(
            select={"distance": _NEAREST},
            select_params=[key] * KEYS_PER_CLUSTER,
            where=[f"{_NEAREST} <= %s"],
            params=[key] * KEYS_PER_CLUSTER + [simhash_distance()],
        )
        .order_by("distance", "-first_reported_at")
        .first()
    )


def cluster_report(case: Case) -> MisinformationCluster | None:
    """Put a misinformation report into its cluster (an existing one of the same link or a
    similar text, else a new one) and count it. Idempotent; None for other kinds."""
    if case.kind != Kind.MISINFORMATION:
        return None
    if case.cluster_id:
        return case.cluster
    org_id = case.organization_id
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [LOCK_CLASS, org_id % 2**31])
    lkey = link_key(report_link(case))
    tkey = text_key(report_text(case))
    cluster = None
    if lkey:
        cluster = (
            MisinformationCluster.objects.filter(organization_id=org_id, link_key=lkey)
            .order_by("-first_reported_at")
            .first()
        )
    if cluster is None:
        cluster = similar_cluster(org_id, tkey)
    if cluster is None:
        cluster = MisinformationCluster.objects.create(
            organization_id=org_id,
            link_key=lkey,
            text_key=tkey,
            first_reported_at=case.received_at,
            report_count=1,
        )
    else:
        updates = {"report_count": F("report_count") + 1}
        if lkey and not cluster.link_key:
            updates["link_key"] = lkey
        keys = with_key(cluster.text_key, tkey)
        if keys != cluster.text_key:
            updates["text_key"] = keys
        MisinformationCluster.objects.filter(pk=cluster.pk).update(**updates)
        cluster.refresh_from_db()
    Case.objects.filter(pk=case.pk).update(cluster=cluster)
    case.cluster = cluster
    return cluster


def on_case_changed(sender, action, case, actor=None, organization=None, **kwargs):
    if action == "submitted" and case.kind == Kind.MISINFORMATION:
        cluster_report(case)


def connect() -> None:
    """Cluster every misinformation report as it is submitted (``VoiceConfig.ready``)."""
    from voice.signals import case_changed

    case_changed.connect(on_case_changed, dispatch_uid="voice.misinfo.cluster_report")


# --- the verdict notice -------------------------------------------------------------------


def verdict_text(case: Case) -> str:
    """What a reporter is told when their report's cluster gets a verdict ("" without one)."""
    cluster = case.cluster
    if cluster is None or not cluster.verdict:
        return ""
    parts = [
        f"Thông tin bạn phản ánh (vụ việc {case.code}) đã được xác minh: "
        f"{Verdict(cluster.verdict).label.lower()}."
    ]
    if cluster.verdict_note:
        parts.append(cluster.verdict_note.strip())
    if cluster.response_url:
        parts.append(f"Bài viết của công đoàn: {cluster.response_url}")
    parts.append("Cảm ơn bạn đã góp phần ngăn chặn thông tin sai lệch.")
    return "\n".join(parts)


# --- the handled rate ---------------------------------------------------------------------


@dataclass(frozen=True)
class HandledRate:
    organization: object
    start: datetime.datetime
    end: datetime.datetime
    received: int
    handled: int
    target: Fraction

    @property
    def rate(self) -> Fraction | None:
        """handled / received, exact (None when nothing was received)."""
        return Fraction(self.handled, self.received) if self.received else None

    @property
    def percent(self) -> float | None:
        return None if self.rate is None else float(self.rate * 100)

    @property
    def flagged(self) -> bool:
        return self.rate is not None and self.rate < self.target

    @property
    def late_or_open(self) -> int:
        return self.received - self.handled


def period_bounds(start, end) -> tuple[datetime.datetime, datetime.datetime]:
    """Dates are whole local days, ``end`` included; datetimes are taken as a half-open
    interval [start, end)."""
    tz = timezone.get_current_timezone()

    def bound(value, next_day):
        if isinstance(value, datetime.datetime):
            return value if timezone.is_aware(value) else timezone.make_aware(value, tz)
        day = value + datetime.timedelta(days=1) if next_day else value
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min), tz)

    return bound(start, False), bound(end, True)


def _reports(path: str, start_at, end_at):
    return Case.objects.filter(
        kind=Kind.MISINFORMATION,
        org_path__startswith=path,
        received_at__gte=start_at,
        received_at__lt=end_at,
    )


def _counts(window: datetime.timedelta) -> dict:
    return {
        "received": Count("pk"),
        "handled": Count(
            "pk",
            filter=Q(
                cluster__verdict_at__isnull=False,
                cluster__verdict_at__lte=F("received_at") + window,
            ),
        ),
    }


def _window(days: int | None) -> datetime.timedelta:
    return datetime.timedelta(days=verdict_days() if days is None else days)


def handled_rate(org, start, end, *, days: int | None = None) -> HandledRate:
    """The handled rate of ``org``'s subtree for the period (see the module docstring)."""
    start_at, end_at = period_bounds(start, end)
    counts = _reports(org.path, start_at, end_at).aggregate(**_counts(_window(days)))
    return HandledRate(
        organization=org,
        start=start_at,
        end=end_at,
        received=counts["received"],
        handled=counts["handled"],
        target=target_rate(),
    )


def handled_rates(orgs, start, end, *, days: int | None = None) -> list[HandledRate]:
    """``handled_rate`` of each organisation (one query each)."""
    return [handled_rate(org, start, end, days=days) for org in orgs]


def handled_rates_of_children(org, start, end, *, days: int | None = None) -> list[HandledRate]:
    """``handled_rate`` of every child of ``org`` (their subtrees), in one query grouped by
    the child's path prefix (children's paths all have the same length)."""
    children = list(org.get_children().order_by("path"))
    if not children:
        return []
    start_at, end_at = period_bounds(start, end)
    width = len(children[0].path)
    rows = (
        _reports(org.path, start_at, end_at)
        .exclude(org_path=org.path)
        .annotate(child_path=Substr("org_path", 1, width))
        .values("child_path")
        .annotate(**_counts(_window(days)))
    )
    found = {row["child_path"]: row for row in rows}
    target = target_rate()
    return [
        HandledRate(
            organization=child,
            start=start_at,
            end=end_at,
            received=found.get(child.path, {}).get("received", 0),
            handled=found.get(child.path, {}).get("handled", 0),
            target=target,
        )
        for child in children
    ]
