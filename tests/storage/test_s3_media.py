"""Media on object storage against a real S3 API (moto's server over HTTP, tests/storage/
conftest.py): tenant prefixes, the public/private split, content-hashed renditions with
long-lived headers, renditions made by the background job, clean-up on delete, and the
cross-tenant guarantee: no object of tenant A is reachable with tenant B's URLs, and private
originals and renditions never have a public URL (neither at the object store nor through
the app)."""

from __future__ import annotations

import hashlib
import io
import posixpath
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.exceptions import SuspiciousOperation
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django_tenants.utils import schema_context
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction

from cms.renditions import rendition_specs
from cms.storage import IMMUTABLE_CACHE
from jobs import run_due_jobs
from tests.cms.helpers import user_with_role
from tests.conftest import tenant_client
from tests.factories import png_bytes
from tests.graphql.helpers import gql

pytestmark = pytest.mark.django_db

SPECS = set(rendition_specs().values())


def upload(title="Ảnh", collection=None, name="anh-thu.png", color=(200, 30, 30)):
    image = Image(
        title=title,
        file=ImageFile(io.BytesIO(png_bytes(color, size=(64, 48))), name=name),
        collection=collection or Collection.get_first_root_node(),
    )
    image.save()
    return image


def private_collection(name="Nội bộ"):
    collection = Collection.get_first_root_node().add_child(name=name)
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def renditions_of(image):
    return {r.filter_spec: r for r in image.renditions.all()}


def app_get(client, url):
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


@pytest.fixture
def world(s3, tenant_a, tenant_b):
    """In tenant A: a public image and a private one (login-restricted collection), each
    with every configured rendition made by the background job."""
    with schema_context(tenant_a.schema_name):
        public = upload("Ảnh công khai", name="cong-khai.png")
        private = upload("Ảnh nội bộ", private_collection(), name="noi-bo.png", color=(1, 2, 3))
        assert run_due_jobs() >= 2
        return {
            "public": public,
            "private": private,
            "public_renditions": renditions_of(public),
            "private_renditions": renditions_of(private),
        }


def test_upload_lands_under_the_tenant_prefix_in_the_private_bucket(s3, tenant_a, tenant_b):
    with schema_context(tenant_a.schema_name):
        image = upload()
        key = f"test_a/{image.file.name}"
        assert image.file.name.startswith("original_images/")
        assert key in s3.keys(s3.private)
        assert default_storage.key(image.file.name) == (s3.private, key)
    assert s3.keys(s3.private, "test_b/") == []
    assert s3.keys(s3.public) == []  # originals are never public
    with schema_context(tenant_b.schema_name):
        # Same name, other tenant: another key, nothing found.
        assert not default_storage.exists(image.file.name)


def test_same_file_name_twice_is_two_objects(s3, tenant_a):
    with schema_context(tenant_a.schema_name):
        first, second = upload(name="trung.png"), upload(name="trung.png", color=(9, 9, 9))
        assert first.file.name != second.file.name
        assert len(s3.keys(s3.private, "test_a/original_images/")) == 2


def test_background_job_makes_every_rendition(world):
    assert set(world["public_renditions"]) == SPECS
    assert set(world["private_renditions"]) == SPECS


def test_public_renditions_are_content_hashed_and_cached_for_a_year(s3, world, tenant_a):
    with schema_context(tenant_a.schema_name):
        for rendition in world["public_renditions"].values():
            name = rendition.file.name
            assert name.startswith("public/images/cong-khai.")
            status, headers, body = s3.anonymous_get(rendition.url)
            assert status == 200, rendition.url
            assert headers["cache-control"] == IMMUTABLE_CACHE
            digest = posixpath.splitext(name)[0].rsplit(".", 1)[1]
            assert digest == hashlib.sha256(body).hexdigest()[:16]
            assert rendition.url == s3.object_url(s3.public, f"test_a/{name}")


