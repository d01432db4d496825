import pytest

from tests.clients.demo_server import start_demo_server
from tests.clients.docs_examples import TOKEN_PLACEHOLDER, examples, substitute

PREVIEW_TOKEN_SCRIPT = """
from django_tenants.utils import schema_context
from cms.models import ArticlePage
from graphql_api.content.preview import issue_token
with schema_context("ldld_hanoi"):
    page = ArticlePage.objects.live().order_by("pk").first()
    print(issue_token(page.pk, page.latest_revision_id))
"""


@pytest.fixture(scope="session")
def demo_server(django_db_setup):
    server = start_demo_server()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def docs_examples(demo_server):
    """The docs' examples, placeholders replaced by values from the running demo."""
    token = demo_server.manage("shell", "-c", PREVIEW_TOKEN_SCRIPT).strip().splitlines()[-1]
    return [substitute(example, {TOKEN_PLACEHOLDER: token}) for example in examples()]
