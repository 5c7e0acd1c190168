"""Policy: read, validate, simulate, publish, versions and rollback."""

from datetime import datetime

from fastapi import APIRouter, HTTPException, Query, Request, status
from pydantic import BaseModel, Field

from admin.deps import AdminDep, CurrentPolicyDep, ReviewerDep, SessionDep, ViewerDep
from policy.model import Action, Policy, PolicyError, parse_policy, policy_to_yaml, policy_warnings
from policy.simulate import SimRequest, impact, simulate_request
from policy.store import (
    VersionNotFound,
    diff_to_previous,
    get_version,
    latest_version,
    list_versions,
    publish,
    rollback,
)

router = APIRouter(prefix="/api/v1/policy", tags=["policy"])

MAX_DOCUMENT = 256 * 1024


class PolicyDocument(BaseModel):
    document: str = Field(max_length=MAX_DOCUMENT, description="The policy as YAML (or JSON) text")


class PolicyUpdate(PolicyDocument):
    comment: str = Field("", max_length=500, description="Why it changed (shown in the version list)")


class VersionOut(BaseModel):
    id: int
    time: datetime
    author: str
    comment: str


class VersionDetail(VersionOut):
    document: str
    diff: str = Field(description="Unified diff against the previous version")


class PublishOut(VersionOut):
    warnings: list[str]


class Validation(BaseModel):
    valid: bool
    errors: list[str]
    warnings: list[str]
    policy: Policy | None = None


class VersionPage(BaseModel):
    total: int
    offset: int
    limit: int
    items: list[VersionOut]


class CurrentDocument(BaseModel):
    version: str
    document: str


class DecisionOut(BaseModel):
    action: Action = Field(description="What the proxy decides before reading the request")
    outcome: Action = Field(description="What happens once the given data types are found in it")
    reason: str
    redirect_to: str | None
    coaching: str
    sanctioned: bool
    rule: int | None
    groups: list[str]
    entities: dict[str, str]
    fail_open: bool
    attachments: str = Field(description="Files in a scrubbed request: scrub, block or allow")
    images: str = Field(description="Images in a scrubbed request: allow or block")
    tool_refused: str = Field("", description="MCP: why the tool asked about is refused (or empty)")
    allow_tools: list[str] | None = Field(None, description="MCP: tool globs that may be called (null: any)")
    deny_tools: list[str] = Field(default_factory=list, description="MCP: tool globs that may not be called")


class ImpactOut(BaseModel):
    days: int
    events: int = Field(description="Recorded events replayed")
    current: dict[str, int] = Field(description="Outcome counts under the policy in force")
    draft: dict[str, int] = Field(description="Outcome counts under the draft")
    changed: int
    changes: list[dict[str, str | int]] = Field(description="{from, to, count}, most frequent first")


class SimulateIn(BaseModel):
    document: str | None = Field(None, max_length=MAX_DOCUMENT, description="Draft policy; default: in force")
    request: SimRequest | None = None
    days: int = Field(7, ge=1, le=90, description="Replay the recorded events of the last N days")


class SimulateOut(BaseModel):
    decision: DecisionOut | None
    impact: ImpactOut


def _parse(document: str) -> Policy:
    try:
        return parse_policy(document)
    except PolicyError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from None


@router.get("", response_model=Policy)
def get_policy(policy: CurrentPolicyDep, _: ViewerDep) -> Policy:
    """The policy in force (its ``version`` is the published version number)."""
    return policy


@router.get("/document", response_model=CurrentDocument)
def get_document(policy: CurrentPolicyDep, session: SessionDep, _: ViewerDep) -> CurrentDocument:
    """The policy in force as the YAML text that was published (comments included)."""
    row = latest_version(session)
    return CurrentDocument(version=policy.version, document=row.document if row else policy_to_yaml(policy))


@router.put("", response_model=PublishOut, responses={422: {"description": "Invalid policy"}})
def put_policy(body: PolicyUpdate, session: SessionDep, who: AdminDep) -> PublishOut:
    """Publish a new version; every proxy applies it within one poll interval (2 s by default)."""
    policy = _parse(body.document)
    row = publish(session, body.document, who.name, body.comment)
    return PublishOut(**row.model_dump(exclude={"document"}), warnings=policy_warnings(policy))


@router.post("/validate", response_model=Validation)
def validate(body: PolicyDocument, _: ReviewerDep) -> Validation:
    """Check a draft: errors name the field and line; warnings flag likely mistakes."""
    try:
        policy = parse_policy(body.document)
    except PolicyError as exc:
        return Validation(
            valid=False, errors=str(exc).removeprefix("invalid policy: ").split("; "), warnings=[]
        )
    return Validation(valid=True, errors=[], warnings=policy_warnings(policy), policy=policy)


@router.post("/simulate", response_model=SimulateOut, responses={422: {"description": "Invalid draft"}})
def simulate(body: SimulateIn, session: SessionDep, current: CurrentPolicyDep, _: ReviewerDep) -> SimulateOut:
    """What a draft (or the policy in force) would do to one request, and to the recorded events."""
    draft = _parse(body.document) if body.document is not None else current
    decision = simulate_request(session, body.request, draft) if body.request else None
    return SimulateOut(decision=decision, impact=impact(session, current, draft, body.days))


@router.get("/versions", response_model=VersionPage)
def versions(
    session: SessionDep, _: ViewerDep, offset: int = Query(0, ge=0), limit: int = Query(50, ge=1, le=500)
) -> VersionPage:
    """Published versions, newest first."""
    rows, total = list_versions(session, offset, limit)
    return VersionPage(
        total=total,
        offset=offset,
        limit=limit,
        items=[VersionOut(**r.model_dump(exclude={"document"})) for r in rows],
    )


@router.get(
    "/versions/{version_id}", response_model=VersionDetail, responses={404: {"description": "No such"}}
)
def version(version_id: int, session: SessionDep, _: ViewerDep) -> VersionDetail:
    """One version with its document and the diff to the version before it."""
    try:
        row = get_version(session, version_id)
    except VersionNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from None
    return VersionDetail(**row.model_dump(), diff=diff_to_previous(session, row))


class RollbackIn(BaseModel):
    comment: str = Field("", max_length=500)


@router.post("/rollback/{version_id}", response_model=PublishOut, responses={404: {"description": "No such"}})
def rollback_to(
    version_id: int, session: SessionDep, who: AdminDep, request: Request, body: RollbackIn | None = None
) -> PublishOut:
    """Publish a copy of an older version as the newest version."""
    try:
        row = rollback(session, version_id, who.name, body.comment if body else "")
    except VersionNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from None
    return PublishOut(**row.model_dump(exclude={"document"}), warnings=[])
