"""The request side of a scrubbed flow: find every text (``proxy/scrub_body.py``), scrub, write back.

``scrub_request`` either rewrites the request (body, path and query) or raises ``Refusal``: the caller
answers the client and nothing is sent. ``inspect_request`` reads an allowed request for its model and
size only (no text kept).
"""

import asyncio
import json
import logging
import operator
from collections.abc import Callable
from functools import partial
from typing import Protocol

from mitmproxy import http

from policy.engine import Decision
from proxy import mcp, metrics, urls
from proxy.bodies import BodyTooLarge, decode_bounded
from proxy.dialects import dialect
from proxy.scrub_body import UNCHECKED, AttachmentPolicy, Box, Collector, Refusal
from proxy.state import FlowState
from scrubber.errors import ScrubberError, ScrubTimeout
from scrubber.types import ScrubOptions, ScrubResult

log = logging.getLogger("aiwarden.proxy")
INLINE_BYTES = 64 * 1024  # larger bodies are walked on a thread (documents, many attachments)
Build = Callable[[], tuple[str, bytes]] | None  # (new Content-Type or "", body) once texts are written back


class ScrubService(Protocol):
    async def scrub(self, texts: list[str], options: ScrubOptions) -> ScrubResult: ...


def scrub_options(decision: Decision) -> ScrubOptions:
    """The scrubber options for a decision (the same for a request and for warming its answer)."""
    return ScrubOptions(entity_actions=decision.entities, allow_terms=decision.allow_terms,
                        deny_terms=decision.deny_terms)


def too_large(limit: int) -> Refusal:
    return Refusal("This request is too large for aiwarden to check for personal data "
                   f"(limit {limit // 1024} KiB), so it was not sent.", "request body over the size limit",
                   413)


