"""The policy document: parsing, validation messages with field and line, the shipped files."""

from pathlib import Path

import pytest

from policy.model import Policy, PolicyError, load_policy, parse_policy, policy_to_yaml, policy_warnings

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "policy" / "examples" / "midsize-company.yaml"


@pytest.mark.parametrize("path", [None, EXAMPLE])
def test_shipped_policies_load_without_warnings(path):
    policy = load_policy(path)
    assert policy_warnings(policy) == []


def test_example_covers_every_section():
    p = load_policy(EXAMPLE)
    assert p.groups["legal"] and p.rules and p.allow_terms and p.deny_terms and p.alerts.webhooks
    assert p.services["chatgpt-web"].redirect_to == "https://ai.acme.example"
    assert p.services["github-copilot"].on_error == "fail_open"
    assert any(r.when.data for r in p.rules) and p.defaults.coaching.endswith("data.")


@pytest.mark.parametrize(
    "text, message",
    [
        ("name: [unclosed", "not valid YAML at line 1"),
        ("- a\n- b\n", "must be a mapping"),
        ("servics: {}\n", "servics (line 1): is not a policy field"),
        (
            "name: x\nrules:\n  - when: {group: legal}\n    action: blok\n",
            "rules.0.action (line 4): Input should be",
        ),
        (
            "services:\n  x:\n    redirect_to: ftp://x\n",
            "services.x.redirect_to (line 3): must be a web address",
        ),
        (
            "rules:\n  - when: {data: US_SSN}\n    action: coach\n",
            "rules.0 (line 2): a rule on data types can only",
        ),
        ("services:\n  a: {}\n  a: {sanctioned: true}\n", "services.a (line 3): appears twice"),
        (
            "alerts:\n  webhooks:\n    - {format: slack}\n",
            "alerts.webhooks.0 (line 3): give exactly one of url",
        ),
        ("alerts:\n  webhooks:\n    - {url_env: 'lower case'}\n", "must be an environment variable name"),
        ("defaults:\n  on_error: maybe\n", "defaults.on_error (line 2): Input should be 'fail_closed'"),
        ("entities: {PERSON: shred}\n", "entities.PERSON (line 1): Input should be"),
        (
            "alerts: {blocked_spike: {factor: 1}}\n",
            "alerts.blocked_spike.factor (line 1): Input should be greater",
        ),
    ],
)
def test_errors_name_field_and_line(text, message):
    with pytest.raises(PolicyError) as err:
        parse_policy(text)
    assert message in str(err.value)


def test_error_never_echoes_document_values():
    secret_term = "Project Falcon"
    with pytest.raises(PolicyError) as err:
        parse_policy(f"deny_terms: {{a: '{secret_term}'}}\n")
    assert secret_term not in str(err.value)


def test_single_values_become_lists():
    p = parse_policy("groups: {legal: carol}\nrules:\n  - {when: {user: bob, service: x}, action: block}\n")
    assert p.groups == {"legal": ["carol"]}
    assert p.rules[0].when.user == ["bob"] and p.rules[0].when.service == ["x"]


def test_yaml_round_trip_keeps_meaning():
    p = load_policy(EXAMPLE)
    assert parse_policy(policy_to_yaml(p)) == p.model_copy(update={"version": "builtin"})


def test_warnings_flag_likely_mistakes():
    p = parse_policy(
        "rules:\n  - {when: {group: lgal}, action: block}\n  - {action: allow}\n  - {action: block}\n"
        "services: {x: {action: redirect}}\n"
    )
    text = " | ".join(policy_warnings(p))
    assert "group 'lgal' is not defined" in text
    assert "rules.1: matches every request" in text
    assert "services.x: action redirect without redirect_to" in text


def test_policy_is_immutable():
    p = Policy()
    with pytest.raises(ValueError):
        p.name = "changed"  # type: ignore[misc]
