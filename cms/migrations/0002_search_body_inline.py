from django.db import migrations

# Ranking a search reads each matching page's ``body`` vector seven times (the match, the
# exact-accent, title and phrase tiers, ts_rank: see cms.search_backend). With the default
# EXTENDED storage an article's ~1.5 KB vector sits in the TOAST table next to the row's
# plain-text copies, so every read is a TOAST index look-up and fetch (a "cong doan" search
# over 1,000 articles hit 18,600 buffers). MAIN keeps the vector in the row and pushes the
# plain-text columns (title_text, body_text, autocomplete) out first; rewriting the vector
# (``|| ''``: the same lexemes, positions and weights) re-stores the existing rows.
FORWARD = [
    "ALTER TABLE wagtailsearch_indexentry ALTER COLUMN body SET STORAGE MAIN",
    "UPDATE wagtailsearch_indexentry SET body = body || ''::tsvector",
]
BACKWARD = ["ALTER TABLE wagtailsearch_indexentry ALTER COLUMN body SET STORAGE EXTENDED"]


class Migration(migrations.Migration):
    """Search index vectors stored in the row (no TOAST fetch per ranking expression)."""

    dependencies = [
        ("cms", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunSQL(FORWARD, BACKWARD, elidable=False)]