def test_private_originals_and_renditions_have_no_public_url(s3, world, tenant_a):
    private = world["private"]
    names = [private.file.name, *(r.file.name for r in world["private_renditions"].values())]
    # Not in the public bucket under any name.
    assert not [k for k in s3.keys(s3.public) if "noi-bo" in k]
    with schema_context(tenant_a.schema_name):
        anonymous = tenant_client(tenant_a)
        for name in names:
            assert not name.startswith("public/")
            url = default_storage.url(name)
            assert url == f"/media/test_a/{name}"  # the checking view, not the object store
            # Straight from the object store, without credentials: refused.
            status = s3.anonymous_get(s3.object_url(s3.private, f"test_a/{name}"))[0]
            assert status == 403
            assert s3.anonymous_get(s3.object_url(s3.public, f"test_a/{name}"))[0] in (403, 404)
            # Through the app, anonymously: 404.
            assert anonymous.get(url).status_code == 404


def test_public_originals_go_through_the_checking_view(s3, world, tenant_a):
    with schema_context(tenant_a.schema_name):
        original = world["public"].file
        url = original.url
        assert url == f"/media/test_a/{original.name}"
        status = s3.anonymous_get(s3.object_url(s3.private, f"test_a/{original.name}"))[0]
        assert status == 403
    response, body = app_get(tenant_client(tenant_a), url)
    assert response.status_code == 200 and body[:4] == b"\x89PNG"
    assert response["Cache-Control"] == "public, max-age=86400"


