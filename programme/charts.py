"""Server-side SVG charts of the dashboard (pygal), inline in the page.

No JavaScript and nothing from any CDN: pygal is configured with ``js=[]`` and the inline
``<script>`` it writes its configuration into is removed, as are its comments. Each chart is
an ``<svg role="img">`` labelled by its own ``<title>`` and ``<desc>`` (what it shows, in
Vietnamese, with the figures), and the page shows the same figures in a table next to it.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from decimal import Decimal

import pygal
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from pygal.style import Style

STYLE = Style(
    background="#ffffff",
    plot_background="#ffffff",
    foreground="#262626",
    foreground_strong="#262626",
    foreground_subtle="#6b6b6b",
    font_family="'DejaVu Sans', 'Noto Sans', Arial, sans-serif",
    label_font_size=14,
    major_label_font_size=14,
    legend_font_size=15,
    value_font_size=14,
    title_font_size=16,
    # Distinguishable for the common colour-vision deficiencies (Okabe-Ito).
    colors=("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"),
)

_SCRIPT = re.compile(r"<script\b.*?</script>", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_OPEN_SVG = re.compile(r"<svg\b([^>]*)>")


def _config(**extra) -> dict:
    return {
        "js": [],
        "style": STYLE,
        "disable_xml_declaration": True,
        "explicit_size": False,
        "show_legend": True,
        "legend_at_bottom": True,
        "legend_at_bottom_columns": 1,
        "print_values": False,
        "truncate_label": -1,
        "truncate_legend": -1,
        "margin": 12,
        "no_data_text": "Chưa có số liệu",
        "pretty_print": False,
        **extra,
    }


def _formatter(percent: bool):
    """Numbers the Vietnamese way: 1.234 and 66,7%."""

    def number(v: float) -> str:
        if v is None:
            return ""
        if percent:
            return f"{v:.1f}%".replace(".", ",").replace(",0%", "%")
        if float(v).is_integer():
            return f"{int(v):,}".replace(",", ".")
        return f"{v:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")

    return number


def _number(value: Decimal | int | None) -> float | None:
    return None if value is None else float(value)


def _finish(svg: str, title: str, desc: str, css_class: str) -> SafeString:
    """Strip pygal's script and comments; label the SVG by its own title and description."""
    svg = _COMMENT.sub("", _SCRIPT.sub("", svg)).replace("<title>Pygal</title>", "", 1)
    ident = f"chart-{uuid.uuid4().hex[:10]}"

    def opening(match):
        attrs = re.sub(r'\sid="[^"]*"', "", match.group(1))
        attrs = attrs.replace('class="pygal-chart"', f'class="pygal-chart {css_class}"')
        return (
            f'<svg{attrs} id="{ident}" role="img" aria-labelledby="{ident}-t {ident}-d" '
            f'preserveAspectRatio="xMidYMid meet">'
            f'<title id="{ident}-t">{escape(title)}</title>'
            f'<desc id="{ident}-d">{escape(desc)}</desc>'
        )

    # pygal's CSS is scoped by the chart's id: keep it pointing at the new id.
    old = re.search(r'<svg\b[^>]*\sid="([^"]+)"', svg)
    if old:
        svg = svg.replace(f"#{old.group(1)}", f"#{ident}")
    return mark_safe(_OPEN_SVG.sub(opening, svg, count=1))  # pygal's own markup, no user text


def line_chart(
    title: str,
    desc: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[Decimal | int | None]]],
    *,
    percent: bool = False,
    target: tuple[str, Decimal] | None = None,
) -> SafeString:
    """A line per ``(name, values)``; ``target`` adds a dashed line at that value."""
    chart = pygal.Line(
        **_config(
            width=600,
            height=340,
            x_label_rotation=-40,
            x_labels=list(labels),
            show_dots=True,
            dots_size=3,
            range=(0, 100) if percent else None,
            include_x_axis=True,
            value_formatter=_formatter(percent),
        )
    )
    for name, values in series:
        chart.add(name, [_number(v) for v in values], allow_interruptions=True)
    if target is not None:
        name, value = target
        chart.add(
            name,
            [float(value)] * len(labels),
            show_dots=False,
            stroke_style={"dasharray": "6, 4", "width": 2},
        )
    return _finish(chart.render(is_unicode=True), title, desc, "prog-chart-line")


def bar_chart(
    title: str,
    desc: str,
    bars: Sequence[tuple[str, Decimal | int | None]],
    *,
    name: str,
    percent: bool = False,
    horizontal: bool = True,
) -> SafeString:
    """One bar per ``(label, value)``."""
    cls = pygal.HorizontalBar if horizontal else pygal.Bar
    chart = cls(
        **_config(
            width=600,
            height=max(170, 70 + 40 * len(bars)),
            x_labels=[label for label, _ in bars],
            show_legend=False,
            range=(0, 100) if percent else None,
            include_x_axis=True,
            print_values=True,
            value_formatter=_formatter(percent),
        )
    )
    chart.add(name, [_number(v) for _, v in bars])
    return _finish(chart.render(is_unicode=True), title, desc, "prog-chart-bar")
