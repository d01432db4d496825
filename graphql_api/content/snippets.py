"""Topics, tags and menus."""

from __future__ import annotations

from enum import Enum

import strawberry
import strawberry_django
from wagtail.models import Page

from cms.models import Menu, MenuItem, Topic
from graphql_api.content.specific import load_specific
from graphql_api.content.types import PageInterface
from graphql_api.content.visibility import visibility_for


@strawberry_django.type(Topic, name="Topic", description="Chủ đề người lao động quan tâm.")
class TopicType:
    id: strawberry.ID
    name: str
    slug: str
    description: str
    sort_order: int


@strawberry.type(name="Tag", description="Từ khóa của tin bài.")
class TagType:
    name: str
    slug: str


MenuLocation = strawberry.enum(
    Enum("MenuLocation", {value.upper(): value for value, _ in Menu.LOCATIONS}),
    description="Vị trí hiển thị menu.",
)


@strawberry.type(name="MenuItem", description="Một mục menu: một trang của site hoặc một liên kết.")
class MenuItemType:
    label: str = strawberry.field(description="Nhãn (trống thì là tên trang).")
    page: PageInterface | None = strawberry.field(description="Trang đích (nếu là trang).")
    url: str | None = strawberry.field(description="Đường dẫn ngoài (nếu là liên kết).")
    open_in_new_tab: bool


@strawberry_django.type(Menu, name="Menu", description="Menu điều hướng của site.")
class MenuType:
    name: str
    slug: str

    @strawberry_django.field(only=["location"])
    def location(self, root: Menu) -> MenuLocation:  # type: ignore[valid-type]
        return MenuLocation(root.location)

    @strawberry_django.field(
        prefetch_related=["items"],
        description="Các mục theo thứ tự; mục trỏ tới trang không hiển thị được bị bỏ qua.",
    )
    def items(self, root: Menu, info: strawberry.Info) -> list[MenuItemType]:
        return menu_items(root.items.all(), info)


def menu_items(items, info) -> list[MenuItemType]:
    items: list[MenuItem] = list(items)
    page_ids = {item.page_id for item in items if item.page_id}
    pages = {}
    if page_ids:
        visible = visibility_for(info).pages(Page.objects.filter(pk__in=page_ids))
        pages = {page.pk: page for page in load_specific(visible, info, optimize=False)}
    result = []
    for item in items:
        if item.page_id:
            page = pages.get(item.page_id)
            if page is None:
                continue
            result.append(
                MenuItemType(
                    label=item.label or page.title,
                    page=page,
                    url=None,
                    open_in_new_tab=item.open_in_new_tab,
                )
            )
        elif item.url:
            result.append(
                MenuItemType(
                    label=item.label or item.url,
                    page=None,
                    url=item.url,
                    open_in_new_tab=item.open_in_new_tab,
                )
            )
    return result
