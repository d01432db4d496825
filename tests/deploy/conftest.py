"""Fixtures of the deployment tests: settings modules run in subprocesses."""
