"""Simulation: what a (draft) policy does to one request, and to recently recorded events."""

from collections import Counter
from datetime import timedelta

from pydantic import BaseModel, Field
from sqlmodel import Session, col, select

from inventory.models import Service, UsageEvent, utcnow
from policy.engine import Decision, RequestContext, decide, outcome, tool_refusal
from policy.model import Policy

MAX_REPLAY = 200_000  # events replayed at most (newest first), so a preview stays fast


class SimRequest(BaseModel):
    user: str = Field(max_length=200)
    service: str = Field(max_length=120, description="Service id, e.g. openai-api")
    groups: list[str] = Field(default_factory=list, description="Groups reported by the identity source")
    category: str | None = Field(None, max_length=20, description="Default: from the inventory, else api")
    known: bool | None = Field(
        None, description="False: a host the catalog does not list (default: inventory)"
    )
    data: list[str] = Field(default_factory=list, description="Data types found in the request, e.g. US_SSN")
    host: str = Field("", max_length=253, description="MCP: the server's host (mcp_servers may name it)")
    tool: str | None = Field(None, max_length=200, description="MCP: the tool called (tools/call)")


def _service_facts(session: Session) -> dict[str, Service]:
    return {s.id: s for s in session.exec(select(Service))}


def _ctx(
    user: str,
    service_id: str,
    svc: Service | None,
    groups: tuple[str, ...] = (),
    category: str | None = None,
    known: bool | None = None,
    host: str = "",
) -> RequestContext:
    return RequestContext(
        user=user,
        service_id=service_id,
        category=category or (svc.category if svc else "api"),
        known=known if known is not None else bool(svc and not svc.unknown),
        groups=groups,
        host=host,
    )


def simulate_request(session: Session, req: SimRequest, policy: Policy) -> dict:
    """The decision for one request (and its outcome given the data types found in it)."""
    svc = session.get(Service, req.service)
    d: Decision = decide(_ctx(req.user, req.service, svc, tuple(req.groups), req.category, req.known,
                              req.host), policy)
    refused = tool_refusal(d, req.tool) if req.tool is not None else ""
    return {
        "action": d.action,
        "outcome": "block" if refused else outcome(d, req.data),
        "tool_refused": refused,
        "allow_tools": list(d.allow_tools) if d.allow_tools is not None else None,
        "deny_tools": list(d.deny_tools),
        "reason": d.reason,
        "redirect_to": d.redirect_to,
        "coaching": d.coaching if d.action == "coach" else "",
        "sanctioned": d.sanctioned,
        "rule": d.rule,
        "groups": list(d.groups),
        "entities": d.entities,
        "fail_open": d.fail_open,
        "attachments": d.attachments,
        "images": d.images,
    }


def impact(session: Session, current: Policy, draft: Policy, days: int = 7) -> dict:
    """Replay the last ``days`` of events under both policies and count the outcomes."""
    services = _service_facts(session)
    stmt = (
        select(UsageEvent.user, UsageEvent.service_id, UsageEvent.pii_counts, UsageEvent.unknown_ai,
               UsageEvent.host, UsageEvent.mcp_tool)
        .where(col(UsageEvent.time) >= utcnow() - timedelta(days=days))
        .order_by(col(UsageEvent.time).desc())
        .limit(MAX_REPLAY)
    )
    cache: dict[tuple, tuple[Decision, Decision]] = {}
    now_counts: Counter[str] = Counter()
    draft_counts: Counter[str] = Counter()
    changes: Counter[tuple[str, str]] = Counter()
    n = 0
    for user, sid, pii, unknown_ai, host, tool in session.exec(stmt):
        n += 1
        svc = services.get(sid)
        mcp = bool(svc and svc.category == "mcp")
        key = (user, sid, unknown_ai, host if mcp else "")
        if key not in cache:  # decisions depend on who and where, not on the event, so decide once each
            ctx = _ctx(user, sid, svc, known=False if unknown_ai else None, host=host if mcp else "")
            cache[key] = (decide(ctx, current), decide(ctx, draft))
        before, after = cache[key]
        types = [t for t, c in (pii or {}).items() if c]
        a = "block" if tool and tool_refusal(before, tool) else outcome(before, types)
        b = "block" if tool and tool_refusal(after, tool) else outcome(after, types)
        now_counts[a] += 1
        draft_counts[b] += 1
        if a != b:
            changes[(a, b)] += 1
    return {
        "days": days,
        "events": n,
        "current": dict(now_counts),
        "draft": dict(draft_counts),
        "changed": sum(changes.values()),
        "changes": [{"from": a, "to": b, "count": c} for (a, b), c in changes.most_common()],
    }
