"""Direct resolvers for the schema's per-object fields (the typed schema is unchanged).

strawberry resolves every field of a strawberry-django type through several layers: an
``Info`` object, argument conversion, the field-extension chain, strawberry-django's
``get_result`` (which re-checks for querysets and managers) and its sync/async resolver
wrapper. For a feed that is ~25 fields per item, and those layers cost more than the
resolvers themselves (docs/benchmarks.md has the profile). ``install`` replaces, in the
built GraphQL schema, the resolve function of the fields where the layers do nothing:

* a model column with no resolver, no extension and no argument (``title``, ``author``): the
  attribute, read like strawberry-django reads it;
* a resolver of ours with no extension whose arguments, if any, are scalars, enums or lists
  of them (``urlPath``, ``topics``, ``coverImage``, ``rendition(size:)``): the function
  itself, called with the same ``root``/``info``/``self`` bindings and arguments. If it
  ever returns a queryset or manager, the original chain runs instead, so
  strawberry-django's ``get_queryset`` (the visibility rules) still applies to it.

Root fields (lists, look-ups, search) are never touched: they carry arguments, extensions
(``OrganizationArgument``) and the optimizer's queryset handling.
"""

from __future__ import annotations

from django.db.models import Manager, QuerySet
from django.db.models.query_utils import DeferredAttribute
from graphql import (
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    get_named_type,
    is_leaf_type,
)
from strawberry.types.info import Info
from strawberry_django.fields.base import StrawberryDjangoFieldBase

BACKREF = "strawberry-definition"
ROOT_TYPES = {"Query", "Mutation", "Subscription"}


def _column_resolver(name: str):
    def resolve(source, info):
        return getattr(source, name)

    resolve.direct = resolve.direct_leaf = True  # needs no info (graphql_api.execution)
    return resolve


def _attribute_resolver(field, *, leaf: bool):
    """A plain strawberry type's field with no resolver: what strawberry calls for it."""
    get_result = field.get_result

    def resolve(source, info):
        return get_result(source, None, [], {})

    resolve.direct = True
    resolve.direct_leaf = leaf
    return resolve


# Arguments strawberry-django takes out before calling a resolver: never passed directly.
_LIST_ARGUMENTS = {"filters", "order", "ordering", "pagination"}


def _argument_plan(field, graphql_field):
    """(GraphQL name, Python name, is a list) per argument when every argument is a scalar,
    an enum or a list of them: graphql-core has coerced those already (enums to their
    Python members), strawberry would only rename them and copy lists. None otherwise."""
    plan = []
    arguments = list(graphql_field.args.items())
    if len(arguments) != len(field.arguments):
        return None
    for (graphql_name, graphql_arg), argument in zip(arguments, field.arguments, strict=True):
        arg_type = graphql_arg.type
        if argument.python_name in _LIST_ARGUMENTS or not is_leaf_type(get_named_type(arg_type)):
            return None
        nullable = arg_type.of_type if isinstance(arg_type, GraphQLNonNull) else arg_type
        plan.append((graphql_name, argument.python_name, isinstance(nullable, GraphQLList)))
    return plan


def _function_resolver(field, graphql_field, arguments=()):
    original = graphql_field.resolve
    resolver = field.base_resolver
    call = resolver.wrapped_func
    self_param = resolver.self_parameter is not None
    bound = [p.name for p in (resolver.root_parameter, resolver.parent_parameter) if p]
    info_name = resolver.info_parameter.name if resolver.info_parameter else None

    def resolve(source, info, **args):
        kwargs = dict.fromkeys(bound, source)
        if info_name:
            kwargs[info_name] = Info(_raw_info=info, _field=field)
        for graphql_name, python_name, is_list in arguments:
            if graphql_name in args:
                value = args[graphql_name]
                # graphql-core hands every request the same default list: never share it
                kwargs[python_name] = list(value) if is_list and value is not None else value
        result = call(source, **kwargs) if self_param else call(**kwargs)
        if isinstance(result, QuerySet | Manager) or callable(result):
            return original(source, info, **args)
        return result

    # A leaf computed without ``info`` (``readingMinutes``) can be called directly too: a
    # queryset is never the value of a scalar field.
    resolve.direct = not arguments  # graphql_api.execution: called without argument handling
    resolve.direct_leaf = (
        info_name is None and not arguments and is_leaf_type(get_named_type(graphql_field.type))
    )
    return resolve


def _fast(field, graphql_field, model):
    if field.extensions or getattr(field, "permission_classes", None):
        return None
    if field.base_resolver is not None:
        if field.base_resolver.is_async:
            return None
        arguments = _argument_plan(field, graphql_field) if field.arguments else []
        if arguments is None:
            return None
        return _function_resolver(field, graphql_field, arguments)
    if field.arguments:
        return None
    if not isinstance(field, StrawberryDjangoFieldBase):
        # a plain type's attribute, a leaf or not (a connection's ``edges``, an edge's ``node``)
        if model is None and field.is_basic_field:
            return _attribute_resolver(field, leaf=is_leaf_type(get_named_type(graphql_field.type)))
        return None
    if not is_leaf_type(get_named_type(graphql_field.type)):
        return None
    if model is None:
        return None
    name = field.django_name or field.python_name
    attr = getattr(model, name, None)
    if isinstance(attr, DeferredAttribute) and not attr.field.is_relation:
        return _column_resolver(attr.field.attname)
    return None


def install(schema: GraphQLSchema) -> int:
    """Install the direct resolvers; returns how many fields got one."""
    count = 0
    for graphql_type in schema.type_map.values():
        if not isinstance(graphql_type, GraphQLObjectType) or graphql_type.name in ROOT_TYPES:
            continue
        if graphql_type.name.startswith("__"):
            continue
        definition = (graphql_type.extensions or {}).get(BACKREF)
        django_definition = getattr(
            getattr(definition, "origin", None), "__strawberry_django_definition__", None
        )
        model = getattr(django_definition, "model", None)
        for graphql_field in graphql_type.fields.values():
            field = (graphql_field.extensions or {}).get(BACKREF)
            if field is None:
                continue
            resolve = _fast(field, graphql_field, model)
            if resolve is not None:
                graphql_field.resolve = resolve
                count += 1
    return count
