"""The channel registry: checks against a local HTTP server (never the internet), manual
confirmation, Vietnamese errors for bad input, and the series channels_required /
channels_present kept as stock changes (organisations created and dissolved, channels
checked, removed, going stale)."""

import datetime
import socket

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from accounts.roles import Role
from hierarchy.actions import GrantRole
from hierarchy.actions.dissolve import DissolveOrganization
from programme import channels
from programme.actions.check_channel import CheckChannel
from programme.actions.remove_channel import RemoveChannel
from programme.actions.save_channel import SaveChannel
from programme.actuals_jobs import check_channels, check_stale
from programme.figures import Period, subtree_totals
from programme.models import Channel, ChannelCheck, ChannelState, Platform
from tests.factories import make_user
from tests.statements import statements

from .loopback import loopback_site

pytestmark = pytest.mark.django_db

KEYS = ["channels_required", "channels_present"]


@pytest.fixture
def site(settings):
    settings.PROGRAMME_CHANNEL_ALLOW_PRIVATE = True
    settings.PROGRAMME_CHANNEL_TIMEOUT = 1
    with loopback_site() as url:
        yield url


def now_figures(org):
    today = timezone.localdate()
    return subtree_totals(org, Period.month(today.year, today.month), series=KEYS)


def editor_of(org, role=Role.EDITOR):
    user = make_user()
    GrantRole(user, org, role).execute()
    return user


def test_fetch_results(site, settings):
    assert channels.fetch(f"{site}/ok") == (True, "Trang phản hồi bình thường (HTTP 200).")
    assert channels.fetch(f"{site}/moved") == (True, "Trang phản hồi bình thường (HTTP 200).")
    assert channels.fetch(f"{site}/missing") == (False, "Trang báo lỗi HTTP 404.")
    assert channels.fetch(f"{site}/loop") == (False, "Chuyển hướng quá 5 lần.")
    assert channels.fetch(f"{site}/slow") == (False, "Quá 1 giây không phản hồi.")
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    assert channels.fetch(f"http://127.0.0.1:{closed}/") == (
        False,
        "Không kết nối được tới trang.",
    )
    assert channels.fetch("ftp://example.vn/")[1].startswith("Chỉ kiểm tra được")
    settings.PROGRAMME_CHANNEL_ALLOW_PRIVATE = False
    assert channels.fetch(f"{site}/ok") == (False, "Địa chỉ thuộc mạng nội bộ, không kiểm tra.")


def test_upper_grassroots_unions_are_required(org_tree):
    t = org_tree
    # UA1, UA2 (province A), UB1 (province B) were created upper-grassroots.
    assert now_figures(t["tld"]) == {"channels_required": 3, "channels_present": 0}
    assert now_figures(t["a"]) == {"channels_required": 2, "channels_present": 0}
    assert now_figures(t["g1"]) == {"channels_required": 0, "channels_present": 0}
    DissolveOrganization(t["ua2"], reparent_to=t["ua1"]).execute()
    assert now_figures(t["a"]) == {"channels_required": 1, "channels_present": 0}
    assert channels.reconcile() == 0  # the whole tree agrees: nothing to change


def test_checked_channel_makes_the_union_present(org_tree, site):
    t = org_tree
    editor = editor_of(t["ua1"])
    website = SaveChannel(
        t["ua1"], platform=Platform.WEBSITE, url=f"{site}/ok", name="Trang CĐ", actor=editor
    ).execute()
    fanpage = SaveChannel(
        t["ua1"], platform=Platform.FACEBOOK, url="https://www.facebook.com/cdhk", actor=editor
    ).execute()
    assert now_figures(t["a"])["channels_present"] == 0  # not checked yet

    check = CheckChannel(website, actor=editor).execute()
    assert (check.ok, check.method) == (True, "fetch")
    assert now_figures(t["a"]) == {"channels_required": 2, "channels_present": 1}
    website.refresh_from_db()
    assert website.last_check_ok and website.last_checked_by == editor

    with pytest.raises(ValidationError) as exc:
        CheckChannel(fanpage, actor=editor).execute()  # cannot be fetched
    assert "xác nhận" in exc.value.messages[0]
    CheckChannel(fanpage, confirmed=True, actor=editor).execute()
    assert now_figures(t["a"])["channels_present"] == 1  # one per union, not per channel

    RemoveChannel(website, actor=editor).execute()
    assert now_figures(t["a"])["channels_present"] == 1  # the fanpage still counts
    CheckChannel(fanpage, confirmed=False, actor=editor).execute()
    assert now_figures(t["a"])["channels_present"] == 0
    CheckChannel(fanpage, confirmed=True, actor=editor).execute()
    assert now_figures(t["a"])["channels_present"] == 1

    # Nobody confirms it again for longer than the fresh window: not present any more.
    later = timezone.now() + datetime.timedelta(days=channels.fresh_days() + 1)
    assert channels.reconcile(now=later) == 1
    state = ChannelState.objects.get(organization=t["ua1"])
    assert (state.required, state.present) == (True, False)
    assert ChannelCheck.objects.filter(channel=fanpage).count() == 3


