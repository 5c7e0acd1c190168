"""Process wiring: build each engine once, connect proxy, recorder, scrubber and admin API, run them."""

import asyncio
import contextlib
import logging
import signal
import socket
from collections.abc import Callable

import uvicorn
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from admin.app import create_app
from admin.deps import AdminDeps
from aiwarden.database import open_database
from aiwarden.errors import OperatorError
from aiwarden.settings import Settings
from inventory.models import Service
from inventory.recorder import Recorder
from policy.keys import fingerprint_secret, registered_fingerprints
from policy.model import DEFAULT_POLICY_FILE, Policy, load_policy, policy_warnings
from policy.store import PolicyWatcher, bootstrap
from policy.tables import create_tables
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
    rows = [
        dict(id=s.id, name=s.name, vendor=s.vendor, category=s.category, unknown=False)
        for s in catalog.services.values()
    ]
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    stmt = insert(Service).values(rows)
    stmt = stmt.on_conflict_do_update(
        index_elements=["id"], set_={k: stmt.excluded[k] for k in ("name", "vendor", "category")}
    )
    with Session(engine) as session:
        session.exec(stmt)
        session.commit()


class _AdminServer(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self):  # signals are handled by serve() below, for proxy and API together
        yield


def _admin_server(app, host: str, port: int) -> _AdminServer:
    return _AdminServer(uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False))


