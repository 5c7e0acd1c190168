"""The aiwarden mitmproxy addon: classify → identify → decide → act → forward → restore → record.

Traffic that is not AI is never parsed, buffered or delayed: TLS to hosts outside the catalog is
passed through unopened, and plain-HTTP bodies are streamed.
"""

import codecs
import json
import logging
import time
from collections.abc import Callable
from typing import Any, Protocol

from mitmproxy import ctx, exceptions, http, tls

from inventory.models import Service, UsageEvent
from policy.engine import Decision, RequestContext, decide
from policy.model import Policy
from proxy import pages
from proxy.catalog import AIService, Catalog
from proxy.dialects import dialect, get_at, set_at
from proxy.identity import identify
from proxy.routing import Target, parse_overrides
from scrubber.errors import ScrubberError, ScrubTimeout
from scrubber.restore import StreamRestorer, restore
from scrubber.types import ScrubOptions, ScrubResult

log = logging.getLogger("aiwarden.proxy")
MB = 1024 * 1024


class ScrubService(Protocol):
    async def scrub(self, texts: list[str], options: ScrubOptions) -> ScrubResult: ...


class EventSink(Protocol):
    def record(self, item: UsageEvent | Service) -> bool: ...


def _walk_strings(obj: Any, fn: Callable[[str], str]) -> Any:
    if isinstance(obj, str):
        return fn(obj)
    if isinstance(obj, list):
        return [_walk_strings(v, fn) for v in obj]
    if isinstance(obj, dict):
        return {k: _walk_strings(v, fn) for k, v in obj.items()}
    return obj


def _json_escape(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)[1:-1]


