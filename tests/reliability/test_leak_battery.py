"""The leak battery: with every service scrubbed, no name, e-mail or SSN reaches the vendor or the inventory.

One aiwarden process (``AIWARDEN_INSPECT_ALL=true``, so AI services on unknown hosts are discovered) with a
policy that scrubs every known and unknown AI service; every host is sent to one fake vendor, which records
each request. Each placement (tests/reliability/leak_placements.py) is sent once per kind of value (name,
e-mail, SSN). A value reaching the vendor in any form (raw, URL-encoded, JSON-escaped, base64; request line,
headers, body) fails the placement; a refusal by aiwarden passes; a request that was neither refused nor
forwarded to the fake was handled as non-AI traffic (it went for the real host) and fails too.

A control run of each placement as a user the policy allows shows the value does reach the vendor then
(so a pass means aiwarden removed or refused it, not that the client never sent it). Afterwards every
column of every table of the inventory (enumerated by SQLAlchemy inspection) is searched for the values,
and a few echoed answers show that scrubbed text is still restored for the client.

``PENDING`` lists the placements known to leak (each group says why): strict xfail, so a placement that
starts passing must leave the list. The aiwarden log and /metrics are searched for the values too.
"""

import json
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

import httpx
import pytest
from sqlalchemy import MetaData, Table, create_engine, func, inspect, select

from tests.conftest import Stack, launch_stack, started_ahead, stop_stack, take
from tests.fake_llm import FakeLLM
from tests.reliability.leak_placements import (
    ALL,
    EMAIL,
    HOSTS,
    KINDS,
    NAME,
    PLACEMENTS,
    SSN,
    Ctx,
    Value,
    find_leaks,
    leaked_kinds,
    sdk,
    tagged,
)

POLICY = """
name: Leak Battery Policy
version: leak-battery-1
defaults:
  unknown_ai_service: scrub
  sanctioned_action: scrub
  unsanctioned_action: scrub
  on_error: fail_closed
rules:
  - {name: battery controls, when: {user: lb-control}, action: allow}
entities: {DEFAULT: pseudonymize}
"""

PENDING: set[str] = set()  # every placement passes (none leaks)
XFAIL = pytest.mark.xfail(strict=True, reason="a known leak (see PENDING)")
RAN: list[str] = []  # placements run in this session (proxy user lb-<placement>: the inventory names it)


def launch_battery(factory) -> Stack:
    fake = FakeLLM().start()  # (its own: the battery reads everything the vendor received)
    tmp = factory.mktemp("leak-battery")
    (tmp / "policy.yaml").write_text(POLICY)
    env = {
        "AIWARDEN_POLICY_FILE": str(tmp / "policy.yaml"),
        "AIWARDEN_UPSTREAM_OVERRIDES": ",".join(f"{h}={fake.url}" for h in HOSTS),
        "AIWARDEN_INSPECT_ALL": "true",
    }
    return launch_stack(tmp, fake, env)


@pytest.fixture(scope="module")
@started_ahead(launch_battery)
def px(tmp_path_factory):
    s = take(launch_battery, tmp_path_factory)
    fake, tmp = s.fake, s.log.parent
    s.db = create_engine(f"sqlite:///{tmp / 'aiwarden.db'}")  # type: ignore[attr-defined]
    s.tls = tls = s.ssl_context()  # type: ignore[attr-defined]
    users: dict[str, Ctx] = {}
    s.ctx = lambda user: users.setdefault(user, Ctx(s, user, tls))  # type: ignore[attr-defined]
    yield s
    for ctx in users.values():
        ctx.close()
    stop_stack(s)
    s.db.dispose()  # type: ignore[attr-defined]
    fake.stop()
    shutil.rmtree(tmp, ignore_errors=True)


def _cases(ids, pending=PENDING):
    return [pytest.param(*i, id=".".join(i), marks=[XFAIL] if ".".join(i) in pending else []) for i in ids]


@pytest.mark.parametrize("pid,kind", _cases([(p, k) for p in PLACEMENTS for k in KINDS]))
def test_placement_does_not_leak(px, pid, kind):
    RAN.append(pid)
    before = len(px.fake.received)
    reply = PLACEMENTS[pid](px.ctx(f"lb-{pid}"), Value(kind))
    sent = px.fake.received[before:]
    leaks = find_leaks(sent)
    assert not leaks, f"reached the vendor: {'; '.join(leaks)}"
    if not sent:
        assert reply.refused, (
            f"neither refused by aiwarden nor sent to the (fake) vendor: status {reply.status} "
            "(handled as non-AI traffic, so it went for the real host)"
        )


