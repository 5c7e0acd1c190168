"""A start that fails after the inventory recorder started (a proxy option mitmproxy rejects) stops the
recorder's writer thread and the scrub workers before the error reaches the operator: nothing is left
running in a process that embeds ``serve`` (a test runner, a supervisor that retries)."""

import asyncio
import threading

import pytest

from aiwarden.errors import OperatorError
from aiwarden.settings import Settings
from aiwarden.wiring import serve


def _recorders() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "aiwarden-recorder" and t.is_alive()]


def test_bad_proxy_option_leaves_no_recorder_thread(tmp_path):
    before = len(_recorders())
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'aw.db'}", confdir=tmp_path,
                        proxyauth=f"@{tmp_path / 'missing.htpasswd'}", scrub_workers=1)
    with pytest.raises(OperatorError, match="AIWARDEN_PROXYAUTH"):
        asyncio.run(serve(settings, proxy_port=0, admin_port=None))
    assert len(_recorders()) == before
