"""Inventory errors.

    InventoryError        base
    └── DatabaseUnavailable   the database could not be reached (the recorder keeps events and retries)
"""


class InventoryError(Exception):
    """Something went wrong storing or reading the inventory."""


class DatabaseUnavailable(InventoryError):
    """The database could not be reached."""
