"""The dashboard: server-rendered pages for the security team (Jinja2, no build step, no CDN).

Log-in stores the API token in an HttpOnly, SameSite=Strict cookie. Every form POST carries a CSRF
token derived from the session token (an attacker's page can neither read the cookie nor compute it),
and a cross-site Origin header is refused as well.
"""

import hashlib
import hmac
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlmodel import Session

from admin.dashboard.charts import bar_chart, column_chart, money
from admin.deps import AdminDeps, CurrentPolicyDep, Deps, SessionDep
from inventory.audit import list_audit
from inventory.models import ApiToken, Service, utcnow
from inventory.queries import (
    EventFilter,
    daily_series,
    list_events,
    new_services,
    service_summaries,
    user_summaries,
)
from inventory.tokens import has_role, lookup_token
from policy.model import PolicyError, parse_policy, policy_to_yaml, policy_warnings
from policy.simulate import impact
from policy.store import (
    VersionNotFound,
    current_policy,
    diff_to_previous,
    get_version,
    latest_version,
    list_versions,
    publish,
    rollback,
    with_sanction,
)

HERE = Path(__file__).parent
COOKIE = "aiwarden_session"
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.filters["money"] = money
router = APIRouter(include_in_schema=False)


class LoginRequired(Exception):
    """No valid session: the handler below sends the browser to the log-in page."""


def csrf_for(token: str) -> str:
    """The CSRF form token for a session token."""
    return hmac.new(b"aiwarden-dashboard-csrf", token.encode(), hashlib.sha256).hexdigest()


def _user(request: Request, session: SessionDep) -> ApiToken:
    token = request.cookies.get(COOKIE)
    row = lookup_token(session, token) if token else None
    if row is None and (sso := getattr(request.app.state, "oidc", None)) is not None:
        token, row = sso.session_user(request) or (None, None)  # single sign-on (admin/auth_oidc.py)
    if row is None or token is None:
        raise LoginRequired
    request.state.csrf = csrf_for(token)
    return row


UserDep = Annotated[ApiToken, Depends(_user)]


def _same_origin(request: Request) -> bool:
    origin = request.headers.get("origin")
    if origin is None:  # older browsers and scripts send none; the CSRF token still protects the form
        return True
    return origin.rstrip("/") == f"{request.url.scheme}://{request.headers.get('host', '')}"


async def _checked(request: Request, user: UserDep) -> ApiToken:
    form = await request.form()
    if not _same_origin(request) or not hmac.compare_digest(str(form.get("csrf", "")), request.state.csrf):
        raise _Forbidden("This form has expired or came from another site. Reload the page and try again.")
    return user


CheckedDep = Annotated[ApiToken, Depends(_checked)]


class _Forbidden(Exception):
    def __init__(self, message: str) -> None:
        self.message = message


def _need(user: ApiToken, role: str) -> None:
    if not has_role(user, role):
        raise _Forbidden(f"This needs the {role} role; you are logged in as {user.role}.")


def _page(request: Request, name: str, user: ApiToken | None, status_code: int = 200, **ctx) -> HTMLResponse:
    ctx |= {
        "user": user,
        "csrf": getattr(request.state, "csrf", ""),
        "can_admin": bool(user and has_role(user, "admin")),
        "can_review": bool(user and has_role(user, "reviewer")),
    }
    resp = templates.TemplateResponse(request, name, ctx, status_code=status_code)
    resp.headers["Cache-Control"] = "no-store"
    resp.headers["Content-Security-Policy"] = (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; "
        "frame-ancestors 'none'; form-action 'self'"
    )
    resp.headers["X-Frame-Options"] = "DENY"
    return resp


# -- log in / out ---------------------------------------------------------------------------------------
@router.get("/")
def root() -> RedirectResponse:
    return RedirectResponse("/ui/", 303)


@router.get("/ui/login")
def login_form(request: Request, next: str = "/ui/") -> HTMLResponse:
    return _page(request, "login.html", None, next=next if next.startswith("/ui/") else "/ui/")


@router.post("/ui/login")
def login(
    request: Request,
    session: SessionDep,
    token: Annotated[str, Form(max_length=500)],
    next: Annotated[str, Form(max_length=500)] = "/ui/",
) -> Response:
    if not _same_origin(request):
        return _page(request, "login.html", None, 403, error="Cross-site log-in refused.", next="/ui/")
    if lookup_token(session, token.strip()) is None:
        return _page(
            request, "login.html", None, 401, error="That token is not valid (or was revoked, or has expired).", next=next
        )
    resp = RedirectResponse(next if next.startswith("/ui/") else "/ui/", 303)
    resp.set_cookie(
        COOKIE,
        token.strip(),
        httponly=True,
        samesite="strict",
        path="/",
        secure=request.url.scheme == "https",
        max_age=12 * 3600,
    )
    return resp


