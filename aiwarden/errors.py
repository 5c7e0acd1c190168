"""What the person running aiwarden did wrong, as one line: what is wrong and how to fix it.

``one_line`` is the one place that turns an error of the operator's input (a setting, a port, a model, the
database URL, the policy, the CA) into that line; ``aiwarden.cli`` prints it for every command and exits 2.
Anything else is a bug and keeps its traceback.
"""

from pydantic import ValidationError
from pydantic_settings import SettingsError


class OperatorError(Exception):
    """Bad input from whoever runs aiwarden (a port in use, a model not installed, no database, …)."""


def one_line(exc: BaseException) -> str | None:
    """The operator's one line for ``exc``, or None when ``exc`` is not an operator error (a bug)."""
    from aiwarden.ca import CAError
    from aiwarden.settings import describe_error
    from inventory.errors import DatabaseUnavailable, SchemaError
    from policy.model import PolicyError
    from proxy.catalog import CatalogError
    from scrubber.errors import ScrubberError

    if isinstance(exc, SettingsError) or (isinstance(exc, ValidationError) and exc.title == "Settings"):
        return describe_error(exc)
    if isinstance(exc, DatabaseUnavailable | SchemaError):
        return database_problem(exc)
    if isinstance(exc, OperatorError | PolicyError | CatalogError | ScrubberError | CAError):
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return None


def database_problem(exc: BaseException) -> str:
    """Why the database could not be used: not running, login refused, or a schema problem (no password)."""
    from sqlalchemy.exc import SQLAlchemyError

    from aiwarden.settings import get_settings
    from inventory.errors import SchemaError

    cause = exc.__cause__
    detail = str(getattr(cause, "orig", None) or cause or exc)
    where = safe_url(get_settings().database_url)
    if isinstance(exc, SchemaError) or not isinstance(cause, SQLAlchemyError):
        return f"{exc} ({where})"
    if "FATAL:" in detail:  # the server answered and refused: wrong user, password or database name
        reason = detail.split("FATAL:", 1)[1].strip().splitlines()[0]
        return f"the database refused the connection: {reason} (check AIWARDEN_DATABASE_URL={where})"
    if "unable to open database file" in detail:
        return f"cannot open the SQLite file of AIWARDEN_DATABASE_URL={where} (does its folder exist?)"
    return f"cannot reach the database at AIWARDEN_DATABASE_URL={where} (is it running? is host:port right?)"


def safe_url(url: str) -> str:
    """The database URL without its password."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(not a URL)"
