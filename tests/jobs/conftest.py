"""Fixtures of the job-queue tests.

Most tests run in the suite's rolled-back transaction and drive the queue with
``run_due_jobs`` on the test's own connection. ``committed`` tests need real commits (what
another connection or a worker process sees): they run without the wrapping transaction and
remove what they wrote; ``transactional_db`` is not used, its flush would delete the
session's tenants.
"""

import pytest
from django.db import connection

from tests.jobs.sample_jobs import PROBE_DDL

TEST_TASK_PREFIX = "tests."


@pytest.fixture
def probe_table(db):
    with connection.cursor() as cursor:
        cursor.execute(PROBE_DDL)


def _clean_committed():
    with connection.cursor() as cursor:
        cursor.execute(PROBE_DDL)
        cursor.execute("TRUNCATE public.jobs_test_probe")
        cursor.execute(
            "DELETE FROM procrastinate_jobs WHERE task_name LIKE %s "
            "OR task_name LIKE 'jobs.%%' OR task_name LIKE 'cms.%%' "
            "OR task_name LIKE 'sharing.%%'",
            [TEST_TASK_PREFIX + "%"],
        )
        cursor.execute("DELETE FROM procrastinate_periodic_defers")
        cursor.execute("DELETE FROM procrastinate_workers")
        cursor.execute("TRUNCATE jobs_jobfailure, jobs_jobrun, jobs_jobreplay")


@pytest.fixture
def committed(django_db_setup, django_db_blocker):
    """Autocommit access to the test database; cleaned before and after."""
    with django_db_blocker.unblock():
        connection.set_schema_to_public()
        _clean_committed()
        try:
            yield
        finally:
            connection.set_schema_to_public()
            _clean_committed()


from tests.hierarchy.factories import org_tree  # noqa: E402, F401