def test_bad_input_in_vietnamese_nothing_written(org_tree):
    ua1 = org_tree["ua1"]
    with pytest.raises(ValidationError) as exc:
        SaveChannel(ua1, platform="myspace", url="trang-cua-toi").execute()
    errors = exc.value.message_dict
    assert errors["platform"] == ["Loại kênh không hợp lệ: hãy chọn một loại trong danh sách."]
    assert errors["url"][0].startswith("Địa chỉ không hợp lệ")
    SaveChannel(ua1, platform=Platform.ZALO_OA, url="https://zalo.me/cdhk").execute()
    with pytest.raises(ValidationError) as exc:
        SaveChannel(ua1, platform=Platform.ZALO_OA, url="https://zalo.me/cdhk").execute()
    assert "đã đăng ký" in exc.value.message_dict["url"][0]
    assert Channel.objects.count() == 1


def test_editors_of_the_branch_only(org_tree):
    t = org_tree
    with pytest.raises(PermissionDenied):
        SaveChannel(
            t["ua1"], platform="website", url="https://a.vn", actor=editor_of(t["ua2"])
        ).execute()
    with pytest.raises(PermissionDenied):
        SaveChannel(
            t["ua1"], platform="website", url="https://a.vn", actor=editor_of(t["a"], "reader")
        ).execute()
    SaveChannel(t["ua1"], platform="website", url="https://a.vn", actor=editor_of(t["a"]))
    assert not Channel.objects.exists()  # built, never executed


def test_periodic_job_rechecks_stale_websites_in_batches(org_tree, site):
    t = org_tree
    old = timezone.now() - datetime.timedelta(days=channels.recheck_days() + 1)
    made = []
    for org, path in [(t["ua1"], "/ok"), (t["ua2"], "/missing"), (t["ub1"], "/moved")]:
        made.append(SaveChannel(org, platform="website", url=f"{site}{path}").execute())
    Channel.objects.filter(pk=made[2].pk).update(last_checked_at=timezone.now(), last_check_ok=True)
    Channel.objects.filter(pk=made[1].pk).update(last_checked_at=old, last_check_ok=True)
    SaveChannel(t["ua1"], platform="facebook", url="https://facebook.com/x").execute()  # manual
    assert check_stale(limit=1) == 1  # never checked first
    assert check_stale() == 1  # then the one checked long ago
    assert now_figures(t["tld"])["channels_present"] == 1  # UB1's row was written by hand
    assert check_channels() == {"checked": 0, "reconciled": 1}  # the job reconciles the tree
    results = dict(Channel.objects.values_list("url", "last_check_ok"))
    assert results[f"{site}/ok"] is True and results[f"{site}/missing"] is False
    assert now_figures(t["tld"]) == {"channels_required": 3, "channels_present": 2}


def test_admin_screens(org_tree, tenant_a, client_for, site):
    t = org_tree
    editor = editor_of(t["a"])
    client = client_for(tenant_a, editor)
    url = f"/admin/chuong-trinh/kenh/?org={t['ua1'].code}"
    bad = client.post(url, {"org": t["ua1"].code, "platform": "myspace", "url": "abc"})
    html = bad.content.decode()
    assert bad.status_code == 200
    assert "Loại kênh không hợp lệ" in html
    bad = client.post(url, {"org": t["ua1"].code, "platform": "website", "url": "abc"})
    assert "Địa chỉ không hợp lệ" in bad.content.decode()
    assert not Channel.objects.exists()
    done = client.post(
        url, {"org": t["ua1"].code, "platform": "website", "url": f"{site}/ok", "name": "Trang"}
    )
    assert done.status_code == 302
    channel = Channel.objects.get()
    checked = client.post(f"/admin/chuong-trinh/kenh/{channel.pk}/kiem-tra/", follow=True)
    assert "Kênh đang hoạt động" in checked.content.decode()
    assert now_figures(t["ua1"])["channels_present"] == 1
    edit = client.get(f"/admin/chuong-trinh/kenh/{channel.pk}/")
    assert "Lịch sử kiểm tra" in edit.content.decode()
    assert client.get(f"/admin/chuong-trinh/kenh/?org={t['ub1'].code}").status_code == 404

    with statements() as before:
        page = client.get(f"/admin/chuong-trinh/kenh/?org={t['a'].code}")
    assert page.content.decode().count("data-unit=") == 2
    for n in range(5):
        SaveChannel(t["ua2"], platform="other", url=f"https://kenh{n}.vn").execute()
        SaveChannel(t["a"], platform="other", url=f"https://tinh{n}.vn").execute()
    with statements() as after:
        page = client.get(f"/admin/chuong-trinh/kenh/?org={t['a'].code}")
    assert page.content.decode().count("data-channel=") == 5
    assert len(after) == len(before)


def test_merged_unions_count_once_under_the_successor(org_tree, site):
    from hierarchy.actions import MergeOrganizations

    t = org_tree
    website = SaveChannel(t["ua1"], platform="website", url=f"{site}/ok").execute()
    CheckChannel(website, result=(True, "HTTP 200")).execute()
    assert now_figures(t["a"]) == {"channels_required": 2, "channels_present": 1}
    merged = MergeOrganizations(
        [t["ua1"], t["ua2"]],
        code="XUAM",
        name="Công đoàn phường Hoàn Kiếm mới",
        kind=t["ua1"].kind,
    ).execute()
    # One union now, with no channel of its own yet (the sources' channels stay theirs).
    assert now_figures(t["a"]) == {"channels_required": 1, "channels_present": 0}
    assert now_figures(t["tld"]) == {"channels_required": 2, "channels_present": 0}
    states = dict(ChannelState.objects.values_list("organization_id", "required"))
    assert states[merged.pk] is True
    assert states[t["ua1"].pk] is False and states[t["ua2"].pk] is False
