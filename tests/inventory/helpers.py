"""Shared inventory test data: a small hand-checked fixture written through the real recorder."""

from datetime import UTC, datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session

from inventory.models import Service, UsageEvent
from inventory.recorder import Recorder

T0 = datetime(2026, 11, 20, tzinfo=UTC)  # a Friday, 00:00 UTC


def ev(hours: float, user: str, service: str, action: str, pii: dict | None = None, group: str = "",
       personal: bool | None = None) -> UsageEvent:
    return UsageEvent(time=T0 + timedelta(hours=hours), user=user, service_id=service,
                      host=f"{service}.example", path="/v1/chat/completions", method="POST", action=action,
                      pii_counts=pii or {},
                      group=group, personal_account=personal, tokens_in=10, tokens_out=20, model="m-1")


# Day 1 (20 Nov): 4 events, day 2 (21 Nov): 3 events, day 3 (22 Nov): 2 events.
FIXTURE = [
    ev(9, "alice", "openai-api", "scrub", {"PERSON": 2, "EMAIL_ADDRESS": 1}, "eng", False),
    ev(10, "bob", "openai-api", "scrub", {"PERSON": 1}, "eng", True),
    ev(11, "carol", "deepseek", "block", {"US_SSN": 1}, "legal", True),
    ev(23.5, "alice", "deepseek", "coach", None, "eng", None),
    ev(24 + 8, "dave", "openai-api", "allow", None, "", False),
    ev(24 + 12, "alice", "openai-api", "scrub", {"EMAIL_ADDRESS": 3}, "eng", False),
    ev(24 + 13, "carol", "deepseek", "block", {"SECRET": 1, "PERSON": 1}, "legal", True),
    ev(48 + 1, "bob", "openai-api", "scrub", None, "eng", True),
    ev(48 + 15, "erin", "claude-web", "redirect", None, "legal", None),
]


def load_fixture(engine: Engine) -> None:
    """The catalog rows and the fixture events, written by a real Recorder."""
    with Session(engine) as s:
        s.add(Service(id="openai-api", name="OpenAI API", vendor="OpenAI", sanctioned=True,
                      risk_tier="medium"))
        s.add(Service(id="claude-web", name="Claude", vendor="Anthropic", category="chat"))
        s.commit()
    rec = Recorder(engine, batch_size=4)  # several batches, so rollups are upserted more than once
    rec.record(Service(id="deepseek", name="chat.deepseek.com", unknown=True))
    for e in FIXTURE:
        rec.record(e.model_copy())
    rec.start().close()
    assert rec.stats.recorded == len(FIXTURE)
