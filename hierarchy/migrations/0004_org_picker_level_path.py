from django.db import migrations, models


class Migration(migrations.Migration):
    """The organisation picker's tree order (hierarchy.picker): a (level, path) index of
    active organisations, walked for common terms until 20 match, and a finer statistics
    target on search_text so the planner tells common terms from rare ones (trigram index)."""

    dependencies = [
        ("hierarchy", "0003_org_search_trgm"),
    ]

    operations = [
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
