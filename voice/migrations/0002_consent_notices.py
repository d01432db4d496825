import hashlib

from django.db import migrations


def seed(apps, schema_editor):
    from voice.notices import NOTICES

    ConsentNotice = apps.get_model("voice", "ConsentNotice")
    for purpose, (version, text) in NOTICES.items():
        ConsentNotice.objects.get_or_create(
            purpose=purpose,
            version=version,
            defaults={"text": text, "sha256": hashlib.sha256(text.encode()).hexdigest()},
        )


class Migration(migrations.Migration):
    dependencies = [("voice", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
