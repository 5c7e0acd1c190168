"""A real OpenLDAP server (Debian's slapd) with a test directory: users and groups under dc=example,dc=org."""

import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

from ldap3 import Connection, Server

from tests.conftest import free_port

SLAPD = shutil.which("slapd") or "/usr/sbin/slapd"
BASE = "dc=example,dc=org"
ROOT_DN, ROOT_PW = f"cn=admin,{BASE}", "test-root-secret"
READER_DN, READER_PW = f"cn=reader,{BASE}", "reader-secret"


class Slapd:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.port = free_port()
        self.proc: subprocess.Popen | None = None
        (directory / "db").mkdir(parents=True, exist_ok=True)
        (directory / "slapd.conf").write_text(f"""
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
modulepath /usr/lib/ldap
moduleload back_mdb
pidfile {directory}/slapd.pid
database mdb
maxsize 10485760
suffix "{BASE}"
rootdn "{ROOT_DN}"
rootpw {ROOT_PW}
directory {directory}/db
access to attrs=userPassword by anonymous auth by * none
access to * by dn.exact="{READER_DN}" read by * none
""")

    @property
    def url(self) -> str:
        return f"ldap://127.0.0.1:{self.port}"

    def start(self) -> "Slapd":
        self.proc = subprocess.Popen(
            [SLAPD, "-d", "0", "-h", f"{self.url}/", "-f", str(self.directory / "slapd.conf")],
            stdout=(self.directory / "slapd.out").open("a"), stderr=subprocess.STDOUT,
        )
        deadline = time.time() + 20
        while time.time() < deadline:
            assert self.proc.poll() is None, (self.directory / "slapd.out").read_text()
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("slapd did not listen")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGCONT)
            self.proc.terminate()
            self.proc.wait(15)
        self.proc = None

    def admin(self) -> Connection:
        return Connection(Server(self.url), ROOT_DN, ROOT_PW, auto_bind=True, raise_exceptions=True)

    def populate(self, groups: dict[str, list[str]]) -> None:
        """Users and groupOfNames entries (groups: name -> user ids)."""
        users = sorted({u for members in groups.values() for u in members} | {"nobody"})
        with self.admin() as c:
            c.add(BASE, ["dcObject", "organization"], {"dc": "example", "o": "Example"})
            for ou in ("people", "groups"):
                c.add(f"ou={ou},{BASE}", ["organizationalUnit"], {"ou": ou})
            c.add(READER_DN, ["simpleSecurityObject", "organizationalRole"],
                  {"cn": "reader", "userPassword": READER_PW})
            for u in users:
                c.add(self.user_dn(u), ["inetOrgPerson"], {"uid": u, "cn": u, "sn": u})
            for g, members in groups.items():
                c.add(f"cn={g},ou=groups,{BASE}", ["groupOfNames"],
                      {"cn": g, "member": [self.user_dn(m) for m in members]})

    def set_members(self, group: str, members: list[str]) -> None:
        from ldap3 import MODIFY_REPLACE

        with self.admin() as c:
            dns = [self.user_dn(m) for m in members]
            c.modify(f"cn={group},ou=groups,{BASE}", {"member": [(MODIFY_REPLACE, dns)]})

    @staticmethod
    def user_dn(uid: str) -> str:
        return f"uid={uid},ou=people,{BASE}"
