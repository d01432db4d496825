import sys

from django.core.management.base import BaseCommand

from hierarchy.generator import SIZES, generate
from hierarchy.importer import write_csv, write_json


class Command(BaseCommand):
    help = "Sinh cây tổ chức công đoàn mẫu (CSV hoặc JSON) cho demo và đo hiệu năng."

    def add_arguments(self, parser):
        parser.add_argument("output", help="Tệp đích (.csv hoặc .json), '-' là stdout")
        parser.add_argument("--size", choices=sorted(SIZES), default="small")
        parser.add_argument("--seed", type=int, default=2025)
        parser.add_argument("--format", choices=["csv", "json"], default=None)

    def handle(self, output, size, seed, format, **options):
        fmt = format or ("json" if output.endswith(".json") else "csv")
        rows = generate(size, seed=seed)
        writer = write_json if fmt == "json" else write_csv
        if output == "-":
            count = writer(rows, sys.stdout)
        else:
            with open(output, "w", encoding="utf-8", newline="") as out:
                count = writer(rows, out)
        self.stderr.write(f"Đã sinh {count} đơn vị ({size}, seed {seed}).")
