import sys

from django.core.management.base import BaseCommand

from hierarchy.importer import export_rows, write_csv, write_json
from hierarchy.models import Organization


class Command(BaseCommand):
    help = "Xuất cây tổ chức ra CSV/JSON (cùng định dạng với import_org_tree)."

    def add_arguments(self, parser):
        parser.add_argument("output", help="Tệp đích (.csv hoặc .json), '-' là stdout")
        parser.add_argument("--format", choices=["csv", "json"], default=None)
        parser.add_argument("--root", help="Chỉ xuất nhánh có mã đơn vị này")

    def handle(self, output, format, root, **options):
        fmt = format or ("json" if output.endswith(".json") else "csv")
        qs = None
        if root:
            qs = Organization.objects.get(code=root).subtree()
        rows = export_rows(qs)
        writer = write_json if fmt == "json" else write_csv
        if output == "-":
            count = writer(rows, sys.stdout)
        else:
            with open(output, "w", encoding="utf-8", newline="") as out:
                count = writer(rows, out)
        self.stderr.write(f"Đã xuất {count} đơn vị.")