def test_members_get_private_files_streamed_privately(s3, world, tenant_a):
    member = user_with_role(tenant_a)
    client = tenant_client(tenant_a, member)
    with schema_context(tenant_a.schema_name):
        rendition = world["private_renditions"]["fill-320x180|format-webp"]
        urls = [world["private"].file.url, rendition.url]
    for url in urls:
        response, body = app_get(client, url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == "private, no-store"
        assert body[:4] in (b"\x89PNG", b"RIFF")


def test_presigned_redirect_is_short_lived_and_bound_to_the_tenant_key(
    s3, world, tenant_a, settings
):
    settings.STORAGES["default"]["OPTIONS"]["private_redirect_seconds"] = 60
    settings.STORAGES = dict(settings.STORAGES)  # drops the cached storage
    member = user_with_role(tenant_a)
    client = tenant_client(tenant_a, member)
    with schema_context(tenant_a.schema_name):
        url = world["private"].file.url
        name = world["private"].file.name
    assert tenant_client(tenant_a).get(url).status_code == 404  # the check comes first
    response = client.get(url)
    assert response.status_code == 302
    assert response["Cache-Control"] == "private, no-store"
    target = urlsplit(response["Location"])
    assert target.path == f"/{s3.private}/test_a/{name}"
    query = parse_qs(target.query)
    assert query["X-Amz-Expires"] == ["60"] and query["X-Amz-Signature"]
    status, _, body = s3.anonymous_get(response["Location"])
    assert status == 200 and body[:4] == b"\x89PNG"


def test_no_object_of_a_is_reachable_with_b_urls(s3, world, tenant_a, tenant_b):
    with schema_context(tenant_a.schema_name):
        names = [
            world["public"].file.name,
            world["private"].file.name,
            *(r.file.name for r in world["public_renditions"].values()),
            *(r.file.name for r in world["private_renditions"].values()),
        ]
    b_member = user_with_role(tenant_b)
    for client in (tenant_client(tenant_b), tenant_client(tenant_b, b_member)):
        for name in names:
            # A's path on B's host, and A's name under B's own prefix: nothing.
            assert client.get(f"/media/test_a/{name}").status_code == 404
            assert client.get(f"/media/test_b/{name}").status_code == 404
    with schema_context(tenant_b.schema_name):
        for name in names:
            # B's storage resolves every name inside B's prefix: A's object is not there.
            assert not default_storage.exists(name)
            bucket, key = default_storage.key(name)
            assert key.startswith("test_b/")
            assert s3.anonymous_get(s3.object_url(bucket, key))[0] in (403, 404)
            assert default_storage.url(name).startswith(("/media/test_b/", s3.server.endpoint))
            assert "/test_a/" not in default_storage.url(name)


@pytest.mark.parametrize(
    "name",
    [
        "../test_a/original_images/x.png",
        "original_images/../../test_a/original_images/x.png",
        "public/../original_images/x.png",
        "/test_a/original_images/x.png",
        "original_images/x\x00.png",
    ],
)
def test_names_that_leave_the_tenant_prefix_are_refused(s3, tenant_b, name):
    with schema_context(tenant_b.schema_name):
        for operation in (default_storage.exists, default_storage.url, default_storage.open):
            with pytest.raises(SuspiciousOperation):
                operation(name)


def test_traversal_through_the_app_is_404(s3, world, tenant_a, tenant_b):
    with schema_context(tenant_a.schema_name):
        name = world["public"].file.name
    client = tenant_client(tenant_b)
    for path in (f"/media/test_b/../test_a/{name}", f"/media/test_b/x/..%2F..%2Ftest_a/{name}"):
        assert client.get(path).status_code == 404


def test_deleting_an_image_removes_all_its_objects(
    s3, world, tenant_a, django_capture_on_commit_callbacks
):
    with schema_context(tenant_a.schema_name):
        assert any("cong-khai" in key for key in s3.keys(s3.public))
        assert any("noi-bo" in key for key in s3.keys(s3.private))
        with django_capture_on_commit_callbacks(execute=True):
            Image.objects.get(pk=world["public"].pk).delete()
            Image.objects.get(pk=world["private"].pk).delete()
    assert s3.keys(s3.public) == []
    assert s3.keys(s3.private) == []


def test_moving_an_image_into_a_private_collection_unpublishes_its_renditions(
    s3, world, tenant_a, django_capture_on_commit_callbacks
):
    with schema_context(tenant_a.schema_name):
        image = Image.objects.get(pk=world["public"].pk)
        with django_capture_on_commit_callbacks(execute=True):
            image.collection = private_collection("Mới khóa")
            image.save()
        assert s3.keys(s3.public) == []
        assert run_due_jobs() == 1
        names = [r.file.name for r in image.renditions.all()]
        assert len(names) == len(SPECS)
        assert all(name.startswith("images/") for name in names)
        assert s3.keys(s3.public) == []


def test_restricting_a_collection_unpublishes_the_renditions_below_it(
    s3, tenant_a, django_capture_on_commit_callbacks
):
    with schema_context(tenant_a.schema_name):
        parent = Collection.get_first_root_node().add_child(name="Sự kiện")
        child = parent.add_child(name="Đại hội")
        image = upload(collection=child)
        run_due_jobs()
        assert len(s3.keys(s3.public)) == len(SPECS)
        with django_capture_on_commit_callbacks(execute=True):
            CollectionViewRestriction.objects.create(
                collection=parent, restriction_type=CollectionViewRestriction.LOGIN
            )
        assert s3.keys(s3.public) == []
        run_due_jobs()
        assert {r.file.name.split("/")[0] for r in image.renditions.all()} == {"images"}
        assert s3.keys(s3.public) == []


def test_api_rendition_before_the_job_is_made_on_demand(s3, tenant_a):
    with schema_context(tenant_a.schema_name):
        image = upload("Chưa có bản thu nhỏ", name="moi.png")
        assert not image.renditions.exists()  # the job has not run
    query = "query($id: ID!) { image(id: $id) { rendition(size: CARD) { url width } } }"
    data = gql(tenant_client(tenant_a), query, {"id": str(image.pk)})
    url = data["image"]["rendition"]["url"]
    assert url.startswith(f"{s3.server.endpoint}/{s3.public}/test_a/public/images/moi.")
    status, headers, _ = s3.anonymous_get(url)
    assert status == 200 and headers["cache-control"] == IMMUTABLE_CACHE
    with schema_context(tenant_a.schema_name):
        assert run_due_jobs() == 1
        assert image.renditions.count() == len(SPECS)  # the job made only the others


def test_replacing_the_file_makes_new_renditions(
    s3, world, tenant_a, django_capture_on_commit_callbacks
):
    with schema_context(tenant_a.schema_name):
        image = Image.objects.get(pk=world["public"].pk)
        old = set(s3.keys(s3.public))
        with django_capture_on_commit_callbacks(execute=True):
            image.renditions.all().delete()
            image.file = ImageFile(io.BytesIO(png_bytes((0, 255, 0), (80, 60))), name="moi.png")
            image.save()
        assert run_due_jobs() == 1
        new = set(s3.keys(s3.public))
        assert len(new) == len(SPECS) and not (new & old)


def test_bulk_move_into_a_private_collection_unpublishes_at_once(
    s3, world, tenant_a, django_capture_on_commit_callbacks
):
    """Wagtail's bulk "add to collection" is a queryset update (no save signal)."""
    editor = user_with_role(tenant_a)
    with schema_context(tenant_a.schema_name):
        target = private_collection("Chuyển hàng loạt")
        image_id = world["public"].pk
    client = tenant_client(tenant_a, editor)
    url = f"/admin/bulk/wagtailimages/image/add_to_collection/?next=/admin/images/&id={image_id}"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"collection": target.pk})
    assert response.status_code == 302, response.content[:500]
    with schema_context(tenant_a.schema_name):
        assert Image.objects.get(pk=image_id).collection_id == target.pk
        assert not [k for k in s3.keys(s3.public) if "cong-khai" in k]
        run_due_jobs()
        names = [r.file.name for r in Image.objects.get(pk=image_id).renditions.all()]
        assert names and all(name.startswith("images/") for name in names)


