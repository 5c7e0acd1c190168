"""aiwarden.ca: the proxy CA is created once, exported as PEM or DER, and its key kept private."""

import os
import stat

import pytest
from cryptography import x509

from aiwarden.ca import CAError, describe_ca, ensure_ca, export_ca, key_permission_problems


@pytest.fixture(scope="module")
def confdir(tmp_path_factory):
    d = tmp_path_factory.mktemp("ca") / "conf"  # does not exist yet: ensure_ca creates it
    ensure_ca(d)
    return d


def test_creates_ca_with_private_key_0600(confdir):
    for name in ("mitmproxy-ca.pem", "mitmproxy-ca.p12"):
        assert stat.S_IMODE((confdir / name).stat().st_mode) == 0o600
    assert (confdir / "mitmproxy-ca-cert.pem").exists() and (confdir / "mitmproxy-dhparam.pem").exists()
    assert key_permission_problems(confdir) == []


def test_second_call_keeps_the_same_ca(confdir):
    before = describe_ca(confdir)["sha256"]
    assert ensure_ca(confdir) == confdir / "mitmproxy-ca-cert.pem"
    assert describe_ca(confdir)["sha256"] == before


def test_pem_and_der_are_the_same_certificate_and_never_the_key(confdir):
    pem, der = export_ca(confdir, "pem"), export_ca(confdir, "der")
    assert pem.startswith(b"-----BEGIN CERTIFICATE-----") and b"PRIVATE KEY" not in pem
    assert der[:1] == b"\x30"  # DER: an ASN.1 SEQUENCE
    a, b = x509.load_pem_x509_certificate(pem), x509.load_der_x509_certificate(der)
    assert a == b
    assert a.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is True
    assert pem == (confdir / "mitmproxy-ca-cert.pem").read_bytes()


def test_unknown_format_is_a_clear_error(confdir):
    with pytest.raises(CAError, match="format must be one of pem, der"):
        export_ca(confdir, "p7b")


def test_loose_key_permissions_are_refused_with_the_fix(tmp_path):
    ensure_ca(tmp_path)
    key = tmp_path / "mitmproxy-ca.pem"
    os.chmod(key, 0o644)
    with pytest.raises(CAError, match=r"mode 0644.*chmod 600"):
        export_ca(tmp_path, "pem")
    os.chmod(key, 0o600)
    assert export_ca(tmp_path, "pem").startswith(b"-----BEGIN CERTIFICATE-----")


def test_ca_from_a_kubernetes_secret_key_file_only(confdir, tmp_path):
    # A Secret carries mitmproxy-ca.pem and the dhparam only: the certificate files are derived.
    for name in ("mitmproxy-ca.pem", "mitmproxy-dhparam.pem"):
        (tmp_path / name).write_bytes((confdir / name).read_bytes())
        os.chmod(tmp_path / name, 0o600)
    assert export_ca(tmp_path, "der") == export_ca(confdir, "der")
    assert (tmp_path / "mitmproxy-ca-cert.pem").read_bytes() == export_ca(confdir, "pem")


def test_damaged_key_file_is_reported_without_its_content(tmp_path):
    secret = b"-----BEGIN RSA PRIVATE KEY-----\nnot-really-a-key-but-secret\n-----END RSA PRIVATE KEY-----\n"
    (tmp_path / "mitmproxy-ca.pem").write_bytes(secret)
    os.chmod(tmp_path / "mitmproxy-ca.pem", 0o600)
    with pytest.raises(CAError) as err:
        ensure_ca(tmp_path)
    assert "damaged" in str(err.value) and "not-really" not in str(err.value)