class AIWarden:
    def __init__(self, catalog: Catalog, policy: Callable[[], Policy], scrubber: ScrubService,
                 sink: EventSink) -> None:
        self.catalog = catalog
        self.policy = policy
        self.scrubber = scrubber
        self.sink = sink
        self.overrides: dict[str, Target] = {}
        self._mappings: dict[str, dict[str, str]] = {}  # flow id → placeholder → original (memory only)

    # -- options -------------------------------------------------------------------------------
    def load(self, loader) -> None:
        loader.add_option(
            "aiwarden_upstream_overrides", str, "",
            "Comma-separated host=url pairs: send AI traffic for host to url instead (staging, tests). "
            "Applied after classification, policy and scrubbing; the inventory keeps the original service.",
        )
        loader.add_option(
            "aiwarden_max_body", int, 16 * MB,
            "Largest AI request body (bytes) aiwarden will scrub; larger ones are refused when the "
            "policy says scrub, never forwarded unscrubbed.",
        )
        loader.add_option(
            "aiwarden_inspect_all", bool, False,
            "Open TLS for every host (needed to discover AI services missing from the catalog). "
            "Off: only catalog hosts are opened; all other TLS passes through untouched.",
        )

    def configure(self, updated: set[str]) -> None:
        if "aiwarden_upstream_overrides" in updated:
            try:
                self.overrides = parse_overrides(ctx.options.aiwarden_upstream_overrides)
            except ValueError as exc:
                raise exceptions.OptionsError(str(exc)) from None

    # -- hooks ---------------------------------------------------------------------------------
    def tls_clienthello(self, data: tls.ClientHelloData) -> None:
        if ctx.options.aiwarden_inspect_all:
            return
        hosts = [data.client_hello.sni or ""]
        if data.context.server.address:
            hosts.append(str(data.context.server.address[0]))
        if not any(self.catalog.is_ai_host(h) for h in hosts if h):
            data.ignore_connection = True  # not AI: raw TLS passthrough, we never see the content

    def _service(self, flow: http.HTTPFlow) -> AIService | None:
        req = flow.request
        return self.catalog.match(req.host, req.path) or self.catalog.match(req.pretty_host, req.path)

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        if flow.response or flow.error or not flow.live:
            return
        svc = self._service(flow)
        if svc is None:
            flow.request.stream = True  # not AI: never buffered
            return
        who = identify(flow.metadata, flow.client_conn.peername)
        policy = self.policy()
        decision = decide(RequestContext(user=who.user, service_id=svc.id, category=svc.category), policy)
        flow.metadata.update({
            "aiwarden.service": svc.id, "aiwarden.dialect": svc.dialect, "aiwarden.host": flow.request.host,
            "aiwarden.user": who.user, "aiwarden.client_addr": who.client_addr,
            "aiwarden.action": decision.action, "aiwarden.reason": decision.reason,
            "aiwarden.policy_version": decision.policy_version, "aiwarden.pii_counts": {},
            "aiwarden.started": time.time(), "aiwarden.decision": decision,
        })
        if decision.action in ("allow", "coach"):
            flow.request.stream = True  # nothing to read: forward as it arrives
            self._route(flow)

    async def request(self, flow: http.HTTPFlow) -> None:
        decision: Decision | None = flow.metadata.get("aiwarden.decision")
        if decision is None or flow.response or flow.error:
            return
        svc_dialect = flow.metadata["aiwarden.dialect"]
        if decision.action == "block":
            return self._refuse(flow, 403, f"Blocked by policy: {decision.reason}.", "block")
        if decision.action == "redirect":
            if decision.redirect_to and pages.wants_html(flow):
                flow.response = http.Response.make(302, b"", {"Location": decision.redirect_to,
                                                              "X-AIWarden-Action": "redirect"})
                return
            where = f" Use {decision.redirect_to} instead." if decision.redirect_to else ""
            return self._refuse(flow, 403, f"Not allowed by policy: {decision.reason}.{where}", "redirect")
        if decision.action == "scrub":
            await self._scrub(flow, decision, svc_dialect)
        if not flow.response:
            self._route(flow)

    def responseheaders(self, flow: http.HTTPFlow) -> None:
        if "aiwarden.service" not in flow.metadata:
            flow.response.stream = True  # not AI: never buffered
            return
        if flow.metadata.get("aiwarden.action") == "coach":
            flow.response.headers["X-AIWarden-Notice"] = flow.metadata["aiwarden.reason"]
        mapping = self._mappings.get(flow.id)
        ctype = flow.response.headers.get("content-type", "")
        if ctype.startswith("text/event-stream"):
            flow.response.stream = self._stream_restorer(mapping) if mapping else True

    def response(self, flow: http.HTTPFlow) -> None:
        if "aiwarden.service" not in flow.metadata:
            return
        mapping = self._mappings.pop(flow.id, None)
        if mapping and flow.response.content is not None and not flow.response.stream:
            self._restore_body(flow.response, mapping)
        self._record(flow)

    def error(self, flow: http.HTTPFlow) -> None:
        if "aiwarden.service" in flow.metadata:
            self._mappings.pop(flow.id, None)
            self._record(flow)

    # -- actions -------------------------------------------------------------------------------
    def _refuse(self, flow: http.HTTPFlow, status: int, message: str, action: str) -> None:
        flow.metadata["aiwarden.action"] = action
        flow.response = pages.refusal(flow, status, message, flow.metadata["aiwarden.dialect"], action)

    async def _scrub(self, flow: http.HTTPFlow, decision: Decision, svc_dialect: str) -> None:
        req = flow.request
        raw = req.raw_content or b""
        if len(raw) > ctx.options.aiwarden_max_body:
            return self._refuse(flow, 413, "This request is too large for aiwarden to check for personal "
                                           "data, so it was not sent.", "block")
        if not raw:
            return
        try:
            body = json.loads(req.get_text(strict=True) or "null")
        except (ValueError, UnicodeDecodeError):
            return self._refuse(flow, 400, "aiwarden could not read this request (it is not valid JSON "
                                           "text), so it was not sent.", "block")
        paths = [p for p in dialect(svc_dialect).text_paths(req.path, body) if get_at(body, p)]
        if not paths:
            return
        options = ScrubOptions(entity_actions=decision.entities, allow_terms=decision.allow_terms,
                               deny_terms=decision.deny_terms)
        try:
            result = await self.scrubber.scrub([get_at(body, p) for p in paths], options)
        except ScrubTimeout:
            return self._refuse(flow, 503, "aiwarden could not check this request for personal data in "
                                           "time, so it was not sent. Please try again.", "block")
        except ScrubberError as exc:
            log.error("scrubber failed for %s: %s", flow.metadata["aiwarden.service"], exc)
            return self._refuse(flow, 503, "aiwarden could not check this request for personal data, "
                                           "so it was not sent.", "block")
        flow.metadata["aiwarden.pii_counts"] = result.counts
        if blocked := result.blocked_types:
            return self._refuse(flow, 403, "Blocked by policy: the request contains data that may not be "
                                           f"sent to AI services ({', '.join(sorted(blocked))}).", "block")
        if result.mapping or any(e for e in result.entities):
            for p, text in zip(paths, result.texts, strict=True):
                set_at(body, p, text)
            req.set_text(json.dumps(body, ensure_ascii=False, separators=(",", ":")))
            self._mappings[flow.id] = result.mapping

    def _route(self, flow: http.HTTPFlow) -> None:
        target = self.overrides.get(flow.request.host.lower()) or self.overrides.get(flow.request.pretty_host)
        if target:
            host_header = flow.request.headers.get("host")
            flow.request.scheme, flow.request.host, flow.request.port = target.scheme, target.host, target.port
            if host_header:
                flow.request.headers["host"] = host_header  # upstream still sees which service was meant

    # -- restore -------------------------------------------------------------------------------
    @staticmethod
    def _restore_body(resp: http.Response, mapping: dict[str, str]) -> None:
        text = resp.get_text(strict=False)
        if not text or "<" not in text and "\\u003c" not in text.lower():
            return
        try:
            data = json.loads(text)
        except ValueError:
            if resp.headers.get("content-type", "").startswith(("text/", "application/json")):
                resp.set_text(restore(text, mapping))
            return
        resp.set_text(json.dumps(_walk_strings(data, lambda s: restore(s, mapping)), ensure_ascii=False))

    @staticmethod
    def _stream_restorer(mapping: dict[str, str]) -> Callable[[bytes], bytes]:
        # SSE data lines carry JSON: escape restored values so the JSON stays valid.
        restorer = StreamRestorer(mapping, escape=_json_escape)
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")  # chunks may split a character

        def fn(chunk: bytes) -> bytes:
            if not chunk:  # end of stream: release what was held back
                return (restorer.feed(decoder.decode(b"", final=True)) + restorer.flush()).encode()
            return restorer.feed(decoder.decode(chunk)).encode()

        return fn

    # -- record --------------------------------------------------------------------------------
    def _record(self, flow: http.HTTPFlow) -> None:
        md = flow.metadata
        started = md.get("aiwarden.started", flow.request.timestamp_start)
        resp = flow.response
        self.sink.record(UsageEvent(
            user=md["aiwarden.user"], client_addr=md["aiwarden.client_addr"], service_id=md["aiwarden.service"],
            host=md["aiwarden.host"], path=flow.request.path.split("?", 1)[0][:500], method=flow.request.method,
            action=md["aiwarden.action"], reason=md["aiwarden.reason"][:500],
            pii_counts=md.get("aiwarden.pii_counts") or {},
            status=resp.status_code if resp else None,
            request_bytes=len(flow.request.raw_content or b"") or int(flow.request.headers.get("content-length", 0) or 0),
            response_bytes=len(resp.raw_content or b"") if resp and resp.raw_content else 0,
            latency_ms=round((time.time() - started) * 1000, 2),
            policy_version=md["aiwarden.policy_version"],
        ))
