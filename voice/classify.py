"""Suggestions for handlers: the topic of a case and its likely duplicates.

``suggest_topic(text)``: the national taxonomy (``voice.models.Topic``) guessed from
Vietnamese text by weighted keyword phrases matched on accent-folded words
(``congdoan.text.fold``), so "lương", "luong" and "LƯƠNG" count alike and "bảo hiểm xã hội",
"bao hiem xa hoi" and "BHXH" all point to social insurance. A phrase matches whole words
only ("an toàn" is not found in "nhan toan"). The topic with the highest score wins if it
reaches ``MIN_SCORE``; otherwise "" (the handler chooses). A handler always confirms.

``similar_cases(case, limit=5)``: open cases of the same kind in the subtree of the case's
organisation whose text looks alike. Titles and bodies are encrypted at rest, so the
database cannot compare them (no ``pg_trgm`` similarity on ciphertext): a bounded set of
candidates (the newest ``SIMILAR_CANDIDATES`` open cases of the last ``SIMILAR_DAYS`` days)
is decrypted and compared here, by the Jaccard similarity of folded word sets and of
character trigrams.
"""

from __future__ import annotations

import datetime
import re

from django.utils import timezone

from congdoan.text import fold
from voice.models import OPEN_STATUSES, Case, Topic

_WORD = re.compile(r"[a-z0-9]+")

# (folded phrase, weight). Longer, unambiguous phrases weigh more.
KEYWORDS: dict[str, list[tuple[str, int]]] = {
    Topic.WAGES: [
        ("luong", 2),
        ("tien luong", 3),
        ("tien cong", 3),
        ("thu nhap", 2),
        ("no luong", 4),
        ("cham luong", 4),
        ("tra cham luong", 4),
        ("luong toi thieu", 4),
        ("tru luong", 3),
        ("phu cap", 2),
        ("tien thuong", 2),
        ("bang luong", 3),
    ],
    Topic.SOCIAL_INSURANCE: [
        ("bhxh", 4),
        ("bao hiem xa hoi", 4),
        ("bhyt", 3),
        ("bao hiem y te", 3),
        ("bhtn", 3),
        ("bao hiem that nghiep", 4),
        ("bao hiem", 2),
        ("so bao hiem", 3),
        ("thai san", 3),
        ("om dau", 2),
        ("huu tri", 3),
        ("luong huu", 4),
        ("dong bao hiem", 3),
    ],
    Topic.WORKING_TIME: [
        ("tang ca", 3),
        ("lam them gio", 3),
        ("lam them", 2),
        ("gio lam", 2),
        ("gio lam viec", 3),
        ("thoi gio lam viec", 3),
        ("nghi phep", 3),
        ("phep nam", 3),
        ("nghi le", 2),
        ("nghi tet", 2),
        ("ca dem", 2),
        ("nghi giua ca", 3),
        ("ngay nghi", 2),
        ("nghi hang tuan", 3),
    ],
    Topic.SAFETY: [
        ("an toan", 3),
        ("an toan lao dong", 4),
        ("ve sinh lao dong", 4),
        ("tai nan", 3),
        ("tai nan lao dong", 4),
        ("benh nghe nghiep", 4),
        ("doc hai", 3),
        ("hoa chat", 2),
        ("bao ho", 3),
        ("bao ho lao dong", 4),
        ("chay no", 3),
        ("ngat xiu", 3),
        ("ngo doc", 3),
        ("tieng on", 2),
        ("nang nong", 2),
    ],
    Topic.CONTRACT: [
        ("hop dong", 3),
        ("hop dong lao dong", 4),
        ("sa thai", 4),
        ("duoi viec", 4),
        ("cham dut hop dong", 4),
        ("cho thoi viec", 4),
        ("thoi viec", 3),
        ("nghi viec", 2),
        ("mat viec", 3),
        ("thu viec", 3),
        ("ky luat", 2),
        ("don phuong", 2),
        ("tro cap thoi viec", 2),
    ],
    Topic.DUES_WELFARE: [
        ("doan phi", 4),
        ("kinh phi cong doan", 4),
        ("phuc loi", 3),
        ("tham hoi", 3),
        ("qua tet", 2),
        ("tet sum vay", 3),
        ("doan vien", 1),
        ("the doan vien", 3),
        ("quy cong doan", 3),
    ],
    Topic.HOUSING: [
        ("nha o", 4),
        ("nha o xa hoi", 4),
        ("nha tro", 4),
        ("phong tro", 4),
        ("thue nha", 3),
        ("tien nha", 3),
        ("ky tuc xa", 3),
        ("thiet che cong doan", 4),
        ("mai am cong doan", 4),
        ("cho o", 3),
        ("nha tre", 2),
    ],
}

