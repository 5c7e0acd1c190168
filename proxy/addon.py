"""The aiwarden mitmproxy addon: classify → identify → decide → act → forward → restore → record.

Traffic that is not AI is never parsed, buffered or delayed: TLS to hosts outside the catalog is
passed through unopened, and plain-HTTP bodies are streamed. The one exception is discovery: a small
JSON POST to an unknown host is read whole, so an OpenAI-/Anthropic-/Gemini-shaped request can be
recognised as a new AI service.

Options whose value can come from the environment (``AIWARDEN_<NAME>`` for ``aiwarden_<name>``) read
it as their default, so ``aiwarden run`` picks them up before the settings wire them explicitly.
"""

import asyncio
import functools
import json
import logging
import math
import os
import time
from collections.abc import Callable
from typing import Protocol

from mitmproxy import ctx, exceptions, http, tls

from inventory.models import Service, UsageEvent
from policy.engine import Decision, RequestContext, decide
from policy.model import Policy
from proxy import accounts, metrics, pages, urls
from proxy.bodies import BodyTooLarge, decode_bounded
from proxy.budgets import SpendGuard
from proxy.catalog import AIService, Catalog, normalize_host
from proxy.coach import FORM_TTL, CoachTokens, cookie_name, set_cookie, take_cookies
from proxy.dialects import Usage, dialect
from proxy.discovery import detect_ai_shape, unknown_service, unknown_service_id
from proxy.identity import identify
from proxy.routing import Credential, Target, parse_credentials, parse_overrides, redirect_target
from proxy.scrub_body import AttachmentPolicy, Box, Collector, Refusal
from proxy.sse import STREAM_ENCODINGS, Inflater, SSEProcessor, restore_events, restore_strings
from scrubber.errors import ScrubberError, ScrubTimeout
from scrubber.restore import restore
from scrubber.types import ScrubOptions, ScrubResult

log = logging.getLogger("aiwarden.proxy")
MB = 1024 * 1024
READ_LIMIT = 1 * MB  # allow/coach request bodies up to this are read (model name, size); larger stream
PREPARE_CHARS = 64 * 1024  # streamed answers up to this are kept (in memory) to be pre-analysed
ANSWER_LIMIT = 8 * MB  # answers up to this are read for usage (and restored); larger ones stream
DRAIN_SECONDS = 10.0  # at shutdown, AI requests in flight get this long to finish (and be recorded)
_CLIENT_CREDENTIALS = ("authorization", "x-api-key", "api-key", "x-goog-api-key", "openai-organization",
                       "openai-project")


def scrub_options(decision: Decision) -> ScrubOptions:
    """The scrubber options for a decision (the same for a request and for warming its answer)."""
    return ScrubOptions(entity_actions=decision.entities, allow_terms=decision.allow_terms,
                        deny_terms=decision.deny_terms)


def json_strings(obj: object) -> list[str]:
    """Every string value in a parsed JSON document, in document order (iterative: any depth)."""
    out: list[str] = []
    stack = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict | list):
            stack.extend(reversed(list(item.values()) if isinstance(item, dict) else item))
    return out


class ScrubService(Protocol):
    async def scrub(self, texts: list[str], options: ScrubOptions) -> ScrubResult: ...


class EventSink(Protocol):
    def record(self, item: UsageEvent | Service) -> bool: ...


def _env(name: str, default: str = "") -> str:
    return os.environ.get(f"AIWARDEN_{name.upper()}", default)


_ascii = pages.header_text  # the one rule for text in our headers


