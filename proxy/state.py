"""What aiwarden knows about one AI request, from its headers to its record: one object per flow.

Kept at ``flow.metadata["aiwarden"]`` (one key, as mitmproxy's own addons do with ``"proxyauth"``); flows
that are not AI traffic have none. It lives in memory for the flow's lifetime only; the placeholder
mapping in it is never logged, stored or shown (``repr=False``).
"""

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mitmproxy import http

from policy.engine import Decision
from proxy.catalog import AIService

if TYPE_CHECKING:
    from proxy.sse import SSEProcessor

KEY = "aiwarden"
PENDING = "aiwarden.pending"  # an unknown host's JSON request whose body decides whether it is AI


@dataclass(slots=True)
class FlowState:
    service: AIService
    decision: Decision
    user: str
    client_addr: str
    group: str
    host: str  # the service host as the client named it (normalised)
    action: str  # what was done: the decision's action, or "block" when aiwarden refused
    reason: str  # why, for the inventory (no personal data)
    key_fingerprint: str = ""
    personal: bool | None = None  # a personal account (True), the organisation's (False), unknown (None)
    started: float = field(default_factory=time.time)
    scrub: bool = False  # the request is scrubbed before it leaves
    canned: bool = False  # aiwarden answered the request itself (refusal, page, redirect)
    routed: bool = False  # forwarding is set up (overrides applied); nothing more to do in `request`
    model: str = ""  # the model asked for (after a model rule rewrote it: the model sent)
    model_requested: str = ""  # the model asked for, when a model rule rewrote it
    chars: int = 0  # characters of text in the request (estimates tokens when the answer does not say)
    pii_counts: dict[str, int] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)  # added to the answer (budget notices)
    mapping: dict[str, str] = field(default_factory=dict, repr=False)  # placeholder → original
    stream: "SSEProcessor | None" = field(default=None, repr=False)  # the streamed answer's reader

    @property
    def service_id(self) -> str:
        return self.service.id

    @property
    def dialect(self) -> str:
        return self.service.dialect


def state(flow: http.HTTPFlow) -> FlowState | None:
    """The flow's state, or None when it is not AI traffic."""
    return flow.metadata.get(KEY)
