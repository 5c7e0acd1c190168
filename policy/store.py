"""The policy store: every published policy is a new PolicyVersion row; proxies follow the newest.

Publishing validates first (an invalid document never becomes a version), writes the version and an audit
entry in one transaction. Rollback publishes a copy of an older version, so history only grows. Each
process runs a ``PolicyWatcher`` that polls the newest version id and swaps its in-memory policy; processes
sharing one database therefore converge on the same version within one poll interval.
"""

import difflib
import logging
import threading
import time
from collections.abc import Callable

from prometheus_client import Counter, Gauge
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, func, select

from inventory.audit import record_audit
from inventory.models import PolicyVersion, utcnow
from policy.model import Policy, PolicyError, ServicePolicy, parse_policy, policy_to_yaml
from policy.tables import ProxyHeartbeat, create_tables

log = logging.getLogger(__name__)

POLICY_VERSION = Gauge(
    "aiwarden_policy_version", "Published policy version applied by this process (0: none)"
)
POLICY_RELOADS = Counter(
    "aiwarden_policy_reloads_total", "Times this process swapped in a new policy version"
)
POLICY_RELOAD_FAILURES = Counter(
    "aiwarden_policy_reload_failures_total", "Stored policy versions this process could not load"
)


_BOOTSTRAP_LOCK = 0x41_49_57_50_4F_4C_49_43  # "AIWPOLIC": any fixed 64-bit number


class VersionNotFound(LookupError):
    """No policy version with that id."""


def policy_of(row: PolicyVersion) -> Policy:
    """The policy stored in ``row``, its version set to the row id (what events record)."""
    return parse_policy(row.document).model_copy(update={"version": str(row.id)})


def latest_id(session: Session) -> int | None:
    """The newest version id, or None when nothing has been published."""
    return session.exec(select(func.max(PolicyVersion.id))).one()


def get_version(session: Session, version_id: int) -> PolicyVersion:
    """One version; VersionNotFound when it does not exist."""
    row = session.get(PolicyVersion, version_id)
    if row is None:
        raise VersionNotFound(f"policy version {version_id} does not exist")
    return row


def latest_version(session: Session) -> PolicyVersion | None:
    """The newest version row, or None."""
    vid = latest_id(session)
    return session.get(PolicyVersion, vid) if vid is not None else None


def list_versions(session: Session, offset: int = 0, limit: int = 50) -> tuple[list[PolicyVersion], int]:
    """A page of versions, newest first, and the total."""
    total = session.exec(select(func.count()).select_from(PolicyVersion)).one()
    stmt = select(PolicyVersion).order_by(col(PolicyVersion.id).desc()).offset(offset).limit(limit)
    return list(session.exec(stmt)), total


def previous_version(session: Session, version_id: int) -> PolicyVersion | None:
    """The version published just before ``version_id``."""
    stmt = (
        select(PolicyVersion).where(col(PolicyVersion.id) < version_id).order_by(col(PolicyVersion.id).desc())
    )
    return session.exec(stmt.limit(1)).first()


def diff_documents(old: str, new: str, old_label: str = "before", new_label: str = "after") -> str:
    """A unified diff of two policy documents ('' when identical)."""
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), fromfile=old_label, tofile=new_label
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def diff_to_previous(session: Session, row: PolicyVersion) -> str:
    """What changed in ``row`` compared with the version before it."""
    prev = previous_version(session, row.id)
    return diff_documents(
        prev.document if prev else "", row.document, f"v{prev.id}" if prev else "(nothing)", f"v{row.id}"
    )


def current_policy(session: Session, fallback: Policy) -> Policy:
    """The newest published policy, or ``fallback`` (the policy file) when nothing is published."""
    row = latest_version(session)
    return policy_of(row) if row else fallback


def publish(
    session: Session,
    document: str,
    author: str,
    comment: str = "",
    audit_action: str = "policy.publish",
    detail: dict | None = None,
) -> PolicyVersion:
    """Validate ``document`` and store it as the newest version (PolicyError if invalid); commits."""
    parse_policy(document)  # refuse invalid documents here, so every stored version loads
    prev = latest_version(session)
    row = PolicyVersion(author=author, comment=comment.strip(), document=document, time=utcnow())
    session.add(row)
    session.flush()  # assigns the id
    changed = diff_documents(prev.document if prev else "", document).splitlines()
    record_audit(
        session,
        author,
        audit_action,
        f"policy v{row.id}",
        {
            "version": row.id,
            "previous": prev.id if prev else None,
            "comment": row.comment[:200],
            "lines_added": sum(1 for x in changed if x.startswith("+") and not x.startswith("+++")),
            "lines_removed": sum(1 for x in changed if x.startswith("-") and not x.startswith("---")),
            **(detail or {}),
        },
    )
    session.commit()
    session.refresh(row)
    log.info("policy v%d published by %s", row.id, author)
    return row


