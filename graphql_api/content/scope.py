"""Hosted microsites: a request scoped to one organisation's page subtree.

A grassroots union without its own tenant has a microsite: a page subtree in its host
tenant's Wagtail (``Organization.microsite_host`` + ``microsite_page_id``). A frontend for
that microsite names the organisation by its code, either in the ``X-Organization`` header
or in the ``organization`` argument of any content root field. The scope is fixed for the
whole request before any resolver runs (``ScopeExtension``), so every nested and
optimizer-built queryset sees the same subtree; two different organisations in one request
are refused.
"""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.db.models import OuterRef, Subquery
from graphql import GraphQLError, get_operation_ast
from graphql.language import FieldNode, FragmentSpreadNode, InlineFragmentNode
from graphql.utilities import value_from_ast_untyped
from strawberry.annotation import StrawberryAnnotation
from strawberry.extensions import FieldExtension, SchemaExtension
from strawberry.types.arguments import StrawberryArgument
from wagtail.models import Page

from graphql_api.content.visibility import Root, Visibility, request_of, set_visibility

ARGUMENT = "organization"
HEADER = "X-Organization"
ARGUMENT_HELP = (
    "Mã tổ chức có trang con (microsite) trên đơn vị này: chỉ trả về nội dung trong trang "
    "con đó, đường dẫn tính từ trang gốc của nó. Tương đương header X-Organization."
)


class ScopeError(GraphQLError):
    pass


def resolve_scope(code: str) -> Root | None:
    """The microsite root of organisation ``code`` in the current tenant, or None when the
    organisation is this tenant itself (no narrowing). One statement."""
    from hierarchy.models import Organization

    page = Page.objects.filter(pk=OuterRef("microsite_page_id"))
    row = (
        Organization.objects.filter(code=code.strip())
        .annotate(
            page_path=Subquery(page.values("path")[:1]),
            page_url_path=Subquery(page.values("url_path")[:1]),
        )
        .values(
            "code",
            "name",
            "short_name",
            "kind",
            "tenant_id",
            "microsite_host_id",
            "microsite_page_id",
            "page_path",
            "page_url_path",
        )
        .first()
    )
    tenant_id = connection.tenant.pk
    if row is None:
        raise ScopeError(f"Không tìm thấy đơn vị có mã {code!r}.")
    if row["tenant_id"] == tenant_id:
        return None
    if row["microsite_host_id"] != tenant_id or not row["microsite_page_id"]:
        raise ScopeError(
            f"Đơn vị {code!r} không đăng trên trang này: đây không phải trang của đơn vị, "
            "cũng không phải trang con do trang này lưu trữ."
        )
    if row["page_path"] is None:
        raise ScopeError(f"Trang gốc của trang con {code!r} không còn tồn tại.")
    return Root(
        page_id=row["microsite_page_id"],
        path=row["page_path"],
        url_path=row["page_url_path"],
        organization={key: row[key] for key in ("code", "name", "short_name", "kind")},
    )


def _root_arguments(document, operation_name, variables) -> set[str]:
    """Values of ``organization`` on the operation's root fields (fragments followed)."""
    operation = get_operation_ast(document, operation_name)
    if operation is None:
        return set()
    fragments = {d.name.value: d for d in document.definitions if d.kind == "fragment_definition"}
    found: set[str] = set()
    seen: set[str] = set()

    def walk(selection_set):
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                for argument in selection.arguments or ():
                    if argument.name.value == ARGUMENT:
                        value = value_from_ast_untyped(argument.value, variables or {})
                        if isinstance(value, str) and value.strip():
                            found.add(value.strip())
            elif isinstance(selection, InlineFragmentNode):
                walk(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                if name not in seen and name in fragments:
                    seen.add(name)
                    walk(fragments[name].selection_set)

    walk(operation.selection_set)
    return found


class ScopeExtension(SchemaExtension):
    """Fix the request's Visibility (and microsite scope) before execution starts."""

    def on_execute(self):
        ctx = self.execution_context
        request = request_of(ctx)
        if request is not None:
            codes = set()
            if ctx.graphql_document is not None:
                codes = _root_arguments(ctx.graphql_document, ctx.operation_name, ctx.variables)
            header = (request.headers.get(HEADER) or "").strip()
            if header:
                codes.add(header)
            set_visibility(request, LazyScopedVisibility(request, codes))
        yield


class LazyScopedVisibility(Visibility):
    """Resolves the organisation code on first use, so an error is reported on the field that
    needed it and requests without content fields pay nothing."""

    def __init__(self, request, codes: set[str]):
        super().__init__(request, organization=next(iter(codes)) if len(codes) == 1 else None)
        self._codes = codes

    def _resolve_root(self) -> Root:
        if len(self._codes) > 1:
            raise ScopeError(
                "Mỗi yêu cầu chỉ được giới hạn trong một tổ chức (nhận: "
                + ", ".join(sorted(self._codes))
                + ")."
            )
        if self.organization:
            self.scope = resolve_scope(self.organization)
        return super()._resolve_root()


class OrganizationArgument(FieldExtension):
    """Adds the optional ``organization`` argument to a content root field. Its value is read
    by ``ScopeExtension`` before execution; here it is only declared and dropped."""

    def apply(self, field) -> None:
        field.arguments.append(
            StrawberryArgument(
                python_name=ARGUMENT,
                graphql_name=None,
                type_annotation=StrawberryAnnotation(str | None),
                default=None,
                description=ARGUMENT_HELP,
            )
        )

    def map_arguments(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        kwargs.pop(ARGUMENT, None)
        return kwargs
