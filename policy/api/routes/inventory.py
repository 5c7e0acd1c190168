from dataclasses import asdict
from datetime import datetime

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel

from inventory.models import UsageEventPublic
from inventory.queries import EventFilter, list_events, service_summaries, user_summaries
from policy.api.deps import SessionDep, ViewerDep

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
def services(request: Request, session: SessionDep, _: ViewerDep,
             since: datetime | None = None, until: datetime | None = None) -> list[ServiceOut]:
    """Every AI service seen, with its usage and the kinds of data sent to it."""
    policy = request.app.state.policy()
    rows = service_summaries(session, EventFilter(since=since, until=until))
    return [ServiceOut(**asdict(r), sanctioned=policy.is_sanctioned(r.id)) for r in rows]


@router.get("/users", response_model=list[UserOut])
def users(session: SessionDep, _: ViewerDep,
          since: datetime | None = None, until: datetime | None = None) -> list[UserOut]:
    """Every user seen using AI services."""
    return [UserOut(**asdict(u)) for u in user_summaries(session, EventFilter(since=since, until=until))]


@router.get("/events", response_model=EventPage)
def events(session: SessionDep, _: ViewerDep, user: str | None = None, service: str | None = None,
           action: str | None = None, since: datetime | None = None, until: datetime | None = None,
           offset: int = Query(0, ge=0), limit: int = Query(100, ge=1, le=1000)) -> EventPage:
    """Usage events, newest first."""
    items, total = list_events(session, EventFilter(user, service, action, since, until), offset, limit)
    return EventPage(total=total, offset=offset, limit=limit,
                     items=[UsageEventPublic.model_validate(e) for e in items])
