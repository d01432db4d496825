"""Development settings: absolute media URLs carry the development server's port when the
request's Host header names none (a frontend such as the reference portal sets the tenant's
host itself and reaches the API on 127.0.0.1:<port>); production keeps the header as it is."""

from django.conf import settings
from django.test import override_settings
from django_tenants.utils import schema_context

from congdoan.devserver import add_server_port
from tests.factories import make_image
from tests.graphql.helpers import gql

DEV = "congdoan.devserver.DevServerPortMiddleware"


def query(name: str) -> str:
    """The same query under another operation name: a response cache entry of its own (the
    response cache is keyed by tenant and query, not by host)."""
    return f"""query {name}($id: ID!) {{ image(id: $id) {{
      rendition(size: CARD) {{ url }} srcSet(sizes: [THUMBNAIL, CARD]) }} }}"""


def test_a_host_without_port_gets_the_server_port():
    cases = [
        ({"HTTP_HOST": "hanoi.localhost", "SERVER_PORT": "8000"}, "hanoi.localhost:8000"),
        ({"HTTP_HOST": "hanoi.localhost:3000", "SERVER_PORT": "8000"}, "hanoi.localhost:3000"),
        ({"HTTP_HOST": "hanoi.localhost", "SERVER_PORT": "80"}, "hanoi.localhost"),
        ({"HTTP_HOST": "hanoi.localhost", "SERVER_PORT": "443"}, "hanoi.localhost"),
        ({"HTTP_HOST": "[::1]", "SERVER_PORT": "8000"}, "[::1]:8000"),
        ({"HTTP_HOST": "", "SERVER_PORT": "8000"}, ""),
    ]
    for meta, expected in cases:
        add_server_port(meta)
        assert meta["HTTP_HOST"] == expected


def test_rendition_urls_carry_the_development_server_port(tenant_a, client_for):
    with schema_context(tenant_a.schema_name):
        image = make_image("Ảnh bìa")
    variables = {"id": str(image.pk)}
    client = client_for(tenant_a)  # Host: a.test, as the portal sends it
    assert DEV not in settings.MIDDLEWARE  # test settings are production's in this respect
    plain = gql(client, query("Plain"), variables, SERVER_PORT="8000")["image"]
    assert plain["rendition"]["url"].startswith("http://a.test/media/test_a/")

    with override_settings(MIDDLEWARE=[DEV, *settings.MIDDLEWARE]):
        client = client_for(tenant_a)  # a client loads the middleware on its first request
        image_data = gql(client, query("Dev"), variables, SERVER_PORT="8000")["image"]
        # the test client says port 80: nothing to add
        default_port = gql(client, query("DevPort80"), variables)["image"]
    assert image_data["rendition"]["url"].startswith("http://a.test:8000/media/test_a/")
    candidates = [c.split(" ")[0] for c in image_data["srcSet"].split(", ")]
    assert candidates and all(c.startswith("http://a.test:8000/media/") for c in candidates)
    assert default_port["rendition"]["url"].startswith("http://a.test/media/test_a/")


def test_the_development_settings_install_it():
    source = (settings.BASE_DIR / "congdoan" / "settings" / "dev.py").read_text()
    assert f'MIDDLEWARE = ["{DEV}", *MIDDLEWARE]' in source
