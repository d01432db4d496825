#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "congdoan.settings.dev")
    from congdoan.embedded_pg import ensure_if_needed

    ensure_if_needed()
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