def check_ports(settings: Settings, proxy_port: int | None, admin_port: int | None,
                flags: tuple[str, str] = ("--proxy-port", "--admin-port")) -> None:
    """Fail with one line, before anything starts, when a port cannot be listened on."""
    if proxy_port is not None and proxy_port == admin_port:
        raise OperatorError(f"the proxy and the admin API cannot both use port {proxy_port}")
    wanted = (("proxy", settings.listen_host, proxy_port, flags[0], "AIWARDEN_LISTEN_HOST"),
              ("admin API", settings.admin_host, admin_port, flags[1], "AIWARDEN_ADMIN_HOST"))
    for what, host, port, flag, host_setting in wanted:
        if port is None:
            continue
        if not 0 < port < 65536:
            raise OperatorError(f"{flag} {port}: a port is a number from 1 to 65535")
        try:
            family, kind, proto, _, address = socket.getaddrinfo(
                host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
            with socket.socket(family, kind, proto) as sock:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as mitmproxy and uvicorn do
                sock.bind(address)
        except socket.gaierror:
            raise OperatorError(f"{host_setting}={host!r} is not an address of this machine") from None
        except OSError as exc:
            raise OperatorError(
                f"cannot listen on {host}:{port} for the {what}: {exc.strerror or exc} "
                f"(stop whatever uses it, or choose another port with {flag})"
            ) from None


def require_models(settings: Settings) -> None:
    """Fail with the install command when a configured spaCy model is not installed.

    Presidio would otherwise download it; aiwarden never reaches the network on its own."""
    import importlib.util
    import sys
    from pathlib import Path

    from scrubber.models import REUPLOADS  # (not the engine: spaCy and Presidio load for seconds)

    def installed(name: str) -> bool:
        if "/" in name:
            return Path(name).exists()
        if name.isidentifier() and importlib.util.find_spec(name) is not None:
            return True
        return name in REUPLOADS and importlib.util.find_spec(REUPLOADS[name][0]) is not None

    models = dict(settings.spacy_models)
    if settings.languages:
        models[settings.languages[0]] = settings.spacy_model
    for lang in settings.languages:
        name = models.get(lang)
        if name is None:
            raise OperatorError(
                f"no spaCy model for language {lang!r}: add it to AIWARDEN_SPACY_MODELS, "
                f'e.g. {{"{lang}": "{lang}_core_news_sm"}}, or remove it from AIWARDEN_LANGUAGES'
            )
        if installed(name):
            continue
        if name in REUPLOADS:
            install = f"{sys.executable} -m pip install {REUPLOADS[name][0].replace('_', '-')}"
        else:
            install = f"{sys.executable} -m spacy download {name}"
        raise OperatorError(
            f"spaCy model {name} (language {lang}) is not installed; install it with `{install}` "
            "or choose an installed one with AIWARDEN_SPACY_MODEL / AIWARDEN_SPACY_MODELS"
        )


async def serve(settings: Settings, proxy_port: int | None, admin_port: int | None) -> None:
    """Run the proxy (when proxy_port) and the admin API (when admin_port) until SIGINT/SIGTERM."""
    engine = open_database(settings)
    create_tables(engine)  # the policy package's own tables (key registry, heartbeats, instance secret)
    catalog = Catalog.load(extra=settings.catalog_extra)  # a bad extension file fails here, one line
    sync_catalog(engine, catalog)
    policy_file = settings.policy_file or DEFAULT_POLICY_FILE
    load_policy(policy_file)  # a bad file fails here, with a clear message, before anything starts
    policy = PolicyHolder(bootstrap(engine, policy_file.read_text(encoding="utf-8")))
    for warning in start_warnings(policy.get(), catalog):  # typos are valid YAML: say so, as validate does
        log.warning("policy: %s", warning)
    with Session(engine) as session:  # proxy and admin API must fingerprint keys with the same secret
        key_secret = settings.key_secret or fingerprint_secret(session)
    # Every process follows the newest published version (the API publishes; proxies apply within ~2 s).
    proxy_id = f"{socket.gethostname()}:{proxy_port}" if proxy_port is not None else None
    watcher = PolicyWatcher(
        engine, policy.set, interval=settings.policy_poll_seconds, proxy_id=proxy_id
    ).start()
    readiness: dict[str, Callable[[], bool]] = {}
    stops: list[Callable[[], None]] = []
    runs = []
    recorder = pool = alerts = keys_task = audit_tail = announce = None
    siem = siem_exporter(settings)  # a bad SIEM setting or a spool in use fails here, one line
    directory = directory_groups(settings)  # policy groups from LDAP (None: the YAML groups only)
    digest = None
    purge_task = (
        asyncio.ensure_future(_purge_old_events(engine, settings.retention_days))
        if settings.retention_days
        else None
    )
    try:
        if proxy_port is not None:
            master, recorder, pool = await _build_proxy(
                settings, engine, catalog, policy, proxy_port, key_secret, siem, directory
            )
            readiness["proxy"] = lambda: True
            stops.append(master.shutdown)
            runs.append(master.run())
            keys_task = asyncio.ensure_future(_follow_key_registry(engine, master, settings))
        if admin_port is not None:
            from admin.alerts import AlertDispatcher
            from proxy.accounts import parse_tenant_restrictions

            app = create_app(AdminDeps(
                engine,
                policy.get,
                readiness,
                # AI hosts, and the sign-in hosts where tenant-restriction headers are set
                pac_hosts=[*catalog.pac_hosts(), *parse_tenant_restrictions(settings.tenant_headers).hosts()],
                pac_proxy=settings.pac_proxy or None,
                fingerprint_secret=key_secret,
                pseudonymizer=pseudonymizer(settings),  # for audited reveals
                catalog_extra=settings.catalog_extra,  # edited by /api/v1/catalog/local
                oidc=oidc_config(settings),  # single sign-on, when AIWARDEN_OIDC_ISSUER is set
                pac_port=proxy_port or 8080,
            ))
            server = _admin_server(app, settings.admin_host, admin_port)
            announce = asyncio.ensure_future(_announce_admin(server, settings.admin_host, admin_port))
            channels = alert_channels(settings)  # the policy's webhooks, Teams, e-mail
            sender = channels
            if siem:  # alerts and audit entries go to the SIEM too
                from integrations.siem import AlertTee, AuditTail

                sender = AlertTee(channels, siem)
                audit_tail = AuditTail(engine, siem, siem_dir(settings) / "audit.cursor").start()
            alerts = AlertDispatcher(engine, policy.get, sender=sender, extra=drift_check(settings)).start()
            if settings.digest:
                from integrations.notify import DigestScheduler

                digest = DigestScheduler(engine, policy.get, channels, settings.ca_dir / "digest-week",
                                         settings.digest_weekday, settings.digest_hour).start()
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
        for task in (keys_task, purge_task, announce):
            if task:
                task.cancel()
        watcher.stop()
        if digest:
            digest.stop()
        if alerts:
            alerts.stop()
        if recorder:
            recorder.close()  # every queued event is written before we exit
        if audit_tail:
            audit_tail.stop()
        if siem:
            siem.close()  # what is not delivered stays in the spool for the next start
        if directory:
            directory.stop()
        if pool:
            pool.close()
        engine.dispose()


def alert_channels(settings: Settings):
    """The alert sender: the policy's webhooks, plus AIWARDEN_ALERT_TEAMS_URLS and AIWARDEN_ALERT_SMTP_*."""
    from admin.alerts import WebhookSender
    from integrations.notify import Channels, MailSender

    teams = [u.strip() for u in (settings.alert_teams_urls.get_secret_value() if settings.alert_teams_urls
                                 else "").split(",") if u.strip()]
    mail = None
    if settings.alert_smtp_host:
        to = tuple(a.strip() for a in settings.alert_smtp_to.split(",") if a.strip())
        if not settings.alert_smtp_from or not to:
            raise ValueError("AIWARDEN_ALERT_SMTP_HOST needs AIWARDEN_ALERT_SMTP_FROM and _TO")
        pw = settings.alert_smtp_password
        mail = MailSender(settings.alert_smtp_host, settings.alert_smtp_port, settings.alert_smtp_from, to,
                          settings.alert_smtp_user, pw.get_secret_value() if pw else "",
                          settings.alert_smtp_starttls, settings.alert_smtp_ca_file)
    return Channels(WebhookSender(), teams, mail)


def drift_check(settings: Settings):
    """The drift condition for the alert dispatcher (AIWARDEN_DRIFT_*), or None when switched off."""
    if not settings.drift_factor:
        return None
    from datetime import timedelta

    from integrations.notify import drift_alerts

    window = timedelta(minutes=settings.drift_window_minutes)
    return lambda session, now: drift_alerts(session, now, settings.drift_factor, window,
                                             settings.drift_min_requests)


def siem_dir(settings: Settings):
    return (settings.siem_spool_dir or settings.ca_dir / "siem").expanduser()


def oidc_config(settings: Settings):
    """The single sign-on configuration (admin/auth_oidc.py), or None without AIWARDEN_OIDC_ISSUER."""
    if not settings.oidc_issuer:
        return None
    from admin.auth_oidc import OidcConfig, parse_role_map

    secret = settings.oidc_client_secret
    return OidcConfig(
        issuer=settings.oidc_issuer, client_id=settings.oidc_client_id,
        client_secret=secret.get_secret_value() if secret else "", base_url=settings.oidc_base_url,
        role_map=parse_role_map(settings.oidc_role_map), role_claim=settings.oidc_role_claim,
        scopes=settings.oidc_scopes, session_seconds=settings.oidc_session_seconds,
    )


def directory_groups(settings: Settings):
    """The started LDAP group cache of the AIWARDEN_LDAP_* settings, or None without AIWARDEN_LDAP_URL."""
    if not settings.ldap_url:
        return None
    from integrations.ldap_groups import DirectoryGroups, LdapConfig

    pw = settings.ldap_bind_password
    return DirectoryGroups(LdapConfig(
        url=settings.ldap_url, base=settings.ldap_base, bind_dn=settings.ldap_bind_dn,
        bind_password=pw.get_secret_value() if pw else "", user_filter=settings.ldap_user_filter,
        group_filter=settings.ldap_group_filter, group_attribute=settings.ldap_group_attribute,
        ttl=settings.ldap_ttl_seconds,
    )).start()


def siem_exporter(settings: Settings):
    """The started SIEM exporter of the AIWARDEN_SIEM_* settings, or None when no SIEM is configured."""
    from integrations.siem import SiemConfig

    secret = lambda v: v.get_secret_value() if v else ""  # noqa: E731
    config = SiemConfig(
        syslog=settings.siem_syslog, syslog_format=settings.siem_syslog_format,
        hec_url=settings.siem_hec_url, hec_token=secret(settings.siem_hec_token),
        otlp_url=settings.siem_otlp_url, otlp_headers=secret(settings.siem_otlp_headers),
        ca_file=settings.siem_ca_file, spool_dir=siem_dir(settings), spool_mb=settings.siem_spool_mb,
    )
    pz = pseudonymizer(settings)
    exporter = config.build(pz.pseudonym if pz else None)
    return exporter.start() if exporter else None


def start_warnings(policy: Policy, catalog: Catalog) -> list[str]:
    """What ``validate`` warns about, plus service ids the catalog does not know."""
    known = set(catalog.services)
    out = policy_warnings(policy)
    out += [f"services.{sid}: no such service in the catalog (`aiwarden catalog check`, docs/catalog.md)"
            for sid in policy.services if sid not in known]
    out += [f"rules.{i}.when.service: no such service in the catalog: {sid!r}"
            for i, rule in enumerate(policy.rules) for sid in rule.when.service or [] if sid not in known]
    return out


async def _announce_admin(server: uvicorn.Server, host: str, port: int) -> None:
    """Say where the admin API and the dashboard are, once they really listen."""
    while not server.started:
        await asyncio.sleep(0.05)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    base = f"http://{shown}:{port}" if ":" not in shown else f"http://[{shown}]:{port}"
    log.info("admin API listening on %s/api/v1 (docs: %s/docs)", base, base)
    log.info("dashboard: %s/ui/ (log in with a token from "
             "`aiwarden token create --role admin --name YOUR-NAME`)", base)


def _registered_keys(engine: Engine) -> frozenset[str]:
    with Session(engine) as session:
        return registered_fingerprints(session)


def pseudonymizer(settings: Settings):
    """The pseudonymizer for pseudonymous mode, or None; a missing or short secret fails at start."""
    if not settings.pseudonymize_users:
        return None
    from inventory.pseudonym import Pseudonymizer

    if settings.pseudonym_secret is None:
        raise OperatorError(
            "AIWARDEN_PSEUDONYMIZE_USERS needs AIWARDEN_PSEUDONYM_SECRET (e.g. `openssl rand -hex 32`)"
        )
    return Pseudonymizer(settings.pseudonym_secret.get_secret_value())


async def _purge_old_events(engine: Engine, days: int) -> None:
    """Apply the retention period now and then every hour."""
    from inventory.retention import purge_older_than

    def purge() -> int:
        with Session(engine) as session:
            return purge_older_than(session, days)

    while True:
        try:
            if removed := await asyncio.to_thread(purge):
                log.info("retention: removed %d events older than %d days", removed, days)
        except SQLAlchemyError as exc:
            log.warning("retention purge failed (%s); will retry", type(exc).__name__)
        await asyncio.sleep(3600)


async def _follow_key_registry(engine: Engine, master, settings: Settings) -> None:
    """Keep the proxy's corporate-key list equal to the setting plus the keys registered via the API."""
    configured = {k.strip().lower() for k in settings.corporate_keys.split(",") if k.strip()}
    last = None
    while True:
        try:
            registered = await asyncio.to_thread(_registered_keys, engine)
            value = ",".join(sorted(configured | registered))
            if value != last:
                master.options.update(aiwarden_corporate_keys=value)  # on the event loop: safe
                last = value
        except SQLAlchemyError as exc:  # database down: keep the list we have
            log.warning("cannot read registered keys (%s)", type(exc).__name__)
        await asyncio.sleep(settings.policy_poll_seconds)


async def _build_proxy(
    settings: Settings, engine: Engine, catalog: Catalog, policy: PolicyHolder, port: int, key_secret: str,
    siem=None, directory=None,
):
    from mitmproxy.exceptions import OptionsError
    from mitmproxy.options import Options
    from mitmproxy.tools.dump import DumpMaster

    from proxy.addon import AIWarden
    from proxy.budgets import SpendGuard
    from proxy.workers import ScrubPool
    from scrubber.models import ModelSettings

    pool = ScrubPool(ModelSettings.of(settings), settings.scrub_workers, timeout=settings.scrub_timeout)
    pz = pseudonymizer(settings)  # events and budget counters carry the same pseudonyms
    recorder = Recorder(engine, pseudonymizer=pz, tap=siem.usage if siem else None).start()
    settings.ca_dir.mkdir(parents=True, exist_ok=True)
    opts = Options(listen_host=settings.listen_host, listen_port=port, confdir=str(settings.ca_dir))
    # No termlog: mitmproxy's records go to the logging set up by the CLI (printed once, in one format).
    master = DumpMaster(opts, with_termlog=False, with_dumper=False)
    spend = SpendGuard(pseudonymizer=pz, engine=engine)  # budgets are shared through the inventory database
    policy_source = policy.get
    if directory:  # the proxy's policy also resolves groups from the directory, without waiting for it
        from integrations.ldap_groups import directory_policy

        policy_source = directory_policy(policy.get, directory)
    master.addons.add(AIWarden(catalog, policy_source, pool, recorder, spend))
    try:
        try:
            _configure(opts, settings, key_secret)
        except OptionsError as exc:  # e.g. an htpasswd file that cannot be read
            raise OperatorError(f"proxy option: {exc} (check AIWARDEN_PROXYAUTH and the others)") from None
        # Load the models before accepting traffic (fails here if one is missing); last, so that a bad proxy
        # option is reported at once rather than after the seconds the models take.
        await asyncio.to_thread(pool.warm_up)
    except BaseException:  # the caller never gets them to close: stop the recorder's thread and the workers
        recorder.close()
        pool.close()
        raise
    return master, recorder, pool


def _configure(opts, settings: Settings, key_secret: str) -> None:
    opts.update(
        connection_strategy="lazy",  # blocked requests never open a connection to the vendor
        proxyauth=settings.proxyauth or None,
        aiwarden_upstream_overrides=settings.upstream_overrides,
        aiwarden_max_body=settings.max_body_mb * 1024 * 1024,
        aiwarden_inspect_all=settings.inspect_all,
        aiwarden_redirect_credentials=settings.redirect_credentials,
        aiwarden_key_secret=key_secret,
        aiwarden_corporate_orgs=settings.corporate_orgs,
        aiwarden_tenant_headers=settings.tenant_headers,
        aiwarden_coach_ttl=settings.coach_ttl,
    )
