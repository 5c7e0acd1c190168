"""Directory groups from a real OpenLDAP slapd: lookups, TTL refresh, the server going away, the policy."""

import signal
import time

import pytest

from integrations.ldap_groups import DirectoryGroups, LdapConfig, directory_policy
from policy.engine import RequestContext, decide
from policy.model import Policy
from tests.conftest import wait_for
from tests.integrations.slapd import BASE, READER_DN, READER_PW, Slapd

POLICY = {
    "name": "Directory Test Policy",
    "groups": {"contractors": [], "engineering": [], "sales": ["bob"]},
    "services": {"openai-api": {"sanctioned": True, "action": "allow"}},
    "rules": [
        {
            "when": {"group": ["contractors"], "service": ["openai-api"]},
            "action": "block",
            "reason": "Contractors use the vendor portal",
        }
    ],
}


@pytest.fixture
def slapd(tmp_path):
    s = Slapd(tmp_path / "slapd").start()
    s.populate(
        {"contractors": ["carol"], "engineering": ["alice", "carol"], "Domain Users": ["alice", "carol"]}
    )
    yield s
    s.stop()


def directory(slapd: Slapd, ttl: float = 600, timeout: float = 5) -> DirectoryGroups:
    return DirectoryGroups(
        LdapConfig(
            url=slapd.url, base=BASE, bind_dn=READER_DN, bind_password=READER_PW, ttl=ttl, timeout=timeout
        )
    ).start()


def test_groups_read_in_the_background_and_refreshed_after_the_ttl(slapd):
    d = directory(slapd, ttl=1.0)
    try:
        assert d.groups_of("carol") == ()  # a miss answers at once and schedules a lookup
        assert wait_for(lambda: d.groups_of("carol")) == ("Domain Users", "contractors", "engineering")
        assert wait_for(lambda: d.groups_of("alice")) == ("Domain Users", "engineering")
        assert wait_for(lambda: d.lookups >= 2) and d.groups_of("nobody-known") == ()
        slapd.set_members("contractors", ["alice"])  # carol leaves, alice joins
        assert wait_for(lambda: "contractors" in d.groups_of("alice"), timeout=10)
        assert wait_for(lambda: "contractors" not in d.groups_of("carol"), timeout=10)
    finally:
        d.stop()


def test_filter_characters_in_user_names_are_escaped(slapd):
    d = directory(slapd)
    try:
        assert d.lookup("*") == () and d.lookup("carol)(uid=*") == ()
        assert d.lookup("carol") == ("Domain Users", "contractors", "engineering")
    finally:
        d.stop()


def test_directory_going_away_keeps_last_known_groups_and_never_blocks(slapd):
    d = directory(slapd, ttl=0.5, timeout=1.0)
    try:
        d.groups_of("carol")
        assert wait_for(lambda: d.groups_of("carol"))
        slapd.proc.send_signal(signal.SIGSTOP)  # hangs: connections open, nothing answers
        time.sleep(0.6)  # past the TTL: every call now schedules a refresh that cannot finish
        worst = 0.0
        deadline = time.time() + 3
        while time.time() < deadline:
            t = time.perf_counter()
            groups, new = d.groups_of("carol"), d.groups_of("dave")
            worst = max(worst, time.perf_counter() - t)
            assert groups == ("Domain Users", "contractors", "engineering") and new == ()
        assert wait_for(lambda: d.failures >= 1) and not d.directory_up
        slapd.stop()  # gone: connection refused
        failures = d.failures
        assert wait_for(lambda: d.failures > failures, timeout=10)
        assert d.groups_of("carol") == ("Domain Users", "contractors", "engineering")
        print(f"groups_of worst call while the directory hangs or is down: {worst * 1e6:.0f} µs")
        assert worst < 0.05
        slapd.start()  # back (same port, same data)
        assert wait_for(lambda: d.directory_up and d.groups_of("alice"), timeout=15)
    finally:
        d.stop()


def test_policy_groups_from_the_directory_and_yaml(slapd):
    d = directory(slapd)
    policy = Policy.model_validate(POLICY)
    source = directory_policy(lambda: policy, d)
    try:
        ctx = {"service_id": "openai-api", "category": "chat", "known": True, "host": "api.openai.com"}
        assert decide(RequestContext(user="carol", **ctx), source()).action == "allow"  # not looked up yet
        assert wait_for(lambda: decide(RequestContext(user="carol", **ctx), source()).action == "block")
        decision = decide(RequestContext(user="carol", **ctx), source())
        # only the groups the policy declares count ("Domain Users" is not one of them)
        assert decision.groups == ("contractors", "engineering")
        assert source().groups_of("bob") == ["sales"]  # YAML groups still apply
        assert source() is source()  # one wrapped policy per policy version, not one per request
    finally:
        d.stop()


@pytest.mark.parametrize(
    "kw, message",
    [
        ({"url": "http://dc1", "base": BASE}, "ldap://host"),
        ({"url": "ldap://dc1", "base": ""}, "AIWARDEN_LDAP_BASE"),
        ({"url": "ldap://dc1", "base": BASE, "user_filter": "(uid=x)"}, "needs {user}"),
    ],
)
def test_bad_directory_settings(kw, message):
    with pytest.raises(ValueError, match=message):
        LdapConfig(**kw)


def test_aiwarden_run_blocks_and_records_by_directory_group(tmp_path, slapd, fake_llm):
    import json

    import httpx

    from tests.conftest import start_stack, stop_stack

    (tmp_path / "policy.json").write_text(json.dumps(POLICY))  # JSON is YAML
    stack = start_stack(
        tmp_path,
        fake_llm,
        {
            "AIWARDEN_POLICY_FILE": str(tmp_path / "policy.json"),
            "AIWARDEN_LDAP_URL": slapd.url,
            "AIWARDEN_LDAP_BASE": BASE,
            "AIWARDEN_LDAP_BIND_DN": READER_DN,
            "AIWARDEN_LDAP_BIND_PASSWORD": READER_PW,
        },
    )
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}
    try:
        with stack.client("carol") as c:

            def status() -> int:
                return c.post(
                    "https://api.openai.com/v1/chat/completions",
                    json=body,
                    headers={"Authorization": "Bearer sk-test"},
                ).status_code

            assert wait_for(lambda: status() == 403, timeout=15)  # once the directory answered
        with stack.client("bob") as c:
            assert (
                c.post(
                    "https://api.openai.com/v1/chat/completions",
                    json=body,
                    headers={"Authorization": "Bearer sk-test"},
                ).status_code
                == 200
            )
        token = stack.token("viewer")

        def blocked() -> list[dict]:
            r = httpx.get(
                f"{stack.admin_url}/api/v1/inventory/events",
                params={"user": "carol"},
                headers={"Authorization": f"Bearer {token}"},
            )
            return [e for e in r.json()["items"] if e["action"] == "block"]

        events = wait_for(blocked)
    finally:
        stop_stack(stack)
    assert events and events[0]["group"] == "contractors"
    assert READER_PW not in stack.logs()
