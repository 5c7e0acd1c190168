"""Inventory errors.

    InventoryError        base
    ├── DatabaseUnavailable   the database could not be reached (the recorder keeps events and retries)
    ├── SchemaError           the schema could not be migrated to the version this code needs
    └── RevealError           a pseudonym could not be revealed (unknown, or the key does not fit)
"""


class InventoryError(Exception):
    """Something went wrong storing or reading the inventory."""


class DatabaseUnavailable(InventoryError):
    """The database could not be reached."""


class SchemaError(InventoryError):
    """The database schema could not be brought to the current version."""


class RevealError(InventoryError):
    """A pseudonym could not be revealed."""
