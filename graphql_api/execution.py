"""graphql-core's executor with a short path for the fields that need little of it.

Most fields of a feed are read straight off the object (``title``, ``author``, a rendition's
``url``) or return the object's own related rows (``coverImage``, ``topics``):
``graphql_api.content.fast`` gives them direct resolvers. For each of them graphql-core still
looks the field up, checks for middleware and arguments, builds a resolve-info object
(strawberry's has fourteen fields), checks for awaitables and dispatches through
``complete_value`` by the return type, then for an object calls its ``is_type_of``. Here
``execute_fields`` does, for such fields, only what their value needs:

* a **leaf** whose resolver needs no ``info`` (marked ``direct_leaf``): the resolver is
  called and the value coerced; no path, no info; one that reads ``info`` (``urlPath``)
  gets its info, then the same;
* an **object or list of objects** (not an interface or union) with a direct resolver: the
  resolver is called with its info and the sub-selection executed on the value at once.
  ``is_type_of`` is not asked: a direct resolver returns the field's own model rows.

Anything else — other fields, a null where the schema says non-null, a value that does not
coerce, a list holding nulls, an exception — goes through graphql-core's own code, which
produces the usual result or error. The answer is identical; the work for plain values less.
Which fields take the short path is decided once per selection set and execution
(graphql-core reuses one grouped field set for every item of a list).
"""

from __future__ import annotations

from graphql import (
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    Undefined,
    get_named_type,
    is_leaf_type,
)
from graphql.execution.executor import to_nodes
from graphql.pyutils import Path
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

DIRECT = "direct"
DIRECT_LEAF = "direct_leaf"

LEAF, LEAF_INFO, OBJECT, LIST = 1, 2, 3, 4


def _shape(field_type):
    """(kind, object type) for Obj, Obj!, [Obj], [Obj!], [Obj]!, [Obj!]!; None otherwise."""
    inner = field_type.of_type if isinstance(field_type, GraphQLNonNull) else field_type
    if isinstance(inner, GraphQLObjectType):
        return OBJECT, inner, None
    if isinstance(inner, GraphQLList):
        item_type = inner.of_type
        item = item_type.of_type if isinstance(item_type, GraphQLNonNull) else item_type
        if isinstance(item, GraphQLObjectType):
            return LIST, item, item_type
    return None


