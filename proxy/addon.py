"""The aiwarden mitmproxy addon: classify → identify → decide → act → forward → restore → record.

The hooks are here; each step has its module: ``proxy/actions.py`` (block, redirect, coach, forwarding),
``proxy/scrubbing.py`` with ``proxy/scrub_body.py`` (scrub by default), ``proxy/answers.py`` (restore,
usage, warming the next turn) and ``proxy/recording.py`` (the usage event). What one AI request carries
from hook to hook is its ``FlowState`` (``proxy/state.py``) at ``flow.metadata["aiwarden"]``.

Traffic that is not AI is never parsed, buffered or delayed: TLS to hosts outside the catalog is
passed through unopened, and plain-HTTP bodies are streamed. The one exception is discovery: a small
JSON POST to an unknown host is read whole, so an OpenAI-/Anthropic-/Gemini-shaped request can be
recognised as a new AI service.
"""

import asyncio
import logging
import os
import time
from collections.abc import Callable
from typing import Protocol

from mitmproxy import ctx, exceptions, http, tls

from inventory.models import Service, UsageEvent
from policy.engine import RequestContext, decide
from policy.model import Policy
from proxy import accounts, answers, body_limit, mcp, metrics, pages, upstream_errors, urls
from proxy.actions import READ_LIMIT, acknowledge, act, refuse, route
from proxy.bodies import decode_bounded
from proxy.budgets import SpendGuard
from proxy.catalog import AIService, Catalog, normalize_host
from proxy.coach import CoachTokens
from proxy.dialects import Usage
from proxy.discovery import detect_ai_shape, unknown_service
from proxy.identity import identify
from proxy.recording import usage_event
from proxy.routing import Credential, Target, parse_credentials, parse_overrides
from proxy.scrub_body import Refusal
from proxy.scrubbing import ScrubFailed, ScrubService, inspect_request, scrub_request, too_large
from proxy.state import KEY, PENDING, FlowState, state

log = logging.getLogger("aiwarden.proxy")
MB = 1024 * 1024
DRAIN_SECONDS = 10.0  # at shutdown, AI requests in flight get this long to finish (and be recorded)


def _failing_dialect(flow: http.HTTPFlow) -> str | None:
    """The dialect a vendor failure of this flow is answered in; None: leave it to mitmproxy."""
    st = state(flow)
    return st.dialect if st is not None and not st.canned else None


