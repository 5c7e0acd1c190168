"""Real receivers for the SIEM tests: a test CA and certificate, rsyslogd (Debian), local HTTP receivers."""

import datetime
import json
import shutil
import subprocess
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.conftest import free_port

RSYSLOGD = shutil.which("rsyslogd") or "/usr/sbin/rsyslogd"


def make_ca(directory: Path, host: str = "127.0.0.1") -> tuple[Path, Path, Path]:
    """A throw-away CA and a server certificate for ``host`` (IP SAN and DNS name): (ca, cert, key) files."""
    import ipaddress

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "aiwarden test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address(host)), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    paths = directory / "ca.pem", directory / "cert.pem", directory / "key.pem"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return paths


class Rsyslog:
    """rsyslogd in the foreground with one imtcp input (plain or TLS), writing each message to a file."""

    def __init__(self, directory: Path, tls: tuple[Path, Path, Path] | None = None, port: int | None = None):
        self.directory, self.tls = directory, tls
        self.port = port or free_port()
        self.out = directory / "received.log"
        self.proc: subprocess.Popen | None = None
        directory.mkdir(parents=True, exist_ok=True)

    def _config(self) -> str:
        work = self.directory / "work"
        work.mkdir(exist_ok=True)
        conf = [f'global(workDirectory="{work}" maxMessageSize="64k"']
        if self.tls:
            ca, cert, key = self.tls
            conf[0] += (
                f' defaultNetstreamDriverCAFile="{ca}" defaultNetstreamDriverCertFile="{cert}"'
                f' defaultNetstreamDriverKeyFile="{key}"'
            )
        conf[0] += ")"
        if self.tls:
            conf.append(
                'module(load="imtcp" streamDriver.name="gtls" streamDriver.mode="1" '
                'streamDriver.authMode="anon")'
            )
        else:
            conf.append('module(load="imtcp")')
        conf += [
            f'input(type="imtcp" address="127.0.0.1" port="{self.port}")',
            'template(name="fields" type="string" '
            'string="%msgid%\\t%app-name%\\t%syslogseverity%\\t%msg%\\n")',
            f'action(type="omfile" file="{self.out}" template="fields")',
        ]
        return "\n".join(conf) + "\n"

    def start(self) -> "Rsyslog":
        conf = self.directory / "rsyslog.conf"
        conf.write_text(self._config())
        self.proc = subprocess.Popen(
            [RSYSLOGD, "-n", "-f", str(conf), "-i", str(self.directory / "rsyslog.pid")],
            stdout=(self.directory / "rsyslogd.out").open("a"),
            stderr=subprocess.STDOUT,
        )
        import socket

        deadline = time.time() + 20
        while time.time() < deadline:
            assert self.proc.poll() is None, (self.directory / "rsyslogd.out").read_text()
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("rsyslogd did not listen")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(15)
        self.proc = None

    def messages(self) -> list[tuple[str, str, str, str]]:
        """(msgid, app-name, severity, message) of every message received so far."""
        if not self.out.exists():
            return []
        lines = self.out.read_text(errors="replace").splitlines()
        return [tuple(x.split("\t", 3)) for x in lines if x.count("\t") >= 3]  # type: ignore[misc]


@dataclass
class HttpReceiver:
    """A local HTTP receiver (a HEC or OTLP stand-in) that records each request; can answer errors."""

    status: int = 200
    answer: bytes = b'{"text":"Success","code":0}'
    requests: list[tuple[str, dict[str, str], bytes]] = field(default_factory=list)

    def start(self, port: int | None = None) -> "HttpReceiver":
        recv = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                if recv.status == 200:
                    recv.requests.append((self.path, dict(self.headers), body))
                self.send_response(recv.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(recv.answer)))
                self.end_headers()
                self.wfile.write(recv.answer)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port or 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def hec_events(self) -> list[dict]:
        out = []
        for _, _, body in self.requests:
            out += [json.loads(line) for line in body.decode().splitlines() if line.strip()]
        return out

    def otlp_records(self) -> list[dict]:
        out = []
        for _, _, body in self.requests:
            for rl in json.loads(body)["resourceLogs"]:
                for sl in rl["scopeLogs"]:
                    out += sl["logRecords"]
        return out
