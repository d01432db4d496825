"""The demo: the ``demo`` command, the demo tenants, the demo org tree and the Vietnamese
sample content (text in ``demo/data/``). Installed only by the dev and test settings; no
production app imports it (tests/architecture checks that)."""
