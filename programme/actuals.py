"""The actuals that do not come from publication events: the workers' voice
(``programme.voice_figures``), offline products (``programme.actions.declare_products``) and
the channel registry (``programme.channels``). ``connect()`` is called once from
``programme.receivers.connect``."""

from __future__ import annotations


def connect() -> None:
    from programme import actuals_jobs, channels, voice_figures  # noqa: F401 (jobs register)

    voice_figures.connect()
    channels.connect()
