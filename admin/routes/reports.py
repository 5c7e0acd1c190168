"""Reports (rendered by inventory.reports)."""

import importlib
from datetime import datetime
from enum import StrEnum

from fastapi import APIRouter, HTTPException, Response, status

from admin.deps import CurrentPolicyDep, SessionDep, ViewerDep

router = APIRouter(prefix="/api/v1/reports", tags=["reports"])


class ReportFormat(StrEnum):
    json = "json"
    csv = "csv"
    html = "html"


def report_renderer():
    """inventory.reports.render_shadow_ai_report, or None when this build has no reports module."""
    try:
        return importlib.import_module("inventory.reports").render_shadow_ai_report
    except (ImportError, AttributeError):
        return None


@router.get(
    "/shadow-ai",
    response_class=Response,
    responses={
        200: {
            "description": "The shadow-AI inventory report",
            "content": {"application/json": {}, "text/csv": {}, "text/html": {}},
        },
        501: {"description": "Reports are not available in this build"},
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
    render = report_renderer()
    if render is None:
        raise HTTPException(status.HTTP_501_NOT_IMPLEMENTED, "reports are not available in this build")
    # the live policy decides what is sanctioned, not the copy last synced into the service table
    body, media_type = render(session, format.value, since, sanctioned=policy.is_sanctioned)
    return Response(body, media_type=media_type)
