"""Spend and budgets: what AI use costs, by whom and on which models; where each budget stands."""

from dataclasses import asdict
from datetime import datetime
from enum import StrEnum

from fastapi import APIRouter, HTTPException, Response, status

from admin.deps import CurrentPolicyDep, SessionDep, ViewerDep
from inventory.models import utcnow
from inventory.spend import SpendBy, SpendPeriod, render_spend_report
from policy.budgets import budget_status

router = APIRouter(prefix="/api/v1/reports", tags=["reports"])


class SpendFormat(StrEnum):
    json = "json"
    csv = "csv"


@router.get(
    "/spend",
    response_class=Response,
    responses={200: {"description": "Spend per period and key, with totals",
                     "content": {"application/json": {}, "text/csv": {}}},
               400: {"description": "since is not before until"}},
)
def spend(
    session: SessionDep,
    _: ViewerDep,
    policy: CurrentPolicyDep,
    by: SpendBy = SpendBy.service,
    period: SpendPeriod = SpendPeriod.month,
    since: datetime | None = None,
    until: datetime | None = None,
    format: SpendFormat = SpendFormat.json,
) -> Response:
    """Spend (USD, tokens) per user, group, service or model per UTC day or month; sanctioned vs not."""
    if since and until and since >= until:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "since must be before until")
    body, media_type = render_spend_report(session, format.value, by.value, period.value, since, until,
                                           sanctioned=policy.is_sanctioned)
    return Response(body, media_type=media_type)


@router.get("/budgets")
def budgets(session: SessionDep, _: ViewerDep, policy: CurrentPolicyDep) -> list[dict]:
    """Every budget counter of the current period (fullest first): used, limit, fraction and standing."""
    now = utcnow()
    return [asdict(s) | {"resets_at": s.resets_at.isoformat()} for s in budget_status(session, policy, now)]
