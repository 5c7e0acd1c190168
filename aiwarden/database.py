"""The inventory database of the settings, opened once per command (``run`` and the CLI's own commands)."""

from pathlib import Path

from sqlalchemy.engine import Engine, make_url

from aiwarden.errors import OperatorError
from aiwarden.settings import Settings


def open_database(settings: Settings, must_exist: bool = False) -> Engine:
    """The engine of ``AIWARDEN_DATABASE_URL``, schema migrated. ``must_exist``: a command that only reads
    (``report``) refuses a SQLite file that is not there instead of creating an empty one."""
    from inventory.db import make_engine

    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database)
        if not path.parent.is_dir():
            raise OperatorError(
                f"AIWARDEN_DATABASE_URL: folder {path.parent} does not exist (create it or fix the URL)"
            )
        if must_exist and not path.exists():
            raise OperatorError(
                f"no inventory database at {path} (AIWARDEN_DATABASE_URL={settings.database_url}): set "
                "AIWARDEN_DATABASE_URL to the database `aiwarden run` uses"
            )
    return make_engine(settings.database_url)