MIN_SCORE = 2
MAX_HITS_PER_PHRASE = 3
SIMILAR_CANDIDATES = 500
SIMILAR_DAYS = 90
SIMILAR_THRESHOLD = 0.3

_ORDER = {topic: n for n, topic in enumerate(KEYWORDS)}


def words(text: str) -> list[str]:
    """Lower-case, accent-folded words of ``text``."""
    return _WORD.findall(fold(text or "").lower())


def topic_scores(text: str) -> dict[str, int]:
    """The score of every topic with at least one phrase in ``text``."""
    padded = " " + " ".join(words(text)) + " "
    scores: dict[str, int] = {}
    for topic, phrases in KEYWORDS.items():
        score = 0
        for phrase, weight in phrases:
            hits = padded.count(" " + phrase + " ")
            score += weight * min(hits, MAX_HITS_PER_PHRASE)
        if score:
            scores[str(topic)] = score
    return scores


def suggest_topic(text: str) -> str:
    """The ``Topic`` value suggested for ``text``, or "" when nothing matches well enough."""
    scores = topic_scores(text)
    if not scores:
        return ""
    best = max(scores, key=lambda t: (scores[t], -_ORDER[t]))
    return best if scores[best] >= MIN_SCORE else ""


# --- duplicates ---------------------------------------------------------------------------

# Frequent words that say nothing about what a case is about.
_STOP = "la va cua co khong cho toi em anh chi duoc nhu the nao thi ma de voi cac nhung mot"
_STOP += " da se dang rat bi tai trong khi ve neu vi hay hoi xin cam on ty chung"
STOPWORDS = frozenset(_STOP.split(" "))


def _features(text: str) -> tuple[frozenset[str], frozenset[str]]:
    ws = [w for w in words(text) if w not in STOPWORDS]
    joined = " ".join(ws)
    trigrams = frozenset(joined[i : i + 3] for i in range(max(len(joined) - 2, 0)))
    return frozenset(ws), trigrams


def _jaccard(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def similarity(a: str, b: str) -> float:
    """0..1: how alike two texts are (folded words and character trigrams)."""
    wa, ta = _features(a)
    wb, tb = _features(b)
    return 0.5 * _jaccard(wa, wb) + 0.5 * _jaccard(ta, tb)


def rank_similar(text: str, candidates, *, limit: int = 5, threshold: float = SIMILAR_THRESHOLD):
    """``candidates`` (cases) most like ``text``, best first, each with ``.similarity``."""
    wa, ta = _features(text)
    scored = []
    for other in candidates:
        wb, tb = _features(f"{other.title}\n{other.body}")
        score = 0.5 * _jaccard(wa, wb) + 0.5 * _jaccard(ta, tb)
        if score >= threshold:
            other.similarity = round(score, 3)
            scored.append(other)
    scored.sort(key=lambda c: (-c.similarity, -c.pk))
    return scored[:limit]


def similar_cases(case: Case, limit: int = 5) -> list[Case]:
    """Likely duplicates of ``case``: open cases of the same kind in its organisation's
    subtree, compared in Python on decrypted text (one statement)."""
    since = timezone.now() - datetime.timedelta(days=SIMILAR_DAYS)
    candidates = (
        Case.objects.filter(
            org_path__startswith=case.org_path,
            status__in=OPEN_STATUSES,
            kind=case.kind,
            received_at__gte=since,
            erased_at__isnull=True,
        )
        .exclude(pk=case.pk)
        .order_by("-received_at")
        .only("id", "code", "title", "body", "received_at", "organization_id", "status")
    )[:SIMILAR_CANDIDATES]
    return rank_similar(f"{case.title}\n{case.body}", candidates, limit=limit)
