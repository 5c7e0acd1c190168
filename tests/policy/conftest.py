"""Fixtures for the policy package: an isolated in-memory database per test, the app, role tokens."""

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine

from admin.app import create_app
from admin.deps import AdminDeps
from inventory import models  # noqa: F401  (registers the tables)
from inventory.models import Service, UsageEvent, utcnow
from inventory.rollup import write_events
from inventory.tokens import create_token
from policy.model import load_policy
from policy.tables import create_tables

PAC_HOSTS = ["api.openai.com", "api.anthropic.com", "*.openai.azure.com"]


def memory_engine():
    engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
    SQLModel.metadata.create_all(engine)
    create_tables(engine)
    return engine


@pytest.fixture
def engine():
    e = memory_engine()
    yield e
    e.dispose()


@pytest.fixture
def app(engine):
    base = load_policy(None)
    return create_app(
        AdminDeps(engine, lambda: base, pac_hosts=PAC_HOSTS, pac_proxy="proxy.corp.example:8080")
    )


@pytest.fixture
def client(app):
    with TestClient(app) as c:
        yield c


@pytest.fixture
def tokens(engine) -> dict[str, str]:
    with Session(engine) as s:
        return {role: create_token(s, f"test-{role}", role) for role in ("viewer", "reviewer", "admin")}


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def add_events(engine, rows: list[dict], services: list[Service] = ()) -> None:
    """Insert usage events (defaults fill the rest) and services."""
    now = utcnow()
    with Session(engine) as s:
        for svc in services:
            s.merge(svc)
        s.commit()
    events = []
    for i, r in enumerate(rows):
        r = dict(r)
        ago = r.pop("minutes_ago", i % 60)
        base = dict(user="alice", service_id="openai-api", host="api.openai.com", action="scrub", status=200)
        events.append(UsageEvent(**(base | r), time=now - timedelta(minutes=ago)).model_dump(exclude={"id"}))
    with engine.begin() as conn:  # the recorder's own write path: events, PII counts and daily rollups
        write_events(conn, events)
