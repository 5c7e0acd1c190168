import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
from concurrent.futures import Future
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


def launch_stack(tmp: Path, fake: FakeLLM, extra_env: dict[str, str] | None = None,
                 unset: tuple[str, ...] = ()) -> Stack:
    """Start ``aiwarden run`` and return at once (``wait_ready`` waits for it); ``unset``: environment
    variables the process must not inherit."""
    proxy_port, admin_port = free_port(), free_port()
    env = {
        **{k: v for k, v in os.environ.items() if k not in unset},
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
        [*ahead_nice(), str(BIN), "run", "--proxy-port", str(proxy_port), "--admin-port", str(admin_port)],
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        cwd=tmp,
    )
    return Stack(proc, env, proxy_port, admin_port, tmp / "conf" / "mitmproxy-ca-cert.pem", fake, log)


def wait_ready(stack: Stack, timeout: float = 240, cancelled=lambda: False) -> Stack:
    """Return ``stack`` once it is ready (a loaded machine warms two models slowly); RuntimeError with its
    log when it exits or is not ready in ``timeout`` seconds (then it is stopped)."""
    deadline = time.time() + timeout
    while time.time() < deadline and not cancelled():
        if stack.proc.poll() is not None:
            raise RuntimeError(f"aiwarden exited with {stack.proc.returncode}:\n{stack.logs()}")
        try:
            if httpx.get(f"{stack.admin_url}/readyz", timeout=2).status_code == 200 and stack.ca.exists():
                return stack
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    stop_stack(stack)
    raise RuntimeError(f"aiwarden did not become ready:\n{stack.logs()}")


def start_stack(tmp: Path, fake: FakeLLM, extra_env: dict[str, str] | None = None) -> Stack:
    """Start ``aiwarden run`` and return once it is ready."""
    return wait_ready(launch_stack(tmp, fake, extra_env))


def stop_stack(stack: Stack) -> int:
    stack.proc.send_signal(signal.SIGTERM)
    try:
        return stack.proc.wait(30)
    except subprocess.TimeoutExpired:
        stack.proc.kill()
        return stack.proc.wait()


_FAKE: list[FakeLLM] = []
_FAKE_LOCK = threading.Lock()


def the_fake_llm() -> FakeLLM:
    """The session's fake vendor (started on first use: stacks started ahead need it before any fixture)."""
    with _FAKE_LOCK:
        if not _FAKE:
            _FAKE.append(FakeLLM().start())
        return _FAKE[0]


@pytest.fixture(scope="session")
def fake_llm():
    return the_fake_llm()  # (stopped at the session's end, after the stacks started ahead)


# -- stacks started ahead ---------------------------------------------------------------------------------
# A stack takes ~20 s to start, most of it loading the models: CPU work that used to wait for the first test
# that needs it. The fixtures marked ``@started_ahead(launcher)`` take their stack with ``take(launcher, …)``;
# once the tests are collected, a background thread starts the stacks they will need one at a time, in the
# order they are first needed, while the tests before them run (on two cores the second one is mostly idle).
# A ``launcher(tmp_path_factory)`` returns a Stack at once (``launch_stack``: ``take`` waits until it is
# ready) or anything else once it is ready (e.g. a warmed-up ScrubPool; ``close()``d if never taken).
AHEAD_AT_MOST = 4  # started ahead and not yet taken (each stack holds ~1 GB)
AHEAD_NICE = 10  # a stack started ahead runs at this niceness until taken: it takes only idle CPU
_LAUNCHING = threading.local()  # .ahead: the ahead thread is calling a launcher


def ahead_nice() -> list[str]:
    """The command prefix of a process a launcher starts: ``nice`` when started ahead."""
    return ["nice", "-n", str(AHEAD_NICE)] if getattr(_LAUNCHING, "ahead", False) else []


def _renice(pid: int) -> None:
    """Back to niceness 0: ``pid`` and its descendants (the scrubber workers). Needs root (CI is); else the
    stack keeps running nicely, only slower under load."""
    try:
        os.setpriority(os.PRIO_PROCESS, pid, 0)
    except OSError:
        pass
    for child in child_pids(pid):
        _renice(child)


class _Ahead:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.started: dict = {}  # launcher → Future of what it returned, not yet taken
        self.claimed: set = set()  # launchers whose stack a fixture took (or is starting itself)
        self.done = threading.Event()
        self.thread: threading.Thread | None = None

    def start(self, launchers: list, factory) -> None:
        self.thread = threading.Thread(target=self._run, args=(launchers, factory), daemon=True)
        self.thread.start()

    def _run(self, launchers: list, factory) -> None:
        for launcher in launchers:
            while len(self.started) >= AHEAD_AT_MOST and not self.done.wait(0.5):
                pass
            future: Future = Future()
            with self.lock:
                if self.done.is_set():
                    return
                if launcher in self.claimed:
                    continue
                self.started[launcher] = future
            _LAUNCHING.ahead = True
            try:
                got = launcher(factory)
            except BaseException as exc:  # (the fixture that takes it reports it)
                future.set_exception(exc)
                continue
            finally:
                _LAUNCHING.ahead = False
            future.set_result(got)
            if isinstance(got, Stack):
                try:
                    wait_ready(got, cancelled=self.done.is_set)  # one at a time
                except Exception:
                    pass  # (the fixture that takes it reports the failure with the log)

    def take(self, launcher, factory):
        with self.lock:
            self.claimed.add(launcher)
            future = self.started.pop(launcher, None)
        got = future.result() if future is not None else launcher(factory)
        if not isinstance(got, Stack):
            return got
        if future is not None:
            _renice(got.proc.pid)
            wait_ready(got)
            _renice(got.proc.pid)  # (workers it started meanwhile)
            return got
        return wait_ready(got)

    def close(self) -> None:
        """Stop what no fixture took (the session ended early, or its tests were deselected)."""
        self.done.set()
        if self.thread is not None:
            self.thread.join(60)
        with self.lock:
            left, self.started = list(self.started.values()), {}
        for future in left:
            if not future.done() or future.exception() is not None:
                continue
            got = future.result()
            if isinstance(got, Stack):
                stop_stack(got)
                if got.fake not in _FAKE:
                    got.fake.stop()
                shutil.rmtree(got.log.parent, ignore_errors=True)
            elif hasattr(got, "close"):
                got.close()