class ScrubFailed(Exception):
    """The scrubber failed or timed out (``kind``): the policy decides whether that fails open."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind, self.message = kind, message


async def scrub_request(flow: http.HTTPFlow, st: FlowState, scrubber: ScrubService, limit: int) -> None:
    """Scrub by default: every string of the body, path and query except protocol structure."""
    req = flow.request
    raw = req.raw_content or b""
    if len(raw) > limit:
        raise too_large(limit)
    codec = dialect(st.dialect)
    try:
        target = urls.normalize(req.path)
    except urls.AmbiguousTarget:
        raise Refusal("aiwarden could not tell which endpoint this request is for (its path has encoded "
                      "separators), so it was not sent.", "path with encoded separators", 400) from None
    collector = Collector(codec.protocol, AttachmentPolicy(st.decision.attachments, st.decision.images))
    url_texts = urls.free_text(target, urls.PROTOCOL_PARAMS)
    url_new = [t.text for t in url_texts]
    for i, t in enumerate(url_texts):
        collector.walk.add(t.text, partial(operator.setitem, url_new, i))
    write_headers = _collect_headers(req, collector)
    if st.dialect == "mcp":  # Mcp-Param-* headers copy tool arguments: scrubbed with them
        mcp.param_headers(req.headers, collector.walk.add)
    try:
        content = decode_bounded(raw, req.headers.get("content-encoding", ""), limit)
        if len(content) > INLINE_BYTES:  # attachments may take a while to open: off the event loop
            build = await asyncio.to_thread(_collect_body, req, st, collector, content)
        else:
            build = _collect_body(req, st, collector, content)
    except BodyTooLarge:
        raise too_large(limit) from None
    except (ValueError, RecursionError):  # bad JSON, bad UTF-8, bad content-encoding
        raise Refusal("aiwarden could not read this request (it is not valid JSON text), so it was not sent.",
                      "request body not readable", 400) from None
    texts = collector.walk.texts
    st.chars = sum(map(len, texts))
    if texts:
        try:
            result = await scrubber.scrub(texts, scrub_options(st.decision))
        except ScrubTimeout:
            raise ScrubFailed("timeout", "aiwarden could not check this request for personal data in time, "
                              "so it was not sent. Please try again.") from None
        except ScrubberError as exc:
            log.error("scrubber failed for %s: %s", st.service_id, exc)
            raise ScrubFailed("error", "aiwarden could not check this request for personal data, so it was "
                              "not sent.") from None
        st.pii_counts = result.counts
        if blocked := result.blocked_types:
            kinds = ", ".join(sorted(blocked))
            raise Refusal("Blocked by policy: the request contains data that may not be sent to AI services "
                          f"({kinds}).", f"data that may not be sent: {kinds}")
        collector.walk.apply(result.texts)
        st.mapping = result.mapping
    req.path = urls.rebuild(target, url_texts, url_new).forwarded
    write_headers()
    if build is not None:
        try:
            ctype, body = build()
        except ValueError:  # a rewritten multipart part now holds the boundary
            raise Refusal("aiwarden could not rewrite this upload, so it was not sent.",
                          "multipart could not be rewritten") from None
        if ctype:
            req.headers["content-type"] = ctype
        req.set_content(body)  # re-encodes with the request's Content-Encoding, fixes Content-Length
    if collector.walk.attachments:
        metrics.ATTACHMENTS.labels("checked").inc(collector.walk.attachments)


# Request headers that are protocol (left as they are); every other header of a scrubbed request is content
# (Referer carries the page URL, AI gateways take user ids and metadata in their own headers). Credentials
# are for the vendor: a header naming a key, token, auth or secret is left alone too.
PROTOCOL_HEADERS = frozenset("""
host authorization proxy-authorization cookie content-type content-length content-encoding
transfer-encoding accept accept-encoding accept-language accept-charset connection keep-alive
te trailer upgrade origin priority cache-control pragma if-none-match if-match if-modified-since
if-unmodified-since range expect dnt traceparent tracestate x-request-id x-client-request-id
idempotency-key openai-organization openai-project openai-beta anthropic-version anthropic-beta
anthropic-dangerous-direct-browser-access x-goog-api-client x-goog-user-project mcp-session-id
mcp-protocol-version last-event-id chatgpt-account-id x-forwarded-for x-forwarded-proto x-real-ip
x-requested-with
""".split())
_PROTOCOL_HEADER_PREFIXES = ("sec-", "x-stainless-", "x-amz-", "oai-", ":")
_CREDENTIAL_WORDS = ("key", "token", "auth", "secret", "signature", "password")


def _protocol_header(name: str) -> bool:
    return (name in PROTOCOL_HEADERS or name.startswith(_PROTOCOL_HEADER_PREFIXES)
            or any(w in name for w in _CREDENTIAL_WORDS))


def _collect_headers(req: http.Request, collector: Collector) -> Callable[[], None]:
    """Header values that may be content, to scrub; a function writing back the changed ones."""
    found: dict[tuple[str, int], str] = {}
    for name in dict.fromkeys(k.lower() for k in req.headers.keys()):
        if _protocol_header(name) or name.startswith("mcp-param-"):  # MCP parameters: proxy/mcp.py
            continue
        for i, value in enumerate(req.headers.get_all(name)):
            found[(name, i)] = value
            collector.string(found, (name, i), value)
    before = dict(found)

    def write() -> None:
        for name in {k[0] for k, v in found.items() if v != before[k]}:
            req.headers.set_all(name, [v for k, v in sorted(found.items()) if k[0] == name])
    return write


def _collect_body(req: http.Request, st: FlowState, collector: Collector, content: bytes) -> Build:
    """Find the texts of a request body; a function building the body to send (None: no body)."""
    if not content:
        return None
    ctype = req.headers.get("content-type", "")
    kind = ctype.split(";", 1)[0].strip().lower()
    body = _json(content, strict="json" in kind)  # servers read JSON whatever the Content-Type says
    if body is not _NOT_JSON:
        # What we check is what we send: our own serialisation of the parsed body, so duplicate keys
        # (parsers disagree on which one wins) cannot smuggle an unchecked copy past us.
        json.dumps(body, ensure_ascii=False).encode()  # lone surrogates (\ud800) cannot be sent: ValueError
        box = Box(body)
        st.model = dialect(st.dialect).request_model(req.path, body)
        collector.json(box)
        if st.dialect == "mcp":  # resource URIs: percent-decoded path segments and query values
            mcp.uri_texts(box.value, collector.walk.add)
        return lambda: ("", json.dumps(box.value, ensure_ascii=False, separators=(",", ":")).encode())
    if kind == "application/x-www-form-urlencoded":
        form = collector.form(content.decode("utf-8"))
        return lambda: ("", form())
    if kind.startswith("multipart/"):
        return collector.multipart(ctype, content)
    if kind.startswith("text/"):
        text = collector.text(content.decode("utf-8"))
        return lambda: ("", text())
    out = [content]  # a bare upload (audio, a PDF, octet-stream): an attachment
    collector.attachment(content, kind, "", lambda data: out.__setitem__(0, data))
    return lambda: ("", out[0])


_NOT_JSON = object()


def _json(content: bytes, strict: bool) -> object:
    """The parsed body; ``_NOT_JSON`` when it is not JSON (ValueError instead when ``strict``)."""
    if not strict and content.lstrip()[:1] not in (b"{", b"[", b'"'):
        return _NOT_JSON
    try:
        return json.loads(content.decode("utf-8"))
    except (ValueError, RecursionError):
        if strict:
            raise
        return _NOT_JSON


def inspect_request(req: http.Request, st: FlowState, read_limit: int) -> None:
    """For allowed traffic: the model asked for and the size of the prompt (no text kept)."""
    if not req.raw_content or len(req.raw_content) > read_limit:
        return
    try:
        content = decode_bounded(req.raw_content, req.headers.get("content-encoding", ""), read_limit)
        body = json.loads(content or b"null")
    except (ValueError, RecursionError):
        return
    codec = dialect(st.dialect)
    collector = Collector(codec.protocol, UNCHECKED)
    try:
        collector.json(Box(body))
    except Refusal:
        return
    st.model = codec.request_model(req.path, body)
    st.chars = sum(map(len, collector.walk.texts))