def test_periodic_check_catches_a_collection_moved_under_a_restriction(
    s3, tenant_a, django_capture_on_commit_callbacks
):
    """A collection tree move sends no signal; the periodic job unpublishes within 5 min."""
    from cms.media_jobs import unpublish_restricted_renditions_everywhere

    with schema_context(tenant_a.schema_name):
        root = Collection.get_first_root_node()
        locked = private_collection("Khóa")
        moving = root.add_child(name="Sẽ chuyển")
        image = upload(collection=moving, name="se-chuyen.png")
        run_due_jobs()
        assert len(s3.keys(s3.public)) == len(SPECS)
        Collection.objects.get(pk=moving.pk).move(locked, "sorted-child")
    with django_capture_on_commit_callbacks(execute=True):
        assert unpublish_restricted_renditions_everywhere() == len(SPECS)
    assert s3.keys(s3.public) == []
    with schema_context(tenant_a.schema_name):
        run_due_jobs()
        assert {r.file.name.split("/")[0] for r in image.renditions.all()} == {"images"}


def test_a_deletion_committed_in_another_tenant_deletes_the_right_object(
    s3, tenant_a, tenant_b, django_capture_on_commit_callbacks
):
    """Same file name in two tenants; A's image is deleted in a transaction that commits
    while B's schema is active (a job looping over tenants): A's object goes, B's stays."""
    with schema_context(tenant_a.schema_name):
        image_a = upload(name="trung-ten.png")
    with schema_context(tenant_b.schema_name):
        image_b = upload(name="trung-ten.png")
    assert image_a.file.name == image_b.file.name
    key = f"{image_a.file.name}"
    with (
        schema_context(tenant_b.schema_name),
        django_capture_on_commit_callbacks(execute=True),
        schema_context(tenant_a.schema_name),
    ):
        Image.objects.get(pk=image_a.pk).delete()
    assert f"test_a/{key}" not in s3.keys(s3.private)
    assert f"test_b/{key}" in s3.keys(s3.private)