AHEAD = _Ahead()


def started_ahead(launcher):
    """Mark a fixture that takes ``launcher``'s stack (``take(launcher, tmp_path_factory)``)."""

    def mark(fixture):
        fixture.started_ahead = launcher
        return fixture

    return mark


def take(launcher, tmp_path_factory) -> Stack:
    """What ``launcher`` starts, ready: the one started ahead, or one started now."""
    return AHEAD.take(launcher, tmp_path_factory)


def pytest_collection_finish(session):
    if session.config.option.collectonly or os.environ.get("AIWARDEN_TEST_NO_AHEAD"):
        return
    launchers: list = []
    for item in session.items:
        info = getattr(item, "_fixtureinfo", None)
        for defs in (info.name2fixturedefs.values() if info is not None else ()):
            launcher = getattr(defs[-1].func, "started_ahead", None)
            if launcher is not None and launcher not in launchers:
                launchers.append(launcher)
    if launchers:
        AHEAD.start(launchers, session.config._tmp_path_factory)


def pytest_sessionfinish(session):
    AHEAD.close()
    with _FAKE_LOCK:
        for fake in _FAKE:
            fake.stop()
        _FAKE.clear()


def launch_default(factory) -> Stack:
    return launch_stack(factory.mktemp("stack"), the_fake_llm())


@pytest.fixture(scope="session")
@started_ahead(launch_default)
def stack(tmp_path_factory, fake_llm):
    s = take(launch_default, tmp_path_factory)
    yield s
    stop_stack(s)
    shutil.rmtree(s.log.parent, ignore_errors=True)


PSEUDONYM_SECRET = "0123456789abcdef0123456789abcdef"
PSEUDONYMOUS_POLICY = """
name: Pseudonymous budgets
services: {openai-api: {sanctioned: true, action: allow}}
budgets:
  - {name: per-user, per: user, period: day, limit_tokens: 100000}
"""


def launch_pseudo(factory) -> Stack:
    tmp = factory.mktemp("pseudo")
    (tmp / "policy.yaml").write_text(PSEUDONYMOUS_POLICY)
    (tmp / ".env").write_text(  # read by the settings from the process's working directory
        f"AIWARDEN_PSEUDONYMIZE_USERS=true\nAIWARDEN_PSEUDONYM_SECRET={PSEUDONYM_SECRET}\n"
        f"AIWARDEN_POLICY_FILE={tmp / 'policy.yaml'}\n"
    )
    only_dotenv = ("AIWARDEN_PSEUDONYMIZE_USERS", "AIWARDEN_PSEUDONYM_SECRET")  # (never from os.environ)
    return launch_stack(tmp, the_fake_llm(), unset=only_dotenv)


@pytest.fixture(scope="session")
@started_ahead(launch_pseudo)
def pseudo_stack(tmp_path_factory, fake_llm):
    """A stack in pseudonymous mode set in ``.env`` only (never in the environment), with a per-user budget.

    Shared by tests/integration/test_pseudonymous.py and tests/spend/test_pseudonymous_budgets.py: each
    sends as its own user and looks at its own events."""
    s = take(launch_pseudo, tmp_path_factory)
    yield s
    stop_stack(s)
    shutil.rmtree(s.log.parent, ignore_errors=True)


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


def launch_policy(factory) -> Stack:
    tmp = factory.mktemp("policy-stack")
    (tmp / "policy.yaml").write_text(POLICY_STACK_POLICY)
    return launch_stack(tmp, the_fake_llm(), {"AIWARDEN_POLICY_FILE": str(tmp / "policy.yaml")})


@pytest.fixture(scope="session")
@started_ahead(launch_policy)
def policy_stack(tmp_path_factory, fake_llm):
    """A stack with ``POLICY_STACK_POLICY`` (a policy file), shared by the spend and MCP stack tests."""
    s = take(launch_policy, tmp_path_factory)
    yield s
    stop_stack(s)
    shutil.rmtree(s.log.parent, ignore_errors=True)


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
    # `aiwarden` processes, scrubber worker processes (and fixtures marked @started_ahead)
    "stack": {"start_stack", "launch_stack", "run_cli", "ScrubPool"},
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


_USES: dict = {}  # (function, marker) → _uses (the same test function and fixtures recur in many items)


def _uses_cached(fn, marker: str) -> bool:
    key = (fn, marker)
    if key not in _USES:
        _USES[key] = _uses(fn, _MARKER_NAMES[marker], set())
    return _USES[key]


def pytest_collection_modifyitems(config, items):
    for item in items:
        fixturedefs = getattr(item, "_fixtureinfo", None)
        fns = [getattr(item, "function", None)]
        if fixturedefs is not None:
            fns += [d.func for defs in fixturedefs.name2fixturedefs.values() for d in defs]
        if any(getattr(fn, "started_ahead", None) for fn in fns):
            item.add_marker("stack")
        for marker, wanted in _MARKER_NAMES.items():
            if any(_uses_cached(fn, marker) for fn in fns if fn is not None):
                item.add_marker(marker)
        if _TESTS / "deploy" in Path(str(item.path)).parents:
            item.add_marker("deploy")
