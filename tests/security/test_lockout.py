"""Brute-force protection on every password form, over HTTP with production settings
(django-axes with its cache handler on Redis; page passwords by congdoan.throttle).

30 wrong passwords, then the right one: refused (429, Vietnamese message saying when to
retry, Retry-After) until the cool-off has passed, then accepted.
"""

import time

import pytest

from tests.security import live
from tests.security.live import COOLOFF_SECONDS, EMAILS, PASSWORD, HttpClient

pytestmark = pytest.mark.django_db
prod_server = live.prod_server  # module-scoped fixtures
world = live.world

WRONG = 30


def _admin_login(prod_server, world):
    client = HttpClient(prod_server, world.hosts["b"])
    client.get("/admin/login/")
    return client, lambda pw: client.post(
        "/admin/login/", {"username": EMAILS["b"], "password": pw}
    )


def _frontend_login(prod_server, world):
    client = HttpClient(prod_server, world.hosts["a"])
    client.get("/_util/login/")
    # Case changes do not make a new account name for the counter.
    names = iter([EMAILS["root"].upper(), EMAILS["root"]] * WRONG)
    return client, lambda pw: client.post(
        "/_util/login/", {"username": next(names), "password": pw}
    )


def _page_password(prod_server, world):
    client = HttpClient(prod_server, world.hosts["b"])
    restriction_id, page_id = world.password_page_ids
    path = f"/_util/authenticate_with_password/{restriction_id}/{page_id}/"
    return client, lambda pw: client.post(path, {"password": pw, "return_url": world.password_page})


FORMS = {
    "admin": (_admin_login, PASSWORD),
    "frontend": (_frontend_login, PASSWORD),
    "page_password": (_page_password, None),
}


def test_thirty_wrong_then_the_right_one_is_refused_until_the_cool_off(prod_server, world):
    attempts = {}
    for name, (make, right) in FORMS.items():
        client, attempt = make(prod_server, world)
        right = right or world.page_password
        answers = []
        for i in range(WRONG):
            answers.append((attempt(f"sai-{i}").status, time.monotonic()))
        # The first failures re-show the form; from the limit on, every answer is 429 (those
        # sent within the cool-off of the lock: a machine slow enough to take longer than
        # the cool-off over 30 requests sees the lock end, as it should).
        statuses = [status for status, _ in answers]
        assert statuses[: live.FAILURE_LIMIT - 1] == [200] * (live.FAILURE_LIMIT - 1), name
        locked_at = answers[live.FAILURE_LIMIT - 1][1]
        within = [
            s for s, t in answers[live.FAILURE_LIMIT - 1 :] if t - locked_at < COOLOFF_SECONDS - 2
        ]
        assert within and set(within) == {429}, (name, statuses)
        assert time.monotonic() - locked_at < COOLOFF_SECONDS - 2, f"{name}: too slow to test"
        refused = attempt(right)
        assert refused.status == 429, name
        assert "Vui lòng thử lại sau" in refused.text, name
        retry_after = int(refused.headers["retry-after"])
        assert 0 < retry_after <= COOLOFF_SECONDS, name
        attempts[name] = (client, attempt, right, retry_after)
    # Wait out the cool-off (the longest one announced), then the right password works.
    time.sleep(max(a[3] for a in attempts.values()) + 1)
    for name, (_client, attempt, right, _) in attempts.items():
        accepted = attempt(right)
        assert accepted.status == 302, name
    # Signed in for real: the admin opens.
    assert attempts["admin"][0].get("/admin/").status == 200
