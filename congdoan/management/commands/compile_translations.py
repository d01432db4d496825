"""Compile the project's gettext catalogues (every ``.po`` under ``LOCALE_PATHS``) to ``.mo``.

Uses polib, so GNU gettext is not needed on the machine. ``--check`` writes nothing and fails
when a ``.mo`` is missing or its messages differ from what its ``.po`` compiles to; the
comparison parses both catalogues, so it does not depend on byte-identical compiler output.
Like ``msgfmt``, fuzzy and untranslated entries are left out of the ``.mo``.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def _catalogue(entries, metadata) -> dict:
    """Comparable form of a catalogue: header plus (context, id, plural id) -> translation."""
    messages = {}
    for entry in entries:
        if entry.msgid_plural:
            text = tuple(entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural))
        else:
            text = entry.msgstr
        messages[(entry.msgctxt, entry.msgid, entry.msgid_plural)] = text
    return {"metadata": dict(metadata), "messages": messages}


def expected_catalogue(po: polib.POFile) -> dict:
    return _catalogue(po.translated_entries(), po.metadata)


def compiled_catalogue(mo_path: Path) -> dict:
    mo = polib.mofile(str(mo_path))
    return _catalogue(mo, mo.metadata)


def po_files() -> list[Path]:
    found = set()
    for locale_path in settings.LOCALE_PATHS:
        found.update(Path(locale_path).rglob("*.po"))
    return sorted(found)


class Command(BaseCommand):
    help = "Compile every .po under LOCALE_PATHS to .mo with polib (--check: verify only)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Write nothing; exit non-zero if any .mo is missing or out of date.",
        )

    def handle(self, *args, check=False, **options):
        paths = po_files()
        if not paths:
            self.stdout.write("No .po files found under LOCALE_PATHS.")
            return
        problems = []
        for po_path in paths:
            mo_path = po_path.with_suffix(".mo")
            try:
                po = polib.pofile(str(po_path))
            except (OSError, ValueError) as exc:
                raise CommandError(f"Cannot read {po_path}: {exc}") from exc
            if check:
                problem = self._check(po, mo_path)
                if problem:
                    problems.append(f"{mo_path}: {problem}")
                elif options["verbosity"] >= 2:
                    self.stdout.write(f"{mo_path}: up to date")
                continue
            data = po.to_binary()
            if mo_path.exists() and mo_path.read_bytes() == data:
                status = "unchanged"
            else:
                tmp_path = mo_path.with_suffix(".mo.tmp")
                tmp_path.write_bytes(data)
                tmp_path.replace(mo_path)
                status = "compiled"
            if options["verbosity"] >= 1:
                count = len(po.translated_entries())
                self.stdout.write(f"{mo_path}: {status} ({count} messages)")
        if problems:
            raise CommandError(
                "Compiled catalogues are out of date (run compile_translations):\n  "
                + "\n  ".join(problems)
            )
        if check and options["verbosity"] >= 1:
            self.stdout.write(f"All {len(paths)} compiled catalogue(s) are up to date.")

    @staticmethod
    def _check(po: polib.POFile, mo_path: Path) -> str | None:
        if not mo_path.exists():
            return "missing"
        try:
            actual = compiled_catalogue(mo_path)
        except (OSError, ValueError) as exc:  # polib raises OSError on a corrupt .mo
            return f"unreadable ({exc})"
        expected = expected_catalogue(po)
        if actual["metadata"] != expected["metadata"]:
            return "header differs from the .po"
        if actual["messages"] != expected["messages"]:
            want, have = expected["messages"], actual["messages"]
            missing = len(want.keys() - have.keys())
            extra = len(have.keys() - want.keys())
            changed = sum(1 for key in want.keys() & have.keys() if want[key] != have[key])
            return f"differs from the .po ({missing} missing, {extra} extra, {changed} changed)"
        return None
