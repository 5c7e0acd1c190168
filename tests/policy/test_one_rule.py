"""The simulator's outcome and the proxy's scrub result apply one rule for blocked data types."""

import pytest

from policy import model
from policy.engine import RequestContext, decide, outcome
from policy.model import parse_policy
from scrubber import types
from scrubber.types import Entity, ScrubOptions, ScrubResult

POLICY = parse_policy("""
services:
  openai-api: {sanctioned: true, action: scrub, entities: {PERSON: allow}}
entities: {DEFAULT: block, EMAIL_ADDRESS: pseudonymize, US_SSN: block}
""")


def test_entity_action_is_defined_once():
    assert model.EntityAction is types.EntityAction


@pytest.mark.parametrize("detected", [(), ("PERSON",), ("EMAIL_ADDRESS",), ("PERSON", "EMAIL_ADDRESS"),
                                      ("US_SSN",), ("IBAN_CODE",), ("PERSON", "IBAN_CODE")])
def test_simulator_and_proxy_agree(detected):
    decision = decide(RequestContext(user="ann", service_id="openai-api"), POLICY)
    options = ScrubOptions(entity_actions=decision.entities)  # what the proxy hands the scrubber
    result = ScrubResult(texts=[""], mapping={}, entities=[
        [Entity(t, 0, 1, 0.9, "", options.action_for(t)) for t in detected]])
    proxy_blocks = bool(result.blocked_types)
    assert (outcome(decision, detected) == "block") == proxy_blocks
    # DEFAULT: block covers types the policy does not name (IBAN_CODE); PERSON is allowed for this service
    assert proxy_blocks == any(t in ("US_SSN", "IBAN_CODE") for t in detected)
