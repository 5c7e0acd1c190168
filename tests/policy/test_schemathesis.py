"""Property-based API test from the OpenAPI schema: no input makes the server fail (bounded examples)."""

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance
from sqlmodel import Session

from admin.app import create_app
from admin.deps import AdminDeps
from inventory.models import ApiToken
from inventory.tokens import create_token
from policy.model import load_policy
from tests.policy.conftest import PAC_HOSTS, add_events, memory_engine

# Built at collection (pytest.from_fixture does not work with this pytest): an in-memory database, cheap.
ENGINE = memory_engine()
add_events(ENGINE, [{"service_id": "openai-api", "pii_counts": {"PERSON": 1}}, {"service_id": "x-ai"}])
with Session(ENGINE) as _s:
    TOKEN = create_token(_s, "fuzz-admin", "admin")
_BASE = load_policy(None)
schema = schemathesis.openapi.from_asgi(
    "/openapi.json", create_app(AdminDeps(ENGINE, lambda: _BASE, pac_hosts=PAC_HOSTS))
)


@schema.parametrize()
@settings(
    max_examples=4,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_no_server_errors(case):
    with Session(ENGINE) as s:  # fuzzed DELETEs may revoke our own token: bring it back
        for t in s.query(ApiToken).filter(ApiToken.name == "fuzz-admin"):
            t.revoked_at = None
            s.add(t)
        s.commit()
    case.call_and_validate(
        headers={"Authorization": f"Bearer {TOKEN}"}, checks=[not_a_server_error, response_schema_conformance]
    )
