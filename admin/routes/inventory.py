from dataclasses import asdict
from datetime import datetime

from fastapi import APIRouter, HTTPException, Query, status
from pydantic import BaseModel, Field
from sqlmodel import select

from admin.deps import AdminDep, CurrentPolicyDep, Deps, SessionDep, ViewerDep
from inventory.models import Service, UsageEvent, UsageEventPublic
from inventory.queries import EventFilter, list_events, service_summaries, user_summaries
from policy.store import publish, with_sanction

router = APIRouter(prefix="/api/v1/inventory", tags=["inventory"])


class ServiceOut(BaseModel):
    id: str
    name: str
    vendor: str
    category: str
    unknown: bool
    sanctioned: bool
    requests: int
    users: int
    first_seen: datetime
    last_seen: datetime
    actions: dict[str, int]
    pii_counts: dict[str, int]


class UserOut(BaseModel):
    user: str
    requests: int
    services: int
    first_seen: datetime
    last_seen: datetime
    pii_counts: dict[str, int]


class EventPage(BaseModel):
    total: int
    offset: int
    limit: int
    items: list[UsageEventPublic]


@router.get("/services", response_model=list[ServiceOut])
def services(
    session: SessionDep,
    _: ViewerDep,
    policy: CurrentPolicyDep,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[ServiceOut]:
    """Every AI service seen, with its usage and the kinds of data sent to it."""
    rows = service_summaries(session, EventFilter(since=since, until=until))
    return [ServiceOut(**asdict(r), sanctioned=policy.is_sanctioned(r.id)) for r in rows]


@router.get("/users", response_model=list[UserOut])
def users(
    session: SessionDep, _: ViewerDep, since: datetime | None = None, until: datetime | None = None
) -> list[UserOut]:
    """Every user seen using AI services."""
    return [UserOut(**asdict(u)) for u in user_summaries(session, EventFilter(since=since, until=until))]


@router.get("/events", response_model=EventPage)
def events(
    session: SessionDep,
    _: ViewerDep,
    user: str | None = None,
    service: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    offset: int = Query(0, ge=0),
    limit: int = Query(100, ge=1, le=1000),
) -> EventPage:
    """Usage events, newest first."""
    items, total = list_events(session, EventFilter(user, service, action, since, until), offset, limit)
    return EventPage(
        total=total, offset=offset, limit=limit, items=[UsageEventPublic.model_validate(e) for e in items]
    )


class SanctionIn(BaseModel):
    sanctioned: bool
    comment: str = Field("", max_length=500)


class SanctionOut(BaseModel):
    service: str
    sanctioned: bool
    version: int = Field(description="The policy version published for this change")


@router.put(
    "/services/{service_id}/sanctioned",
    response_model=SanctionOut,
    responses={404: {"description": "Service never seen and not in the catalog"}},
)
def set_sanctioned(
    service_id: str, body: SanctionIn, session: SessionDep, who: AdminDep, policy: CurrentPolicyDep
) -> SanctionOut:
    """Mark a service sanctioned or not: publishes a new policy version."""
    known = (
        session.get(Service, service_id)
        or session.exec(select(UsageEvent.id).where(UsageEvent.service_id == service_id).limit(1)).first()
    )
    if not known:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"service {service_id!r} is not in the inventory")
    row = publish(
        session,
        with_sanction(policy, service_id, body.sanctioned),
        who.name,
        body.comment or f"{service_id} marked {'sanctioned' if body.sanctioned else 'not sanctioned'}",
        audit_action="service.sanction",
        detail={"service": service_id, "sanctioned": body.sanctioned},
    )
    return SanctionOut(service=service_id, sanctioned=body.sanctioned, version=row.id)


class RevealIn(BaseModel):
    pseudonym: str = Field(min_length=1, max_length=64)
    reason: str = Field(min_length=1, max_length=500, description="Why; written to the audit log")


class RevealOut(BaseModel):
    pseudonym: str
    user: str


@router.post(
    "/reveal",
    response_model=RevealOut,
    responses={404: {"description": "Unknown pseudonym"}, 409: {"description": "Not in pseudonymous mode"}},
)
def reveal_user(body: RevealIn, deps: Deps, session: SessionDep, who: AdminDep) -> RevealOut:
    """Pseudonymous mode: the user name behind a pseudonym. Admin only; every reveal is audited."""
    from inventory.pseudonym import RevealError, reveal

    pz = deps.pseudonymizer
    if pz is None:
        raise HTTPException(status.HTTP_409_CONFLICT, "pseudonymous mode is off: user names are stored as is")
    try:
        name = reveal(session, pz, body.pseudonym, actor=who.name, reason=body.reason)
    except RevealError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from None
    return RevealOut(pseudonym=body.pseudonym, user=name)
