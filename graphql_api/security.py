"""Limits that reject hostile GraphQL documents before they are executed, and a budget that
stops the few that get through.

Layers, cheapest first:

* ``precheck`` runs on the raw text before parsing: a body-size cap and a token/nesting scan
  with graphql-core's lexer that stops at the first token over the limit, so a 10,000-deep
  or 1 MB document costs microseconds, not a recursive parse.
* ``CostRule`` is a validation rule over the parsed document that expands fragment spreads
  (with cycle detection, stopping as soon as a limit is passed) and bounds both depth and
  the total number of selected fields. Aliases multiplied through fragments count as many
  times as they would execute; circular fragments are refused instead of recursing.
  Operations that only introspect the (static) schema get their own depth limit plus
  graphql-core's ``MaxIntrospectionDepthRule``, so standard tooling's introspection query
  passes while a recursive ``fields { type { fields … } }`` bomb does not.
* ``CostLimiter`` (a schema extension, after validation, with the request's variables
  applied) estimates the *work*: the nodes the answer can contain (product of the list
  sizes along each path, summed over aliases and expanded fragments) and the SQL statements
  the resolvers can issue. Over ``max_cost`` or ``max_statements`` is refused before
  anything runs, with both figures in the message. List arguments are capped; strings with
  NUL or lone surrogates are refused (PostgreSQL would fail on them).
* ``Budget`` (the view installs it as a ``connection.execute_wrapper``) counts the statements
  the request really runs and the time it takes, and aborts the request when either is
  over its limit: the backstop for what the estimate cannot see.
* The view caps the size of the encoded answer.
"""

from __future__ import annotations

import json
import re
import time
from collections import OrderedDict
from dataclasses import dataclass, fields

from django.conf import settings
from graphql import (
    ExecutionResult,
    GraphQLError,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    Source,
    ValidationRule,
    get_named_type,
    get_operation_ast,
    is_leaf_type,
)
from graphql.language import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    Lexer,
    OperationDefinitionNode,
    StringValueNode,
    TokenKind,
)
from graphql.utilities import value_from_ast_untyped
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int = 32_768
    max_tokens: int = 3_000
    max_depth: int = 10
    max_fields: int = 600
    max_aliases: int = 30
    # Estimated work, checked before execution (CostLimiter).
    max_cost: int = 15_000
    max_statements: int = 60
    budget_statements: int = 100
    max_list_argument: int = 20
    default_list_size: int = 10
    # Measured while executing (Budget) and on the answer.
    max_seconds: float = 10.0
    max_response_bytes: int = 4_000_000
    # Introspection-only operations (the schema is static).
    introspection_max_depth: int = 20


_LIMIT_NAMES = {f.name for f in fields(Limits)}


def limits() -> Limits:
    conf = getattr(settings, "GRAPHQL_LIMITS", {})
    return Limits(**{key: value for key, value in conf.items() if key in _LIMIT_NAMES})


class QueryRejected(Exception):
    """The document breaks a limit; the message says which."""


def precheck(query: str, lim: Limits | None = None) -> None:
    lim = lim or limits()
    if len(query.encode("utf-8")) > lim.max_body_bytes:
        raise QueryRejected(f"Truy vấn quá lớn (tối đa {lim.max_body_bytes} byte).")
    lexer = Lexer(Source(query))
    tokens = depth = 0
    try:
        token = lexer.advance()
        while token.kind != TokenKind.EOF:
            tokens += 1
            if tokens > lim.max_tokens:
                raise QueryRejected(f"Truy vấn có quá nhiều token (tối đa {lim.max_tokens}).")
            if token.kind == TokenKind.BRACE_L:
                depth += 1
                # Each level of selection is one brace; arguments objects add a few more.
                if depth > lim.max_depth * 2 + 4:
                    raise QueryRejected(f"Truy vấn lồng quá sâu (tối đa {lim.max_depth} cấp).")
            elif token.kind == TokenKind.BRACE_R:
                depth -= 1
            token = lexer.advance()
    except GraphQLError:
        return  # a syntax error: the parser reports it properly


