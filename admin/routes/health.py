from fastapi import APIRouter, Response
from sqlalchemy import text

from admin.deps import Deps

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz() -> dict[str, str]:
    """The process is up."""
    return {"status": "ok"}


@router.get("/readyz")
def readyz(deps: Deps, response: Response) -> dict[str, object]:
    """Ready to serve: database reachable and (when running with the proxy) scrubber workers loaded."""
    checks: dict[str, bool] = {}
    try:
        with deps.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        checks["database"] = True
    except Exception:  # any driver error means not ready
        checks["database"] = False
    checks.update({name: bool(fn()) for name, fn in deps.readiness.items()})
    ok = all(checks.values())
    response.status_code = 200 if ok else 503
    return {"status": "ready" if ok else "not ready", "checks": checks}
