"""The API schema: each domain's Query merged into one root type."""

import strawberry
from django.conf import settings
from graphql import GraphQLError, MaxIntrospectionDepthRule
from strawberry.extensions import (
    AddValidationRules,
    DisableIntrospection,
    MaskErrors,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
    ValidationCache,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types
from strawberry_django.optimizer import DjangoOptimizerExtension

from graphql_api.content import fast
from graphql_api.content.pages import PAGE_TYPES
from graphql_api.content.queries import ContentQuery, SearchQuery, TaxonomyQuery, TypedListsQuery
from graphql_api.content.scope import ScopeExtension
from graphql_api.content.types import GenericPage
from graphql_api.execution import ExecutionContext
from graphql_api.media.queries import MediaQuery
from graphql_api.org.queries import OrgQuery
from graphql_api.programme.queries import ProgrammeQuery
from graphql_api.security import (
    CostLimiter,
    CostRule,
    DatabaseErrors,
    HideSuggestions,
    MutationGuard,
    RefusalStatus,
    limits,
)
from graphql_api.sharing.queries import SharingQuery
from graphql_api.site.queries import SiteQuery
from graphql_api.voice.mutations import VoiceMutation
from graphql_api.voice.queries import VoiceQuery


class QuerysetOptimizer(DjangoOptimizerExtension):
    """strawberry-django's optimizer without its per-field ``resolve`` hook: every field here
    that returns a queryset is a strawberry-django field, which optimizes it itself, and the
    hook (a middleware around each of a feed's hundreds of fields) cost ~10 % of a request."""

    resolve = SchemaExtension.resolve


Query = merge_types(
    "Query",
    (
        SiteQuery,
        ContentQuery,
        MediaQuery,
        TypedListsQuery,
        SearchQuery,
        TaxonomyQuery,
        OrgQuery,
        SharingQuery,
        VoiceQuery,
        ProgrammeQuery,
    ),
)

# Mutations: only the workers' voice's public ones so far (graphql_api/voice/mutations.py).
Mutation = merge_types("Mutation", (VoiceMutation,))

# Concrete types reachable only through the Page interface or block unions.
EXTRA_TYPES = [GenericPage, *(page_type for _model, page_type in PAGE_TYPES)]


def _extensions(introspection: bool, mask_errors: bool):
    lim = limits()
    # CostRule bounds depth, aliases and fields with fragments expanded; strawberry's own
    # depth and alias limiters expand fragments exhaustively (seconds on a fragment bomb).
    extensions = [
        lambda: MaxTokensLimiter(max_token_count=lim.max_tokens),
        lambda: AddValidationRules([CostRule, MaxIntrospectionDepthRule]),
        lambda: ParserCache(maxsize=512),
        lambda: ValidationCache(maxsize=512),
        RefusalStatus,
        MutationGuard,
        # After validation, variables applied: estimated nodes and statements (security.py).
        CostLimiter,
        DatabaseErrors,
        ScopeExtension,
        QuerysetOptimizer,
    ]
    if not introspection:
        extensions.extend([DisableIntrospection, HideSuggestions])
    if mask_errors:
        extensions.append(lambda: MaskErrors(should_mask_error=is_unexpected))
    return extensions


def is_unexpected(error: GraphQLError) -> bool:
    """Mask only failures of our code; syntax and validation errors stay readable."""
    original = error.original_error
    return original is not None and not isinstance(original, GraphQLError)


def build_schema(*, introspection: bool, mask_errors: bool, mutation=Mutation) -> strawberry.Schema:
    """Production: no introspection, no field suggestions, masked errors; dev: all on.
    Per-object fields get direct resolvers (``graphql_api.content.fast``), and leaf fields
    among them skip most of the executor's per-field work (``graphql_api.execution``)."""
    direct = getattr(settings, "GRAPHQL_DIRECT_RESOLVERS", True)
    built = strawberry.Schema(
        query=Query,
        mutation=mutation,
        types=EXTRA_TYPES,
        extensions=_extensions(introspection, mask_errors),
        config=StrawberryConfig(disable_field_suggestions=not introspection),
        execution_context_class=ExecutionContext if direct else None,
    )
    if direct:
        fast.install(built._schema)
    return built


schema = build_schema(
    introspection=settings.GRAPHQL_INTROSPECTION, mask_errors=settings.GRAPHQL_MASK_ERRORS
)
