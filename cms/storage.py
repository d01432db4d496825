"""Media on S3-compatible object storage, one key prefix per tenant (docs/storage.md).

``TenantS3Storage`` (``CONGDOAN_STORAGE=s3``) is django-storages' ``S3Storage`` with:

* **a tenant prefix**: every key is ``<location>/<schema>/<name>`` with the schema of the
  current connection, so a name stored by one tenant can never address another tenant's
  object; names that try to leave the prefix (``..``, absolute, NUL) are refused;
* **two areas**: names under ``public/`` go to the public bucket (read by anyone, served by a
  CDN, ``Cache-Control: public, max-age=31536000, immutable``); every other name (image
  originals, private renditions, documents, avatars) goes to the private bucket, which has no
  public policy and whose ``url()`` is the checking view ``/media/<schema>/<name>``
  (cms/serve.py), never an address at the object store;
* **content-hashed renditions**: a rendition's name (``images/...`` or ``public/images/...``)
  gets the first 16 hex digits of the SHA-256 of its bytes before the extension, so a name
  never changes meaning and may be cached for a year; originals and documents keep unique
  names (a second upload of ``anh.jpg`` gets a suffix, never overwrites).

Only renditions of images in collections without view restrictions are written under
``public/`` (``cms.media_jobs.place_rendition``); image originals are always private.
"""

from __future__ import annotations

import hashlib
import posixpath
import threading
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, SuspiciousOperation
from django.core.files.base import File
from django.core.files.storage import Storage
from django.db import connection
from storages.backends.s3 import S3Storage
from storages.utils import clean_name, safe_join

PUBLIC_PREFIX = "public/"
RENDITION_DIRS = ("images/", f"{PUBLIC_PREFIX}images/")
IMMUTABLE_CACHE = "public, max-age=31536000, immutable"
PRIVATE_CACHE = "private, no-store"
HASH_LENGTH = 16


def is_public_name(name: str) -> bool:
    return name.startswith(PUBLIC_PREFIX)


def is_rendition_name(name: str) -> bool:
    return name.startswith(RENDITION_DIRS)


def checked_name(name: str) -> str:
    """``name`` as stored, or ``SuspiciousOperation`` if it could leave the tenant's prefix."""
    if not isinstance(name, str) or not name or "\x00" in name:
        raise SuspiciousOperation(f"Tên tệp không hợp lệ: {name!r}.")
    if ".." in name.replace("\\", "/").split("/"):
        raise SuspiciousOperation(f"Tên tệp không hợp lệ: {name!r}.")
    cleaned = clean_name(name)
    if cleaned.startswith("/") or posixpath.normpath(cleaned) != cleaned:
        raise SuspiciousOperation(f"Tên tệp không hợp lệ: {name!r}.")
    return cleaned


def content_hash(content) -> str:
    digest = hashlib.sha256()
    if hasattr(content, "seek"):
        content.seek(0)
    for chunk in content.chunks() if hasattr(content, "chunks") else iter([content.read()]):
        digest.update(chunk if isinstance(chunk, bytes) else chunk.encode())
    if hasattr(content, "seek"):
        content.seek(0)
    return digest.hexdigest()[:HASH_LENGTH]


def hashed_name(name: str, content) -> str:
    """``images/anh.2e16d0ba.fill-320x180.format-webp.webp`` ->
    ``images/anh.2e16d0ba.fill-320x180.format-webp.<sha256[:16]>.webp``."""
    stem, ext = posixpath.splitext(name)
    return f"{stem}.{content_hash(content)}{ext}"


# boto3 clients per thread, shared by every storage object with the same endpoint and
# credentials. Creating one costs ~50-100 ms of CPU, and Wagtail rebuilds the storage from
# ``deconstruct()`` for every file it deletes (wagtail.tasks.delete_file_from_storage_task).
_clients = threading.local()


class _TenantPrefixMixin:
    """Keys are ``<location>/<schema>/<name>``: the prefix comes from the connection."""

    location: str

    @property
    def connection(self):
        key = (
            self.access_key,
            self.secret_key,
            self.security_token,
            self.session_profile,
            self.region_name,
            self.use_ssl,
            self.endpoint_url,
            self.signature_version,
            self.addressing_style,
            str(self.verify),
        )
        cache = _clients.__dict__.setdefault("resources", {})
        resource = cache.get(key)
        if resource is None:
            resource = cache[key] = self._create_session().resource(
                "s3",
                region_name=self.region_name,
                use_ssl=self.use_ssl,
                endpoint_url=self.endpoint_url,
                config=self.client_config,
                verify=self.verify,
            )
        return resource

    def _normalize_name(self, name):
        schema = connection.schema_name
        if not schema or "/" in schema or schema.startswith("."):
            raise SuspiciousOperation(f"Lược đồ không hợp lệ cho tệp: {schema!r}.")
        base = posixpath.join(self.location, schema) if self.location else schema
        try:
            return safe_join(base, checked_name(name))
        except ValueError:
            raise SuspiciousOperation(f"Tên tệp không hợp lệ: {name!r}.") from None


