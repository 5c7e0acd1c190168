"""Who sent a request: the proxy-auth user name, else the client address."""

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Identity:
    user: str
    client_addr: str
    authenticated: bool


def identify(metadata: dict[str, Any], peername: tuple[Any, ...] | None) -> Identity:
    """The user for a flow. ``metadata["proxyauth"]`` is (user, password); the password is dropped here."""
    addr = str(peername[0]) if peername else ""
    auth = metadata.get("proxyauth")
    if isinstance(auth, tuple) and auth and auth[0]:
        return Identity(user=str(auth[0]), client_addr=addr, authenticated=True)
    return Identity(user=addr or "unknown", client_addr=addr, authenticated=False)
