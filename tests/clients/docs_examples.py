"""Every example request of docs/graphql.md, extracted from its ``sh`` blocks: the JSON body
of each ``gql <<'EOF' … EOF`` here-document and of each ``curl … -d '…'``, with the
``X-Organization`` header when the example sends one. The host is the ``API=`` line's."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs" / "graphql.md"
# Placeholders the docs use for values a reader obtains elsewhere.
TOKEN_PLACEHOLDER = "<token from the URL>"

_BLOCK = re.compile(r"```sh\n(.*?)```", re.S)
_HEREDOC = re.compile(r"gql <<'EOF'\n(.*?)\nEOF", re.S)
_CURL = re.compile(r"^curl .*$", re.M)  # continuation lines joined first
_HEADER = re.compile(r"-H '([A-Za-z-]+): ([^']*)'")
_DATA = re.compile(r"-d '(\{.*?\})'", re.S)
_API = re.compile(r"API=https?://([^:/]+)")


@dataclass
class Example:
    name: str
    host: str
    payload: dict
    headers: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        return {
            "name": self.name,
            "host": self.host,
            "payload": self.payload,
            "headers": self.headers,
        }


def examples(text: str | None = None) -> list[Example]:
    text = DOCS.read_text(encoding="utf-8") if text is None else text
    found = []
    host = "hanoi.localhost"
    for number, block in enumerate(_BLOCK.findall(text), start=1):
        api = _API.search(block)
        if api:
            host = api.group(1)
        for body in _HEREDOC.findall(block):
            found.append(_example(number, host, body, {}))
        for match in _CURL.finditer(block.replace("\\\n", " ")):
            command = match.group(0)
            data = _DATA.search(command)
            if data is None:
                continue
            headers = {
                name: value
                for name, value in _HEADER.findall(command)
                if name.lower() != "content-type"
            }
            found.append(_example(number, host, data.group(1), headers))
    return found


def _example(number, host, body, headers) -> Example:
    from graphql import parse

    payload = json.loads(body)
    operation = parse(payload["query"]).definitions[0]
    fields = [selection.name.value for selection in operation.selection_set.selections]
    return Example(
        name=f"block {number}: {' '.join(fields)}", host=host, payload=payload, headers=headers
    )


def substitute(example: Example, values: dict[str, str]) -> Example:
    """Replace the docs' placeholders (e.g. the preview token) with real values."""
    text = json.dumps(example.payload, ensure_ascii=False)
    for placeholder, value in values.items():
        text = text.replace(placeholder, value)
    return Example(example.name, example.host, json.loads(text), example.headers)


def non_empty(value) -> bool:
    if value is None:
        return False
    if isinstance(value, list):
        return bool(value)
    if isinstance(value, dict) and "edges" in value:
        return bool(value["edges"])
    return True
