"""The proxy's certificate authority: create it once, export the certificate, guard the private key.

mitmproxy keeps its CA in the proxy's confdir (``AIWARDEN_CONFDIR``):
``mitmproxy-ca.pem`` (private key + certificate: the secret), ``mitmproxy-ca.p12`` (the same, PKCS#12),
``mitmproxy-ca-cert.pem`` / ``.cer`` / ``.p12`` (certificate only: what clients must trust) and
``mitmproxy-dhparam.pem``. Every proxy replica must use the same CA, so it is created once and shared.
"""

import stat
from enum import StrEnum
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

BASENAME = "mitmproxy"  # mitmproxy's file names; the proxy looks for exactly these
KEY_SIZE = 2048
SECRET_FILES = (f"{BASENAME}-ca.pem", f"{BASENAME}-ca.p12")  # hold the private key
CERT_FILE = f"{BASENAME}-ca-cert.pem"


class CAFormat(StrEnum):
    pem = "pem"
    der = "der"


class CAError(Exception):
    """The CA cannot be created, read or trusted as it is (the message says what to do)."""


def key_permission_problems(confdir: Path) -> list[str]:
    """One line per private-key file that other users could read or change (should be mode 0600)."""
    problems = []
    for name in SECRET_FILES:
        path = confdir / name
        if not path.exists():
            continue
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            problems.append(
                f"{path} has mode {mode:04o}; the CA private key must be 0600 (fix: chmod 600 {path})"
            )
    return problems


def ensure_ca(confdir: Path) -> Path:
    """Create the CA in ``confdir`` if missing, check the key is private; return the certificate path."""
    from mitmproxy.certs import CertStore  # here, so importing CAFormat for the CLI stays cheap

    confdir = confdir.expanduser()
    try:
        confdir.mkdir(parents=True, exist_ok=True)
        # Same call the proxy makes at start, so the CA we export is the one the proxy signs with.
        CertStore.from_store(confdir, BASENAME, KEY_SIZE)
    except OSError as exc:
        raise CAError(f"cannot create or read the proxy CA in {confdir}: {exc.strerror or exc}") from exc
    except ValueError as exc:  # unreadable key or certificate
        raise CAError(f"the proxy CA in {confdir} is damaged: {exc}") from exc
    if problems := key_permission_problems(confdir):
        raise CAError("; ".join(problems))
    cert = confdir / CERT_FILE
    if not cert.exists():
        # A CA handed over as mitmproxy-ca.pem alone (e.g. from a Kubernetes Secret): derive the public file.
        cert.write_bytes(_certificate(confdir / SECRET_FILES[0]).public_bytes(serialization.Encoding.PEM))
    return cert


def _certificate(path: Path) -> x509.Certificate:
    try:
        return x509.load_pem_x509_certificates(path.read_bytes())[0]
    except (OSError, ValueError, IndexError) as exc:
        raise CAError(f"no readable CA certificate in {path}") from exc


def export_ca(confdir: Path, fmt: CAFormat | str = CAFormat.pem) -> bytes:
    """The CA certificate (never the key) as PEM text or DER bytes; creates the CA if missing."""
    try:
        fmt = CAFormat(fmt)
    except ValueError:
        raise CAError(f"format must be one of {', '.join(CAFormat)}, not {fmt!r}") from None
    cert = _certificate(ensure_ca(confdir))
    encoding = serialization.Encoding.PEM if fmt is CAFormat.pem else serialization.Encoding.DER
    return cert.public_bytes(encoding)


def describe_ca(confdir: Path) -> dict[str, str]:
    """Subject, validity and SHA-256 fingerprint of the CA certificate: what to compare on a device."""
    from cryptography.hazmat.primitives import hashes

    cert = _certificate(ensure_ca(confdir))
    return {
        "subject": cert.subject.rfc4514_string(),
        "not_before": cert.not_valid_before_utc.isoformat(),
        "not_after": cert.not_valid_after_utc.isoformat(),
        "sha256": cert.fingerprint(hashes.SHA256()).hex(":").upper(),
    }
