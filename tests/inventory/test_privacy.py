"""No prompt text, PII value or API key ever reaches the database; pseudonyms, reveal audit, retention."""

from datetime import timedelta

import httpx
import openai
import pytest
from sqlalchemy import create_engine, inspect, select, text
from sqlmodel import Session

from inventory.audit import list_audit
from inventory.errors import RevealError
from inventory.models import UsageDaily, UsageEvent
from inventory.pseudonym import Pseudonymizer, reveal
from inventory.queries import service_summaries
from inventory.recorder import Recorder
from inventory.retention import purge_older_than
from tests.conftest import wait_for
from tests.inventory.helpers import T0, ev, load_fixture

NAME, EMAIL, CARD = "Margaret Hamilton", "margaret.hamilton@example.org", "4111 1111 1111 1111"
KEY = "sk-live-9f8e7d6c5b4a"
PROMPT = f"Draft a letter to {NAME} ({EMAIL}) about the refund to card {CARD}."
SECRET = "correct horse battery staple, 2026"


def all_stored_text(url: str) -> str:
    """Every value of every column of every table, as one string (bytes included, decoded loosely)."""
    engine = create_engine(url)
    parts = []
    with engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                for v in row:
                    parts.append(v.decode("latin-1") if isinstance(v, bytes | memoryview) else str(v))
    engine.dispose()
    return "\n".join(parts)


def assert_absent(stored: str, *values: str) -> None:
    low = stored.lower()
    for v in values:
        first = v.split()[0]  # a first name alone is personal data; "4111" alone is four digits (timestamps)
        for form in {v, v.replace(" ", "")} | ({first} if first.isalpha() else set()):
            assert form.lower() not in low, "a seeded secret value was found in the database"


def test_real_proxy_flow_stores_no_text_or_pii(stack):
    """Prompts with PII and a live-looking API key through the real proxy; then search every table."""
    with stack.client("alice") as http_client:
        client = openai.OpenAI(api_key=KEY, http_client=http_client, max_retries=0)
        client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT}])
    token = stack.token("viewer")

    def seen():
        r = httpx.get(f"{stack.admin_url}/api/v1/inventory/events", params={"user": "alice"},
                      headers={"Authorization": f"Bearer {token}"})
        return [e for e in r.json()["items"] if e["pii_counts"].get("EMAIL_ADDRESS")]

    assert wait_for(seen), "the scrubbed request was not recorded"
    stored = all_stored_text(stack.env["AIWARDEN_DATABASE_URL"])
    assert "alice" in stored and "EMAIL_ADDRESS" in stored  # the search does see the data
    assert_absent(stored, PROMPT, NAME, EMAIL, CARD, KEY, "Margaret", "refund")


def test_pseudonymous_mode_hides_names_and_reveal_is_audited(engine, db_url):
    pz = Pseudonymizer(SECRET)
    rec = Recorder(engine, pseudonymizer=pz)
    for i, user in enumerate([NAME, NAME, "grace.hopper"]):
        rec.record(ev(i, user, "openai-api", "scrub", {"PERSON": 1}, "eng", False).model_copy(
            update={"client_addr": "10.1.2.3"}))
    rec.start().close()
    assert rec.stats.recorded == 3
    stored = all_stored_text(db_url)
    assert_absent(stored, NAME, "grace.hopper", "10.1.2.3")
    with Session(engine) as s:
        [svc] = service_summaries(s)
        assert svc.users == 2  # pseudonyms still count people
        users = set(s.exec(select(UsageEvent.user)).scalars())
        assert users == {pz.pseudonym(NAME), pz.pseudonym("grace.hopper")}
        assert reveal(s, pz, pz.pseudonym(NAME), actor="admin-token", reason="incident 42") == NAME
        [entry], total = list_audit(s)
        assert (total, entry.actor, entry.action) == (1, "admin-token", "user.reveal")
        assert entry.target == pz.pseudonym(NAME)
        assert NAME not in str(entry.detail)
        with pytest.raises(RevealError):
            reveal(s, Pseudonymizer("another secret of 32 bytes......"), pz.pseudonym(NAME), "admin", "why")
        with pytest.raises(RevealError):
            reveal(s, pz, "p_unknown", "admin", "why")
        with pytest.raises(RevealError):
            reveal(s, pz, pz.pseudonym(NAME), "admin", "  ")
    with pytest.raises(ValueError):
        Pseudonymizer("short")


def test_purge_older_than_keeps_rollups_exact(engine):
    load_fixture(engine)
    now = T0 + timedelta(days=2, hours=12)  # cutoff after 1 day: T0+1d12h, inside day 2
    with Session(engine) as s:
        assert purge_older_than(s, days=1, now=now) == 5  # 4 on day 1, 1 on day 2 before 12:00
        rows = {r.id: r.requests for r in service_summaries(s)}  # day 2 from its recounted rollup
        assert rows == {"openai-api": 2, "deepseek": 1, "claude-web": 1}
        assert {r.id: r.pii_counts for r in service_summaries(s)}["deepseek"] == {"SECRET": 1, "PERSON": 1}
        assert [d.day.day for d in s.exec(select(UsageDaily)).scalars()].count(20) == 0
        assert purge_older_than(s, days=1, now=now) == 0
        with pytest.raises(ValueError):
            purge_older_than(s, days=0)
