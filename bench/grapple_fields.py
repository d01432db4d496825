"""For the benchmark's wagtail-grapple server only: the article fields grapple serves,
declared before grapple builds its schema (this app is listed before ``grapple``)."""

from django.apps import AppConfig


class GrappleFieldsConfig(AppConfig):
    name = "bench"
    label = "bench_grapple_fields"

    def ready(self):
        from grapple.models import (
            GraphQLCollection,
            GraphQLForeignKey,
            GraphQLImage,
            GraphQLInt,
            GraphQLStreamfield,
            GraphQLString,
            GraphQLTag,
        )

        from cms.models import ArticlePage, Topic

        Topic.graphql_fields = [GraphQLString("name"), GraphQLString("slug")]
        ArticlePage.graphql_fields = [
            GraphQLString("standfirst"),
            GraphQLString("author"),
            GraphQLString("published_on"),
            GraphQLInt("reading_minutes"),
            GraphQLImage("cover_image"),
            GraphQLCollection(GraphQLForeignKey, "topics", "cms.Topic"),
            GraphQLTag("tags"),
            GraphQLStreamfield("body"),
        ]
