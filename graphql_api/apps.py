from django.apps import AppConfig


class GraphqlApiConfig(AppConfig):
    name = "graphql_api"
    verbose_name = "API GraphQL"
    default_auto_field = "django.db.models.BigAutoField"