class PublicTenantS3Storage(_TenantPrefixMixin, S3Storage):
    """The public bucket: content-hashed renditions of public images only."""

    def __init__(self, *, base_url: str, **options):
        self.base_url = base_url.rstrip("/")
        super().__init__(**options)

    def url(self, name, parameters=None, expire=None, http_method=None):
        # A plain address (no signature): the bucket's policy lets anyone read it, and a CDN
        # in front (CONGDOAN_S3_PUBLIC_URL) may keep it for a year.
        return f"{self.base_url}/{quote(self._normalize_name(clean_name(name)))}"


class TenantS3Storage(_TenantPrefixMixin, S3Storage):
    """The storage of ``CONGDOAN_STORAGE=s3`` (see the module docstring).

    Options (STORAGES["default"]["OPTIONS"], built from the environment in settings/base.py):
    django-storages' own (``bucket_name`` = the private bucket, ``endpoint_url``, keys, ...)
    plus ``public_bucket_name``, ``public_base_url`` (default ``<endpoint>/<public bucket>``)
    and ``private_redirect_seconds`` (0: the checking view streams private files; > 0: it
    answers with a presigned URL valid that many seconds).
    """

    has_public_area = True

    def __init__(
        self,
        *,
        public_bucket_name: str | None = None,
        public_base_url: str | None = None,
        private_redirect_seconds: int = 0,
        **options,
    ):
        options.setdefault("file_overwrite", False)
        options.setdefault("default_acl", None)
        options.setdefault("querystring_auth", True)
        options.setdefault("object_parameters", {"CacheControl": PRIVATE_CACHE})
        options.setdefault("signature_version", "s3v4")
        super().__init__(**options)
        if not self.bucket_name or not public_bucket_name:
            raise ImproperlyConfigured(
                "CONGDOAN_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME (private bucket) and "
                "CONGDOAN_S3_PUBLIC_BUCKET (public bucket)."
            )
        if public_bucket_name == self.bucket_name:
            raise ImproperlyConfigured(
                "CONGDOAN_S3_PUBLIC_BUCKET must differ from AWS_STORAGE_BUCKET_NAME: the "
                "private bucket must have no public policy."
            )
        if not public_base_url:
            endpoint = (
                self.endpoint_url or f"https://s3.{self.region_name or 'us-east-1'}.amazonaws.com"
            )
            public_base_url = f"{endpoint.rstrip('/')}/{public_bucket_name}"
        self.private_redirect_seconds = int(private_redirect_seconds)
        public_options = {
            **options,
            "bucket_name": public_bucket_name,
            "file_overwrite": True,  # names are content hashes
            "querystring_auth": False,
            "object_parameters": {"CacheControl": IMMUTABLE_CACHE},
        }
        self.public = PublicTenantS3Storage(base_url=public_base_url, **public_options)

    # --- naming -----------------------------------------------------------------------------

    def save(self, name, content, max_length=None):
        if name is None:
            name = content.name
        if not hasattr(content, "chunks"):
            content = File(content, name)
        name = checked_name(name)
        if is_rendition_name(name):
            name = hashed_name(name, content)
        return super().save(name, content, max_length=max_length)

    def get_available_name(self, name, max_length=None):
        name = checked_name(name)
        if is_rendition_name(name):
            # Same name, same bytes: writing it again changes nothing.
            return name
        return Storage.get_available_name(self, name, max_length=max_length)

    # --- the two areas ----------------------------------------------------------------------

    def _open(self, name, mode="rb"):
        if is_public_name(checked_name(name)):
            return self.public._open(name, mode)
        return super()._open(name, mode)

    def _save(self, name, content):
        if is_public_name(checked_name(name)):
            return self.public._save(name, content)
        return super()._save(name, content)

    def delete(self, name):
        if is_public_name(checked_name(name)):
            return self.public.delete(name)
        return super().delete(name)

    def exists(self, name):
        if is_public_name(checked_name(name)):
            return self.public.exists(name)
        return super().exists(name)

    def size(self, name):
        if is_public_name(checked_name(name)):
            return self.public.size(name)
        return super().size(name)

    def get_modified_time(self, name):
        if is_public_name(checked_name(name)):
            return self.public.get_modified_time(name)
        return super().get_modified_time(name)

    def listdir(self, name):
        stripped = name.rstrip("/")
        if stripped and is_public_name(checked_name(stripped) + "/"):
            return self.public.listdir(name)
        return super().listdir(name)

    def url(self, name, parameters=None, expire=None, http_method=None):
        name = checked_name(name)
        if is_public_name(name):
            return self.public.url(name)
        # Private objects have no address outside the app: the checking view.
        return f"{settings.MEDIA_URL}{connection.schema_name}/{quote(name)}"

    def signed_url(self, name: str, expire: int) -> str:
        """A presigned GET of a private object, valid ``expire`` seconds (for the checking
        view only, after its permission check)."""
        return super().url(checked_name(name), expire=expire)

    def key(self, name: str) -> tuple[str, str]:
        """(bucket, key) where ``name`` of the current tenant is stored (tests, tooling)."""
        name = checked_name(name)
        target = self.public if is_public_name(name) else self
        return target.bucket_name, target._normalize_name(name)
