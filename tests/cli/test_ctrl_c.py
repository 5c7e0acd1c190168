"""Ctrl-C in the terminal running ``aiwarden run`` stops it cleanly: exit 0, no traceback from any process
(the terminal sends SIGINT to the whole process group, scrubber workers included)."""

import os
import signal
import subprocess
import time

import httpx
import pytest

from tests.conftest import BIN, Stack, ahead_nice, free_port, started_ahead, take, the_fake_llm

pytestmark = pytest.mark.stack  # starts `aiwarden run`


def launch_in_terminal(factory) -> Stack:
    """``aiwarden run`` as a terminal starts it: in a process group of its own, no AIWARDEN_ setting but the
    files' places (started ahead: see tests/conftest.py)."""
    tmp = factory.mktemp("ctrl-c")
    proxy_port, admin_port = free_port(), free_port()
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("AIWARDEN_")},
           "AIWARDEN_DATABASE_URL": f"sqlite:///{tmp / 'inv.db'}",
           "AIWARDEN_CONFDIR": str(tmp / "conf"),
           "AIWARDEN_SCRUB_WORKERS": "1", "AIWARDEN_LISTEN_HOST": "127.0.0.1"}
    log = tmp / "run.log"
    with log.open("w") as out:
        args = [*ahead_nice(), str(BIN), "run", "--proxy-port", str(proxy_port),
                "--admin-port", str(admin_port)]
        proc = subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    ca = tmp / "conf" / "mitmproxy-ca-cert.pem"
    return Stack(proc, env, proxy_port, admin_port, ca, the_fake_llm(), log)


@pytest.fixture
@started_ahead(launch_in_terminal)
def terminal_run(tmp_path_factory):
    s = take(launch_in_terminal, tmp_path_factory)  # (ready)
    yield s
    if s.proc.poll() is None:
        os.killpg(s.proc.pid, signal.SIGKILL)


def test_ctrl_c_stops_cleanly_without_tracebacks(terminal_run):
    proc, log = terminal_run.proc, terminal_run.log
    deadline = time.time() + 120
    while time.time() < deadline and "dashboard:" not in log.read_text():
        assert proc.poll() is None, log.read_text()
        time.sleep(0.3)
    assert httpx.get(f"http://127.0.0.1:{terminal_run.admin_port}/readyz", timeout=5).status_code == 200
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does
    assert proc.wait(60) == 0
    text = log.read_text()
    assert "Traceback" not in text and "KeyboardInterrupt" not in text, text
