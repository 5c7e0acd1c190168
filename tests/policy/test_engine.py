"""decide(): precedence table and properties."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policy.engine import RequestContext, decide, outcome
from policy.model import parse_policy

POLICY = parse_policy("""
name: P
version: "7"
defaults: {unknown_ai_service: coach, sanctioned_action: scrub, unsanctioned_action: allow,
           coaching: default coaching}
groups: {legal: [carol], eng: [alice, bob]}
services:
  openai-api: {sanctioned: true}
  copilot: {sanctioned: true, action: scrub, on_error: fail_open, coaching: copilot text,
            entities: {PERSON: allow}}
  chatgpt-web: {action: redirect, redirect_to: "https://ai.example", reason: use ours}
  deepseek-api: {action: block, reason: Data leaves the EU}
  reviewed-unknown: {sanctioned: true}
rules:
  - {name: legal blocked, when: {group: legal}, action: block, reason: legal may not}
  - {when: {user: bob, service: deepseek-api}, action: allow}
  - {when: {category: chat, group: eng}, action: coach, coaching: rule coaching}
  - {when: {data: [US_SSN, SECRET]}, action: block}
  - {when: {group: eng, data: PERSON}, action: allow}
  - {when: {data: PERSON}, action: block}
entities: {DEFAULT: pseudonymize, EMAIL_ADDRESS: mask}
allow_terms: [Acme]
deny_terms: [Falcon]
""")


@pytest.mark.parametrize(
    "ctx, action, reason_part, rule",
    [
        (RequestContext("carol", "openai-api"), "block", "legal may not", 1),  # rule beats sanctioned service
        (
            RequestContext("carol", "mystery.ai", known=False),
            "block",
            "legal may not",
            1,
        ),  # rule beats unknown
        (RequestContext("bob", "deepseek-api"), "allow", "P, rule 2", 2),  # rule beats service block
        (RequestContext("alice", "deepseek-api"), "block", "Data leaves the EU", None),  # service setting
        (RequestContext("zoe", "chatgpt-web"), "redirect", "use ours", None),
        (RequestContext("alice", "claude-web", category="chat"), "coach", "P, rule 3", 3),
        (RequestContext("zoe", "claude-web", category="chat"), "allow", "not sanctioned", None),
        (RequestContext("zoe", "openai-api"), "scrub", "sanctioned AI service", None),  # default sanctioned
        (
            RequestContext("zoe", "gemini-api"),
            "allow",
            "AI service not sanctioned",
            None,
        ),  # default unsanctioned
        (RequestContext("zoe", "mystery.ai", known=False), "coach", "not yet reviewed", None),
        (RequestContext("zoe", "reviewed-unknown", known=False), "scrub", "sanctioned", None),  # marked
        (
            RequestContext("zoe", "openai-api", groups=("legal",)),
            "block",
            "legal may not",
            1,
        ),  # groups from IdP
    ],
)
def test_precedence(ctx, action, reason_part, rule):
    d = decide(ctx, POLICY)
    assert (d.action, d.rule) == (action, rule)
    assert reason_part in d.reason
    assert d.policy_version == "7" and d.allow_terms == ("Acme",) and d.deny_terms == ("Falcon",)


def test_redirect_target_and_sanctioned_flag():
    d = decide(RequestContext("zoe", "chatgpt-web"), POLICY)
    assert d.redirect_to == "https://ai.example" and not d.sanctioned
    assert decide(RequestContext("zoe", "openai-api"), POLICY).sanctioned


def test_coaching_text_precedence():
    assert decide(RequestContext("alice", "x", category="chat"), POLICY).coaching == "rule coaching"
    assert decide(RequestContext("zoe", "copilot"), POLICY).coaching == "copilot text"
    assert decide(RequestContext("zoe", "mystery", known=False), POLICY).coaching == "default coaching"


def test_fail_mode_per_service():
    assert decide(RequestContext("zoe", "copilot"), POLICY).fail_open is True
    assert decide(RequestContext("zoe", "openai-api"), POLICY).fail_open is False


@pytest.mark.parametrize(
    "user, service, expected",
    [
        # data rules: first per type wins, then service entities, then policy entities
        (
            "zoe",
            "openai-api",
            {"US_SSN": "block", "SECRET": "block", "PERSON": "block", "EMAIL_ADDRESS": "mask"},
        ),
        ("alice", "openai-api", {"US_SSN": "block", "PERSON": "allow", "DEFAULT": "pseudonymize"}),
        ("zoe", "copilot", {"PERSON": "block", "US_SSN": "block"}),  # rule is stronger than service entities
    ],
)
def test_entity_handling(user, service, expected):
    ents = decide(RequestContext(user, service), POLICY).entities
    assert {k: ents[k] for k in expected} == expected


def test_service_entities_apply_when_no_data_rule_names_the_type():
    p = parse_policy("services: {copilot: {entities: {PERSON: allow}}}\nentities: {PERSON: mask}")
    assert decide(RequestContext("zoe", "copilot"), p).entities["PERSON"] == "allow"
    assert decide(RequestContext("zoe", "other"), p).entities["PERSON"] == "mask"


@pytest.mark.parametrize(
    "user, data, expected",
    [
        ("zoe", [], "scrub"),
        ("zoe", ["EMAIL_ADDRESS"], "scrub"),
        ("zoe", ["US_SSN"], "block"),
        ("zoe", ["PERSON"], "block"),
        ("alice", ["PERSON"], "scrub"),  # eng may send names (rule 5 before rule 6)
        ("carol", [], "block"),
    ],
)
def test_outcome_with_detected_data(user, data, expected):
    assert outcome(decide(RequestContext(user, "openai-api"), POLICY), data) == expected


def test_outcome_leaves_non_scrub_actions_alone():
    d = decide(RequestContext("zoe", "mystery", known=False), POLICY)
    assert outcome(d, ["US_SSN"]) == "coach"  # not scanned, so data rules cannot apply


def test_default_block_for_all_types():
    p = parse_policy("entities: {DEFAULT: block, PERSON: pseudonymize}")
    d = decide(RequestContext("a", "openai-api"), p)
    assert outcome(d, ["PERSON"]) == "scrub" and outcome(d, ["IBAN"]) == "block"


# -- properties -----------------------------------------------------------------------------------------
ACTIONS = ["allow", "scrub", "block", "coach", "redirect"]
names = st.sampled_from(["alice", "bob", "carol", "dave", "erin"])
services = st.sampled_from(["openai-api", "anthropic-api", "chatgpt-web", "mystery.ai", "deepseek-api"])
groups = st.sampled_from(["legal", "eng", "hr"])


@st.composite
def policies(draw):
    rules = []
    for _ in range(draw(st.integers(0, 5))):
        when = {}
        for key, strat in (("user", names), ("group", groups), ("service", services)):
            if draw(st.booleans()):
                when[key] = draw(st.lists(strat, min_size=1, max_size=2))
        rules.append({"when": when, "action": draw(st.sampled_from(ACTIONS))})
    return {
        "defaults": {
            k: draw(st.sampled_from(ACTIONS))
            for k in ("unknown_ai_service", "sanctioned_action", "unsanctioned_action")
        },
        "groups": {g: draw(st.lists(names, max_size=3, unique=True)) for g in ("legal", "eng", "hr")},
        "services": {
            s: {
                "sanctioned": draw(st.booleans()),
                **({"action": draw(st.sampled_from(ACTIONS))} if draw(st.booleans()) else {}),
            }
            for s in draw(st.lists(services, max_size=3, unique=True))
        },
        "rules": rules,
    }


contexts = st.builds(
    RequestContext,
    user=names,
    service_id=services,
    category=st.sampled_from(["api", "chat"]),
    known=st.booleans(),
)


@settings(max_examples=60, deadline=None)
@given(policies(), contexts, groups)
def test_group_block_rule_is_never_overridden(doc, ctx, group):
    """A block rule for a group placed first wins over every service setting and default."""
    doc = doc | {"rules": [{"when": {"group": group}, "action": "block"}, *doc["rules"]]}
    policy = parse_policy(__import__("json").dumps(doc))
    d = decide(ctx, policy)
    if ctx.user in policy.groups[group]:
        assert d.action == "block" and d.rule == 1
    else:
        assert d.rule != 1


@settings(max_examples=60, deadline=None)
@given(policies(), contexts)
def test_deterministic(doc, ctx):
    import json

    a, b = parse_policy(json.dumps(doc)), parse_policy(json.dumps(doc))
    assert decide(ctx, a) == decide(ctx, b) == decide(ctx, a)


@settings(max_examples=60, deadline=None)
@given(policies(), names)
def test_unknown_service_gets_unknown_default_unless_a_rule_matches(doc, user):
    import json

    policy = parse_policy(json.dumps(doc))
    ctx = RequestContext(user, "never-listed.example", known=False)
    d = decide(ctx, policy)
    if d.rule is None:
        assert d.action == policy.defaults.unknown_ai_service
    else:
        assert policy.rules[d.rule - 1].action == d.action


@settings(max_examples=60, deadline=None)
@given(policies(), contexts)
def test_first_matching_rule_decides(doc, ctx):
    import json

    policy = parse_policy(json.dumps(doc))
    d = decide(ctx, policy)
    if d.rule is not None:
        # no earlier rule matched, and the deciding rule's action is the action
        assert d.action == policy.rules[d.rule - 1].action
        for earlier in policy.rules[: d.rule - 1]:
            assert decide(ctx, policy.model_copy(update={"rules": [earlier]})).rule is None