class AIWarden:
    def __init__(self, catalog: Catalog, policy: Callable[[], Policy], scrubber: ScrubService,
                 sink: EventSink, spend: SpendGuard | None = None) -> None:
        self.catalog = catalog
        self.policy = policy
        self.scrubber = scrubber
        self.sink = sink
        self.overrides: dict[str, Target] = {}
        self.credentials: dict[str, Credential] = {}
        self.registry = accounts.AccountRegistry()
        self.tenant: dict[str, list[tuple[str, str]]] = {}
        # Memory only, keyed by flow id: placeholder → original (never logged or stored) and SSE readers.
        self._mappings: dict[str, dict[str, str]] = {}
        self._streams: dict[str, SSEProcessor] = {}
        self.coach = CoachTokens()  # signed coaching acknowledgements (keyed by aiwarden_key_secret)
        self.spend = spend or SpendGuard()  # rate limits, budgets, model rules (proxy/budgets.py)
        self._inflight: set[str] = set()  # ids of AI flows not yet answered or failed
        self._draining = False

    # -- options -------------------------------------------------------------------------------------
    def load(self, loader) -> None:
        loader.add_option(
            "aiwarden_upstream_overrides", str, "",
            "Comma-separated host=url pairs: send AI traffic for host to url instead (staging, tests). "
            "Applied after classification, policy and scrubbing; the inventory keeps the original service.",
        )
        loader.add_option(
            "aiwarden_max_body", int, 16 * MB,
            "Largest AI request body (bytes, decoded) aiwarden will scrub; larger ones are refused when the "
            "policy says scrub, never forwarded unscrubbed.",
        )
        loader.add_option(
            "aiwarden_inspect_all", bool, False,
            "Open TLS for every host (needed to discover AI services missing from the catalog). "
            "Off: only catalog hosts are opened; all other TLS passes through untouched.",
        )
        loader.add_option(
            "aiwarden_redirect_credentials", str, _env("redirect_credentials"),
            "Corporate credentials for policy redirects of API calls: host=Header-Name:ENV_VAR,… "
            "(e.g. acme.openai.azure.com=api-key:AZURE_OPENAI_API_KEY). The secret is read from the "
            "environment variable named; an API call is only rerouted to a host listed here.",
        )
        loader.add_option(
            "aiwarden_key_secret", str, _env("key_secret"),
            "Secret for the keyed fingerprints (HMAC-SHA256) of API keys. Empty: keys are not fingerprinted.",
        )
        loader.add_option(
            "aiwarden_corporate_keys", str, _env("corporate_keys"),
            "Comma-separated fingerprints of the organisation's own API keys (made with "
            "aiwarden_key_secret).",
        )
        loader.add_option(
            "aiwarden_corporate_orgs", str, _env("corporate_orgs"),
            "Comma-separated organisation/project/workspace ids of the organisation (OpenAI-Organization, "
            "OpenAI-Project, ChatGPT-Account-Id headers; claude.ai organisation UUIDs).",
        )
        loader.add_option(
            "aiwarden_tenant_headers", str, _env("tenant_headers"),
            "Tenant-restriction headers to add per service: service=Header-Name:value;… "
            "(e.g. chatgpt-web=ChatGPT-Allowed-Workspace-Id:ws-123).",
        )
        loader.add_option(
            "aiwarden_coach_ttl", int, int(_env("coach_ttl", "28800") or 28800),
            "Seconds a user's acknowledgement of a coaching page lasts, per service.",
        )
        loader.add_option(
            "aiwarden_spend_database", str, _env("spend_database") or _env("database_url"),
            "Database URL holding the budget counters shared by all proxy processes (default: "
            "AIWARDEN_DATABASE_URL). Empty: budgets are counted in this process only.",
        )

        # mitmproxy calls `configure` only for options that change later: parse the defaults now, so a
        # bad value from the environment fails at start.
        self._parse(loader.master.options, set(loader.master.options.keys()))

    def configure(self, updated: set[str]) -> None:
        self._parse(ctx.options, updated)

    def _parse(self, options, updated: set[str]) -> None:
        try:
            if "aiwarden_upstream_overrides" in updated:
                self.overrides = parse_overrides(options.aiwarden_upstream_overrides)
            if "aiwarden_redirect_credentials" in updated:
                self.credentials = parse_credentials(options.aiwarden_redirect_credentials, os.environ)
            if "aiwarden_key_secret" in updated:
                self.coach = CoachTokens(options.aiwarden_key_secret)
            if updated & {"aiwarden_key_secret", "aiwarden_corporate_keys", "aiwarden_corporate_orgs"}:
                self.registry = accounts.AccountRegistry.from_settings(
                    options.aiwarden_key_secret, options.aiwarden_corporate_keys,
                    options.aiwarden_corporate_orgs)
            if "aiwarden_tenant_headers" in updated:
                self.tenant = accounts.parse_tenant_headers(options.aiwarden_tenant_headers)
            if "aiwarden_spend_database" in updated:
                self.spend.configure(options.aiwarden_spend_database)
        except ValueError as exc:
            raise exceptions.OptionsError(str(exc)) from None

    async def done(self) -> None:
        """At shutdown, before the recorder closes: let AI requests in flight finish, so each is recorded."""
        self._draining = True
        deadline = time.monotonic() + DRAIN_SECONDS
        while self._inflight and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        self.spend.close()  # write the budget counters of the requests just finished

    # -- hooks ---------------------------------------------------------------------------------------
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
        path = urls.match_path(req.path)  # one reading of the path: no "#", dot segments or "//"
        return self.catalog.match(req.host, path) or self.catalog.match(req.pretty_host, path)

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        if flow.response or flow.error or not flow.live:
            return
        req = flow.request
        if req.path.split("?", 1)[0] == pages.ACK_PATH:
            return self._acknowledge(flow)
        svc = self._service(flow)
        if svc is None:
            shape = detect_ai_shape(req.method, req.path, req.headers, None)  # path and headers only
            if shape is None:
                if self._may_be_ai(flow):
                    flow.metadata["aiwarden.pending"] = True  # the body decides, in `request`
                else:
                    req.stream = True  # not AI: never buffered
                return
            svc = self._discovered(flow, shape)
        try:
            self._classify(flow, svc)
            if self._draining:  # shutting down: take no new AI request we might not get to record
                return self._refuse(flow, 503, "aiwarden is restarting; please try again.", "block")
            self._act(flow, in_headers=True)
        except Exception as exc:  # mitmproxy would log it and forward the request unchecked
            self._fail_closed(flow, exc)

    async def request(self, flow: http.HTTPFlow) -> None:
        if flow.response or flow.error:
            return
        md = flow.metadata
        if md.pop("aiwarden.pending", False):
            try:
                body = decode_bounded(flow.request.raw_content or b"",
                                      flow.request.headers.get("content-encoding", ""), READ_LIMIT)
            except ValueError:  # unreadable or a compression bomb: not something we recognise as AI
                return
            shape = detect_ai_shape(flow.request.method, flow.request.path, flow.request.headers, body)
            if shape is None:
                return
            self._classify(flow, self._discovered(flow, shape))
            self._act(flow, in_headers=False)
            if flow.response:
                return
        if "aiwarden.decision" not in md or md.get("aiwarden.routed"):
            return
        try:
            if md.get("aiwarden.scrub"):
                await self._scrub(flow)
            else:
                self._inspect(flow)
        except Exception as exc:  # mitmproxy would log it and forward the request unscrubbed
            return self._fail_closed(flow, exc)
        if not flow.response:
            self.spend.rewrite_model(flow)
            self._route(flow)

    def responseheaders(self, flow: http.HTTPFlow) -> None:
        md = flow.metadata
        if "aiwarden.service" not in md:
            flow.response.stream = True  # not AI: never buffered
            return
        if md.get("aiwarden.canned"):
            return
        resp = flow.response
        if md["aiwarden.action"] == "coach":
            resp.headers["X-AIWarden-Notice"] = _ascii(md["aiwarden.reason"])
        resp.headers.update(md.get("aiwarden.headers", {}))  # budget warnings and notices
        mapping = self._mappings.get(flow.id)
        if resp.headers.get("content-type", "").lower().startswith("text/event-stream"):
            enc = resp.headers.get("content-encoding", "").strip().lower()
            inflater = None
            if enc in STREAM_ENCODINGS:
                inflater = Inflater(enc)
            elif enc not in ("", "identity"):
                resp.stream = True  # an encoding we cannot read: pass it on as it is
                return
            if mapping and inflater:  # we rewrite the events, so the client gets them decoded
                del resp.headers["content-encoding"]
                resp.headers.pop("content-length", None)
            elif mapping:
                resp.headers.pop("content-length", None)
            collect = PREPARE_CHARS if self._prepares(flow) else 0
            proc = SSEProcessor(dialect(md["aiwarden.dialect"]), mapping, inflater, collect)
            self._streams[flow.id] = proc
            resp.stream = proc
        elif not mapping and int(resp.headers.get("content-length") or 0) > ANSWER_LIMIT:
            resp.stream = True

    def response(self, flow: http.HTTPFlow) -> None:
        md = flow.metadata
        if "aiwarden.service" not in md:
            return
        self._inflight.discard(flow.id)
        mapping = self._mappings.pop(flow.id, None)
        proc = self._streams.pop(flow.id, None)
        if proc is not None:
            usage = proc.usage
            self._prepare_next_turn(flow, proc.answer_texts())
        elif md.get("aiwarden.canned"):
            usage = Usage()
        else:
            usage = self._read_answer(flow, mapping)
        self._record(flow, usage)

    def error(self, flow: http.HTTPFlow) -> None:
        if "aiwarden.service" not in flow.metadata:
            return
        self._inflight.discard(flow.id)
        self._mappings.pop(flow.id, None)
        proc = self._streams.pop(flow.id, None)
        if flow.response is None:
            metrics.UPSTREAM_ERRORS.inc()
        self._record(flow, proc.usage if proc else Usage())

    # -- classify and decide -------------------------------------------------------------------------
    def _may_be_ai(self, flow: http.HTTPFlow) -> bool:
        """Worth reading the body to look for an AI request shape: a small JSON POST/PUT."""
        req = flow.request
        if req.method not in ("POST", "PUT") or "json" not in req.headers.get("content-type", "").lower():
            return False
        size = req.headers.get("content-length", "")
        return size.isdigit() and 0 < int(size) <= min(ctx.options.aiwarden_max_body, READ_LIMIT)

    def _discovered(self, flow: http.HTTPFlow, shape: str) -> AIService:
        svc = unknown_service(flow.request.pretty_host, shape)
        self.sink.record(Service(id=svc.id, name=svc.name, vendor="", category=svc.category, unknown=True))
        metrics.DISCOVERED.inc()
        return svc

    def _classify(self, flow: http.HTTPFlow, svc: AIService) -> None:
        req = flow.request
        who = identify(flow.metadata, flow.client_conn.peername)
        policy = self.policy()
        decision = decide(RequestContext(user=who.user, service_id=svc.id, category=svc.category,
                                         known=not svc.unknown), policy)
        try:  # forward the one reading of the path we classified, so the vendor routes what we saw
            req.path = urls.normalize(req.path).forwarded
        except urls.AmbiguousTarget:
            pass  # refused in _scrub when the policy scrubs; other actions forward it as it came
        acct = accounts.classify(req.headers, req.path.split("?", 1)[0], req.query, self.registry)
        groups = getattr(decision, "groups", ()) or tuple(policy.groups_of(who.user))
        self._inflight.add(flow.id)
        flow.metadata.update({
            "aiwarden.service": svc.id, "aiwarden.service_name": svc.name, "aiwarden.dialect": svc.dialect,
            "aiwarden.unknown": svc.unknown, "aiwarden.host": normalize_host(req.pretty_host),
            "aiwarden.user": who.user, "aiwarden.client_addr": who.client_addr,
            "aiwarden.group": groups[0] if groups else "",
            "aiwarden.action": decision.action, "aiwarden.reason": decision.reason,
            "aiwarden.policy_version": decision.policy_version, "aiwarden.pii_counts": {},
            "aiwarden.started": time.time(), "aiwarden.decision": decision,
            "aiwarden.key_fingerprint": acct.key_fingerprint, "aiwarden.personal": acct.personal,
        })

    # -- act -----------------------------------------------------------------------------------------
    def _act(self, flow: http.HTTPFlow, in_headers: bool) -> None:
        """Answer at once (block, redirect, coaching page) or prepare forwarding (scrub, allow, coach)."""
        md, req = flow.metadata, flow.request
        decision: Decision = md["aiwarden.decision"]
        policy = self.policy()
        action = decision.action
        acks = take_cookies(req)  # our coaching cookies are for us only, never for the vendor
        if self.spend.refuses(flow, policy):  # a rate limit or budget answered it
            return
        if action == "block":
            reason = decision.reason.removeprefix(f"{policy.name}: ")
            message = f"Blocked by {policy.name}: {reason}.{self._alternative(decision)}"
            return self._refuse(flow, 403, message, "block")
        if action == "redirect":
            if pages.wants_html(flow) and decision.redirect_to:
                md["aiwarden.canned"] = True
                flow.response = http.Response.make(302, b"", {"Location": decision.redirect_to,
                                                              "X-AIWarden-Action": "redirect",
                                                              "Cache-Control": "no-store"})
                return
            if not self._reroute(flow, decision):
                return self._refuse(flow, 403, f"Not allowed by {policy.name}: "
                                    f"{decision.reason.removeprefix(f'{policy.name}: ')}."
                                    f"{self._alternative(decision)}", "redirect")
            md["aiwarden.scrub"] = policy.defaults.sanctioned_action == "scrub"
        elif action == "coach" and pages.wants_html(flow):
            user, service = md["aiwarden.user"], md["aiwarden.service"]
            if not self.coach.valid(acks.get(cookie_name(service)), "ack", user, service):
                md["aiwarden.canned"] = True
                form = self.coach.make("form", user, service, FORM_TTL)
                flow.response = pages.coach_page(md["aiwarden.service_name"], service,
                                                 getattr(decision, "coaching", ""), decision.reason, req.path,
                                                 form)
                return
        elif action == "scrub":
            md["aiwarden.scrub"] = True
        if md.get("aiwarden.scrub"):
            if req.headers.get("upgrade", "").lower() == "websocket":
                # No scrubbing of WebSocket messages (e.g. OpenAI's Realtime API): refuse, never pass through.
                return self._refuse(flow, 403, "aiwarden cannot check WebSocket messages for personal data, "
                                    "so this connection was not opened.", "block")
            size = req.headers.get("content-length", "")
            if size.isdigit() and int(size) > ctx.options.aiwarden_max_body:  # refuse before buffering it
                return self._refuse(flow, 413, self._too_large(), "block")
        sp = policy.services.get(md["aiwarden.service"])
        for name, value in accounts.tenant_headers(md["aiwarden.service"], self.tenant,
                                                   getattr(sp, "tenant_headers", None)):
            req.headers[name] = value
        if in_headers and not md.get("aiwarden.scrub") and not self._readable(req):
            req.stream = True  # nothing we need from a large or unframed body: forward as it arrives
            self._route(flow)

    @staticmethod
    def _readable(req: http.Request) -> bool:
        size = req.headers.get("content-length", "")
        return size.isdigit() and int(size) <= READ_LIMIT and "json" in req.headers.get("content-type", "")

    def _alternative(self, decision: Decision) -> str:
        if decision.redirect_to:
            return f" Please use {decision.redirect_to} instead."
        names = [self.catalog.services[s].name for s, sp in self.policy().services.items()
                 if sp.sanctioned and s in self.catalog.services][:3]
        return f" Sanctioned alternative: {', '.join(names)}." if names else ""

    def _reroute(self, flow: http.HTTPFlow, decision: Decision) -> bool:
        """Send an API call to the sanctioned endpoint with the corporate credential; False if we cannot."""
        if not decision.redirect_to:
            return False
        try:
            target, path = redirect_target(decision.redirect_to, flow.request.path)
        except ValueError:
            return False
        cred = self.credentials.get(target.host.lower())
        if cred is None:
            return False  # never forward the employee's own key to the sanctioned endpoint
        req = flow.request
        for h in _CLIENT_CREDENTIALS:
            req.headers.pop(h, None)
        req.query.pop("key", None)
        req.scheme, req.host, req.port = target.scheme, target.host, target.port
        req.path = path
        req.headers[cred.header] = cred.value
        flow.metadata["aiwarden.redirected_to"] = target.host
        return True

    def _acknowledge(self, flow: http.HTTPFlow) -> None:
        """The coaching page's continue button: a cookie acknowledging it for this user and service, then
        back to the page they wanted. Only with the page's own form token (no cross-site acknowledgement)."""
        req = flow.request
        flow.metadata["aiwarden.canned"] = True
        html = {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store"}
        if req.method != "POST":
            flow.response = http.Response.make(405, b"use the button on the page", {"Allow": "POST"})
            return
        service = req.query.get("service", "")
        host = normalize_host(req.pretty_host)
        if service not in {s.id for s in self.catalog.candidates(host)} | {unknown_service_id(host)}:
            flow.response = http.Response.make(400, pages.html_page("Unknown service", "Nothing to confirm."),
                                               html)
            return
        who = identify(flow.metadata, flow.client_conn.peername)
        if not self.coach.valid(req.query.get("token"), "form", who.user, service):
            flow.response = http.Response.make(403, pages.html_page(
                "Please use the button on the page",
                "This confirmation did not come from a current aiwarden page (it may have expired). "
                "Reload the page you wanted and confirm there."), html)
            return
        ttl = ctx.options.aiwarden_coach_ttl
        token = self.coach.make("ack", who.user, service, ttl)
        cookie = set_cookie(service, token, ttl, secure=req.scheme == "https")
        decision = decide(RequestContext(user=who.user, service_id=service), self.policy())
        self.sink.record(UsageEvent(
            user=who.user, client_addr=who.client_addr, service_id=service, host=host, path=pages.ACK_PATH,
            method="POST", action="coach_ack", reason="employee read the coaching page and continued",
            status=303, policy_version=decision.policy_version,
        ))
        metrics.REQUESTS.labels("coach_ack").inc()
        flow.response = http.Response.make(303, b"", {"Location": pages.safe_next(req.query.get("next", "/")),
                                                      "X-AIWarden-Action": "coach_ack",
                                                      "Cache-Control": "no-store", "Set-Cookie": cookie})

    def _refuse(self, flow: http.HTTPFlow, status: int, message: str, action: str, reason: str = "") -> None:
        """Answer in the provider's shape; ``reason`` (no personal data) is what the inventory records."""
        flow.metadata["aiwarden.action"] = action
        if reason:
            flow.metadata["aiwarden.reason"] = reason
        flow.metadata["aiwarden.canned"] = True
        flow.response = pages.refusal(flow, status, message, flow.metadata["aiwarden.dialect"], action)

    def _inspect(self, flow: http.HTTPFlow) -> None:
        """For allowed traffic: the model asked for and the size of the prompt (no text kept)."""
        req = flow.request
        if not req.raw_content or len(req.raw_content) > READ_LIMIT:
            return
        try:
            content = decode_bounded(req.raw_content, req.headers.get("content-encoding", ""), READ_LIMIT)
            body = json.loads(content or b"null")
        except (ValueError, RecursionError):
            return
        codec = dialect(flow.metadata["aiwarden.dialect"])
        collector = Collector(codec.PROTOCOL, AttachmentPolicy(attachments="allow"))
        try:
            collector.json(Box(body))
        except Refusal:
            return
        flow.metadata["aiwarden.model"] = codec.request_model(req.path, body)
        flow.metadata["aiwarden.chars"] = sum(map(len, collector.walk.texts))

    async def _scrub(self, flow: http.HTTPFlow) -> None:
        """Scrub by default: every string of the body, path and query except protocol structure."""
        req, md = flow.request, flow.metadata
        decision: Decision = md["aiwarden.decision"]
        raw = req.raw_content or b""
        limit = ctx.options.aiwarden_max_body
        if len(raw) > limit:
            return self._refuse(flow, 413, self._too_large(), "block")
        codec = dialect(md["aiwarden.dialect"])
        try:
            target = urls.normalize(req.path)
        except urls.AmbiguousTarget:
            return self._refuse(flow, 400, "aiwarden could not tell which endpoint this request is for (its "
                                "path has encoded separators), so it was not sent.", "block",
                                "path with encoded separators refused")
        collector = Collector(codec.PROTOCOL, AttachmentPolicy(decision.attachments, decision.images))
        url_texts = urls.free_text(target, urls.PROTOCOL_PARAMS)
        url_new = [t.text for t in url_texts]
        for i, t in enumerate(url_texts):
            collector.walk.add(t.text, functools.partial(url_new.__setitem__, i))
        try:
            content = decode_bounded(raw, req.headers.get("content-encoding", ""), limit)
            build = self._collect_body(flow, collector, codec, content)
        except BodyTooLarge:
            return self._refuse(flow, 413, self._too_large(), "block")
        except Refusal as no:
            return self._refuse(flow, no.status, no.message, "block", no.reason)
        except (ValueError, RecursionError):  # bad JSON, bad UTF-8, bad content-encoding
            return self._refuse(flow, 400, "aiwarden could not read this request (it is not valid JSON "
                                           "text), so it was not sent.", "block", "request body not readable")
        texts = collector.walk.texts
        md["aiwarden.chars"] = sum(map(len, texts))
        if texts:
            try:
                result = await self.scrubber.scrub(texts, scrub_options(decision))
            except ScrubTimeout:
                return self._scrub_failed(flow, "timeout", "aiwarden could not check this request for "
                                          "personal data in time, so it was not sent. Please try again.")
            except ScrubberError as exc:
                log.error("scrubber failed for %s: %s", md["aiwarden.service"], exc)
                return self._scrub_failed(flow, "error", "aiwarden could not check this request for personal "
                                                         "data, so it was not sent.")
            md["aiwarden.pii_counts"] = result.counts
            if blocked := result.blocked_types:
                kinds = ", ".join(sorted(blocked))
                return self._refuse(flow, 403, "Blocked by policy: the request contains data that may not be "
                                    f"sent to AI services ({kinds}).", "block",
                                    f"data that may not be sent: {kinds}")
            try:
                collector.walk.apply(result.texts)
            except Refusal as no:
                return self._refuse(flow, no.status, no.message, "block", no.reason)
            if result.mapping:
                self._mappings[flow.id] = result.mapping
        req.path = urls.rebuild(target, url_texts, url_new).forwarded
        if build is not None:
            ctype, body = build()
            if ctype:
                req.headers["content-type"] = ctype
            req.set_content(body)  # re-encodes with the request's Content-Encoding, fixes Content-Length

    def _collect_body(self, flow: http.HTTPFlow, collector: Collector, codec, content: bytes):
        """Find the texts of a request body; a function building the body to send (None: no body)."""
        if not content:
            return None
        ctype = flow.request.headers.get("content-type", "")
        kind = ctype.split(";", 1)[0].strip().lower()
        if "json" in kind or (not kind and content.lstrip()[:1] in (b"{", b"[")):
            body = json.loads(content.decode("utf-8"))
            # What we check is what we send: our own serialisation of the parsed body, so duplicate keys
            # (parsers disagree on which one wins) cannot smuggle an unchecked copy past us.
            box = Box(body)
            flow.metadata["aiwarden.model"] = codec.request_model(flow.request.path, body)
            collector.json(box)
            return lambda: ("", json.dumps(box.value, ensure_ascii=False, separators=(",", ":")).encode())
        if kind == "application/x-www-form-urlencoded":
            form = collector.form(content.decode("utf-8"))
            return lambda: ("", form())
        if kind.startswith("multipart/"):
            return collector.multipart(ctype, content)
        if kind.startswith("text/"):
            text = collector.text(content.decode("utf-8"))
            return lambda: ("", text())
        out = [content]
        collector.attachment(content, kind, "", lambda data: out.__setitem__(0, data))
        return lambda: ("", out[0])

    @staticmethod
    def _too_large() -> str:
        return ("This request is too large for aiwarden to check for personal data "
                f"(limit {ctx.options.aiwarden_max_body // 1024} KiB), so it was not sent.")

    def _fail_closed(self, flow: http.HTTPFlow, exc: Exception) -> None:
        """An unexpected error while checking an AI request: refuse it (the error type only is logged)."""
        tb = exc.__traceback__
        while tb and tb.tb_next:
            tb = tb.tb_next
        where = f"{tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}" if tb else "?"
        log.error("internal error (%s at %s) on a request to %s; it was not sent",
                  type(exc).__name__, where, flow.metadata.get("aiwarden.service", "an AI service"))
        metrics.SCRUB_FAILURES.labels("internal", "fail_closed").inc()
        message = "aiwarden failed while checking this request, so it was not sent."
        if "aiwarden.action" in flow.metadata:
            self._refuse(flow, 500, message, "block")
        else:
            flow.metadata["aiwarden.canned"] = True
            flow.response = http.Response.make(500, message.encode(), {"Content-Type": "text/plain"})

    def _scrub_failed(self, flow: http.HTTPFlow, kind: str, message: str) -> None:
        md = flow.metadata
        if getattr(md["aiwarden.decision"], "fail_open", False):
            metrics.SCRUB_FAILURES.labels(kind, "fail_open").inc()
            md["aiwarden.action"] = "allow"
            md["aiwarden.reason"] = f"scrubber {kind}; this service's policy fails open"
            return
        metrics.SCRUB_FAILURES.labels(kind, "fail_closed").inc()
        self._refuse(flow, 503, message, "block")

    def _route(self, flow: http.HTTPFlow) -> None:
        flow.metadata["aiwarden.routed"] = True
        req = flow.request
        target = self.overrides.get(req.host.lower()) or self.overrides.get(req.pretty_host)
        if target:
            host_header = req.headers.get("host")
            req.scheme, req.host, req.port = target.scheme, target.host, target.port
            if host_header:
                req.headers["host"] = host_header  # upstream still sees which service was meant

    # -- answers -------------------------------------------------------------------------------------
    def _prepares(self, flow: http.HTTPFlow) -> bool:
        decision = flow.metadata.get("aiwarden.decision")
        return decision is not None and decision.action == "scrub" and hasattr(self.scrubber, "prepare")

    def _prepare_next_turn(self, flow: http.HTTPFlow, answer: object) -> None:
        """Chat clients send this answer back as history next turn: let an idle worker analyse it now."""
        if not self._prepares(flow):
            return
        texts = [t for t in json_strings(answer) if len(t) >= 20 and " " in t]  # prose, not ids or enums
        if texts:
            self.scrubber.prepare(  # type: ignore[attr-defined]
                texts[:20], scrub_options(flow.metadata["aiwarden.decision"]))

    def _read_answer(self, flow: http.HTTPFlow, mapping: dict[str, str] | None) -> Usage:
        """Usage from a JSON answer, and placeholders restored in it (JSON stays valid)."""
        resp = flow.response
        if resp is None or resp.stream or not resp.raw_content or len(resp.raw_content) > ANSWER_LIMIT:
            return Usage()
        try:
            content = decode_bounded(resp.raw_content, resp.headers.get("content-encoding", ""),
                                     4 * ANSWER_LIMIT)
        except ValueError:  # an encoding we cannot read, or a compression bomb: pass it on as it is
            return Usage()
        ctype = resp.headers.get("content-type", "").lower()
        text = content.decode("utf-8", "replace")
        placeholders = bool(mapping) and ("<" in text or "\\u003c" in text.lower())
        try:
            data = json.loads(text) if text.lstrip()[:1] in ("{", "[") else None
        except (ValueError, RecursionError):  # not JSON, or nested deeper than Python parses
            data = None
        if data is None:
            if placeholders and ctype.startswith(("text/", "application/json")):
                resp.set_content(restore(text, mapping or {}).encode())
            return Usage()
        codec = dialect(flow.metadata["aiwarden.dialect"])
        if placeholders:
            # A JSON array of stream chunks (Gemini without alt=sse) continues texts across items.
            new = (restore_events(codec, data, mapping or {}) if isinstance(data, list)
                   else restore_strings(data, mapping or {}))
            resp.set_content(json.dumps(new, ensure_ascii=False).encode())
            self._prepare_next_turn(flow, new)
        else:
            self._prepare_next_turn(flow, data)
        return codec.usage(data)

    # -- record --------------------------------------------------------------------------------------
    def _record(self, flow: http.HTTPFlow, usage: Usage) -> None:
        md = flow.metadata
        started = md.get("aiwarden.started", flow.request.timestamp_start)
        resp = flow.response
        reason = md["aiwarden.reason"]
        status = resp.status_code if resp else None
        if resp is None and flow.error:
            status, reason = 502, f"{reason} (the AI service could not be reached)"
        elif flow.error:  # the answer broke off; unless it was already streaming, the client got a 502
            status, reason = status if resp.stream else 502, f"{reason} (the answer was cut off)"
        tokens_in, estimated = usage.tokens_in, False
        if tokens_in is None and md.get("aiwarden.chars"):
            tokens_in, estimated = math.ceil(md["aiwarden.chars"] / 4), True  # ~4 characters per token
        req = flow.request
        req_size = len(req.raw_content or b"") or int(req.headers.get("content-length") or 0)
        action = md["aiwarden.action"]
        metrics.REQUESTS.labels(action).inc()
        event = UsageEvent(
            user=md["aiwarden.user"], client_addr=md["aiwarden.client_addr"],
            service_id=md["aiwarden.service"], host=md["aiwarden.host"], path=urls.route(req.path),
            method=req.method,
            action=action, reason=reason[:500], pii_counts=md.get("aiwarden.pii_counts") or {},
            status=status, request_bytes=req_size,
            response_bytes=len(resp.raw_content or b"") if resp and resp.raw_content else 0,
            latency_ms=round((time.time() - started) * 1000, 2),
            policy_version=md["aiwarden.policy_version"], group=md.get("aiwarden.group", ""),
            model=(md.get("aiwarden.model") or usage.model)[:200], tokens_in=tokens_in,
            tokens_out=usage.tokens_out, tokens_estimated=estimated,
            personal_account=md.get("aiwarden.personal"),
            key_fingerprint=md.get("aiwarden.key_fingerprint", ""),
            unknown_ai=bool(md.get("aiwarden.unknown")),
        )
        self.spend.account(event, md, self.policy())
        self.sink.record(event)
