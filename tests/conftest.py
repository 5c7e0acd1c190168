import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.fake_llm import FakeLLM

BIN = Path(sys.executable).with_name("aiwarden")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_listening(port: int, what: str, timeout: float = 30.0) -> None:
    """Return once something accepts connections on 127.0.0.1:``port``; RuntimeError after ``timeout``."""
    deadline = time.time() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.time() > deadline:
                raise RuntimeError(f"{what} did not start") from None
            time.sleep(0.2)


def child_pids(pid: int) -> list[int]:
    """Direct child processes of ``pid`` (e.g. the scrubber workers of an aiwarden process)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def run_cli(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN), *args], env=env, input=stdin, capture_output=True, text=True, timeout=120
    )


@dataclass
class Stack:
    proc: subprocess.Popen
    env: dict[str, str]
    proxy_port: int
    admin_port: int
    ca: Path
    fake: FakeLLM
    log: Path

    def proxy_url(self, user: str = "alice", password: str = "s3cret") -> str:
        return f"http://{user}:{password}@127.0.0.1:{self.proxy_port}"

    @property
    def admin_url(self) -> str:
        return f"http://127.0.0.1:{self.admin_port}"

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca))

    def client(self, user: str = "alice", **kw) -> httpx.Client:
        return httpx.Client(proxy=self.proxy_url(user), verify=self.ssl_context(), timeout=30, **kw)

    def token(self, role: str = "viewer") -> str:
        out = run_cli(self.env, "token", "create", "--role", role, "--name", f"test-{role}")
        assert out.returncode == 0, out.stderr
        return out.stdout.strip()

    def logs(self) -> str:
        return self.log.read_text(errors="replace")


def start_stack(tmp: Path, fake: FakeLLM, extra_env: dict[str, str] | None = None) -> Stack:
    proxy_port, admin_port = free_port(), free_port()
    env = {
        **os.environ,
        "AIWARDEN_DATABASE_URL": f"sqlite:///{tmp / 'aiwarden.db'}",
        "AIWARDEN_CONFDIR": str(tmp / "conf"),
        "AIWARDEN_PROXYAUTH": "any",
        "AIWARDEN_SCRUB_WORKERS": "1",
        "AIWARDEN_LISTEN_HOST": "127.0.0.1",
        "AIWARDEN_UPSTREAM_OVERRIDES": f"api.openai.com={fake.url},api.anthropic.com={fake.url}",
        **(extra_env or {}),
    }
    log = tmp / "aiwarden.log"
    proc = subprocess.Popen(
        [str(BIN), "run", "--proxy-port", str(proxy_port), "--admin-port", str(admin_port)],
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        cwd=tmp,
    )
    stack = Stack(proc, env, proxy_port, admin_port, tmp / "conf" / "mitmproxy-ca-cert.pem", fake, log)
    deadline = time.time() + 240  # (returns once ready; a loaded machine warms two models slowly)
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"aiwarden exited with {proc.returncode}:\n{stack.logs()}")
        try:
            if httpx.get(f"{stack.admin_url}/readyz", timeout=2).status_code == 200 and stack.ca.exists():
                return stack
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    stop_stack(stack)
    raise RuntimeError(f"aiwarden did not become ready:\n{stack.logs()}")


def stop_stack(stack: Stack) -> int:
    stack.proc.send_signal(signal.SIGTERM)
    try:
        return stack.proc.wait(30)
    except subprocess.TimeoutExpired:
        stack.proc.kill()
        return stack.proc.wait()


@pytest.fixture(scope="session")
def fake_llm():
    fake = FakeLLM().start()
    yield fake
    fake.stop()


@pytest.fixture(scope="session")
def stack(tmp_path_factory, fake_llm):
    tmp = tmp_path_factory.mktemp("stack")
    s = start_stack(tmp, fake_llm)
    yield s
    stop_stack(s)
    shutil.rmtree(tmp, ignore_errors=True)


PSEUDONYM_SECRET = "0123456789abcdef0123456789abcdef"
PSEUDONYMOUS_POLICY = """
name: Pseudonymous budgets
services: {openai-api: {sanctioned: true, action: allow}}
budgets:
  - {name: per-user, per: user, period: day, limit_tokens: 100000}
