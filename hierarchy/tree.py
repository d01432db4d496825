"""Set-based operations on the materialised-path tree.

treebeard moves one subtree per call; restructuring moves hundreds of subtrees at once
(a province's children into the merged province). ``move_subtrees`` rewrites the paths of
any number of subtrees with one UPDATE, joining each row to the moved root whose path is its
prefix, so the statement count does not grow with the number of organisations moved.
"""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from hierarchy.models import Organization

STEP = Organization.steplen
TABLE = Organization._meta.db_table
# move_subtrees bounds a subtree by [path, path || '~'): every path character sorts below it.
if max(Organization.alphabet) >= "~":
    raise ImproperlyConfigured("Organization.alphabet must sort below '~'.")


def step_str(n: int) -> str:
    key = Organization._int2str(n)
    return Organization.alphabet[0] * (STEP - len(key)) + key


def step_int(path: str) -> int:
    return Organization._str2int(path[-STEP:])


def last_child_step(parent: Organization | None) -> int:
    """Number of the last step used under ``parent`` (roots when None); 0 if none."""
    if parent is None:
        last = Organization.objects.filter(depth=1).order_by("-path").values_list("path", flat=True)
    else:
        last = (
            Organization.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
            .order_by("-path")
            .values_list("path", flat=True)
        )
    path = last.first()
    return step_int(path) if path else 0


def new_child_paths(parent: Organization | None, count: int) -> list[str]:
    """``count`` fresh paths appended after the last child of ``parent``."""
    base = parent.path if parent is not None else ""
    start = last_child_step(parent)
    return [base + step_str(start + i) for i in range(1, count + 1)]


def next_sort_order(parent: Organization | None) -> int:
    qs = Organization.objects.filter(depth=(parent.depth + 1) if parent else 1)
    if parent is not None:
        qs = qs.filter(path__startswith=parent.path)
    current = qs.order_by("-sort_order").values_list("sort_order", flat=True).first()
    return (current or 0) + 1


def move_subtrees(
    nodes: list[Organization], new_parent: Organization, *, refresh: bool = True
) -> dict[str, str]:
    """Re-parent the subtrees rooted at ``nodes`` under ``new_parent`` (appended, in the given
    order). Callers validate (no cycles, level order, ``nodes`` disjoint). Returns old path ->
    new path of the moved roots; ``nodes`` are updated in memory. Statements: two SELECTs,
    one UPDATE of the paths, one for ``sort_order`` and, unless
    ``refresh=False`` (the caller recomputes every ``numchild`` itself), one ``numchild``
    refresh per old parent and one for the new parent."""
    if not nodes:
        return {}
    new_paths = new_child_paths(new_parent, len(nodes))
    mapping = {node.path: new for node, new in zip(nodes, new_paths, strict=True)}
    old_parents = {node.path[:-STEP] for node in nodes}
    with connection.cursor() as cursor:
        rewrite_prefixes(cursor, list(mapping), new_paths)
        if refresh:
            refresh_numchild([*old_parents, new_parent.path])
        first = next_sort_order(new_parent)
        cursor.execute(
            f"""
            UPDATE {TABLE} o SET sort_order = %s + m.ord - 1
            FROM unnest(%s::text[]) WITH ORDINALITY AS m(path, ord) WHERE o.path = m.path
            """,
            [first, new_paths],
        )
    for node in nodes:
        node.path = mapping[node.path]
        node.depth = new_parent.depth + 1
    new_parent.numchild += len(nodes)
    return mapping


def rewrite_prefixes(cursor, olds: list[str], news: list[str]) -> None:
    """Give every row below (and at) each path of ``olds`` the matching path of ``news`` as its
    prefix, with depths to match, in one UPDATE. The paths of ``olds`` must not be nested.

    The rows of one root are the index range [old, old || '~') of the varchar_pattern_ops
    index ('~' sorts after every path character), so PostgreSQL probes the index once per
    root instead of scanning the table, however scattered the roots are."""
    cursor.execute(
        f"""
        UPDATE {TABLE} o
        SET path = m.new || substr(o.path, length(m.old) + 1),
            depth = o.depth + (length(m.new) - length(m.old)) / {STEP}
        FROM unnest(%s::text[], %s::text[]) AS m(old, new)
        WHERE o.path ~>=~ m.old AND o.path ~<~ (m.old || '~')
        """,
        [olds, news],
    )