def rollback(session: Session, version_id: int, author: str, comment: str = "") -> PolicyVersion:
    """Publish a copy of version ``version_id`` as the newest version."""
    old = get_version(session, version_id)
    return publish(
        session,
        old.document,
        author,
        comment or f"rollback to v{version_id}",
        audit_action="policy.rollback",
        detail={"rollback_to": version_id},
    )


FILE_AUTHOR = "aiwarden (policy file)"


def bootstrap(engine: Engine, document: str, author: str = FILE_AUTHOR) -> Policy:
    """The policy in force at start-up.

    The policy file is published as a new version when it differs from the last version published from the
    file (on the first start, too). Otherwise the newest version stays in force, whatever the API published
    since. So editing the file and restarting applies it, and a restart never undoes an API change.
    """
    with Session(engine) as session:
        if engine.dialect.name == "postgresql":  # processes starting together: only one publishes
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _BOOTSTRAP_LOCK})
        last_from_file = session.exec(
            select(PolicyVersion).where(PolicyVersion.author == author).order_by(col(PolicyVersion.id).desc())
        ).first()
        if last_from_file is None or last_from_file.document != document:
            comment = "policy file changed" if last_from_file else "initial policy from the policy file"
            publish(session, document, author, comment)
        return policy_of(latest_version(session))


class PolicyWatcher:
    """Polls the newest version id every ``interval`` seconds and hands a newly published policy to
    ``on_change`` (e.g. ``PolicyHolder.set``, a single reference swap). With ``proxy_id`` it also writes a
    heartbeat row (alive, and which version it applies) every ``heartbeat_every`` seconds.
    """

    def __init__(
        self,
        engine: Engine,
        on_change: Callable[[Policy], None],
        interval: float = 2.0,
        proxy_id: str | None = None,
        heartbeat_every: float = 15.0,
    ) -> None:
        self._engine = engine
        self._on_change = on_change
        self.interval = interval
        self.proxy_id = proxy_id
        self._heartbeat_every = heartbeat_every
        self._last_beat = float("-inf")
        self.applied: int | None = None  # version id handed to on_change last
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        create_tables(engine)

    def check(self) -> bool:
        """Look once; True when a new version was applied."""
        with Session(self._engine) as session:
            vid = latest_id(session)
            if vid is None or vid == self.applied:
                return False
            row = session.get(PolicyVersion, vid)
            try:
                policy = policy_of(row)
            except PolicyError as exc:  # publish validates, so only a newer aiwarden's format lands here
                POLICY_RELOAD_FAILURES.inc()
                log.error("policy v%d cannot be loaded, keeping v%s: %s", vid, self.applied, exc)
                self.applied = vid
                return False
        self._on_change(policy)
        self.applied = vid
        POLICY_VERSION.set(vid)
        POLICY_RELOADS.inc()
        log.info("policy v%d applied", vid)
        return True

    def beat(self, now: float) -> None:
        """Record that this proxy is alive (at most every ``heartbeat_every`` seconds)."""
        if self.proxy_id is None or now - self._last_beat < self._heartbeat_every:
            return
        with Session(self._engine) as session:
            session.merge(
                ProxyHeartbeat(
                    proxy_id=self.proxy_id, last_seen=utcnow(), policy_version=str(self.applied or "")
                )
            )
            session.commit()
        self._last_beat = now

    def _run(self) -> None:
        while True:
            try:
                self.check()
                self.beat(time.monotonic())
            except SQLAlchemyError as exc:  # database down: keep the policy in force, try again
                log.warning("policy watcher cannot read the database (%s)", type(exc).__name__)
            if self._stop.wait(self.interval):
                return

    def start(self) -> "PolicyWatcher":
        """Poll in a daemon thread until ``stop``."""
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="aiwarden-policy-watcher", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop polling and wait for the thread."""
        self._stop.set()
        if self._thread:
            self._thread.join(timeout)


def with_sanction(policy: Policy, service_id: str, sanctioned: bool) -> str:
    """The YAML document of ``policy`` with ``service_id`` marked (not) sanctioned.

    The document is regenerated from the model, so comments of the previous version are not kept.
    """
    svc = policy.services.get(service_id) or ServicePolicy()
    services = {**policy.services, service_id: svc.model_copy(update={"sanctioned": sanctioned})}
    return policy_to_yaml(policy.model_copy(update={"services": services}))
