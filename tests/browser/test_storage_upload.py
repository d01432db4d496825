"""An editor uploads an image in the admin with media on object storage (moto's S3 server,
tests/storage/conftest.py): the original lands in the private bucket under the tenant's
prefix, the background job makes the renditions in the public bucket, and the admin shows
the image from there."""

import pytest
from wagtail.images.models import Image

from cms.renditions import rendition_specs
from jobs import run_due_jobs
from tests.cms.helpers import user_with_role
from tests.factories import png_bytes
from tests.storage.conftest import s3, s3_server  # noqa: F401

pytestmark = pytest.mark.browser


def test_admin_upload_goes_to_object_storage(page, tenant_a, login, orm, s3):  # noqa: F811
    with orm():
        editor = user_with_role(tenant_a)
    page.goto(login(page, editor, tenant_a) + "images/add/")
    page.fill("#id_title", "Ảnh tải lên qua trình duyệt")
    page.set_input_files(
        "#id_file",
        files=[{"name": "tai-len.png", "mimeType": "image/png", "buffer": png_bytes()}],
    )
    page.locator("form[action$='/images/add/'] button[type=submit]").first.click()
    page.wait_for_url("**/admin/images/**")
    with orm(tenant_a):
        image = Image.objects.get(title="Ảnh tải lên qua trình duyệt")
        assert f"test_a/{image.file.name}" in s3.keys(s3.private)
        assert run_due_jobs() == 1
        specs = {r.filter_spec: r.file.name for r in image.renditions.all()}
    assert set(rendition_specs().values()) <= set(specs)
    assert all(name.startswith("public/images/tai-len.") for name in specs.values())
    public_keys = s3.keys(s3.public)
    assert sorted(f"test_a/{name}" for name in specs.values()) == public_keys
    assert not [key for key in s3.keys(s3.private) if "/images/" in key.removeprefix("test_a/")]

    page.goto(login(page, editor, tenant_a) + f"images/{image.pk}/")
    preview = page.locator("img[src*='/public/images/tai-len.']").first
    preview.wait_for(state="attached")
    assert preview.get_attribute("src").startswith(f"{s3.server.endpoint}/{s3.public}/test_a/")
    # The browser loaded it from the public bucket.
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=preview.element_handle()
    )