# -- the battery's own check -------------------------------------------------------------------------------
# Placements that do not bring their value to the vendor even when allowed (taken for non-AI traffic).
PENDING_CONTROLS: set[str] = set()


def test_every_placement_carries_its_value_when_allowed(px):
    """With the policy saying allow (for this one user), each placement brings its value to the vendor: so a
    pass above means aiwarden removed or refused it, not that the client never sent it. Run concurrently,
    each placement's requests told apart by a tag header."""

    def control(item: tuple[int, str]) -> tuple[str, str]:
        i, pid = item
        ctx = Ctx(px, "lb-control", px.tls, tag=f"control.{pid}")
        try:
            PLACEMENTS[pid](ctx, Value(KINDS[i % len(KINDS)]))
        finally:
            ctx.close()
        return pid, KINDS[i % len(KINDS)]

    with ThreadPoolExecutor(6) as pool:
        done = list(pool.map(control, enumerate(PLACEMENTS)))
    silent = {
        pid
        for pid, kind in done
        if not any(
            leak.startswith(f"{kind} in ") for leak in find_leaks(tagged(px.fake.received, f"control.{pid}"))
        )
    }
    assert not silent - PENDING_CONTROLS, f"placements that did not carry their value: {sorted(silent)}"
    assert not PENDING_CONTROLS - silent, (
        f"carry their value now (leave PENDING_CONTROLS): {sorted(PENDING_CONTROLS - silent)}"
    )


# -- restoration: scrubbed text echoed by the vendor comes back to the client as the user wrote it --------
def _restored(px, before: int, answer: str) -> None:
    sent = px.fake.received[before:]
    assert sent, "the vendor received nothing"
    assert not (leaks := find_leaks(sent)), f"reached the vendor: {'; '.join(leaks)}"
    for value in (NAME, EMAIL, SSN):
        assert value in answer, "a scrubbed value did not come back in the answer"
    assert not any(p in answer for p in ("<PERSON", "<EMAIL", "<US_SSN")), "a placeholder reached the client"


def _openai_chat(c: Ctx) -> str:
    a = c.oa().chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": ALL}])
    return a.choices[0].message.content


def _openai_chat_stream(c: Ctx) -> str:
    stream = c.oa().chat.completions.create(
        model="gpt-4o-mini", stream=True, messages=[{"role": "user", "content": ALL}]
    )
    return "".join(ch.choices[0].delta.content or "" for ch in stream if ch.choices)


def _responses(c: Ctx) -> str:
    return c.oa().responses.create(model="gpt-5", input=ALL).output_text


def _assistant_echo(c: Ctx) -> str:
    r = sdk(lambda: c.oa().beta.assistants.with_raw_response.create(model="gpt-4o-mini", instructions=ALL))
    return r.text


def _anthropic_stream(c: Ctx) -> str:
    with c.ant().messages.stream(
        model="claude-sonnet-4-5", max_tokens=100, messages=[{"role": "user", "content": ALL}]
    ) as stream:
        return "".join(stream.text_stream)


def _gemini(c: Ctx) -> str:
    return c.gem().models.generate_content(model="gemini-2.5-flash", contents=ALL).text


def _chatgpt_web(c: Ctx) -> str:
    from tests.reliability.leak_placements import CHATGPT, _conversation

    return c.request(
        "POST", f"{CHATGPT}/conversation", json=_conversation(ALL), headers={"x-fake-chunk": "1000"}
    ).text


def _chatgpt_custom_instructions(c: Ctx) -> str:
    from tests.reliability.leak_placements import CHATGPT

    return c.request(
        "POST",
        f"{CHATGPT}/user_system_messages",
        json={"about_user_message": ALL, "about_model_message": "Be brief.", "enabled": True},
    ).text


def _claude_web(c: Ctx) -> str:
    from tests.reliability.leak_placements import COMPLETION, ORG, _completion

    return c.request("POST", ORG + COMPLETION, json=_completion(ALL), headers={"x-fake-chunk": "1000"}).text


def _openai_tool_call(c: Ctx) -> str:
    tool = {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}
    a = c.oa().chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": ALL}], tools=[tool]
    )
    return json.loads(a.choices[0].message.tool_calls[0].function.arguments)["text"]


