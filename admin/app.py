"""The admin API and dashboard: inventory, policy, tokens, keys, audit and health for the security team."""

from fastapi import FastAPI

from admin.dashboard import routes as dashboard
from admin.deps import AdminDeps
from admin.routes import audit, catalog, health, inventory, keys, mcp, ops, policy, reports, spend, tokens
from policy.tables import create_tables


def create_app(deps: AdminDeps) -> FastAPI:
    """Build the app around what it is given (engine, policy source, …; built once by the caller)."""
    create_tables(deps.engine)
    app = FastAPI(
        title="aiwarden admin API",
        version="1",
        docs_url="/docs",
        redoc_url=None,
        description="Shadow-AI inventory, the AI usage policy and its history, tokens and keys. "
        "Authenticate with `Authorization: Bearer <token>` (`aiwarden token create`).",
    )
    app.state.deps = deps  # read only through admin.deps.get_deps (typed)
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
        catalog.router,
        mcp.router,
        mcp.ui_router,  # the dashboard page /ui/mcp
    ):
        app.include_router(r)
    dashboard.mount(app)
    if deps.oidc is not None:  # single sign-on for the dashboard and the API (admin/auth_oidc.py)
        from sqlmodel import Session

        from admin import auth_oidc
        from policy.keys import fingerprint_secret

        with Session(deps.engine) as session:  # the session-cookie key derives from this instance secret
            secret = deps.fingerprint_secret or fingerprint_secret(session)
        app.state.oidc = auth_oidc.OidcClient(deps.oidc, secret)
        app.include_router(auth_oidc.router)
    return app
