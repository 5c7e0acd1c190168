"""mcp_servers in the policy: parsing, precedence (rules, then the server's entry by id or host, then the
defaults), allow_tools/deny_tools, simulation."""

import pytest

from policy.engine import RequestContext, decide, tool_refusal
from policy.model import PolicyError, parse_policy

POLICY = """
name: Acme policy
mcp_servers:
  github-mcp:
    action: allow
    deny_tools: ["delete_*", merge_pull_request]
  crm.internal.example:
    action: scrub
    allow_tools: ["lookup_*", search]
  mcp:evil.example:
    action: block
    reason: not reviewed
rules:
  - name: interns
    when: {group: interns, category: mcp}
    action: block
groups:
  interns: [ivan]
"""


def ctx(sid: str, host: str = "", user: str = "maria") -> RequestContext:
    known = not sid.startswith("mcp:")
    return RequestContext(user=user, service_id=sid, category="mcp", known=known, host=host)


def test_entries_by_id_and_host_and_tools():
    p = parse_policy(POLICY)
    gh = decide(ctx("github-mcp", "api.githubcopilot.com"), p)
    assert gh.action == "allow" and gh.allow_tools is None
    assert gh.deny_tools == ("delete_*", "merge_pull_request")
    assert tool_refusal(gh, "delete_file") and tool_refusal(gh, "merge_pull_request")
    assert tool_refusal(gh, "list_issues") == ""
    crm = decide(ctx("mcp:crm.internal.example", "crm.internal.example"), p)
    assert crm.action == "scrub" and tool_refusal(crm, "lookup_customer") == ""
    assert "allow_tools" in tool_refusal(crm, "export_all")
    evil = decide(ctx("mcp:evil.example", "evil.example"), p)
    assert (evil.action, evil.reason) == ("block", "not reviewed")


def test_rules_come_first_and_defaults_last():
    p = parse_policy(POLICY)
    assert decide(ctx("github-mcp", "api.githubcopilot.com", user="ivan"), p).action == "block"
    other = decide(ctx("mcp:other.example", "other.example"), p)
    assert other.action == p.defaults.unknown_ai_service and other.deny_tools == ()
    # a services entry of the same id is not an MCP setting, and mcp_servers never apply to other traffic
    plain = decide(RequestContext(user="maria", service_id="github-mcp"), p)
    assert plain.action == p.defaults.unsanctioned_action


def test_bad_entries_name_the_field():
    with pytest.raises(PolicyError, match=r"mcp_servers.x.action .*redirected"):
        parse_policy("mcp_servers:\n  x:\n    action: redirect\n    redirect_to: https://a.example\n")
    with pytest.raises(PolicyError, match=r"mcp_servers.x.deny_tools"):
        parse_policy("mcp_servers:\n  x:\n    deny_tools: ['has space']\n")
    one = parse_policy("mcp_servers:\n  x:\n    deny_tools: drop_*\n")
    assert one.mcp_servers["x"].deny_tools == ["drop_*"]


def test_simulation_reports_the_tool(engine):
    from sqlmodel import Session

    from policy.simulate import SimRequest, simulate_request

    p = parse_policy(POLICY)
    with Session(engine) as s:
        r = simulate_request(s, SimRequest(user="maria", service="github-mcp", category="mcp",
                                           host="api.githubcopilot.com", tool="delete_repo"), p)
        assert (r["action"], r["outcome"]) == ("allow", "block") and "deny_tools" in r["tool_refused"]
        r = simulate_request(s, SimRequest(user="maria", service="github-mcp", category="mcp",
                                           tool="get_me"), p)
        assert (r["outcome"], r["tool_refused"]) == ("allow", "")