class EventSink(Protocol):
    def record(self, item: UsageEvent | Service) -> bool: ...


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
        self.tenant = accounts.TenantRestrictions({}, {})  # tenant-restriction headers to inject
        self.coach = CoachTokens()  # signed coaching acknowledgements (keyed by aiwarden_key_secret)
        self.spend = spend or SpendGuard()  # rate limits, budgets, model rules (proxy/budgets.py)
        self.max_body = 16 * MB
        self._prepare = getattr(scrubber, "prepare", None)  # ScrubPool pre-analyses answers; test doubles not
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
            "aiwarden_redirect_credentials", str, "",
            "Corporate credentials for policy redirects of API calls: host=Header-Name:ENV_VAR,… "
            "(e.g. acme.openai.azure.com=api-key:AZURE_OPENAI_API_KEY). The secret is read from the "
            "environment variable named; an API call is only rerouted to a host listed here.",
        )
        loader.add_option(
            "aiwarden_key_secret", str, "",
            "Secret for the keyed fingerprints (HMAC-SHA256) of API keys. Empty: keys are not fingerprinted.",
        )
        loader.add_option(
            "aiwarden_corporate_keys", str, "",
            "Comma-separated fingerprints of the organisation's own API keys (made with "
            "aiwarden_key_secret).",
        )
        loader.add_option(
            "aiwarden_corporate_orgs", str, "",
            "Comma-separated organisation/project/workspace ids of the organisation (OpenAI-Organization, "
            "OpenAI-Project, ChatGPT-Account-Id headers; claude.ai organisation UUIDs).",
        )
        loader.add_option(
            "aiwarden_tenant_headers", str, "",
            "Tenant-restriction headers to add per service: service=Header-Name:value;… "
            "(e.g. chatgpt-web=ChatGPT-Allowed-Workspace-Id:ws-123).",
        )
        loader.add_option(
            "aiwarden_coach_ttl", int, 28800,
            "Seconds a user's acknowledgement of a coaching page lasts, per service.",
        )
        loader.add_option(
            "aiwarden_spend_database", str, "",
            "Database URL holding the budget counters shared by all proxy processes (default: "
            "the inventory database under `aiwarden run`). Empty: budgets are counted in this process only.",
        )

        body_limit.install(lambda: self.max_body, self._too_large)  # chunked uploads bounded as they arrive
        upstream_errors.install(_failing_dialect)  # vendor failures answered in the provider's shape
        # mitmproxy calls `configure` only for options that change later: parse the defaults now.
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
                self.tenant = accounts.parse_tenant_restrictions(options.aiwarden_tenant_headers)
            if "aiwarden_max_body" in updated:
                self.max_body = options.aiwarden_max_body
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
        if not any(self.catalog.is_ai_host(h) or self._restricted(h) for h in hosts if h):
            data.ignore_connection = True  # not AI: raw TLS passthrough, we never see the content

    def _restricted(self, host: str) -> bool:
        """A host where a tenant-restriction header must be set (AI services and their sign-in pages)."""
        return bool(self.tenant.known) and bool(self.tenant.headers_for(host))

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        if flow.response or flow.error or not flow.live:
            return
        req = flow.request
        if req.path.split("?", 1)[0] == pages.ACK_PATH:
            return acknowledge(self, flow, ctx.options.aiwarden_coach_ttl)
        svc = self._service(flow)
        if mcp.body_decides(req.method, req.headers, svc):
            flow.metadata[PENDING] = True  # MCP: the JSON-RPC body decides, in `request`
            return
        if svc is None and (mcp_svc := mcp.server_for(flow, None, None, self.sink)):
            svc = mcp_svc  # an MCP session's GET (server events) or DELETE (end)
        if svc is None:
            shape = detect_ai_shape(req.method, req.path, req.headers, None)  # path and headers only
            if shape is None:
                self.tenant.apply(req.headers, req.pretty_host)  # sign-in pages (login.live.com, …)
                if self._may_be_ai(flow):
                    flow.metadata[PENDING] = True  # the body decides, in `request`
                else:
                    req.stream = True  # not AI: never buffered
                return
            svc = self._discovered(flow, shape)
        try:
            st = self._classify(flow, svc)
            if self._draining:  # shutting down: take no new AI request we might not get to record
                return refuse(flow, st, 503, "aiwarden is restarting; please try again.",
                              reason="proxy shutting down")
            act(self, flow, st, in_headers=True)
        except Exception as exc:  # mitmproxy would log it and forward the request unchecked
            self._fail_closed(flow, exc)

    async def request(self, flow: http.HTTPFlow) -> None:
        if flow.response or flow.error:
            return
        if flow.metadata.pop(PENDING, False):
            try:
                body = decode_bounded(flow.request.raw_content or b"",
                                      flow.request.headers.get("content-encoding", ""), READ_LIMIT)
            except ValueError:  # unreadable or a compression bomb: not something we recognise as AI
                body = None
            svc = mcp.server_for(flow, self._service(flow), body, self.sink)  # an MCP server, or None
            if svc is None:
                shape = detect_ai_shape(flow.request.method, flow.request.path, flow.request.headers, body) \
                    if body is not None else None
                if shape is None:
                    return
                svc = self._discovered(flow, shape)
            st = self._classify(flow, svc)
            act(self, flow, st, in_headers=False)
            if not flow.response:
                mcp.check_tools(flow, st, self.policy().name)  # MCP deny_tools / allow_tools
            if flow.response:
                return
        st = state(flow)
        if st is None or st.routed:
            return
        try:
            if st.scrub:
                await scrub_request(flow, st, self.scrubber, self.max_body)
            else:
                inspect_request(flow.request, st, READ_LIMIT)
        except Refusal as no:
            return refuse(flow, st, no.status, no.message, reason=no.reason)
        except ScrubFailed as failed:
            return self._scrub_failed(flow, st, failed)
        except Exception as exc:  # mitmproxy would log it and forward the request unscrubbed
            return self._fail_closed(flow, exc)
        self.spend.rewrite_model(flow)
        route(self, flow, st)

    def responseheaders(self, flow: http.HTTPFlow) -> None:
        st = state(flow)
        if st is None:
            flow.response.stream = True  # not AI: never buffered
            return
        if st.canned:
            return
        resp = flow.response
        if (personal := accounts.personal_from_response(resp.headers, self.registry)) is not None:
            st.personal = personal  # Anthropic names the account's organisation in every response
        if st.action == "coach":
            resp.headers["X-AIWarden-Notice"] = pages.header_text(st.reason)
        resp.headers.update(st.headers)  # budget warnings and notices
        if not mcp.keeps_answer(flow, st):  # MCP initialize / tools/list answers are read whole
            answers.set_up_stream(resp, st, self._prepare is not None)

    def response(self, flow: http.HTTPFlow) -> None:
        st = state(flow)
        if st is None:
            return
        self._inflight.discard(flow.id)
        if st.stream is not None:
            usage = st.stream.usage
            answers.prepare_next_turn(st, self._prepare, st.stream.answer_texts())
        elif st.canned:
            usage = Usage()
        else:
            usage = answers.read_answer(flow.response, st, self._prepare)
        self._record(flow, st, usage)

    def error(self, flow: http.HTTPFlow) -> None:
        st = state(flow)
        if st is None:
            return
        self._inflight.discard(flow.id)
        if flow.response is None:
            metrics.UPSTREAM_ERRORS.inc()
        self._record(flow, st, st.stream.usage if st.stream else Usage())

    # -- classify ------------------------------------------------------------------------------------
    def _service(self, flow: http.HTTPFlow) -> AIService | None:
        req = flow.request
        path = urls.match_path(req.path)  # one reading of the path: no "#", dot segments or "//"
        return self.catalog.match(req.host, path) or self.catalog.match(req.pretty_host, path)

    def _may_be_ai(self, flow: http.HTTPFlow) -> bool:
        """Worth reading the body to look for an AI request shape: a small JSON POST/PUT."""
        req = flow.request
        if req.method not in ("POST", "PUT") or "json" not in req.headers.get("content-type", "").lower():
            return False
        size = req.headers.get("content-length", "")
        return size.isdigit() and 0 < int(size) <= min(self.max_body, READ_LIMIT)

    def _discovered(self, flow: http.HTTPFlow, shape: str) -> AIService:
        svc = unknown_service(flow.request.pretty_host, shape)
        self.sink.record(Service(id=svc.id, name=svc.name, vendor="", category=svc.category, unknown=True))
        metrics.DISCOVERED.inc()
        return svc

    def _classify(self, flow: http.HTTPFlow, svc: AIService) -> FlowState:
        req = flow.request
        who = identify(flow.metadata, flow.client_conn.peername)
        policy = self.policy()
        decision = decide(RequestContext(user=who.user, service_id=svc.id, category=svc.category,
                                         known=not svc.unknown, host=normalize_host(req.pretty_host)), policy)
        try:  # forward the one reading of the path we classified, so the vendor routes what we saw
            req.path = urls.normalize(req.path).forwarded
        except urls.AmbiguousTarget:
            pass  # refused in scrub_request when the policy scrubs; other actions forward it as it came
        acct = accounts.classify(req.headers, req.path.split("?", 1)[0], req.query, self.registry)
        groups = decision.groups or tuple(policy.groups_of(who.user))
        self._inflight.add(flow.id)
        st = FlowState(service=svc, decision=decision, user=who.user, client_addr=who.client_addr,
                       group=groups[0] if groups else "", host=normalize_host(req.pretty_host),
                       action=decision.action, reason=decision.reason,
                       key_fingerprint=acct.key_fingerprint, personal=acct.personal)
        flow.metadata[KEY] = st
        return st

    # -- failures and records ------------------------------------------------------------------------
    def _fail_closed(self, flow: http.HTTPFlow, exc: Exception) -> None:
        """An unexpected error while checking an AI request: refuse it (the error type only is logged)."""
        tb = exc.__traceback__
        while tb and tb.tb_next:
            tb = tb.tb_next
        where = f"{tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}" if tb else "?"
        st = state(flow)
        log.error("internal error (%s at %s) on a request to %s; it was not sent",
                  type(exc).__name__, where, st.service_id if st else "an AI service")
        metrics.SCRUB_FAILURES.labels("internal", "fail_closed").inc()
        message = "aiwarden failed while checking this request, so it was not sent."
        if st is not None:
            refuse(flow, st, 500, message, reason=f"internal error ({type(exc).__name__})")
        else:
            flow.response = http.Response.make(500, message.encode(), {"Content-Type": "text/plain"})

    def _too_large(self, flow: http.HTTPFlow, st: FlowState) -> None:
        no = too_large(self.max_body)
        refuse(flow, st, no.status, no.message, reason=no.reason)

    def _scrub_failed(self, flow: http.HTTPFlow, st: FlowState, failed: ScrubFailed) -> None:
        if st.decision.fail_open:
            metrics.SCRUB_FAILURES.labels(failed.kind, "fail_open").inc()
            st.action, st.reason = "allow", f"scrubber {failed.kind}; this service's policy fails open"
            self.spend.rewrite_model(flow)
            return route(self, flow, st)
        metrics.SCRUB_FAILURES.labels(failed.kind, "fail_closed").inc()
        refuse(flow, st, 503, failed.message, reason=f"scrubber {failed.kind}")

    def _record(self, flow: http.HTTPFlow, st: FlowState, usage: Usage) -> None:
        event = usage_event(flow, st, usage)
        mcp.record(flow, st, event, self.sink, time.monotonic())  # MCP method, tool, inventory observations
        metrics.REQUESTS.labels(st.action).inc()
        self.spend.account(event, st, self.policy())
        self.sink.record(event)