"""


@pytest.fixture(scope="session")
def pseudo_stack(tmp_path_factory, fake_llm):
    """A stack in pseudonymous mode set in ``.env`` only (never in the environment), with a per-user budget.

    Shared by tests/integration/test_pseudonymous.py and tests/spend/test_pseudonymous_budgets.py: each
    sends as its own user and looks at its own events."""
    tmp = tmp_path_factory.mktemp("pseudo")
    (tmp / "policy.yaml").write_text(PSEUDONYMOUS_POLICY)
    (tmp / ".env").write_text(  # read by the settings from the process's working directory
        f"AIWARDEN_PSEUDONYMIZE_USERS=true\nAIWARDEN_PSEUDONYM_SECRET={PSEUDONYM_SECRET}\n"
        f"AIWARDEN_POLICY_FILE={tmp / 'policy.yaml'}\n"
    )
    with pytest.MonkeyPatch.context() as mp:
        for name in ("AIWARDEN_PSEUDONYMIZE_USERS", "AIWARDEN_PSEUDONYM_SECRET"):
            mp.delenv(name, raising=False)  # start_stack copies os.environ: only .env may set them
        s = start_stack(tmp, fake_llm)
    yield s
    stop_stack(s)
    shutil.rmtree(tmp, ignore_errors=True)


# One policy for tests/spend/test_spend_proxy.py (services, budgets, rate limits of named users, model rules)
# and tests/mcp/test_stack.py (MCP servers, the user ``dev``, ``hasty``'s rate limit): their users differ.
POLICY_STACK_POLICY = """
name: Acme AI policy
defaults: {unknown_ai_service: scrub}
services:
  openai-api: {sanctioned: true, action: scrub}
  anthropic-api: {sanctioned: true, action: allow}
mcp_servers:
  127.0.0.1:
    action: scrub
    deny_tools: ["delete_*"]
  localhost:
    action: block
    reason: this MCP server has not been reviewed
rules:
  - name: tool developers
    when: {user: dev}
    action: allow
budgets:
  - {name: tiny, per: user, names: [budgeted], period: day, limit_tokens: 30, warn_at: 0.5}
  - {name: streamy, per: user, names: [streamer], period: month, limit_tokens: 10}
  - {name: soft, per: user, names: [coached], period: day, limit_tokens: 10, action: coach}
rate_limits:
  - {name: quick, per: user, names: [ratey], requests_per_minute: 60, window_seconds: 2}
  - {name: slow, per: user, names: [slowpoke, antrate], requests_per_minute: 1, window_seconds: 180}
  - {per: user, names: [hasty], requests_per_minute: 8}
model_rules:
  - {name: bulk, when: {user: tiered}, rewrite: {"gpt-4o*": gpt-4o-mini}}
"""


@pytest.fixture(scope="session")
def policy_stack(tmp_path_factory, fake_llm):
    """A stack with ``POLICY_STACK_POLICY`` (a policy file), shared by the spend and MCP stack tests."""
    tmp = tmp_path_factory.mktemp("policy-stack")
    (tmp / "policy.yaml").write_text(POLICY_STACK_POLICY)
    s = start_stack(tmp, fake_llm, {"AIWARDEN_POLICY_FILE": str(tmp / "policy.yaml")})
    yield s
    stop_stack(s)
    shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="session")
def scrubber():
    """One default ``Scrubber`` for the whole session (loading its models takes seconds)."""
    from scrubber.engine import Scrubber

    return Scrubber()


def wait_for(fn, timeout: float = 10.0, interval: float = 0.1):
    """Poll ``fn`` until it returns something truthy (events are written asynchronously)."""
    deadline = time.time() + timeout
    while True:
        value = fn()
        if value or time.time() > deadline:
            return value
        time.sleep(interval)


# -- markers: stack, browser, deploy (registered in pyproject.toml) -------------------------------------
# `pytest -m "not stack and not browser and not deploy"` runs the unit tests alone. A test is marked by
# what its code (and its fixtures', and the tests' own helpers they call, followed transitively) uses.
_MARKER_NAMES = {
    "stack": {"start_stack", "run_cli", "ScrubPool"},  # `aiwarden` processes, scrubber worker processes
    "browser": {"sync_playwright", "CHROMIUM"},
}
_TESTS = Path(__file__).parent


def _names(code) -> set[str]:
    out = set(code.co_names)
    for const in code.co_consts:
        if hasattr(const, "co_names"):  # nested functions, lambdas, comprehensions
            out |= _names(const)
    return out


def _uses(fn, wanted: set[str], seen: set) -> bool:
    code = getattr(fn, "__code__", None)
    if code is None or fn in seen:
        return False
    seen.add(fn)
    names = _names(code)
    if names & wanted:
        return True
    scope = getattr(fn, "__globals__", {})
    for name in names:  # the tests' own helpers (tests/…) called from here
        helper = scope.get(name)
        if getattr(helper, "__module__", "").startswith("tests.") and _uses(helper, wanted, seen):
            return True
    return False


def pytest_collection_modifyitems(config, items):
    for item in items:
        fixturedefs = getattr(item, "_fixtureinfo", None)
        fns = [getattr(item, "function", None)]
        if fixturedefs is not None:
            fns += [d.func for defs in fixturedefs.name2fixturedefs.values() for d in defs]
        for marker, wanted in _MARKER_NAMES.items():
            seen: set = set()
            if any(_uses(fn, wanted, seen) for fn in fns if fn is not None):
                item.add_marker(marker)
        if _TESTS / "deploy" in Path(str(item.path)).parents:
            item.add_marker("deploy")
