from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    """Trigram index for the organisation picker's accent-insensitive search."""

    dependencies = [
        ("hierarchy", "0002_alter_organizationevent_effective_date"),
    ]

    operations = [
        TrigramExtension(),
        migrations.AddIndex(
            model_name="organization",
            index=GinIndex(
                fields=["search_text"], name="org_search_trgm", opclasses=["gin_trgm_ops"]
            ),
        ),
    ]
