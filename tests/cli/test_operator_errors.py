"""Bad input from the operator ends in one clear line on stderr and exit code 2, never a traceback.

Every case runs the real ``aiwarden`` command in a subprocess, as a person would."""

import os
import shutil
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import BIN, free_port

pytestmark = pytest.mark.stack  # every test runs the `aiwarden` command


def aiwarden(tmp: Path, *args: str, env: dict[str, str] | None = None, stdin: bytes = b"",
             timeout: float = 120) -> subprocess.CompletedProcess:
    """``aiwarden args…`` in ``tmp`` with only our settings in its environment (no AIWARDEN_* leaks in)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("AIWARDEN_")}
    base |= {"AIWARDEN_DATABASE_URL": f"sqlite:///{tmp / 'inv.db'}", "AIWARDEN_CONFDIR": str(tmp / "conf"),
             "AIWARDEN_SCRUB_WORKERS": "1"}
    return subprocess.run([str(BIN), *args], env={**base, **(env or {})}, input=stdin, cwd=tmp,
                          capture_output=True, timeout=timeout)


def assert_one_line(out: subprocess.CompletedProcess, *expected: str) -> str:
    """Exit code 2, nothing but one line on stderr, starting "aiwarden: " and saying each of ``expected``."""
    err = out.stderr.decode(errors="replace")
    assert out.returncode == 2, (out.returncode, err)
    assert "Traceback" not in err and "─" not in err, err  # neither a Python nor a rich traceback
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("aiwarden: "), err
    for text in expected:
        assert text in lines[0], (text, lines[0])
    return lines[0]


BAD_SETTINGS = [
    ("AIWARDEN_INSPECT_ALL", "maybe", "true or false"),
    ("AIWARDEN_SCRUB_WORKERS", "lots", "whole number"),
    ("AIWARDEN_SCRUB_WORKERS", "0", "whole number"),
    ("AIWARDEN_LOG_LEVEL", "VERBOSE", "DEBUG, INFO, WARNING or ERROR"),
    ("AIWARDEN_LANGUAGES", "en,de", 'JSON list, e.g. ["en", "de"]'),
    ("AIWARDEN_SPACY_MODELS", "de=de_core_news_sm", "JSON object"),
    ("AIWARDEN_PROXYAUTH", "bogus", "@/path/to/htpasswd"),
    ("AIWARDEN_DATABASE_URL", "mysql://u:p@db/x", "postgresql+psycopg://"),
    ("AIWARDEN_DATABASE_URL", "postgresql+psycopg://u:p@db:notaport/x", "postgresql+psycopg://"),
    ("AIWARDEN_COACH_TTL", "8h", "seconds"),
]


@pytest.mark.parametrize("command", [("report",), ("run", "--proxy-port", "0", "--admin-port", "0")])
@pytest.mark.parametrize(("name", "value", "how"), BAD_SETTINGS)
def test_bad_setting_is_one_line(tmp_path, command, name, value, how):
    line = assert_one_line(aiwarden(tmp_path, *command, env={name: value}), name, how)
    if name in ("AIWARDEN_DATABASE_URL", "AIWARDEN_PROXYAUTH"):  # may hold a password: never echoed
        assert value not in line


@pytest.mark.parametrize("command", [("token", "create", "--role", "viewer", "--name", "x"), ("ca",),
                                     ("scrub",), ("proxy",), ("admin",), ("catalog", "check")])
def test_one_handler_for_every_command(tmp_path, command):
    assert_one_line(aiwarden(tmp_path, *command, env={"AIWARDEN_LANGUAGES": "en,de"}), "AIWARDEN_LANGUAGES")


def test_the_password_of_a_bad_database_url_is_not_shown(tmp_path):
    out = aiwarden(tmp_path, "report", env={"AIWARDEN_DATABASE_URL": "postgresql+psycopg://u:hunter2@127.0.0.1:1/x"})
    line = assert_one_line(out, "cannot reach the database", "127.0.0.1:1")
    assert "hunter2" not in line


def test_unreachable_postgres(tmp_path):
    port = free_port()  # nothing listens there
    url = f"postgresql+psycopg://aiwarden:pw@127.0.0.1:{port}/inv"
    for command in (("report",), ("token", "create", "--role", "viewer", "--name", "x"),
                    ("run", "--proxy-port", str(free_port()), "--admin-port", str(free_port()))):
        assert_one_line(aiwarden(tmp_path, *command, env={"AIWARDEN_DATABASE_URL": url}),
                        "cannot reach the database", f"127.0.0.1:{port}", "is it running")


def _postgres_listens() -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", 5432)) == 0


@pytest.mark.skipif(not _postgres_listens(), reason="no PostgreSQL on 127.0.0.1:5432")
def test_postgres_refusing_the_login_is_not_called_unreachable(tmp_path):
    url = "postgresql+psycopg://no_such_role_aiw:pw@127.0.0.1:5432/postgres"
    line = assert_one_line(aiwarden(tmp_path, "report", env={"AIWARDEN_DATABASE_URL": url}),
                           "refused the connection", "no_such_role_aiw", "check AIWARDEN_DATABASE_URL")
    assert "unreachable" not in line and "cannot reach" not in line


def test_sqlite_file_in_a_missing_folder(tmp_path):
    url = f"sqlite:///{tmp_path / 'missing' / 'inv.db'}"
    for command in (("report",), ("run", "--proxy-port", str(free_port()), "--admin-port", str(free_port()))):
        assert_one_line(aiwarden(tmp_path, *command, env={"AIWARDEN_DATABASE_URL": url}),
                        f"folder {tmp_path / 'missing'} does not exist")
    assert not (tmp_path / "missing").exists()


def test_report_without_a_database_creates_nothing(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIWARDEN_")}
    out = subprocess.run([str(BIN), "report"], env=env, cwd=tmp_path, capture_output=True, timeout=60)
    assert_one_line(out, "no inventory database", "AIWARDEN_DATABASE_URL")
    assert list(tmp_path.iterdir()) == []  # no ./aiwarden.db, no migrate.lock


@pytest.mark.parametrize(("args", "says"), [(("--role", "boss", "--name", "x"), "--role must be one of"),
                                             (("--role", "admin", "--name", ""), "--name must say")])
def test_bad_token_create(tmp_path, args, says):
    assert_one_line(aiwarden(tmp_path, "token", "create", *args), says)


def test_report_with_a_bad_since(tmp_path):
    assert_one_line(aiwarden(tmp_path, "report", "--since", "last week"), "--since", "2026-11-01")


@pytest.mark.parametrize("args", [(), ("--json",), ("--jsonl",)])
def test_binary_input_to_scrub(tmp_path, args):
    out = aiwarden(tmp_path, "scrub", *args, stdin=b"\x7fELF\x02\x01\x01\x00\xff\xfe\x00binary")
    assert_one_line(out, "not UTF-8 text", "pdftotext")


def _listening() -> tuple[socket.socket, int]:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen()
    return s, s.getsockname()[1]


def test_proxy_port_in_use(tmp_path):
    sock, port = _listening()
    with sock:
        out = aiwarden(tmp_path, "run", "--proxy-port", str(port), "--admin-port", str(free_port()),
                       env={"AIWARDEN_LISTEN_HOST": "127.0.0.1"})
        line = assert_one_line(out, f"127.0.0.1:{port}", "for the proxy", "in use", "--proxy-port")
        assert "mode regular" not in line
        out = aiwarden(tmp_path, "proxy", "--port", str(port), env={"AIWARDEN_LISTEN_HOST": "127.0.0.1"})
        assert_one_line(out, f"127.0.0.1:{port}", "--port")
    assert not (tmp_path / "inv.db").exists()  # checked before anything started


def test_admin_port_in_use(tmp_path):
    sock, port = _listening()
    with sock:
        out = aiwarden(tmp_path, "run", "--proxy-port", str(free_port()), "--admin-port", str(port))
        assert_one_line(out, f"127.0.0.1:{port}", "for the admin API", "--admin-port")
        assert_one_line(aiwarden(tmp_path, "admin", "--port", str(port)), f"127.0.0.1:{port}", "--port")


def test_same_port_twice_and_out_of_range(tmp_path):
    port = str(free_port())
    assert_one_line(aiwarden(tmp_path, "run", "--proxy-port", port, "--admin-port", port), "both use port")
    assert_one_line(aiwarden(tmp_path, "run", "--proxy-port", "70000", "--admin-port", port), "1 to 65535")


def test_language_without_a_model(tmp_path):
    out = aiwarden(tmp_path, "run", "--proxy-port", str(free_port()), "--admin-port", str(free_port()),
                   env={"AIWARDEN_LANGUAGES": '["en", "de"]'})
    assert_one_line(out, "no spaCy model for language 'de'", "AIWARDEN_SPACY_MODELS")


def test_unreadable_htpasswd_file(tmp_path):
    """mitmproxy checks its proxyauth option only when the proxy is built (before the models load)."""
    out = aiwarden(tmp_path, "run", "--proxy-port", str(free_port()), "--admin-port", str(free_port()),
                   env={"AIWARDEN_PROXYAUTH": f"@{tmp_path / 'nope.htpasswd'}"})
    err = out.stderr.decode()
    assert out.returncode == 2 and "Traceback" not in err, err
    last = err.strip().splitlines()[-1]  # the start-up log comes first
    assert last.startswith("aiwarden: ") and "htpasswd" in last and "AIWARDEN_PROXYAUTH" in last, err


# A real check that no connection leaves the machine: the audit hook sees every connect() and every name
# lookup of the process (Python's own socket module; spaCy's downloader uses it through requests).
_GUARDED = textwrap.dedent("""
    import ipaddress, sys
    LOG = open(sys.argv.pop(1), "a")

    def hook(event, args):
        if event == "socket.connect" and isinstance(args[1], tuple):
            host = args[1][0]
        elif event == "socket.getaddrinfo":
            host = args[0]
        else:
            return
        try:
            ip = ipaddress.ip_address(str(host))
            local = ip.is_loopback or ip.is_unspecified  # binding to 0.0.0.0 is no connection
        except ValueError:
            local = host in ("localhost", None)
        if not local:
            LOG.write(f"{event} {host}\\n"); LOG.flush()

    sys.addaudithook(hook)
    if sys.argv[1] == "--control":
        import socket
        try:
            socket.create_connection(("192.0.2.1", 80), timeout=1)
        except OSError:
            pass
        sys.exit(0)
    from aiwarden.cli import app
    sys.argv[0] = "aiwarden"
    app()
