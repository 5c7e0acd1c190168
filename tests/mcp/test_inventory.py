"""MCP inventory: observations written through the recorder (upserts), summaries from events."""

from datetime import timedelta

from sqlmodel import Session, select

from inventory.mcp import server_summaries, server_users
from inventory.models import McpServer, Service, UsageEvent, utcnow
from inventory.recorder import Recorder
from proxy.mcp import Observation

SID = "mcp:crm.example"


def test_observations_and_events_make_a_summary(engine):
    rec = Recorder(engine, linger=0).start()
    rec.record(Service(id=SID, name="crm.example", category="mcp", unknown=True))
    rec.record(Observation("server", SID, "crm.example", "crm", "1.0", protocol_version="2025-06-18"))
    rec.record(Observation("tool", SID, "crm.example", "lookup_customer", description="Find a customer"))
    rec.record(Observation("tool", SID, "crm.example", "delete_customer", description="Delete"))
    rec.record(Observation("client", SID, "crm.example", "claude-code", "2.0"))
    now = utcnow()
    for i, (user, method, tool, action, pii) in enumerate([
            ("maria", "initialize", "", "scrub", {}),
            ("maria", "tools/call", "lookup_customer", "scrub", {"EMAIL_ADDRESS": 1, "PERSON": 1}),
            ("li", "tools/call", "delete_customer", "block", {})]):
        rec.record(UsageEvent(time=now + timedelta(seconds=i), user=user, service_id=SID, host="crm.example",
                              action=action, mcp_method=method, mcp_tool=tool, pii_counts=pii))
    rec.close()
    rec = Recorder(engine, linger=0).start()  # later: a server observation without a name keeps the name
    rec.record(Observation("server", SID, "crm.example"))
    rec.record(Observation("tool", SID, "crm.example", "lookup_customer", description="Find one customer"))
    rec.close()
    with Session(engine) as s:
        assert s.get(McpServer, SID).name == "crm"
        [srv] = server_summaries(s)
        users = server_users(s, SID)
    assert (srv.name, srv.version, srv.requests, srv.tool_calls, srv.blocked, srv.scrubbed, srv.users) == (
        "crm", "1.0", 3, 2, 1, 2, 2)
    assert srv.pii_counts == {"EMAIL_ADDRESS": 1, "PERSON": 1}
    tools = {t.name: t for t in srv.tools}
    assert (tools["lookup_customer"].calls, tools["lookup_customer"].description) == (1, "Find one customer")
    assert (tools["delete_customer"].calls, tools["delete_customer"].refused) == (1, 1)
    assert [c["name"] for c in srv.clients] == ["claude-code"]
    assert {u["user"]: u["tool_calls"] for u in users} == {"maria": 1, "li": 1}


def test_unused_catalog_servers_are_not_listed(engine):
    with Session(engine) as s:
        s.add(Service(id="notion-mcp", name="Notion MCP", category="mcp"))
        s.commit()
        assert server_summaries(s) == []
        assert s.exec(select(McpServer)).all() == []


def test_report_and_alert_name_the_new_server(engine):
    from admin.alerts import AlertEngine
    from inventory.reports import render_shadow_ai_report
    from policy.model import Policy

    rec = Recorder(engine, linger=0).start()
    rec.record(Service(id=SID, name="crm.example", category="mcp", unknown=True))
    rec.record(Observation("server", SID, "crm.example", "crm", "1.0"))
    rec.record(Observation("tool", SID, "crm.example", "lookup_customer", description="Find a customer"))
    rec.record(UsageEvent(user="maria", service_id=SID, host="crm.example", action="scrub",
                          mcp_method="tools/call", mcp_tool="lookup_customer",
                          pii_counts={"EMAIL_ADDRESS": 1}))
    rec.close()
    with Session(engine) as s:
        html, _ = render_shadow_ai_report(s, "html", None)
        doc, _ = render_shadow_ai_report(s, "json", None)
        alerts = AlertEngine(lambda: Policy()).evaluate(s, utcnow() + timedelta(seconds=1))
    assert "AI agents' tool servers (MCP)" in html and "lookup_customer" in html
    assert '"tool_calls": 1' in doc
    [alert] = [a for a in alerts if a.kind == "new_mcp_server"]
    assert alert.title == "New MCP server in use: crm" and alert.detail["host"] == "crm.example"
    with Session(engine) as s:
        later = AlertEngine(lambda: Policy()).evaluate(s, utcnow() + timedelta(hours=2))
    assert not [a for a in later if a.kind == "new_mcp_server"]
