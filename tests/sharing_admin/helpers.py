"""Reading the admin's sidebar (rendered by Wagtail's JavaScript from a JSON script tag)."""

import json
import re

SIDEBAR = re.compile(
    r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', re.S
)


def sidebar_text(html: str) -> str:
    """The sidebar's menu definitions as text (labels readable, accents kept)."""
    match = SIDEBAR.search(html)
    return json.dumps(json.loads(match.group(1)), ensure_ascii=False) if match else ""


def field_error_follows_label(html: str, field: str, message: str) -> bool:
    """``message`` is shown once, inside ``field``'s Wagtail error block after its label."""
    label = html.index(f'for="id_{field}"')
    errors = html.index("w-field__errors", label)
    following_label = html.find('class="w-field__label"', label + 1)
    at = html.index(message)
    return (
        html.count(message) == 1
        and label < errors < at
        and (following_label == -1 or at < following_label)
    )
