"""The admin API and dashboard: inventory, policy, tokens, keys, audit and health for the security team."""

from collections.abc import Callable

from fastapi import FastAPI
from sqlalchemy.engine import Engine

from admin.dashboard import routes as dashboard
from admin.routes import audit, health, inventory, keys, ops, policy, reports, spend, tokens
from policy.model import Policy
from policy.tables import create_tables


def create_app(
    engine: Engine,
    policy_source: Callable[[], Policy],
    readiness: dict[str, Callable[[], bool]] | None = None,
    *,
    pac_hosts: list[str] | Callable[[], list[str]] = (),
    pac_proxy: str | None = None,
    fingerprint_secret: str | None = None,
) -> FastAPI:
    """Build the app around an existing engine and policy source (both injected, built once).

    ``policy_source`` is the policy this process loaded (used until a version is published);
    ``pac_hosts`` the AI host patterns for ``/proxy.pac`` (from the catalog); ``pac_proxy`` the
    ``host:port`` browsers should use as proxy (default: this server's host name, port 8080);
    ``fingerprint_secret`` the proxy's API-key fingerprint secret (default: one generated in the database).
    """
    create_tables(engine)
    app = FastAPI(
        title="aiwarden admin API",
        version="1",
        docs_url="/docs",
        redoc_url=None,
        description="Shadow-AI inventory, the AI usage policy and its history, tokens and keys. "
        "Authenticate with `Authorization: Bearer <token>` (`aiwarden token create`).",
    )
    app.state.engine = engine
    app.state.policy = policy_source
    app.state.readiness = readiness or {}
    app.state.pac_hosts = pac_hosts
    app.state.pac_proxy = pac_proxy
    app.state.fingerprint_secret = fingerprint_secret
    for r in (
        health.router,
        ops.router,
        inventory.router,
        policy.router,
        tokens.router,
        keys.router,
        audit.router,
        reports.router,
        spend.router,
    ):
        app.include_router(r)
    dashboard.mount(app)
    return app
