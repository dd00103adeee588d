"""The entry point of the ``osallisuus`` command (``osallisuus_cli.main:run``); the app lives in ``cli.app``."""

from osallisuus_cli.cli.app import app, run

__all__ = ["app", "run"]