@router.post("/ui/logout")
def logout(request: Request, _: CheckedDep) -> Response:
    from admin.auth_oidc import SSO_COOKIE, logout_url

    resp = RedirectResponse(logout_url(request) or "/ui/login", 303)  # SSO: the provider's log-out too
    resp.delete_cookie(COOKIE, path="/")
    resp.delete_cookie(SSO_COOKIE, path="/")
    return resp


# -- inventory ------------------------------------------------------------------------------------------
def _daily(session: Session, days: int = 14) -> list[tuple[str, int]]:
    """One slot per day of the last ``days`` days, today last, 0 for days without traffic."""
    today = utcnow().date()
    start = datetime.combine(today - timedelta(days=days - 1), time(), UTC)
    counts = {p.day: p.requests for p in daily_series(session, EventFilter(since=start))}
    slots = [today - timedelta(days=days - 1 - i) for i in range(days)]
    return [(d.isoformat(), counts.get(d, 0)) for d in slots]


@router.get("/ui/")
def overview(request: Request, session: SessionDep, user: UserDep, policy: CurrentPolicyDep) -> HTMLResponse:
    services = service_summaries(session)
    users = user_summaries(session)
    unsanctioned = [s for s in services if s.requests and not policy.is_sanctioned(s.id)]
    actions: Counter[str] = Counter()
    for s in services:
        actions.update(s.actions)
    return _page(
        request,
        "overview.html",
        user,
        services=services,
        users=users[:20],
        policy=policy,
        total=sum(s.requests for s in services),
        actions=actions,
        service_chart=bar_chart([(s.name, s.requests) for s in services[:10]], "Requests by AI service"),
        action_chart=bar_chart(sorted(actions.items()), "Requests by action taken"),
        daily_chart=column_chart(_daily(session), "Requests per day, last 14 days"),
        new=new_services(session, utcnow()),
        unsanctioned=sorted(unsanctioned, key=lambda s: -s.requests),
    )


@router.get("/ui/services/{service_id}")
def service_page(
    request: Request, service_id: str, session: SessionDep, user: UserDep, policy: CurrentPolicyDep
) -> HTMLResponse:
    summary = next((s for s in service_summaries(session, EventFilter(service=service_id))), None)
    if summary is None and session.get(Service, service_id) is None and service_id not in policy.services:
        return _page(request, "error.html", user, 404, message=f"No AI service {service_id!r} is known.")
    events, total = list_events(session, EventFilter(service=service_id), 0, 50)
    people = user_summaries(session, EventFilter(service=service_id))
    return _page(
        request,
        "service.html",
        user,
        service_id=service_id,
        s=summary,
        events=events,
        total=total,
        users=people[:20],
        sanctioned=policy.is_sanctioned(service_id),
        policy=policy,
        user_chart=bar_chart([(u.user, u.requests) for u in people[:10]], "Requests by user"),
    )


@router.post("/ui/services/{service_id}/sanction")
async def sanction(
    request: Request, service_id: str, session: SessionDep, user: CheckedDep, policy: CurrentPolicyDep
) -> Response:
    _need(user, "admin")
    form = await request.form()
    on = form.get("sanctioned") == "true"
    publish(
        session,
        with_sanction(policy, service_id, on),
        user.name,
        f"{service_id} marked {'sanctioned' if on else 'not sanctioned'} (dashboard)",
        audit_action="service.sanction",
        detail={"service": service_id, "sanctioned": on},
    )
    return RedirectResponse(f"/ui/services/{quote(service_id, safe='')}", 303)


@router.get("/ui/users/{name}")
def user_page(request: Request, name: str, session: SessionDep, user: UserDep) -> HTMLResponse:
    summary = next(iter(user_summaries(session, EventFilter(user=name))), None)
    events, total = list_events(session, EventFilter(user=name), 0, 50)
    by_service = Counter(e.service_id for e in events)
    return _page(
        request,
        "user.html",
        user,
        person=name,
        u=summary,
        events=events,
        total=total,
        service_chart=bar_chart(by_service.most_common(10), "Recent requests by service"),
    )


ACTIONS = ("allow", "scrub", "coach", "redirect", "block")
EVENTS_PAGE = 100
CSV_LIMIT = 100_000  # rows in one export; narrow the filters for more
_CSV_FIELDS = ("time", "user", "group", "service_id", "host", "action", "reason", "personal_data", "model",
               "tokens_in", "tokens_out", "cost_usd", "status")