def reparent_many(moves: list[tuple[Organization, Organization]]) -> None:
    """Move many subtrees to many new parents at once, each appended under its new parent in
    the given order. Callers validate (no cycles, level order) and make sure no new parent
    lies inside a moved subtree; moved roots may be nested (the deeper moves first, out of
    the subtree that moves after it). ``numchild`` and ``sort_order`` are the caller's.
    Statements: one scan for the last child of every new parent and one UPDATE per distinct
    depth of the moved roots, whatever the number of organisations or new parents."""
    if not moves:
        return
    steps = last_child_steps({parent.path for _, parent in moves})
    by_depth: dict[int, tuple[list[str], list[str]]] = {}
    for node, parent in moves:
        steps[parent.path] += 1
        olds, news = by_depth.setdefault(node.depth, ([], []))
        olds.append(node.path)
        news.append(parent.path + step_str(steps[parent.path]))
    with connection.cursor() as cursor:
        for depth in sorted(by_depth, reverse=True):
            rewrite_prefixes(cursor, *by_depth[depth])


def last_child_steps(parent_paths) -> dict[str, int]:
    """Last child step in use under each path of ``parent_paths`` (0 without children), in
    one grouped scan."""
    steps = dict.fromkeys(parent_paths, 0)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT substr(path, 1, length(path) - {STEP}), max(path) FROM {TABLE}
            WHERE depth > 1 AND substr(path, 1, length(path) - {STEP}) = ANY(%s)
            GROUP BY 1
            """,
            [list(steps)],
        )
        for parent, last in cursor.fetchall():
            steps[parent] = step_int(last)
    return steps


def refresh_numchild(paths) -> None:
    """Recompute ``numchild`` of the nodes at ``paths`` (one indexed count per node)."""
    with connection.cursor() as cursor:
        for path in sorted({p for p in paths if p}):
            cursor.execute(
                f"""
                UPDATE {TABLE} SET numchild = (
                    SELECT count(*) FROM {TABLE} WHERE path LIKE %s AND depth = %s)
                WHERE path = %s
                """,
                [path + "%", len(path) // STEP + 1, path],
            )


def refresh_all_numchild() -> None:
    """Recompute ``numchild`` of every node (one statement; used after bulk import)."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            UPDATE {TABLE} o SET numchild = coalesce(c.n, 0)
            FROM {TABLE} t LEFT JOIN (
                SELECT substr(path, 1, length(path) - {STEP}) AS parent, count(*) AS n
                FROM {TABLE} WHERE depth > 1 GROUP BY 1) c ON c.parent = t.path
            WHERE o.id = t.id AND o.numchild IS DISTINCT FROM coalesce(c.n, 0)
            """
        )


def integrity_problems() -> dict[str, int]:
    """Set-based checks of the whole tree, three statements however large it is (treebeard's
    ``find_problems`` issues statements per node: minutes at 130,000 rows). Counts of rows
    whose depth disagrees with their path, rows whose parent row is missing, and rows whose
    ``numchild`` is wrong; all zero for a sound tree."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {TABLE} WHERE depth * {STEP} <> length(path)")
        wrong_depth = cursor.fetchone()[0]
        cursor.execute(
            f"""
            SELECT count(*) FROM {TABLE} c WHERE c.depth > 1 AND NOT EXISTS (
                SELECT 1 FROM {TABLE} p WHERE p.path = substr(c.path, 1, length(c.path) - {STEP}))
            """
        )
        orphans = cursor.fetchone()[0]
        cursor.execute(
            f"""
            SELECT count(*) FROM {TABLE} t LEFT JOIN (
                SELECT substr(path, 1, length(path) - {STEP}) AS parent, count(*) AS n
                FROM {TABLE} WHERE depth > 1 GROUP BY 1) c ON c.parent = t.path
            WHERE t.numchild <> coalesce(c.n, 0)
            """
        )
        wrong_numchild = cursor.fetchone()[0]
    return {"wrong_depth": wrong_depth, "orphans": orphans, "wrong_numchild": wrong_numchild}
