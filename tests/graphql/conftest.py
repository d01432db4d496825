"""Fixtures of the GraphQL API tests. Query helpers are in tests/graphql/helpers.py and the
union content they query in tests/graphql/content_factories.py."""
