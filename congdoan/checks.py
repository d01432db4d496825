"""System checks about the database (run by ``migrate``/``migrate_schemas`` and
``manage.py check --database default``)."""

from django.core import checks

from congdoan.embedded_pg import CASE_PROBE


def case_rules_warning(cursor, alias: str) -> checks.Warning | None:
    """The warning for the database behind ``cursor`` (any DB-API cursor), or None."""
    cursor.execute("SELECT upper(%s) = %s, current_setting('lc_ctype')", list(CASE_PROBE))
    ok, ctype = cursor.fetchone()
    if ok:
        return None
    return checks.Warning(
        f"Cơ sở dữ liệu {alias!r} dùng LC_CTYPE {ctype!r}: upper('đ') vẫn là 'đ', nên lọc "
        "không phân biệt hoa thường bỏ sót chữ tiếng Việt.",
        hint="Tạo lại cơ sở dữ liệu với locale UTF-8, ví dụ CREATE DATABASE … TEMPLATE "
        "template0 LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' (PostgreSQL nhúng tự nâng cấp khi "
        "khởi động).",
        id="congdoan.W001",
    )


@checks.register(checks.Tags.database)
def vietnamese_case_rules(app_configs=None, databases=None, **kwargs):
    """Warn when the database's LC_CTYPE does not map Vietnamese letters (``upper('đ')`` is
    ``'đ'`` under the C locale): case-insensitive filters on Vietnamese text would miss."""
    from django.db import connections

    problems = []
    for alias in databases or ():
        connection = connections[alias]
        if connection.vendor != "postgresql":
            continue
        with connection.cursor() as cursor:
            warning = case_rules_warning(cursor, alias)
        if warning is not None:
            problems.append(warning)
    return problems
