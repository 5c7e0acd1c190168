from fastapi import APIRouter, Request

from policy.api.deps import ViewerDep
from policy.model import Policy

router = APIRouter(prefix="/api/v1/policy", tags=["policy"])


@router.get("", response_model=Policy)
def get_policy(request: Request, _: ViewerDep) -> Policy:
    """The policy in force."""
    return request.app.state.policy()
