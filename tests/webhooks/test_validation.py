"""Bad input: invalid or private URLs, short secrets, missing events; Vietnamese messages,
nothing half-created (actions and the admin form)."""

from __future__ import annotations

import base64

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings

from tests.webhooks.conftest import admin_of
from webhooks.actions import CreateEndpoint
from webhooks.models import Endpoint
from webhooks.validation import generate_secret, validate_secret

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.com/hook", "phải bắt đầu bằng https://"),
        ("javascript:alert(1)", "phải bắt đầu bằng https://"),
        ("https://user:matkhau@example.com/hook", "không được chứa tên đăng nhập"),
        ("https:///hook", "thiếu tên máy chủ"),
        ("http://10.1.2.3/hook", "địa chỉ nội bộ"),
        ("http://192.168.1.10/hook", "địa chỉ nội bộ"),
        ("http://169.254.169.254/latest/meta-data", "địa chỉ nội bộ"),
        ("http://[fd00::1]/hook", "địa chỉ nội bộ"),
        ("http://0.0.0.0/hook", "địa chỉ nội bộ"),
        ("https://khong-ton-tai.invalid/hook", "Không tìm thấy máy chủ"),
        ("https://example.com:99999/hook", "không phải URL hợp lệ"),
    ],
)
def test_bad_urls_are_refused_and_nothing_is_created(tenant_a, url, message):
    with pytest.raises(ValidationError) as error:
        CreateEndpoint(tenant_a, url=url, events=["page.published"]).execute()
    assert message in " ".join(error.value.message_dict["url"])
    assert not Endpoint.objects.exists()


def test_loopback_is_refused_unless_the_setting_allows_it(tenant_a, receiver):
    url = receiver().url
    with override_settings(WEBHOOKS_ALLOWED_NETWORKS=[]):
        with pytest.raises(ValidationError) as error:
            CreateEndpoint(tenant_a, url=url, events=["page.published"]).execute()
        assert "127.0.0.1" in str(error.value)
        with pytest.raises(ValidationError):
            CreateEndpoint(
                tenant_a, url=url.replace("127.0.0.1", "localhost"), events=["page.published"]
            ).execute()
    endpoint, secret = CreateEndpoint(tenant_a, url=url, events=["page.published"]).execute()
    assert endpoint.secret == secret


def test_delivery_rechecks_the_address(tenant_a, receiver, make_endpoint):
    """A host allowed at save time but not any more (DNS rebinding, a changed setting) is
    refused when sending: the attempt fails without a request."""
    from tests.webhooks.conftest import publish, run_jobs
    from webhooks.models import Attempt, Delivery

    server = receiver()
    endpoint = make_endpoint(tenant_a, server.url, events=["page.published"])
    publish(tenant_a)
    delivery = Delivery.objects.get(endpoint=endpoint)
    with override_settings(WEBHOOKS_ALLOWED_NETWORKS=[]):
        run_jobs(now=delivery.next_attempt_at)
    attempt = Attempt.objects.get(delivery=delivery)
    assert attempt.status_code is None
    assert "địa chỉ nội bộ" in attempt.error
    assert server.requests == []


def test_secrets():
    assert validate_secret(generate_secret()) is None
    short = "whsec_" + base64.b64encode(b"x" * 16).decode()
    with pytest.raises(ValidationError, match="quá ngắn: 16 byte"):
        validate_secret(short)
    with pytest.raises(ValidationError, match="dạng whsec_"):
        validate_secret("mat-khau-bi-mat-rat-dai-nhung-sai-dinh-dang")
    with pytest.raises(ValidationError, match="base64"):
        validate_secret("whsec_%%%%")


def test_short_secret_and_no_event_are_refused_together(tenant_a, receiver):
    short = "whsec_" + base64.b64encode(b"x" * 10).decode()
    with pytest.raises(ValidationError) as error:
        CreateEndpoint(tenant_a, url=receiver().url, events=[], secret=short).execute()
    errors = error.value.message_dict
    assert "quá ngắn" in errors["secret"][0]
    assert "ít nhất một sự kiện" in errors["events"][0]
    assert not Endpoint.objects.exists()


def test_admin_form_refuses_a_bad_url_in_vietnamese(tenant_a, client_for):
    admin = admin_of(tenant_a)
    client = client_for(tenant_a, admin)
    response = client.post(
        "/admin/webhook/new/",
        {"url": "http://192.168.0.5/hook", "description": "Nội bộ", "events": ["page.published"]},
    )
    assert response.status_code == 200
    assert "địa chỉ nội bộ" in response.content.decode()
    assert not Endpoint.objects.exists()


def test_admin_form_creates_an_endpoint_and_shows_the_secret_once(tenant_a, client_for, receiver):
    admin = admin_of(tenant_a)
    client = client_for(tenant_a, admin)
    response = client.post(
        "/admin/webhook/new/",
        {
            "url": receiver().url,
            "description": "Cổng thông tin tỉnh",
            "enabled": "on",
            "events": ["page.published", "share.issued"],
            "page_types": ["cms.articlepage"],
        },
        follow=True,
    )
    assert response.status_code == 200
    endpoint = Endpoint.objects.get()
    assert endpoint.tenant == tenant_a and endpoint.created_by == admin
    assert endpoint.events == ["page.published", "share.issued"]
    assert endpoint.page_types == ["cms.articlepage"]
    html = response.content.decode()
    assert endpoint.secret in html
    # Shown once: the edit page does not show it again.
    again = client.get(f"/admin/webhook/edit/{endpoint.pk}/").content.decode()
    assert endpoint.secret not in again
    # Rotating shows the new one, once.
    rotated = client.post(f"/admin/webhook/rotate/{endpoint.pk}/", follow=True).content.decode()
    endpoint.refresh_from_db()
    assert endpoint.secret in rotated and endpoint.previous_secret
