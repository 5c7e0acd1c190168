"""Pseudonymous mode: user names are stored as keyed hashes; revealing one is an audited admin action.

``pseudonym(name)`` is HMAC-SHA256 under a key derived from the operator's secret, so the same person
gets the same pseudonym (reports still count distinct users and rank them) and nobody without the secret
can test a guessed name. To make a reveal possible, the name is also stored sealed (AES-256-GCM under a
second derived key, the pseudonym as associated data) in ``user_pseudonym``; ``reveal`` opens it and
writes an ``AuditEntry`` (who, which pseudonym, why), never the revealed name.
"""

import hashlib
import hmac
import os
from collections.abc import Mapping

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy.engine import Connection
from sqlmodel import Session

from inventory.audit import record_audit
from inventory.errors import RevealError
from inventory.models import UserPseudonym, utcnow

PREFIX = "p_"


class Pseudonymizer:
    """Keyed hashing and sealing of user names; build it once from the secret setting."""

    def __init__(self, secret: str | bytes) -> None:
        secret = secret.encode() if isinstance(secret, str) else secret
        if len(secret) < 16:
            raise ValueError("the pseudonym secret must be at least 16 bytes (e.g. `openssl rand -hex 32`)")
        # Two independent keys from one secret: one for the hash, one for sealing.
        self._mac_key = hmac.digest(secret, b"aiwarden/pseudonym/v1", hashlib.sha256)
        self._aead = AESGCM(hmac.digest(secret, b"aiwarden/seal/v1", hashlib.sha256))

    def __repr__(self) -> str:
        return "Pseudonymizer(<secret hidden>)"

    def pseudonym(self, name: str) -> str:
        """The stable pseudonym of ``name`` (``p_`` and 24 hex digits)."""
        return PREFIX + hmac.new(self._mac_key, name.encode(), hashlib.sha256).hexdigest()[:24]

    def seal(self, name: str) -> bytes:
        """``name`` encrypted and bound to its pseudonym."""
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, name.encode(), self.pseudonym(name).encode())

    def unseal(self, pseudonym: str, sealed: bytes) -> str:
        """The name sealed for ``pseudonym``; RevealError when the key or the pseudonym does not fit."""
        try:
            name = self._aead.decrypt(sealed[:12], sealed[12:], pseudonym.encode()).decode()
        except (InvalidTag, ValueError) as exc:
            raise RevealError("this pseudonym was sealed with another secret") from exc
        if self.pseudonym(name) != pseudonym:
            raise RevealError("the sealed name does not match the pseudonym")
        return name


def store_pseudonyms(conn: Connection, pseudonymizer: Pseudonymizer, names: Mapping[str, str]) -> None:
    """Store sealed names for new pseudonyms (``{pseudonym: name}``); existing ones are kept."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    now = utcnow()
    rows = [{"pseudonym": p, "sealed": pseudonymizer.seal(n), "created_at": now}
            for p, n in sorted(names.items())]
    conn.execute(insert(UserPseudonym.__table__).on_conflict_do_nothing(index_elements=["pseudonym"]), rows)


def reveal(session: Session, pseudonymizer: Pseudonymizer, pseudonym: str, actor: str, reason: str) -> str:
    """The user name behind ``pseudonym``, for an admin; audited (actor, pseudonym, reason) and committed."""
    if not reason.strip():
        raise RevealError("a reveal needs a reason (it is written to the audit log)")
    row = session.get(UserPseudonym, pseudonym)
    if row is None:
        raise RevealError("unknown pseudonym")
    name = pseudonymizer.unseal(pseudonym, row.sealed)
    record_audit(session, actor, "user.reveal", target=pseudonym, detail={"reason": reason[:500]})
    session.commit()
    return name
