"""Persisted GET helpers for the delivery tests."""

from __future__ import annotations

import json

from django_tenants.utils import schema_context

from graphql_api.models import PersistedQuery, query_hash


def register(tenant, query: str, name: str = "truy vấn") -> str:
    """Register ``query`` in ``tenant``'s allow-list; returns its SHA-256."""
    with schema_context(tenant.schema_name):
        PersistedQuery.objects.get_or_create(
            sha256=query_hash(query), defaults={"name": name, "query": query}
        )
    return query_hash(query)


def apq_params(sha: str, variables=None, operation_name=None) -> dict:
    params = {"extensions": json.dumps({"persistedQuery": {"version": 1, "sha256Hash": sha}})}
    if variables is not None:
        params["variables"] = json.dumps(variables, ensure_ascii=False)
    if operation_name:
        params["operationName"] = operation_name
    return params


def persisted_get(client, sha: str, variables=None, **headers):
    return client.get("/graphql/", apq_params(sha, variables), **headers)


def path_get(client, sha: str, variables=None, **headers):
    params = {} if variables is None else {"variables": json.dumps(variables)}
    return client.get(f"/graphql/persisted/{sha}/", params, **headers)
