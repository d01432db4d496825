#!/usr/bin/env python
"""Media storage cost: local disk vs S3-compatible object storage (moto's server on loopback).

For each backend, in one tenant:
  * upload: ``Image(...).save()`` of a JPEG photo (the file write, Wagtail's hash and size
    reading; for S3 also the name check and the upload), per image;
  * renditions: the background job (``cms.generate_renditions`` through ``run_due_jobs``)
    making every size of ``settings.CMS_RENDITIONS`` for one image, per image;
  * floor: writing the same bytes straight to the backend (a file write; boto3 ``put_object``)
    so the storage layer's own cost shows as a ratio.

Prints p50/p95 and the S3/local ratios; raw samples go to bench/results/storage.json.

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/congdoan_bench_storage \\
      .venv/bin/python bench/bench_storage.py
Options via environment: BENCH_IMAGES (default 5), BENCH_SIZE (photo size, default 2400x1600).
moto's server is S3's API, not S3's network: absolute S3 figures on a real network are higher
(one round trip per object); the ratio to the floor is the part this code owns.
"""

import io
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "congdoan.settings.dev")

from congdoan.embedded_pg import ensure_if_needed

ensure_if_needed()

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.files.images import ImageFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402
from PIL import Image as PILImage  # noqa: E402
from PIL import ImageDraw  # noqa: E402

from jobs import run_due_jobs  # noqa: E402
from tenants.models import Tenant, TenantKind  # noqa: E402
from tenants.provisioning import drop_tenant, ensure_template, provision_tenant  # noqa: E402
from tenants.public import ensure_public_tenant  # noqa: E402
from tests.storage.conftest import create_buckets, s3_storages, start_moto  # noqa: E402

settings.DEBUG = False
ROOT = Path(__file__).resolve().parent.parent
IMAGES = int(os.environ.get("BENCH_IMAGES", "5"))
WIDTH, HEIGHT = (int(v) for v in os.environ.get("BENCH_SIZE", "2400x1600").split("x"))
SIZES = len(set(settings.CMS_RENDITIONS.values()))
SCHEMA, DOMAIN = "bench_storage", "bench-storage.localhost"


def photo(seed: int) -> bytes:
    """A JPEG that compresses like a photo: gradients, shapes and light sensor noise."""
    gradient = PILImage.linear_gradient("L").resize((WIDTH, HEIGHT))
    base = PILImage.merge("RGB", (gradient, gradient.rotate(90), gradient.transpose(0)))
    noise = PILImage.effect_noise((WIDTH, HEIGHT), 40 + seed).convert("RGB")
    base = PILImage.blend(base, noise, 0.12)
    draw = ImageDraw.Draw(base)
    for i in range(40):
        x, y = (seed * 97 + i * 131) % WIDTH, (seed * 53 + i * 71) % HEIGHT
        draw.ellipse((x, y, x + 300, y + 200), fill=((i * 37) % 255, (seed * 50) % 255, 120))
    buffer = io.BytesIO()
    base.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def fresh_tenant():
    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    ensure_public_tenant()
    ensure_template()
    for tenant in Tenant.objects.filter(schema_name=SCHEMA):
        drop_tenant(tenant)
    return provision_tenant(
        schema_name=SCHEMA,
        domain=DOMAIN,
        name="Liên đoàn Lao động tỉnh thử nghiệm lưu trữ",
        kind=TenantKind.PROVINCIAL_FEDERATION,
    ).tenant


def pct(samples, p):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def summary(label, samples):
    print(
        f"  {label:<34} n={len(samples):<3} p50={statistics.median(samples) * 1000:8.1f} ms"
        f"  p95={pct(samples, 95) * 1000:8.1f} ms"
    )
    return statistics.median(samples)


def measure_one(index, data, floor_write, samples):
    """One photo on the active storage: floor write, upload, the rendition job, delete."""
    from wagtail.images.models import Image

    with schema_context(SCHEMA):
        t0 = time.perf_counter()
        floor_write(f"floor/{index}.jpg", data)
        samples["floor_write_s"].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        upload = ImageFile(io.BytesIO(data), name=f"anh-{index}.jpg")
        image = Image(title=f"Ảnh {index}", file=upload)
        image.save()
        samples["upload_s"].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        ran = run_due_jobs()
        samples["renditions_s"].append(time.perf_counter() - t0)
        assert ran == 1, ran
        assert image.renditions.count() == SIZES
        image.delete()


def report(name, samples):
    print(f"\n{name}")
    samples["p50"] = {
        "floor_write": summary("floor: raw write of the bytes", samples["floor_write_s"]),
        "upload": summary("upload (Image.save)", samples["upload_s"]),
        "renditions": summary(f"renditions ({SIZES} sizes, job)", samples["renditions_s"]),
    }
    return samples


def main():
    fresh_tenant()
    photos = [photo(seed) for seed in range(IMAGES)]
    mean_kb = statistics.mean(len(p) for p in photos) / 1024
    print(f"{IMAGES} JPEG photos {WIDTH}x{HEIGHT}, {mean_kb:.0f} KB on average")
    print("(local disk and S3 alternate photo by photo, so load changes hit both alike)")
    results = {"images": IMAGES, "size": f"{WIDTH}x{HEIGHT}", "mean_kb": round(mean_kb, 1)}

    media = Path(tempfile.mkdtemp(prefix="bench-storage-media-"))

    def local_floor(name, data):
        path = media / SCHEMA / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    local_storages = {
        "default": {"BACKEND": "django_tenants.files.storage.TenantFileSystemStorage"},
        "staticfiles": settings.STORAGES["staticfiles"],
    }
    server = start_moto()
    try:
        client = server.client()
        create_buckets(client, "bench-private", "bench-public")

        def s3_floor(name, data):
            client.put_object(Bucket="bench-private", Key=f"{SCHEMA}/{name}", Body=data)

        s3 = s3_storages(server.endpoint, "bench-private", "bench-public")
        local_samples = {"floor_write_s": [], "upload_s": [], "renditions_s": []}
        s3_samples = {"floor_write_s": [], "upload_s": [], "renditions_s": []}
        for index, data in enumerate(photos):
            with override_settings(STORAGES=local_storages, MEDIA_ROOT=media):
                measure_one(index, data, local_floor, local_samples)
            with override_settings(STORAGES=s3):
                measure_one(index, data, s3_floor, s3_samples)
        results["local"] = report("local disk (TenantFileSystemStorage)", local_samples)
        results["s3"] = report("S3 via moto server (TenantS3Storage)", s3_samples)
    finally:
        server.process.terminate()
        server.process.wait(timeout=10)

    ratios = {
        key: results["s3"]["p50"][key] / results["local"]["p50"][key]
        for key in ("floor_write", "upload", "renditions")
    }
    ratios["s3_upload_over_its_floor"] = (
        results["s3"]["p50"]["upload"] / results["s3"]["p50"]["floor_write"]
    )
    results["ratios_p50"] = ratios
    print("\nratios (p50)")
    for key, value in ratios.items():
        print(f"  {key:<34} {value:6.2f}x")
    out = ROOT / "bench" / "results" / "storage.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(f"\nraw results: {out.relative_to(ROOT)}")
    if os.environ.get("BENCH_KEEP") != "1":
        drop_tenant(Tenant.objects.get(schema_name=SCHEMA))


if __name__ == "__main__":
    main()
