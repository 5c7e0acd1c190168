"""Corporate API-key fingerprints: a keyed hash (HMAC-SHA256) so the registry never holds a key.

Same construction as ``proxy.accounts.fingerprint``: HMAC-SHA256 keyed with the secret *string* encoded
as UTF-8. The secret comes from the settings when the operator set one (``create_app(fingerprint_secret=…)``),
else it is generated once per installation and kept in the ``instance_secret`` table; the proxy must use
the same secret so its events' ``key_fingerprint`` match registered keys.
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


def key_fingerprint(key: str, secret: str) -> str:
    """The fingerprint of an API key: hex HMAC-SHA256 under the installation secret."""
    return hmac.new(secret.encode(), key.strip().encode("utf-8", "replace"), hashlib.sha256).hexdigest()


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
