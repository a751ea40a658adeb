"""tracker: who said what, through whom, and how far to trust it, for Arabic news."""

__version__ = "0.1.0"
