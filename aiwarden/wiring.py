"""Process wiring: build each engine once, connect proxy, recorder, scrubber and admin API, run them."""

import asyncio
import contextlib
import logging
import signal
import socket
from collections.abc import Callable

import uvicorn
from sqlalchemy.engine import Engine
from sqlmodel import Session

from aiwarden.settings import Settings
from inventory.db import make_engine
from inventory.models import Service
from inventory.recorder import Recorder
from policy.api.app import create_app
from policy.model import DEFAULT_POLICY_FILE, Policy, load_policy
from policy.store import PolicyWatcher, bootstrap
from proxy.catalog import Catalog

log = logging.getLogger("aiwarden")


class PolicyHolder:
    """The policy in force; swapped atomically (a single reference assignment)."""

    def __init__(self, policy: Policy) -> None:
        self._policy = policy

    def get(self) -> Policy:
        return self._policy

    def set(self, policy: Policy) -> None:
        self._policy = policy


def sync_catalog(engine: Engine, catalog: Catalog) -> None:
    """Make every catalog service known to the inventory (names, vendors) before traffic arrives.

    An upsert, so several processes starting at once on one database do not collide.
    """
    rows = [dict(id=s.id, name=s.name, vendor=s.vendor, category=s.category, unknown=False)
            for s in catalog.services.values()]
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    stmt = insert(Service).values(rows)
    stmt = stmt.on_conflict_do_update(index_elements=["id"], set_={k: stmt.excluded[k] for k in
                                                                   ("name", "vendor", "category")})
    with Session(engine) as session:
        session.exec(stmt)
        session.commit()


class _AdminServer(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self):  # signals are handled by serve() below, for proxy and API together
        yield


def _admin_server(app, host: str, port: int) -> _AdminServer:
    return _AdminServer(uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False))


async def serve(settings: Settings, proxy_port: int | None, admin_port: int | None) -> None:
    """Run the proxy (when proxy_port) and the admin API (when admin_port) until SIGINT/SIGTERM."""
    engine = make_engine(settings.database_url)
    catalog = Catalog.load()
    sync_catalog(engine, catalog)
    policy_file = settings.policy_file or DEFAULT_POLICY_FILE
    load_policy(policy_file)  # a bad file fails here, with a clear message, before anything starts
    policy = PolicyHolder(bootstrap(engine, policy_file.read_text(encoding="utf-8")))
    # Every process follows the newest published version (the API publishes; proxies apply within ~2 s).
    proxy_id = f"{socket.gethostname()}:{proxy_port}" if proxy_port is not None else None
    watcher = PolicyWatcher(engine, policy.set, interval=settings.policy_poll_seconds, proxy_id=proxy_id).start()
    readiness: dict[str, Callable[[], bool]] = {}
    stops: list[Callable[[], None]] = []
    runs = []
    recorder = pool = alerts = None
    try:
        if proxy_port is not None:
            master, recorder, pool = await _build_proxy(settings, engine, catalog, policy, proxy_port)
            readiness["proxy"] = lambda: True
            stops.append(master.shutdown)
            runs.append(master.run())
        if admin_port is not None:
            from policy.alerts import AlertDispatcher

            app = create_app(engine, policy.get, readiness, pac_hosts=catalog.pac_hosts(),
                             pac_proxy=settings.pac_proxy or None)
            server = _admin_server(app, settings.admin_host, admin_port)
            alerts = AlertDispatcher(engine, policy.get).start()
            stops.append(lambda: setattr(server, "should_exit", True))
            runs.append(server.serve())
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, lambda: [stop() for stop in stops])
        tasks = [asyncio.ensure_future(r) for r in runs]
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for stop in stops:  # one part ended (or failed): stop the others
            stop()
        await asyncio.gather(*tasks, return_exceptions=True)
        for t in done:
            if t.exception():
                raise t.exception()
    finally:
        watcher.stop()
        if alerts:
            alerts.stop()
        if recorder:
            recorder.close()  # every queued event is written before we exit
        if pool:
            pool.close()
        engine.dispose()


async def _build_proxy(settings: Settings, engine: Engine, catalog: Catalog, policy: PolicyHolder, port: int):
    from mitmproxy.options import Options
    from mitmproxy.tools.dump import DumpMaster

    from proxy.addon import AIWarden
    from proxy.workers import ScrubPool

    pool = ScrubPool(settings.spacy_model, settings.scrub_workers, settings.languages, settings.scrub_timeout)
    await asyncio.to_thread(pool.warm_up)  # load models before accepting traffic; fails here if missing
    recorder = Recorder(engine).start()
    settings.ca_dir.mkdir(parents=True, exist_ok=True)
    opts = Options(listen_host=settings.listen_host, listen_port=port, confdir=str(settings.ca_dir))
    master = DumpMaster(opts, with_termlog=True, with_dumper=False)
    master.addons.add(AIWarden(catalog, policy.get, pool, recorder))
    opts.update(
        connection_strategy="lazy",  # blocked requests never open a connection to the vendor
        proxyauth=settings.proxyauth or None,
        aiwarden_upstream_overrides=settings.upstream_overrides,
        aiwarden_max_body=settings.max_body_mb * 1024 * 1024,
        aiwarden_inspect_all=settings.inspect_all,
    )
    log.info("proxy listening on %s:%d", settings.listen_host, port)
    return master, recorder, pool
