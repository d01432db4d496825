from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models


class Migration(migrations.Migration):
    """Indexes of the organisation picker's accent-insensitive search (hierarchy.picker):
    trigrams for rare terms, (level, path) of active organisations for common ones, and a
    finer statistics target on search_text so the planner tells the two cases apart."""

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
        migrations.AddIndex(
            model_name="organization",
            index=models.Index(
                condition=models.Q(status="active"),
                fields=["level", "path"],
                name="org_active_level_path",
            ),
        ),
        migrations.RunSQL(
            "ALTER TABLE hierarchy_organization ALTER COLUMN search_text SET STATISTICS 1000",
            "ALTER TABLE hierarchy_organization ALTER COLUMN search_text SET STATISTICS -1",
        ),
    ]