def _event_filter(q) -> tuple[EventFilter, dict[str, str], str]:
    """The events filter of a query string: from/to (dates, to inclusive), user, service, action.
    Returns the filter, the cleaned values (for the form and links) and an error text ("" when none)."""
    values = {k: str(q.get(k, "")).strip()[:200] for k in ("from", "to", "user", "service", "action")}
    days, error = {}, ""
    for k in ("from", "to"):
        try:
            days[k] = date.fromisoformat(values[k]) if values[k] else None
        except ValueError:
            error, values[k], days[k] = f"{values[k]!r} is not a date like 2026-11-01", "", None
    if values["action"] not in ACTIONS:
        values["action"] = ""
    flt = EventFilter(
        user=values["user"] or None, service=values["service"] or None, action=values["action"] or None,
        since=datetime.combine(days["from"], time(), UTC) if days["from"] else None,
        until=datetime.combine(days["to"] + timedelta(days=1), time(), UTC) if days["to"] else None,
    )
    return flt, values, error


@router.get("/ui/events")
def events_page(request: Request, session: SessionDep, user: UserDep, offset: int = 0) -> HTMLResponse:
    flt, values, error = _event_filter(request.query_params)
    offset = max(0, offset)
    events, total = list_events(session, flt, offset, EVENTS_PAGE)
    query = urlencode({k: v for k, v in values.items() if v})
    return _page(request, "events.html", user, 422 if error else 200, events=events, total=total,
                 offset=offset, page=EVENTS_PAGE, f=values, actions=ACTIONS, query=query, error=error,
                 quick={n: (utcnow().date() - timedelta(days=n - 1)).isoformat() for n in (1, 7, 30)})


@router.get("/ui/events.csv")
def events_csv(request: Request, session: SessionDep, user: UserDep) -> Response:
    """The events of the page's filters as CSV (formula-safe; metadata only, as stored)."""
    from inventory.csvfile import csv_text

    flt, _, error = _event_filter(request.query_params)
    if error:
        return Response(error, 422, media_type="text/plain")
    events, _ = list_events(session, flt, 0, CSV_LIMIT)
    rows = ([e.time.isoformat(), e.user, e.group, e.service_id, e.host, e.action, e.reason,
             " ".join(f"{k}={v}" for k, v in e.pii_counts.items()), e.model, e.tokens_in, e.tokens_out,
             e.cost_usd, e.status] for e in events)
    name = f"aiwarden-events-{utcnow():%Y%m%d-%H%M}.csv"
    headers = {"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"}
    return Response(csv_text(_CSV_FIELDS, rows), media_type="text/csv; charset=utf-8", headers=headers)


# -- policy ---------------------------------------------------------------------------------------------
def _current_document(deps: AdminDeps, session: Session) -> tuple[str, str]:
    row = latest_version(session)
    if row:
        return row.document, str(row.id)
    policy = deps.policy()
    return policy_to_yaml(policy), policy.version


@router.get("/ui/policy")
def policy_page(request: Request, deps: Deps, session: SessionDep, user: UserDep) -> HTMLResponse:
    document, version = _current_document(deps, session)
    return _page(request, "policy.html", user, document=document, version=version, comment="")


@router.post("/ui/policy")
async def policy_action(request: Request, deps: Deps, session: SessionDep, user: CheckedDep) -> Response:
    form = await request.form()
    # Browsers send a textarea with CRLF line ends; the stored document keeps the file's LF (diffs, audit).
    document = str(form.get("document", "")).replace("\r\n", "\n")
    op, comment = form.get("op"), str(form.get("comment", ""))[:500]
    _, version = _current_document(deps, session)
    ctx = {"document": document, "version": version, "comment": comment}
    try:
        draft = parse_policy(document)
    except PolicyError as exc:
        return _page(
            request,
            "policy.html",
            user,
            422,
            errors=str(exc).removeprefix("invalid policy: ").split("; "),
            **ctx,
        )
    if op == "publish":
        _need(user, "admin")
        row = publish(session, document, user.name, comment)
        return RedirectResponse(f"/ui/policy/versions?published={row.id}", 303)
    _need(user, "reviewer")
    result = None
    if op == "preview":
        result = impact(session, current_policy(session, deps.policy()), draft, 7)
    return _page(
        request, "policy.html", user, valid=True, warnings=policy_warnings(draft), impact=result, **ctx
    )