def _anthropic_tool_use(c: Ctx) -> str:
    tools = [{"name": "lookup", "description": "Look up a customer", "input_schema": {"type": "object"}}]
    m = c.ant().messages.create(
        model="claude-sonnet-4-5", max_tokens=100, tools=tools, messages=[{"role": "user", "content": ALL}]
    )
    return next(b for b in m.content if b.type == "tool_use").input["text"]


def _gemini_stream(c: Ctx) -> str:
    chunks = c.gem().models.generate_content_stream(model="gemini-2.5-flash", contents=ALL)
    return "".join(ch.text or "" for ch in chunks)


def _responses_stream(c: Ctx) -> str:
    with c.oa().responses.stream(model="gpt-5", input=ALL) as stream:
        return "".join(e.delta for e in stream if e.type == "response.output_text.delta")


RESTORED = {
    "openai-tool-call-arguments": _openai_tool_call,
    "anthropic-tool-use-input": _anthropic_tool_use,
    "gemini-stream": _gemini_stream,
    "openai-responses-stream": _responses_stream,
    "openai-chat": _openai_chat,
    "openai-chat-stream": _openai_chat_stream,
    "openai-responses": _responses,
    "openai-assistant-echo": _assistant_echo,
    "anthropic-stream": _anthropic_stream,
    "gemini": _gemini,
    "chatgpt-web-conversation": _chatgpt_web,
    "chatgpt-web-custom-instructions-echo": _chatgpt_custom_instructions,
    "claude-web-completion": _claude_web,
}
PENDING_RESTORED: set[str] = set()


@pytest.mark.parametrize("case", _cases([(k,) for k in RESTORED], PENDING_RESTORED))
def test_scrubbed_text_is_restored_in_the_answer(px, case):
    before = len(px.fake.received)
    answer = RESTORED[case](px.ctx(f"lb-restore-{case}"))
    _restored(px, before, answer)


# -- the inventory ---------------------------------------------------------------------------------------
def _cell(value) -> str:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("latin-1")
    return value if isinstance(value, str) else json.dumps(value, default=str)


def _settled(px) -> None:
    """Wait until the recorder has written what the placements produced (the event count stops moving)."""
    events = Table("usage_event", MetaData(), autoload_with=px.db)
    last, stable_since = -1, time.time()
    deadline = time.time() + 10
    while time.time() < deadline:
        with px.db.connect() as conn:
            n = conn.execute(select(func.count()).select_from(events)).scalar_one()
        if n != last:
            last, stable_since = n, time.time()
        elif time.time() - stable_since > 1.0:
            return
        time.sleep(0.2)


def test_inventory_holds_none_of_the_values(px):
    if not RAN:
        pytest.skip("no placement ran in this session")
    _settled(px)
    found = []
    insp = inspect(px.db)
    tables = insp.get_table_names()
    assert "usage_event" in tables and "service" in tables
    with px.db.connect() as conn:
        for name in tables:
            table = Table(name, MetaData(), autoload_with=px.db)
            columns = [c["name"] for c in insp.get_columns(name)]
            for row in conn.execute(select(table)).mappings():
                for col in columns:
                    if row[col] is None or isinstance(row[col], bool | float | datetime):
                        continue  # nothing a name, an e-mail or an SSN could hide in
                    for kind in sorted(leaked_kinds(_cell(row[col]))):
                        who = f" (placement {row['user']})" if "user" in columns else ""
                        found.append(f"{kind} in {name}.{col}{who}")
    assert not found, "the inventory holds personal data: " + "; ".join(sorted(set(found)))
    # ... and it is not clean because nothing was written: each placement taken for AI traffic has its events
    events = Table("usage_event", MetaData(), autoload_with=px.db)
    with px.db.connect() as conn:
        users = set(conn.execute(select(events.c.user).distinct()).scalars())
    missing = sorted(p for p in set(RAN) - PENDING_CONTROLS if f"lb-{p}" not in users)
    assert not missing, f"no usage event recorded for: {', '.join(missing)}"


def test_logs_and_metrics_hold_none_of_the_values(px):
    """What aiwarden writes about the placements (its log, its Prometheus metrics) names no value either."""
    if not RAN:
        pytest.skip("no placement ran in this session")
    metrics = httpx.get(f"{px.admin_url}/metrics", timeout=10)
    assert metrics.status_code == 200
    log = px.logs()
    assert "policy" in log, "aiwarden wrote no log to search"
    found = [f"{kind} in the log" for kind in sorted(leaked_kinds(log))]
    found += [f"{kind} in /metrics" for kind in sorted(leaked_kinds(metrics.text))]
    assert not found, "; ".join(found)