_ACCEPTED: OrderedDict[tuple[str, Limits], None] = OrderedDict()
_ACCEPTED_MAX = 1024


def precheck_cached(query: str) -> None:
    """``precheck`` with the documents that passed remembered (frontends send the same few
    queries over and over; a refused document is checked again every time)."""
    lim = limits()
    key = (query, lim)
    if key in _ACCEPTED:
        _ACCEPTED.move_to_end(key)
        return
    precheck(query, lim)
    _ACCEPTED[key] = None
    if len(_ACCEPTED) > _ACCEPTED_MAX:
        _ACCEPTED.popitem(last=False)


class CostRule(ValidationRule):
    """Bound depth, expanded field count and aliases; refuse circular fragments."""

    def __init__(self, context):
        super().__init__(context)
        self.lim = limits()
        document = context.document
        self.fragments = {
            d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
        }
        aliases = 0
        for definition in document.definitions:
            if isinstance(definition, OperationDefinitionNode):
                introspection = is_introspection_only(definition, self.fragments)
                self.max_depth = (
                    self.lim.introspection_max_depth if introspection else self.lim.max_depth
                )
                try:
                    fields, depth, op_aliases = self._measure(definition.selection_set, 1, ())
                except _Abort as abort:
                    context.report_error(GraphQLError(str(abort)))
                    return
                aliases += op_aliases
                if depth > self.max_depth:
                    context.report_error(
                        GraphQLError(f"Truy vấn lồng quá sâu ({depth} > {self.max_depth}).")
                    )
                if fields > self.lim.max_fields:
                    context.report_error(
                        GraphQLError(
                            f"Truy vấn chọn quá nhiều trường ({fields} > {self.lim.max_fields})."
                        )
                    )
        if aliases > self.lim.max_aliases:
            context.report_error(
                GraphQLError(
                    f"Truy vấn dùng quá nhiều bí danh ({aliases} > {self.lim.max_aliases})."
                )
            )

    def _measure(self, selection_set, level, path):
        """Return (fields, depth, aliases) of a selection set, fragments expanded."""
        if selection_set is None:
            return 0, level - 1, 0
        if level > self.max_depth + 1:
            raise _Abort(f"Truy vấn lồng quá sâu (tối đa {self.max_depth} cấp).")
        fields = aliases = 0
        depth = level
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                sub_fields, sub_depth, sub_aliases = self._measure(
                    selection.selection_set, level + 1, path
                )
                fields += 1 + sub_fields
                aliases += sub_aliases + (1 if selection.alias else 0)
                depth = max(depth, sub_depth)
            elif isinstance(selection, InlineFragmentNode):
                sub_fields, sub_depth, sub_aliases = self._measure(
                    selection.selection_set, level, path
                )
                fields, aliases, depth = (
                    fields + sub_fields,
                    aliases + sub_aliases,
                    max(depth, sub_depth),
                )
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                if name in path:
                    raise _Abort(f"Fragment {name!r} tham chiếu vòng tròn.")
                fragment = self.fragments.get(name)
                if fragment is None:
                    continue  # reported by the standard KnownFragmentNames rule
                sub_fields, sub_depth, sub_aliases = self._measure(
                    fragment.selection_set, level, (*path, name)
                )
                fields, aliases, depth = (
                    fields + sub_fields,
                    aliases + sub_aliases,
                    max(depth, sub_depth),
                )
            if fields > self.lim.max_fields or aliases > self.lim.max_aliases * 4:
                raise _Abort(
                    f"Truy vấn chọn quá nhiều trường (tối đa {self.lim.max_fields}) "
                    f"hoặc quá nhiều bí danh (tối đa {self.lim.max_aliases})."
                )
        return fields, depth, aliases


