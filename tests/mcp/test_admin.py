"""The MCP inventory in the admin API and on the dashboard (real app, in-memory SQLite)."""

from fastapi.testclient import TestClient
from sqlmodel import Session

from admin.app import create_app
from admin.deps import AdminDeps
from inventory.mcp import write_observations
from inventory.models import Service
from inventory.tokens import create_token
from policy.model import parse_policy
from proxy.mcp import Observation
from tests.policy.conftest import add_events, auth, memory_engine

SID = "mcp:crm.example"
POLICY = parse_policy("mcp_servers:\n  crm.example:\n    action: scrub\n    deny_tools: [delete_*]\n")


def test_api_and_page_show_servers_tools_clients_and_users():
    engine = memory_engine()
    with engine.begin() as conn:
        write_observations(conn, [Observation("server", SID, "crm.example", "crm", "3.1"),
                                  Observation("tool", SID, "crm.example", "lookup",
                                              description="Find <b>one</b>"),
                                  Observation("tool", SID, "crm.example", "delete_all", description="Delete"),
                                  Observation("client", SID, "crm.example", "claude-code", "2.0")])
    add_events(engine, [dict(user="maria", service_id=SID, host="crm.example", mcp_method="tools/call",
                             mcp_tool="lookup", pii_counts={"EMAIL_ADDRESS": 2}),
                        dict(user="li", service_id=SID, host="crm.example", mcp_method="tools/call",
                             mcp_tool="delete_all", action="block")],
               [Service(id=SID, name="crm.example", category="mcp", unknown=True)])
    with Session(engine) as s:
        viewer = create_token(s, "v", "viewer")
    with TestClient(create_app(AdminDeps(engine, lambda: POLICY))) as client:
        r = client.get("/api/v1/inventory/mcp/servers", headers=auth(viewer))
        assert r.status_code == 200, r.text
        [srv] = r.json()
        assert (srv["name"], srv["version"], srv["policy_action"], srv["tool_calls"], srv["blocked"]) == (
            "crm", "3.1", "scrub", 2, 1)
        allowed = {t["name"]: t["allowed_by_policy"] for t in srv["tools"]}
        assert allowed == {"lookup": True, "delete_all": False}
        assert srv["clients"][0]["name"] == "claude-code" and srv["pii_counts"] == {"EMAIL_ADDRESS": 2}
        users = client.get(f"/api/v1/inventory/mcp/servers/{SID}/users", headers=auth(viewer)).json()
        assert {u["user"] for u in users} == {"maria", "li"}
        assert client.get("/api/v1/inventory/mcp/servers/nope/users", headers=auth(viewer)).status_code == 404
        assert client.get("/api/v1/inventory/mcp/servers").status_code == 401
        client.post("/ui/login", data={"token": viewer, "next": "/ui/mcp"}, follow_redirects=False)
        page = client.get("/ui/mcp")
        assert page.status_code == 200
        assert "crm" in page.text and "delete_all" in page.text and "claude-code" in page.text
        assert "Find &lt;b&gt;one&lt;/b&gt;" in page.text  # server-supplied text is escaped
    engine.dispose()


def test_simulation_api_answers_for_a_tool():
    engine = memory_engine()
    with Session(engine) as s:
        reviewer = create_token(s, "r", "reviewer")
    draft = "name: Draft\nmcp_servers:\n  github-mcp:\n    action: allow\n    deny_tools: [delete_*]\n"
    with TestClient(create_app(AdminDeps(engine, lambda: POLICY))) as client:
        def sim(tool: str) -> dict:
            r = client.post("/api/v1/policy/simulate", headers=auth(reviewer), json={
                "document": draft, "request": {"user": "maria", "service": "github-mcp", "category": "mcp",
                                               "host": "api.githubcopilot.com", "tool": tool}})
            assert r.status_code == 200, r.text
            return r.json()["decision"]
        refused, allowed = sim("delete_repo"), sim("list_issues")
    assert (refused["action"], refused["outcome"]) == ("allow", "block")
    assert "deny_tools" in refused["tool_refused"] and refused["deny_tools"] == ["delete_*"]
    assert (allowed["outcome"], allowed["tool_refused"]) == ("allow", "")
    engine.dispose()
