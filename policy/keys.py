"""Corporate API-key fingerprints: a keyed hash (HMAC-SHA256) so the registry never holds a key.

``key_fingerprint`` is the one fingerprint function: the proxy (``proxy.accounts``) and the admin API's
key registry both use it, so a key registered through the API matches the same key seen in traffic. The
secret comes from the settings when the operator set one (``AdminDeps.fingerprint_secret``), else it is
generated once per installation and kept in the ``instance_secret`` table.
"""

import hashlib
import hmac
import re
import secrets

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from policy.tables import InstanceSecret, KeyFingerprint

SECRET_NAME = "key_fingerprint_hmac"
FINGERPRINT = re.compile(r"[0-9a-f]{64}")


def key_fingerprint(key: str, secret: str | bytes) -> str:
    """The fingerprint of an API key: hex HMAC-SHA256 under the installation secret (UTF-8 when a str).

    Surrounding white space is not part of a key (headers, pasted keys), so it is stripped first.
    """
    mac_key = secret.encode() if isinstance(secret, str) else secret
    return hmac.new(mac_key, key.strip().encode("utf-8", "replace"), hashlib.sha256).hexdigest()


def registered_fingerprints(session: Session) -> frozenset[str]:
    """Every registered corporate key fingerprint (for the proxy's account registry)."""
    return frozenset(session.exec(select(KeyFingerprint.fingerprint)))


def fingerprint_secret(session: Session) -> str:
    """The installation's fingerprint secret, created on first use (safe when processes race)."""
    row = session.get(InstanceSecret, SECRET_NAME)
    if row is None:
        try:
            session.add(InstanceSecret(name=SECRET_NAME, value=secrets.token_hex(32)))
            session.commit()
        except IntegrityError:  # another process created it first: use theirs
            session.rollback()
        row = session.get(InstanceSecret, SECRET_NAME)
    return row.value