class _Abort(Exception):
    pass


def is_introspection_only(operation: OperationDefinitionNode, fragments: dict) -> bool:
    """True when every root field of the operation is ``__schema``, ``__type`` or
    ``__typename`` (fragments at the root followed): the answer is the static schema."""
    seen: set[str] = set()

    def check(selection_set) -> bool:
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                if not selection.name.value.startswith("__"):
                    return False
            elif isinstance(selection, InlineFragmentNode):
                if not check(selection.selection_set):
                    return False
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                if name in seen:
                    continue
                seen.add(name)
                fragment = fragments.get(name)
                if fragment is not None and not check(fragment.selection_set):
                    return False
        return True

    return check(operation.selection_set)


MUTATION_REFUSED = (
    "Thao tác thay đổi dữ liệu (mutation) chỉ được gửi bằng POST, kèm mã CSRF của phiên đăng "
    "nhập hoặc header Authorization: Bearer <API token>."
)


def mutations_allowed(request) -> bool:
    """POST with a valid API token (set by the view), or POST passing Django's CSRF check."""
    if request is None or request.method != "POST":
        return False
    if getattr(request, "api_token", None) is not None:
        return True
    from django.middleware.csrf import CsrfViewMiddleware

    def _view(request):  # a callback without the csrf_exempt mark
        return None

    rejected = CsrfViewMiddleware(lambda req: None).process_view(request, _view, (), {})
    return rejected is None


# Mutations that act for an anonymous member and never use the request's session or token
# user (the workers' voice: submitCase …): a forged cross-site request gains nothing, so they
# need no CSRF token. Allowed over POST when the operation selects exactly one root field, and
# it is one of these (graphql_api/voice/mutations.py registers them).
PUBLIC_MUTATIONS: set[str] = set()


def public_mutation(name: str) -> None:
    PUBLIC_MUTATIONS.add(name)


def is_public_mutation(ctx) -> bool:
    document = ctx.graphql_document
    if document is None:
        return False
    operation = get_operation_ast(document, ctx._provided_operation_name)
    if operation is None:
        return False
    selections = operation.selection_set.selections
    return (
        len(selections) == 1
        and isinstance(selections[0], FieldNode)
        and selections[0].name.value in PUBLIC_MUTATIONS
    )


class MutationGuard(SchemaExtension):
    """Refuse a mutation before execution unless ``mutations_allowed`` (or it is one public
    mutation, POSTed); the GraphQL view itself is CSRF-exempt so that cross-origin frontends
    can read without a cookie."""

    def on_execute(self):
        ctx = self.execution_context
        if ctx.operation_type == OperationType.MUTATION:
            request = getattr(ctx.context, "request", None)
            public = request is not None and request.method == "POST" and is_public_mutation(ctx)
            if not public and not mutations_allowed(request):
                ctx.result = ExecutionResult(data=None, errors=[GraphQLError(MUTATION_REFUSED)])
        yield


_SUGGESTION = re.compile(r"\s*Did you mean [^?]*\?")


class HideSuggestions(SchemaExtension):
    """Production: strip graphql-core's "Did you mean …?" from every error (unknown fields,
    arguments, enum values, input fields, types), which would reveal the schema that
    introspection hides. strawberry's own switch covers only unknown fields."""

    def on_operation(self):
        yield
        ctx = self.execution_context
        errors = list(ctx.pre_execution_errors or [])
        if ctx.result is not None:
            errors.extend(ctx.result.errors or [])
        for error in errors:
            if "Did you mean" in error.message:
                error.message = _SUGGESTION.sub("", error.message)


# --- Text that PostgreSQL (or UTF-8) cannot take ----------------------------------------------

_SURROGATE = re.compile("[\ud800-\udfff]")