@router.get("/ui/policy/versions")
def versions_page(
    request: Request, session: SessionDep, user: UserDep, published: int | None = None
) -> HTMLResponse:
    rows, total = list_versions(session, 0, 200)
    return _page(request, "versions.html", user, versions=rows, total=total, published=published)


@router.get("/ui/policy/versions/{version_id}")
def version_page(request: Request, version_id: int, session: SessionDep, user: UserDep) -> HTMLResponse:
    try:
        row = get_version(session, version_id)
    except VersionNotFound as exc:
        return _page(request, "error.html", user, 404, message=str(exc))
    return _page(request, "version.html", user, v=row, diff=diff_to_previous(session, row))


@router.post("/ui/policy/rollback/{version_id}")
def rollback_action(request: Request, version_id: int, session: SessionDep, user: CheckedDep) -> Response:
    _need(user, "admin")
    try:
        row = rollback(session, version_id, user.name)
    except VersionNotFound as exc:
        return _page(request, "error.html", user, 404, message=str(exc))
    return RedirectResponse(f"/ui/policy/versions?published={row.id}", 303)


@router.get("/ui/spend")
def spend_page(request: Request, session: SessionDep, user: UserDep, policy: CurrentPolicyDep,
               by: str = "service", period: str = "month") -> HTMLResponse:
    from inventory.spend import BY, PERIODS, spend_report

    by = by if by in BY else "service"
    period = period if period in PERIODS else "month"
    report = spend_report(session, by, period, sanctioned=policy.is_sanctioned)
    chart = bar_chart([(r.key or "(unknown)", r.cost_usd) for r in report.rows[:10]],
                      f"Spend by {by} ({report.currency})", fmt=money, unit=f" {report.currency}")
    return _page(request, "spend.html", user, report=report, chart=chart, by=by, period=period,
                 by_choices=BY, period_choices=PERIODS)


# -- tokens ---------------------------------------------------------------------------------------------
def _tokens_page(request: Request, session: Session, user: ApiToken, status_code: int = 200, **ctx):
    from inventory.tokens import ROLES, list_tokens, state_of

    rows = [(t, state_of(t)) for t in list_tokens(session)]
    return _page(request, "tokens.html", user, status_code, tokens=rows, roles=ROLES, **ctx)


@router.get("/ui/tokens")
def tokens_page(request: Request, session: SessionDep, user: UserDep) -> HTMLResponse:
    _need(user, "admin")
    return _tokens_page(request, session, user)


@router.post("/ui/tokens")
async def token_new(request: Request, session: SessionDep, user: CheckedDep) -> HTMLResponse:
    from inventory.tokens import ROLES, create_token

    _need(user, "admin")
    form = await request.form()
    name, role = str(form.get("name", "")).strip()[:200], str(form.get("role", ""))
    days = str(form.get("expires_in_days", "")).strip()
    if not name or any(c < " " for c in name) or role not in ROLES or (days and not days.isdigit()):
        return _tokens_page(request, session, user, 422)
    token = create_token(session, name, role, int(days) if days and int(days) > 0 else None,  # type: ignore[arg-type]
                         actor=user.name)
    return _tokens_page(request, session, user, created=token, created_name=name, created_role=role)


@router.post("/ui/tokens/{token_id}/revoke")
def token_revoke(token_id: int, session: SessionDep, user: CheckedDep) -> Response:
    from inventory.tokens import revoke_token

    _need(user, "admin")
    if revoke_token(session, token_id, user.name) is None:
        raise _Forbidden(f"There is no token {token_id}.")
    return RedirectResponse("/ui/tokens", 303)


@router.get("/ui/audit")
def audit_page(request: Request, session: SessionDep, user: UserDep, offset: int = 0) -> HTMLResponse:
    _need(user, "reviewer")
    rows, total = list_audit(session, max(0, offset), 100)
    return _page(request, "audit.html", user, entries=rows, total=total, offset=max(0, offset))


def mount(app: FastAPI) -> None:
    """Add the dashboard pages, their static files and error pages to ``app``."""
    app.include_router(router)
    app.mount("/ui/static", StaticFiles(directory=HERE / "static"), name="ui-static")

    @app.exception_handler(LoginRequired)
    async def _login(request: Request, _: LoginRequired) -> Response:
        target = request.url.path if request.method == "GET" else "/ui/"
        return RedirectResponse(f"/ui/login?next={quote(target)}", 303)

    @app.exception_handler(_Forbidden)
    async def _forbidden(request: Request, exc: _Forbidden) -> Response:
        return _page(request, "error.html", None, 403, message=exc.message)
