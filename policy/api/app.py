"""The admin API: inventory, policy and health for the security team."""

from collections.abc import Callable

from fastapi import FastAPI
from sqlalchemy.engine import Engine

from policy.api.routes import health, inventory, policy
from policy.model import Policy


def create_app(engine: Engine, policy_source: Callable[[], Policy],
               readiness: dict[str, Callable[[], bool]] | None = None) -> FastAPI:
    """Build the app around an existing engine and policy source (both injected, built once)."""
    app = FastAPI(title="aiwarden admin API", version="1", docs_url="/docs", redoc_url=None)
    app.state.engine = engine
    app.state.policy = policy_source
    app.state.readiness = readiness or {}
    for r in (health.router, inventory.router, policy.router):
        app.include_router(r)
    return app