def text_problem(value) -> str | None:
    """Why ``value`` (a JSON-like structure, walked iteratively) cannot be used, or None."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return "Chuỗi không được chứa ký tự NUL (\\u0000)."
            if _SURROGATE.search(item):
                return "Chuỗi chứa ký tự Unicode không hợp lệ (nửa cặp surrogate đứng riêng)."
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return None


# --- Estimated work ---------------------------------------------------------------------------

# Lists without paging arguments: the sizes assumed (others: Limits.default_list_size). Keys are
# "Type.field"; a key on an interface applies to every type implementing it.
LIST_SIZES = {
    "Page.ancestors": 8,
    "Organization.ancestors": 8,
    "Page.body": 30,
    "TableBlock.rows": 20,
    "Menu.items": 30,
    "Query.menus": 10,
    "Query.topics": 50,
    "GalleryPage.images": 30,
    "Image.focalPoint": 4,
    # The programme's public figures: at most every indicator, 12 months each.
    "ProgrammeFigures.indicators": 12,
    "ProgrammeIndicator.trend": 12,
}
# Connections asked for without first/last: their default page size (others: the maximum,
# GRAPHQL_MAX_PAGE_SIZE, which is what strawberry-django returns).
PAGE_SIZE_DEFAULTS = {"Query.feed": 20}
# Fields that run their own statements for *every* object they are selected on (not batched).
# ``parent``/``ancestors``/``children`` load the base rows, then the specific rows of each page
# type among them (graphql_api.content.specific.load_specific).
# The organisation tree's per-object fields run one statement each.
PER_ROW_STATEMENTS = {
    "Page.parent": 2,
    "Page.ancestors": 4,
    "Page.children": 4,
    "Organization.ancestors": 1,
    "Organization.parent": 1,
    "Organization.subtreeCount": 1,
    "Organization.contentHome": 1,
}
# Statements per occurrence of a batched object field (others: 1; leaves and the connection
# wrappers: 0; root fields: ROOT_STATEMENTS).
STATEMENTS = {
    "Page.body": 5,
    "Query.search": 3,
    "Query.feed": 6,
    # The workers' voice: the case, its escalations, messages and consents; ``case`` also
    # reads the handler's roles, checks an emergency reveal and logs the view.
    "Query.caseStatus": 4,
    "Query.case": 7,
    # The organisation, its public indicators, its targets, its subtree's and its own
    # monthly figures (programme.portal).
    "Query.programme": 5,
    # Built in memory by ``programme``: no statement of their own.
    "ProgrammeFigures.indicators": 0,
    "ProgrammeFigures.organization": 0,
    "ProgrammeIndicator.trend": 0,
}
ROOT_STATEMENTS = 2
# The view's own, once per request: the tenant's "persisted queries only" switch (cached) and
# the API token look-up.
REQUEST_STATEMENTS = 2
_WRAPPER_SUFFIXES = ("Connection", "Edge")
_WRAPPER_TYPES = {"PageInfo"}


class CostError(GraphQLError):
    """The request is refused before execution (the message says why)."""


@dataclass(frozen=True)
class Estimate:
    nodes: int
    statements: int


def _key_candidates(parent_type, name: str) -> list[str]:
    keys = [f"{parent_type.name}.{name}"]
    for interface in getattr(parent_type, "interfaces", ()) or ():
        keys.append(f"{interface.name}.{name}")
    return keys


def _lookup(table: dict, parent_type, name: str):
    for key in _key_candidates(parent_type, name):
        if key in table:
            return table[key]
    return None


class CostEstimator:
    """Estimate (nodes, statements) of one operation, variables applied.

    A selection set's cost is linear in the number of objects it is selected on, so each
    named fragment is measured once per page-size context (memoised): fragment bombs cost
    linear time here and come out with astronomical estimates instead of exploding.
    """

    def __init__(self, schema: GraphQLSchema, document, variables, lim: Limits):
        self.schema = schema
        self.variables = variables or {}
        self.lim = lim
        self.fragments = {
            d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
        }
        self._memo: dict = {}
        self._active: set = set()
        self.max_page = settings.GRAPHQL_MAX_PAGE_SIZE

    def estimate(self, operation: OperationDefinitionNode) -> Estimate:
        root = self.schema.get_root_type(operation.operation)
        if root is None:
            return Estimate(0, 0)
        nodes, batched, per_row = self._selections(operation.selection_set, root, None)
        return Estimate(nodes, REQUEST_STATEMENTS + batched + per_row)

    # (nodes per object, statements per batch, statements per object)
    def _selections(self, selection_set, parent_type, page_size):
        nodes = batched = per_row = 0
        if selection_set is None:
            return 0, 0, 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                n, b, r = self._field(selection, parent_type, page_size)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                sub_type = (
                    self.schema.get_type(condition.name.value) if condition else parent_type
                ) or parent_type
                n, b, r = self._selections(selection.selection_set, sub_type, page_size)
                if sub_type is not parent_type and isinstance(sub_type, GraphQLObjectType):
                    b += 1  # type-specific fields of a mixed list: one statement per type
            elif isinstance(selection, FragmentSpreadNode):
                n, b, r = self._fragment(selection.name.value, parent_type, page_size)
            else:  # pragma: no cover
                continue
            nodes, batched, per_row = nodes + n, batched + b, per_row + r
        return nodes, batched, per_row

    def _fragment(self, name, parent_type, page_size):
        fragment = self.fragments.get(name)
        if fragment is None:
            return 0, 0, 0
        key = (name, page_size)
        if key in self._memo:
            return self._memo[key]
        if key in self._active:
            raise CostError(f"Fragment {name!r} tham chiếu vòng tròn.")
        self._active.add(key)
        sub_type = self.schema.get_type(fragment.type_condition.name.value) or parent_type
        result = self._selections(fragment.selection_set, sub_type, page_size)
        if sub_type is not parent_type and isinstance(sub_type, GraphQLObjectType):
            result = (result[0], result[1] + 1, result[2])
        self._active.discard(key)
        self._memo[key] = result
        return result

    def _arguments(self, node: FieldNode) -> dict:
        values = {}
        for argument in node.arguments or ():
            if isinstance(argument.value, StringValueNode):
                value = argument.value.value
            else:
                value = value_from_ast_untyped(argument.value, self.variables)
            problem = text_problem(value)
            if problem:
                raise CostError(f"Tham số {argument.name.value}: {problem}")
            if isinstance(value, list) and len(value) > self.lim.max_list_argument:
                raise CostError(
                    f"Tham số {argument.name.value} có {len(value)} phần tử "
                    f"(tối đa {self.lim.max_list_argument})."
                )
            values[argument.name.value] = value
        return values

    def _field(self, node: FieldNode, parent_type, page_size):
        name = node.name.value
        arguments = self._arguments(node)
        field_map = getattr(parent_type, "fields", None) or {}
        definition = field_map.get(name)
        if definition is None:  # __typename, or reported by validation
            return 1, 0, 0
        field_type = definition.type
        if isinstance(field_type, GraphQLNonNull):
            field_type = field_type.of_type
        named = get_named_type(field_type)
        count = 1
        if isinstance(field_type, GraphQLList):
            if name in ("edges", "nodes") and page_size is not None:
                count = page_size
            else:
                count = _lookup(LIST_SIZES, parent_type, name) or self.lim.default_list_size
        own = 1
        if is_leaf_type(named):
            # srcSet(sizes: [...]): one rendition per distinct size.
            for value in arguments.values():
                if isinstance(value, list):
                    distinct = len({json.dumps(v, sort_keys=True) for v in value})
                    own = max(own, distinct)
        child_page_size = None
        if "first" in definition.args or "last" in definition.args:
            default = _lookup(PAGE_SIZE_DEFAULTS, parent_type, name) or self.max_page
            asked = arguments.get("first")
            if asked is None:
                asked = arguments.get("last")
            if not isinstance(asked, int) or isinstance(asked, bool):
                asked = default
            child_page_size = max(0, min(asked, self.max_page))
        cn, cb, cr = self._selections(node.selection_set, named, child_page_size)
        # Values in the answer: the field itself, plus its items' values (a list), or its
        # own values (an object: its fields; a leaf: one per distinct list-argument value).
        is_list = isinstance(field_type, GraphQLList)
        nodes = 1 + count * (cn or own) if is_list else own + cn
        is_root = parent_type is self.schema.query_type
        wrapper = named.name in _WRAPPER_TYPES or named.name.endswith(_WRAPPER_SUFFIXES)
        per_row_cost = _lookup(PER_ROW_STATEMENTS, parent_type, name)
        if name.startswith("__"):
            return nodes, 0, 0
        if per_row_cost is not None:
            # Runs once per parent object; what it batches below runs once per parent too.
            return nodes, 0, per_row_cost + cb + count * cr
        if is_root:
            own_statements = _lookup(STATEMENTS, parent_type, name) or ROOT_STATEMENTS
        elif is_leaf_type(named) or wrapper:
            own_statements = 0
        else:
            # 0 for objects built in memory by their parent's resolver.
            listed = _lookup(STATEMENTS, parent_type, name)
            own_statements = 1 if listed is None else listed
        return nodes, own_statements + cb, count * cr


def estimate_cost(schema: GraphQLSchema, document, operation, variables, lim=None) -> Estimate:
    return CostEstimator(schema, document, variables, lim or limits()).estimate(operation)


def vn_number(value: int) -> str:
    """12345 -> "12.345" (Vietnamese thousands separator)."""
    return f"{value:,}".replace(",", ".")


def cost_message(estimate: Estimate, lim: Limits) -> str:
    return (
        f"Truy vấn quá tốn kém: ước tính {vn_number(estimate.nodes)} nút kết quả (tối đa "
        f"{vn_number(lim.max_cost)}) và {vn_number(estimate.statements)} câu lệnh SQL (tối đa "
        f"{vn_number(lim.max_statements)}). Hãy giảm first/last, bí danh hoặc các danh sách "
        "lồng nhau."
    )


def set_status(request, status: int) -> None:
    """Ask the view to answer with ``status`` (the first refusal wins)."""
    if request is not None and not getattr(request, "graphql_status", None):
        request.graphql_status = status


class CostLimiter(SchemaExtension):
    """Refuse, before execution, an operation whose estimated work is over the limits; an
    ambiguous document (several operations, no operationName) too. Introspection-only
    operations are static and bounded by ``CostRule`` instead."""

    def on_execute(self):
        ctx = self.execution_context
        request = getattr(ctx.context, "request", None)
        document = ctx.graphql_document
        if document is not None and ctx.result is None:
            lim = limits()
            try:
                # strawberry's ``operation_name`` falls back to the first operation's name,
                # which would run the first of several operations: use what the client sent.
                name = ctx._provided_operation_name
                operation = get_operation_ast(document, name)
                if operation is None:
                    raise CostError(
                        "Truy vấn có nhiều thao tác: hãy gửi operationName để chọn một."
                        if name is None
                        else f"Không có thao tác tên {name!r} trong truy vấn."
                    )
                fragments = {
                    d.name.value: d
                    for d in document.definitions
                    if isinstance(d, FragmentDefinitionNode)
                }
                if not is_introspection_only(operation, fragments):
                    estimate = estimate_cost(
                        ctx.schema._schema, document, operation, ctx.variables, lim
                    )
                    if request is not None:
                        request.graphql_estimate = estimate
                    if estimate.nodes > lim.max_cost or estimate.statements > lim.max_statements:
                        raise CostError(cost_message(estimate, lim))
            except CostError as error:
                ctx.result = ExecutionResult(data=None, errors=[error])
                set_status(request, 400)
        yield


# --- The backstop: statements and time really spent -------------------------------------------


class BudgetExceeded(GraphQLError):
    pass


# Not counted: savepoints (bookkeeping of the statement they wrap) and the rendition table.
# A rendition is generated once per image and size, ever (Wagtail stores it), so the first
# request of a list with new covers legitimately runs a few statements per image; the time
# budget still bounds that request.
_EXEMPT = re.compile(
    r'^\s*(SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK TO SAVEPOINT|INSERT INTO "wagtailimages_rendition")'
    r'|^SELECT [^(]*? FROM "wagtailimages_rendition"'
)


class Budget:
    """``connection.execute_wrapper`` for one request: counts the statements it runs and
    refuses the next one once ``budget_statements`` or ``max_seconds`` is passed."""

    def __init__(self, lim: Limits | None = None):
        self.lim = lim or limits()
        self.statements = 0
        self.started = time.monotonic()
        self.exceeded: str | None = None

    def __call__(self, execute, sql, params, many, context):
        if _EXEMPT.search(sql[:1000]):
            return execute(sql, params, many, context)
        if self.exceeded is None:
            if self.statements >= self.lim.budget_statements:
                self.exceeded = (
                    f"Truy vấn bị dừng: đã chạy {self.statements} câu lệnh SQL (tối đa "
                    f"{self.lim.budget_statements} mỗi yêu cầu). Hãy chia nhỏ truy vấn."
                )
            elif time.monotonic() - self.started > self.lim.max_seconds:
                self.exceeded = (
                    f"Truy vấn bị dừng: đã chạy quá {self.lim.max_seconds:g} giây. "
                    "Hãy chia nhỏ truy vấn."
                )
        if self.exceeded is not None:
            raise BudgetExceeded(self.exceeded)
        self.statements += 1
        return execute(sql, params, many, context)


# --- Database failures never leave as the driver's text ---------------------------------------

INVALID_VALUE = (
    "Giá trị tham số không hợp lệ (ngoài phạm vi cho phép hoặc chứa ký tự không được phép)."
)
DATABASE_DOWN = "Cơ sở dữ liệu tạm thời không truy cập được. Vui lòng thử lại sau ít giây."


class DatabaseErrors(SchemaExtension):
    """A value PostgreSQL refuses (``DataError``: an id or offset out of range …) becomes a
    readable 400; a lost connection (``OperationalError``/``InterfaceError``) marks the
    request so that the view answers 503 with Retry-After instead of a 200 with the driver's
    message in ``errors``."""

    def on_execute(self):
        yield
        from django.db import DataError, InterfaceError, OperationalError

        ctx = self.execution_context
        result = ctx.result
        if result is None or not result.errors:
            return
        request = getattr(ctx.context, "request", None)
        errors = []
        for error in result.errors:
            original = error.original_error
            if isinstance(original, OperationalError | InterfaceError):
                if request is not None:
                    request.graphql_database_down = True
            elif isinstance(original, DataError):
                error = GraphQLError(INVALID_VALUE, nodes=error.nodes, path=error.path)
                set_status(request, 400)
            elif isinstance(original, BudgetExceeded):
                set_status(request, 400)
            errors.append(error)
        result.errors = errors


class RefusalStatus(SchemaExtension):
    """A document that does not parse or validate is answered with HTTP 400 (GraphQL over
    HTTP: the request is malformed), not 200."""

    def on_operation(self):
        yield
        ctx = self.execution_context
        unparsed = ctx.graphql_document is None and ctx.result is not None and ctx.result.errors
        if unparsed or (ctx.pre_execution_errors and ctx.result is None) or self.invalid:
            set_status(getattr(ctx.context, "request", None), 400)

    invalid = False

    def on_validate(self):
        yield
        if self.execution_context.pre_execution_errors:
            self.invalid = True