class ExecutionContext(StrawberryGraphQLCoreExecutionContext):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._plans = {}

    def _plan(self, parent_type, grouped_field_set):
        key = (parent_type.name, id(grouped_field_set))
        plan = self._plans.get(key)
        if plan is not None and plan[0] is grouped_field_set:
            return plan[1]  # the entries, or None
        manager = self.middleware_manager
        # strawberry passes a manager even when no extension resolves fields: then a no-op
        no_middleware = manager is None or not getattr(manager, "middlewares", True)
        entries = [
            (name, details, self._entry(parent_type, details, no_middleware))
            for name, details in grouped_field_set.items()
        ]
        # None when no field can take a short path (decided once, not per object).
        if all(entry is None for _name, _details, entry in entries):
            entries = None
        # The plan keeps the grouped field set alive: ids are unique among live objects only.
        self._plans[key] = (grouped_field_set, entries)
        return entries

    def _entry(self, parent_type, details, no_middleware):
        field_def = self.schema.get_field(parent_type, details[0].node.name.value)
        resolve = getattr(field_def, "resolve", None) if field_def else None
        if (
            resolve is None
            or not no_middleware
            or field_def.args
            or details[0].node.arguments
            or not getattr(resolve, DIRECT, False)
        ):
            return None
        non_null = isinstance(field_def.type, GraphQLNonNull)
        if is_leaf_type(get_named_type(field_def.type)):
            kind = LEAF if getattr(resolve, DIRECT_LEAF, False) else LEAF_INFO
            return (
                kind,
                resolve,
                get_named_type(field_def.type).coerce_output_value,
                non_null,
                field_def,
            )
        shape = _shape(field_def.type)
        if shape is None:
            return None
        return (shape[0], resolve, shape[1], shape[2], field_def)

    def execute_fields(self, parent_type, source_value, path, grouped_field_set, position_context):
        entries = self._plan(parent_type, grouped_field_set)
        if entries is None:
            return super().execute_fields(
                parent_type, source_value, path, grouped_field_set, position_context
            )
        slow = {}
        results = {}
        awaitable = []
        for response_name, details, entry in entries:
            if entry is not None:
                if entry[0] == LEAF_INFO:
                    results[response_name] = self._execute_leaf(
                        entry,
                        parent_type,
                        source_value,
                        path,
                        response_name,
                        details,
                        position_context,
                    )
                    continue
                if entry[0] == LEAF:
                    _kind, resolve, coerce, non_null, _field_def = entry
                    try:
                        value = resolve(source_value, None)
                        if value is None:
                            if not non_null:
                                results[response_name] = None
                                continue
                        else:
                            coerced = coerce(value)
                            if coerced is not None and coerced is not Undefined:
                                results[response_name] = coerced
                                continue
                    except Exception:  # graphql-core's own path below reports it
                        pass
                else:
                    done = self._execute_object(
                        entry,
                        parent_type,
                        source_value,
                        path,
                        response_name,
                        details,
                        position_context,
                    )
                    results[response_name] = done
                    if self.is_awaitable(done):
                        awaitable.append(response_name)
                    continue
            # graphql-core's own path: every other field, and any value it must report on.
            results[response_name] = None
            slow[response_name] = details
        if slow:
            done = super().execute_fields(parent_type, source_value, path, slow, position_context)
            if self.is_awaitable(done):
                awaitable.append(done)
            else:
                results.update(done)
        if not awaitable:
            return results

        async def gathered():
            for item in awaitable:
                if isinstance(item, str):
                    results[item] = await results[item]
                else:
                    results.update(await item)
            return results

        return gathered()

    def _execute_leaf(
        self, entry, parent_type, source, path, response_name, details, position_context
    ):
        """A leaf whose resolver reads ``info`` (``urlPath``): resolved with its info, then
        coerced; a null or a value that does not coerce goes through ``complete_value``."""
        _kind, resolve, coerce, _non_null, field_def = entry
        field_path = Path(path, response_name, parent_type.name)
        info = self.build_resolve_info(field_def, to_nodes(details), parent_type, field_path)
        try:
            value = resolve(source, info)
            if value is not None and not self.is_awaitable(value):
                coerced = coerce(value)
                if coerced is not None and coerced is not Undefined:
                    return coerced
            return self.complete_value(
                field_def.type, details, info, field_path, value, position_context
            )
        except Exception as raw_error:
            self.handle_field_error(raw_error, field_def.type, details, field_path)
            return None

    def _execute_object(
        self, entry, parent_type, source, path, response_name, details, position_context
    ):
        kind, resolve, object_type, item_type, field_def = entry
        return_type = field_def.type
        field_path = Path(path, response_name, parent_type.name)
        info = self.build_resolve_info(field_def, to_nodes(details), parent_type, field_path)
        try:
            value = resolve(source, info)
            if (
                value is None
                or self.is_awaitable(value)
                or (
                    kind == LIST
                    and (not isinstance(value, list | tuple) or any(i is None for i in value))
                )
            ):
                return self.complete_value(
                    return_type, details, info, field_path, value, position_context
                )
            if kind == OBJECT:
                return self.collect_and_execute_subfields(
                    object_type, details, field_path, value, position_context
                )
            items = []
            for index, item in enumerate(value):
                item_path = field_path.add_key(index, None)
                try:
                    items.append(
                        self.collect_and_execute_subfields(
                            object_type, details, item_path, item, position_context
                        )
                    )
                except Exception as raw_error:
                    # as graphql-core: a nullable item becomes null, a non-null one fails the list
                    self.handle_field_error(raw_error, item_type, details, item_path)
                    items.append(None)
            if not any(self.is_awaitable(item) for item in items):
                return items

            async def listed():
                return [await item if self.is_awaitable(item) else item for item in items]

            return listed()
        except Exception as raw_error:
            self.handle_field_error(raw_error, return_type, details, field_path)
            return None
