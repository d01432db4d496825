from django.contrib.postgres.indexes import GinIndex
from django.db import migrations, models


def create_trigram_index(apps, schema_editor):
    """pg_trgm ships with Debian's and most servers' PostgreSQL but not with the embedded
    one (pgserver): there the picker's search runs without the index (a scan of the
    organisation table), everywhere else it is indexed."""
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
        if cursor.fetchone() is None:
            return
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        cursor.execute(
            "CREATE INDEX IF NOT EXISTS org_search_trgm ON hierarchy_organization "
            "USING gin (search_text gin_trgm_ops)"
        )


def drop_trigram_index(apps, schema_editor):
    schema_editor.execute("DROP INDEX IF EXISTS org_search_trgm")


class Migration(migrations.Migration):
    """Indexes of the organisation picker's accent-insensitive search (hierarchy.picker):
    trigrams for rare terms, (level, path) of active organisations for common ones, and a
    finer statistics target on search_text so the planner tells the two cases apart."""

    dependencies = [
        ("hierarchy", "0003_organization_code_case_insensitive"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddIndex(
                    model_name="organization",
                    index=GinIndex(
                        fields=["search_text"], name="org_search_trgm", opclasses=["gin_trgm_ops"]
                    ),
                ),
            ],
            database_operations=[
                migrations.RunPython(create_trigram_index, drop_trigram_index),
            ],
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
