"""Policy groups from LDAP / Active Directory: the proxy user's group membership, cached, never waited for.

``DirectoryGroups.groups_of(user)`` answers from a cache at once: a user not looked up yet gets no directory
groups (the YAML groups still apply) and a lookup is scheduled; an entry older than the TTL is answered as it
is and refreshed. One background thread does the lookups (ldap3) and re-reads every known user each TTL; when
the directory is down the last known groups stay in force. ``directory_policy`` gives the proxy a policy whose
``groups_of`` adds the directory groups that the policy declares under ``groups:`` (members there optional).
"""

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from ldap3 import NONE, SUBTREE, Connection, Server
from ldap3.core.exceptions import LDAPException
from ldap3.utils.conv import escape_filter_chars
from pydantic import PrivateAttr

from policy.model import Policy

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LdapConfig:
    """Where and how to read group membership (AIWARDEN_LDAP_*)."""

    url: str  # ldap://dc1:389 or ldaps://dc1:636
    base: str  # search base for users and groups, e.g. dc=example,dc=org
    bind_dn: str = ""
    bind_password: str = ""
    user_filter: str = "(|(uid={user})(sAMAccountName={user}))"
    # Active Directory with nested groups: (member:1.2.840.113556.1.4.1941:={dn})
    group_filter: str = "(|(member={dn})(uniqueMember={dn}))"
    group_attribute: str = "cn"
    ttl: float = 900.0
    timeout: float = 5.0

    def __post_init__(self) -> None:
        parts = urlsplit(self.url)
        if parts.scheme not in ("ldap", "ldaps") or not parts.hostname:
            raise ValueError(f"AIWARDEN_LDAP_URL must be ldap://host[:port] or ldaps://host[:port], "
                             f"not {self.url!r}")
        if not self.base:
            raise ValueError("AIWARDEN_LDAP_URL needs AIWARDEN_LDAP_BASE (e.g. dc=example,dc=org)")
        if "{user}" not in self.user_filter or "{dn}" not in self.group_filter:
            raise ValueError("AIWARDEN_LDAP_USER_FILTER needs {user}, AIWARDEN_LDAP_GROUP_FILTER needs {dn}")


class DirectoryGroups:
    """A TTL cache of user -> directory group names, filled by one background thread."""

    def __init__(self, config: LdapConfig, clock: Callable[[], float] = time.monotonic) -> None:
        self.config = config
        self._clock = clock
        self._cache: dict[str, tuple[tuple[str, ...], float]] = {}  # user -> (groups, when read)
        self._pending: queue.Queue[str] = queue.Queue(maxsize=10_000)
        self._queued: set[str] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="aiwarden-ldap-groups", daemon=True)
        self._conn: Connection | None = None
        self.lookups = self.failures = 0
        self.directory_up = True

    def start(self) -> "DirectoryGroups":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(self.config.timeout + 2)
        if self._conn is not None:
            self._conn.unbind()

    def groups_of(self, user: str) -> tuple[str, ...]:
        """The user's directory groups as last read (empty until the first lookup); never waits."""
        if not user:
            return ()
        hit = self._cache.get(user)
        if hit is None or self._clock() - hit[1] >= self.config.ttl:
            self._schedule(user)
        return hit[0] if hit else ()

    def _schedule(self, user: str) -> None:
        with self._lock:
            if user in self._queued:
                return
            self._queued.add(user)
        try:
            self._pending.put_nowait(user)
        except queue.Full:
            with self._lock:
                self._queued.discard(user)

    # -- the lookup thread ---------------------------------------------------------------------
    def _run(self) -> None:
        next_sweep = self._clock() + self.config.ttl
        while not self._stop.is_set():
            try:
                user = self._pending.get(timeout=min(1.0, max(0.05, next_sweep - self._clock())))
            except queue.Empty:
                if self._clock() >= next_sweep:  # refresh everyone we know, in the background
                    for known in list(self._cache):
                        self._schedule(known)
                    next_sweep = self._clock() + self.config.ttl
                continue
            with self._lock:
                self._queued.discard(user)
            try:
                groups = self.lookup(user)
            except Exception as exc:  # noqa: BLE001 (LDAPException, socket errors: the thread must go on)
                self.failures += 1
                self._drop_connection()
                if self.directory_up:
                    log.warning("directory unreachable (%s); last known groups stay in force",
                                type(exc).__name__)
                self.directory_up = False
                self._stop.wait(min(5.0, self.config.ttl))  # do not hammer a directory that is down
                continue
            self.directory_up = True
            self.lookups += 1
            self._cache[user] = (groups, self._clock())

    def _connection(self) -> Connection:
        if self._conn is None or not self._conn.bound:
            c = self.config
            server = Server(c.url, get_info=NONE, connect_timeout=c.timeout)
            self._conn = Connection(server, c.bind_dn or None, c.bind_password or None, auto_bind=True,
                                    receive_timeout=max(1, round(c.timeout)),  # ldap3 wants whole seconds
                                    raise_exceptions=True, read_only=True)
        return self._conn

    def _drop_connection(self) -> None:
        if self._conn is not None:
            try:
                self._conn.unbind()
            except (LDAPException, OSError):
                pass
            self._conn = None

    def lookup(self, user: str) -> tuple[str, ...]:
        """Read the user's groups from the directory now (blocking; raises ``LDAPException``)."""
        c = self.config
        conn = self._connection()
        conn.search(c.base, c.user_filter.format(user=escape_filter_chars(user)), SUBTREE, attributes=[],
                    size_limit=2)
        if len(conn.entries) != 1:  # unknown (or ambiguous) user: no directory groups
            return ()
        dn = conn.entries[0].entry_dn
        conn.search(c.base, c.group_filter.format(dn=escape_filter_chars(dn)), SUBTREE,
                    attributes=[c.group_attribute])
        return tuple(sorted({str(v) for e in conn.entries for v in e[c.group_attribute].values}))


class _DirectoryPolicy(Policy):
    _directory: Callable[[str], tuple[str, ...]] | None = PrivateAttr(default=None)

    def groups_of(self, user: str) -> list[str]:
        """The YAML groups that list ``user`` plus the declared groups the directory puts the user in."""
        own = set(super().groups_of(user))
        if self._directory is not None:
            own |= {g for g in self._directory(user) if g in self.groups}
        return sorted(own)


def directory_policy(source: Callable[[], Policy], directory: DirectoryGroups) -> Callable[[], Policy]:
    """A policy source like ``source`` whose policies also resolve groups from ``directory``."""
    last: list[tuple[Policy, Policy]] = []

    def get() -> Policy:
        p = source()
        if last and last[0][0] is p:
            return last[0][1]
        wrapped = _DirectoryPolicy.model_construct(_fields_set=p.model_fields_set, **dict(p))
        wrapped._directory = directory.groups_of
        last[:] = [(p, wrapped)]
        return wrapped

    return get
