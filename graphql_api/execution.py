"""graphql-core's executor with a short path for leaf fields that need nothing of it.

Most fields of a feed are leaves read straight off the object (``title``, ``author``, a
rendition's ``url``): ``graphql_api.content.fast`` gives them direct resolvers that use
neither ``info`` nor arguments. For each of them graphql-core still builds a ``Path``, a
resolve-info object (strawberry's has fourteen fields), checks for awaitables and goes
through ``complete_value`` and ``complete_leaf_value``: about four times the work of the
resolver. Here ``execute_fields`` reads such a field and coerces the value itself, and
hands everything else — and any field that would be null where the schema says non-null,
fail to coerce or raise — to graphql-core's own ``execute_field``, which then produces the
usual result or error. The answer is identical; only the work for plain values is less.

Eligible: an object field whose resolver was marked ``direct_leaf`` by ``fast.install``,
whose type is a scalar or enum (optionally non-null), with no arguments, no middleware.
Which fields are eligible is decided once per selection set and execution (graphql-core
reuses one grouped field set for every item of a list).
"""

from __future__ import annotations

from graphql import GraphQLNonNull, Undefined, get_named_type, is_leaf_type
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

DIRECT_LEAF = "direct_leaf"


class ExecutionContext(StrawberryGraphQLCoreExecutionContext):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._leaf_plans = {}

    def _plan(self, parent_type, grouped_field_set):
        key = (parent_type.name, id(grouped_field_set))
        plan = self._leaf_plans.get(key)
        if plan is not None and plan[0] is grouped_field_set:
            return plan[1]
        entries = []
        get_field = self.schema.get_field
        manager = self.middleware_manager
        # strawberry passes a manager even when no extension resolves fields: then it is a no-op
        no_middleware = manager is None or not getattr(manager, "middlewares", True)
        for response_name, details in grouped_field_set.items():
            fast = None
            field_def = get_field(parent_type, details[0].node.name.value)
            resolve = getattr(field_def, "resolve", None) if field_def else None
            if (
                resolve is not None
                and getattr(resolve, DIRECT_LEAF, False)
                and not field_def.args
                and not details[0].node.arguments
                and no_middleware
                and is_leaf_type(get_named_type(field_def.type))
            ):
                coerce = get_named_type(field_def.type).coerce_output_value
                fast = (resolve, coerce, isinstance(field_def.type, GraphQLNonNull))
            entries.append((response_name, details, fast))
        # Keep the grouped field set alive with its plan: ids are only unique among live objects.
        self._leaf_plans[key] = (grouped_field_set, entries)
        return entries

    def execute_fields(self, parent_type, source_value, path, grouped_field_set, position_context):
        entries = self._plan(parent_type, grouped_field_set)
        if all(fast is None for _name, _details, fast in entries):
            return super().execute_fields(
                parent_type, source_value, path, grouped_field_set, position_context
            )
        slow = {}
        results = {}
        for response_name, details, fast in entries:
            if fast is not None:
                resolve, coerce, non_null = fast
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
            # graphql-core's own path: every other field, and any value it must report on.
            results[response_name] = None
            slow[response_name] = details
        if not slow:
            return results
        done = super().execute_fields(parent_type, source_value, path, slow, position_context)
        if self.is_awaitable(done):

            async def merged():
                results.update(await done)
                return results

            return merged()
        results.update(done)
        return results
