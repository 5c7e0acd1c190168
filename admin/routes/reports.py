"""Reports (rendered by inventory.reports)."""

from datetime import datetime
from enum import StrEnum

from fastapi import APIRouter, Response

from admin.deps import CurrentPolicyDep, SessionDep, ViewerDep
from inventory.reports import render_shadow_ai_report

router = APIRouter(prefix="/api/v1/reports", tags=["reports"])


class ReportFormat(StrEnum):
    json = "json"
    csv = "csv"
    html = "html"


@router.get(
    "/shadow-ai",
    response_class=Response,
    responses={
        200: {
            "description": "The shadow-AI inventory report",
            "content": {"application/json": {}, "text/csv": {}, "text/html": {}},
        },
    },
)
def shadow_ai(
    session: SessionDep,
    _: ViewerDep,
    policy: CurrentPolicyDep,
    format: ReportFormat = ReportFormat.json,
    since: datetime | None = None,
) -> Response:
    """Every AI service seen, with usage and the kinds of data sent, as JSON, CSV or HTML."""
    # the live policy decides what is sanctioned, not the copy last synced into the service table
    body, media_type = render_shadow_ai_report(session, format.value, since, sanctioned=policy.is_sanctioned)
    return Response(body, media_type=media_type)
