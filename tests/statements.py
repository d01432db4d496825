"""Statement budgets: the one way the suite counts SQL statements (never timing them).

    with statements() as sql:
        do_something()
    assert len(sql) == 3, sql
    assert len(sql.starting("UPDATE")) == 1

``sql`` holds the SQL text of every statement the default connection ran in the block, in
order, ``SET search_path`` included.
"""

from __future__ import annotations

from contextlib import contextmanager

from django.db import connection
from django.test.utils import CaptureQueriesContext


class Statements(list[str]):
    def starting(self, *prefixes: str) -> list[str]:
        """The statements that start with one of ``prefixes`` (e.g. "UPDATE", "INSERT")."""
        return [sql for sql in self if sql.startswith(prefixes)]

    def mentioning(self, text: str) -> list[str]:
        """The statements whose text contains ``text`` (e.g. a table name)."""
        return [sql for sql in self if text in sql]


@contextmanager
def statements(using=connection):
    found = Statements()
    with CaptureQueriesContext(using) as context:
        yield found
    found.extend(query["sql"] for query in context.captured_queries)


def warm_statements(request, *args, **kwargs):
    """Run ``request(*args, **kwargs)`` once to warm caches (renditions created, domain
    looked up), then again from the public schema as a new request starts; return the
    second result and its statements."""
    request(*args, **kwargs)
    connection.set_schema_to_public()
    with statements() as sql:
        result = request(*args, **kwargs)
    return result, sql
