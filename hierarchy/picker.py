"""Organisation picker: who may pick what, and an indexed accent-insensitive search.

Every form that asks for an organisation (share scope, include/exclude lists, reminders,
restructuring targets) uses ``OrgPickerWidget`` (a text input enhanced by
``hierarchy/org_picker.js`` into a combobox with a listbox) and ``OrgChoiceField``, which
stores organisation *codes* and resolves each entry as a code or, failing that, as an exact
accent-insensitive name. Entries are separated by commas, semicolons or new lines, never by
spaces, so "Hà Nội" is one name and never two unknown codes.

The search matches ``Organization.search_text`` (name, short name and code, folded and lower
case: "ha noi" finds "Hà Nội") with ``LIKE '%…%'``, restricted to the subtrees the caller
may pick from, and returns 20: an exact code first, then higher levels first in tree order.
Rare terms are served by a trigram GIN index (``pg_trgm``), common ones by walking the
(level, path) index of active organisations until 20 match; the column's statistics target
is raised so PostgreSQL can tell the two apart. Three statements per request (the exact
code, the matches, their parents' names); ``bench/bench_org_picker.py`` measures them on
the 130,000-organisation tree.
"""

from __future__ import annotations

import re
from functools import reduce
from operator import or_

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.http import JsonResponse

from hierarchy.models import Organization, Status, search_key
from hierarchy.roles import role_paths

LIMIT = 20
MIN_CHARS = 2
SEPARATORS = re.compile(r"[,;\n\r]+")


def role_roots(user, min_rank: int = 1) -> list[str]:
    """Paths of the subtrees ``user`` holds a role of at least ``min_rank`` on: org roles,
    and tenant roles, which count on the tenant's own organisation (``hierarchy.roles``)."""
    paths = {p for p, rank in role_paths(user) if rank >= min_rank}
    return [p for p in sorted(paths) if not any(p != q and p.startswith(q) for q in paths)]


def under_q(paths) -> Q:
    """Organisations at or below any of ``paths`` (nothing when empty)."""
    paths = list(paths)
    if not paths:
        return Q(pk__in=[])
    return reduce(or_, (Q(path__startswith=p) for p in paths))


def organizations_in_roles(user, min_rank: int = 1) -> QuerySet[Organization]:
    """Organisations inside the account's role subtrees (org roles and tenant roles)."""
    if user is None or not user.is_authenticated:
        return Organization.objects.none()
    if user.is_superuser:
        return Organization.objects.all()
    return Organization.objects.filter(under_q(role_roots(user, min_rank)))


def search(qs: QuerySet[Organization], term: str, limit: int = LIMIT) -> list[dict]:
    """The best ``limit`` organisations of ``qs`` matching ``term`` by name, short name or
    code, accents and case ignored."""
    key = search_key(term).strip()
    key = re.sub(r"\s+", " ", key)
    if len(key) < MIN_CHARS:
        return []
    code = term.strip().upper()
    fields = ("id", "code", "name", "level", "status", "path")
    # An exact code first; then the matches in tree order, higher levels first. The order
    # is that of the partial index ``org_active_level_path``: for a common term ("cong doan
    # co so", most of the tree) PostgreSQL walks it and stops at ``limit`` matches; for a
    # rare one ("ha noi") it takes the few rows the trigram index finds and sorts them.
    rows = list(qs.filter(code=code).values(*fields)[:1])
    rows += list(
        qs.filter(search_text__contains=key)
        .exclude(code=code)
        .order_by("level", "path")
        .values(*fields)[: limit - len(rows)]
    )
    parents = dict(
        Organization.objects.filter(
            path__in={r["path"][: -Organization.steplen] for r in rows}
        ).values_list("path", "name")
    )
    return [
        {
            "id": r["id"],
            "code": r["code"],
            "name": r["name"],
            "level": r["level"],
            "active": r["status"] == Status.ACTIVE,
            "parent": parents.get(r["path"][: -Organization.steplen], ""),
        }
        for r in rows
    ]


def json_results(request, qs: QuerySet[Organization]) -> JsonResponse:
    term = request.GET.get("q", "")[:100]
    return JsonResponse({"q": term, "results": search(qs, term)})


