"""Limits that reject hostile GraphQL documents before they are executed.

Two layers:

* ``precheck`` runs on the raw text before parsing: a body-size cap and a token/nesting scan
  with graphql-core's lexer that stops at the first token over the limit, so a 10,000-deep
  or 1 MB document costs microseconds, not a recursive parse.
* ``CostRule`` is a validation rule over the parsed document that expands fragment spreads
  (with cycle detection, stopping as soon as a limit is passed) and bounds both depth and
  the total number of selected fields. Aliases multiplied through fragments count as many
  times as they would execute; circular fragments are refused instead of recursing.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass

from django.conf import settings
from graphql import ExecutionResult, GraphQLError, Source, ValidationRule
from graphql.language import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    Lexer,
    OperationDefinitionNode,
    TokenKind,
)
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int
    max_tokens: int
    max_depth: int
    max_fields: int
    max_aliases: int


def limits() -> Limits:
    conf = settings.GRAPHQL_LIMITS
    return Limits(**conf)


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
                try:
                    fields, depth, op_aliases = self._measure(definition.selection_set, 1, ())
                except _Abort as abort:
                    context.report_error(GraphQLError(str(abort)))
                    return
                aliases += op_aliases
                if depth > self.lim.max_depth:
                    context.report_error(
                        GraphQLError(f"Truy vấn lồng quá sâu ({depth} > {self.lim.max_depth}).")
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
        if level > self.lim.max_depth + 1:
            raise _Abort(f"Truy vấn lồng quá sâu (tối đa {self.lim.max_depth} cấp).")
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


class MutationGuard(SchemaExtension):
    """Refuse a mutation before execution unless ``mutations_allowed``; the GraphQL view
    itself is CSRF-exempt so that cross-origin frontends can read without a cookie."""

    def on_execute(self):
        ctx = self.execution_context
        if ctx.operation_type == OperationType.MUTATION:
            request = getattr(ctx.context, "request", None)
            if not mutations_allowed(request):
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