""")


@pytest.mark.skipif(shutil.which("unshare") is None or shutil.which("ip") is None, reason="needs unshare, ip")
def test_missing_model_exits_with_the_install_command_and_no_network(tmp_path):
    script = tmp_path / "guarded.py"
    script.write_text(_GUARDED)
    attempts = tmp_path / "attempts.log"
    attempts.touch()
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIWARDEN_")}
    env |= {"AIWARDEN_DATABASE_URL": f"sqlite:///{tmp_path / 'inv.db'}", "AIWARDEN_CONFDIR": str(tmp_path),
            "AIWARDEN_SPACY_MODEL": "en_core_web_lg"}  # not installed here

    def guarded(*args: str) -> subprocess.CompletedProcess:
        # a network namespace of our own, with only loopback up: there is no way out
        shell = 'ip link set lo up && exec "$@"'
        cmd = ["unshare", "-rn", "sh", "-c", shell, "sh", sys.executable, str(script), str(attempts), *args]
        return subprocess.run(cmd, env=env, cwd=tmp_path, capture_output=True, timeout=120)

    control = guarded("--control")  # the hook does see a connection attempt
    assert control.returncode == 0, control.stderr
    assert "192.0.2.1" in attempts.read_text()
    attempts.write_text("")

    for command in (("run", "--proxy-port", str(free_port()), "--admin-port", str(free_port())),
                    ("proxy", "--port", str(free_port())), ("scrub",)):
        out = guarded(*command)
        line = assert_one_line(out, "spaCy model en_core_web_lg", "is not installed",
                               "-m spacy download en_core_web_lg")
        assert "Downloading" not in out.stdout.decode() + line
        assert attempts.read_text() == "", attempts.read_text()