# --- Form field and widget -----------------------------------------------------------------


class OrgPickerWidget(forms.TextInput):
    """A text input holding codes (comma-separated when ``multiple``); the script turns it
    into a combobox that searches ``url`` and stores the chosen codes."""

    template_name = "hierarchy/widgets/org_picker.html"

    class Media:
        css = {"all": ["hierarchy/org_picker.css"]}
        js = ["hierarchy/org_picker.js"]

    def __init__(self, url: str = "", multiple: bool = False, attrs=None):
        super().__init__(attrs)
        self.url = url
        self.multiple = multiple

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        attrs = context["widget"]["attrs"]
        attrs["data-org-picker"] = self.url
        attrs["data-multiple"] = "1" if self.multiple else "0"
        attrs["autocomplete"] = "off"
        attrs.setdefault("placeholder", "Gõ tên hoặc mã đơn vị, ví dụ: Hà Nội")
        context["widget"]["labels"] = self.labels_for(value)
        return context

    @staticmethod
    def labels_for(value) -> list[dict]:
        """Name of each code already in the field (to show chosen organisations)."""
        if isinstance(value, Organization):
            value = value.code
        elif isinstance(value, list | tuple):
            value = ", ".join(o.code if isinstance(o, Organization) else str(o) for o in value)
        entries = split_entries(value or "")
        if not entries:
            return []
        named = dict(Organization.objects.filter(code__in=entries).values_list("code", "name"))
        return [{"code": e, "name": named[e]} for e in entries if e in named]

    def format_value(self, value):
        if isinstance(value, Organization):
            return value.code
        if isinstance(value, list | tuple):
            return ", ".join(o.code if isinstance(o, Organization) else str(o) for o in value)
        return super().format_value(value)


def split_entries(text: str) -> list[str]:
    """Entries separated by commas, semicolons or new lines (never by spaces)."""
    return [e.strip() for e in SEPARATORS.split(text or "") if e.strip()]


class OrgChoiceField(forms.Field):
    """One organisation (or a list with ``multiple``) chosen among ``queryset()``.

    Each entry is a code, or else an exact accent-insensitive name that must designate
    exactly one organisation. Unknown entries are reported together, in Vietnamese."""

    def __init__(self, *, multiple=False, url="", queryset=None, **kwargs):
        self.multiple = multiple
        self.queryset_fn = queryset or (lambda: Organization.objects.all())
        kwargs.setdefault("widget", OrgPickerWidget(url=url, multiple=multiple))
        super().__init__(**kwargs)

    def set_source(self, url: str, queryset) -> None:
        self.widget.url = url
        self.queryset_fn = queryset

    def to_python(self, value):
        entries = split_entries(value if isinstance(value, str) else "")
        if not entries:
            return [] if self.multiple else None
        if not self.multiple and len(entries) > 1:
            raise ValidationError("Chỉ chọn một đơn vị.", code="one")
        qs = self.queryset_fn()
        by_code = {o.code: o for o in qs.filter(code__in=entries)}
        found, missing = [], []
        for entry in entries:
            org = by_code.get(entry) or by_code.get(entry.upper())
            if org is None:
                named = list(qs.filter(search_text__contains=search_key(entry))[:200])
                named = [o for o in named if search_key(o.name) == search_key(entry)]
                if len(named) == 1:
                    org = named[0]
                elif len(named) > 1:
                    raise ValidationError(
                        f"Có {len(named)} đơn vị tên “{entry}”: hãy chọn trong danh sách gợi ý "
                        "hoặc nhập mã đơn vị.",
                        code="ambiguous",
                    )
            if org is None:
                missing.append(entry)
            elif org not in found:
                found.append(org)
        if missing:
            names = ", ".join(f"“{m}”" for m in missing)
            raise ValidationError(
                f"Không tìm thấy đơn vị {names} trong phạm vi của bạn: hãy gõ tên hoặc mã "
                "rồi chọn trong danh sách gợi ý.",
                code="unknown",
            )
        return found if self.multiple else found[0]

    def validate(self, value):
        if self.required and not value:
            raise ValidationError("Hãy chọn đơn vị.", code="required")
