"""When the AI vendor fails: the client gets an error in the provider's own shape, never mitmproxy's HTML.

(Also the refusal for Bedrock streaming requests that policy says to scrub: ``bedrock_stream_refusal``.)

Vendor down, connection reset, a broken answer: mitmproxy 12.3 runs the ``error`` hook and then, whatever
the hook did, sends the client its own HTML "502 Bad Gateway" page (before the answer started) or just
closes the connection (mid-stream) - see ``HttpStream.handle_protocol_error`` in
mitmproxy/proxy/layers/http/__init__.py. There is no supported way to answer instead (upstream pull
request mitmproxy#7999 "allow error hook to override 502 responses" is still open). ``install()`` adds
exactly that, for aiwarden's AI flows only: where mitmproxy would send the protocol error to the client,
it sends ``reply(flow, started)`` instead:

- before the answer started: a JSON error with the provider's shape and a 502 (504 on a timeout), so
  the SDK raises its normal API error with our message;
- mid-stream (SSE): the text still held back for restoring, then one error event in the provider's
  shape (``event: error`` for Anthropic, ``data: {"error": …}`` for OpenAI and Gemini) and a clean end,
  so the SDK raises instead of reporting a silently truncated answer. Only when the client got whole
  events so far (always when restoring; when only observing, if the vendor stopped between events):
  otherwise the connection is closed as mitmproxy does (an event cannot be finished for the vendor).

Every other flow keeps mitmproxy's behaviour. ``describe(flow)`` says what happened, for the inventory.
Nothing here reads or keeps the request or answer content: the messages are fixed texts.
"""

import json
import logging
from collections.abc import Callable
from typing import Any

from mitmproxy import http

from proxy.dialects import dialect

log = logging.getLogger("aiwarden.proxy")
_INSTALLED = False
_dialect_of: Callable[[http.HTTPFlow], str | None] | None = None  # set by install()

MESSAGES = {
    "unreachable": "aiwarden could not reach the AI service; please try again later.",
    "timeout": "The AI service did not answer in time; please try again.",
    "reset": "The AI service broke off its answer; please try again.",
}


def describe(flow: http.HTTPFlow) -> tuple[int, str]:
    """(HTTP status, kind) of a vendor failure: ``unreachable`` (no connection), ``timeout`` or ``reset``."""
    msg = (flow.error.msg if flow.error else "").lower()
    if "timed out" in msg or "timeout" in msg:
        return 504, "timeout"
    if flow.response is None and not (flow.server_conn and flow.server_conn.timestamp_tcp_setup):
        return 502, "unreachable"  # no connection was ever made
    return 502, "reset"


def _family(dialect_name: str) -> str:
    return dialect(dialect_name).family


def error_json(dialect_name: str, status: int, kind: str) -> dict:
    """The error body a client of this provider expects, with aiwarden's message for ``kind``."""
    message = MESSAGES[kind]
    match _family(dialect_name):
        case "anthropic" | "claude_web":
            etype = "timeout_error" if status == 504 else "api_error"
            return {"type": "error", "error": {"type": etype, "message": message}}
        case "gemini":
            return {"error": {"code": status, "message": message,
                              "status": "DEADLINE_EXCEEDED" if status == 504 else "UNAVAILABLE"}}
        case "chatgpt_web":
            return {"detail": message}
        case _:  # OpenAI and OpenAI-compatible APIs; also what generic JSON clients read best
            return {"error": {"message": message, "type": "upstream_error", "param": None,
                              "code": f"upstream_{kind}"}}


def error_response(dialect_name: str, status: int, kind: str) -> http.Response:
    body = json.dumps(error_json(dialect_name, status, kind)).encode()
    return http.Response.make(status, body, {"Content-Type": "application/json",
                                             "X-AIWarden-Upstream-Error": kind, "Cache-Control": "no-store"})


def stream_error_event(dialect_name: str, status: int, kind: str) -> bytes:
    """One SSE event that ends a started stream with the provider's error."""
    body = json.dumps(error_json(dialect_name, status, kind), separators=(",", ":"))
    name = "event: error\n" if _family(dialect_name) in ("anthropic", "claude_web") else ""
    return f"{name}data: {body}\n\n".encode()


# Amazon Bedrock streams answers as binary event-stream frames (application/vnd.amazon.eventstream, each
# frame CRC-checked) and its requests are SigV4-signed over the body, so a scrubbed request is refused by
# Bedrock and an answer could not be restored without re-framing it. aiwarden refuses to scrub these
# streams instead, before sending anything (allow, block, coach and redirect are unaffected).
BEDROCK_STREAMS = ("/converse-stream", "/invoke-with-response-stream")


def bedrock_stream_refusal(path: str) -> http.Response | None:
    """For a scrubbed request to a Bedrock streaming endpoint: a refusal Bedrock clients show (botocore
    reads ``x-amzn-ErrorType`` and ``message``); None for any other path."""
    if not path.split("?", 1)[0].rstrip("/").endswith(BEDROCK_STREAMS):
        return None
    body = {"message": "aiwarden cannot remove personal data from Amazon Bedrock streaming requests, so "
                       "this request was not sent. Use the non-streaming endpoint (converse / invoke)."}
    return http.Response.make(403, json.dumps(body).encode(), {
        "Content-Type": "application/json", "x-amzn-ErrorType": "AccessDeniedException",
        "X-AIWarden-Action": "block"})


def reply(flow: http.HTTPFlow, started: bool, dialect_name: str | None) -> http.Response | bytes | None:
    """What to send the client instead of mitmproxy's error: a Response (answer not started), the bytes
    that end a started SSE answer (what was held back, then the error event), or None (not an AI flow;
    a started answer that is not SSE read by our ``SSEProcessor``, or that stopped inside an event)."""
    if dialect_name is None:
        return None
    status, kind = describe(flow)
    if not started:
        return error_response(dialect_name, status, kind)
    resp = flow.response
    proc = resp.stream if resp is not None else None
    if resp is None or "content-encoding" in resp.headers or "content-length" in resp.headers \
            or not callable(getattr(proc, "at_event_boundary", None)) or not proc.at_event_boundary():
        return None  # not SSE we read whole events of, or it stopped mid-event: close, as mitmproxy does
    return proc.release() + stream_error_event(dialect_name, status, kind)


def install(dialect_of: Callable[[http.HTTPFlow], str | None] | None) -> Callable | None:
    """Let ``reply`` answer AI flows where mitmproxy would send its 502 page or just close (mitmproxy is
    patched once per process). ``dialect_of(flow)``: the flow's dialect name, None for flows to leave to
    mitmproxy (not AI, or answered by aiwarden itself); a later call replaces it (None: answer none).
    Returns the one it replaced."""
    global _INSTALLED, _dialect_of
    previous, _dialect_of = _dialect_of, dialect_of
    if _INSTALLED:
        return previous
    from mitmproxy.proxy.layers.http import HttpStream, SendHttp
    from mitmproxy.proxy.layers.http._events import (
        ResponseData,
        ResponseEndOfMessage,
        ResponseHeaders,
        ResponseProtocolError,
    )

    original = HttpStream.handle_protocol_error

    def handle_protocol_error(self: Any, event: Any):
        gen = original(self, event)
        value = None
        while True:
            try:
                cmd = gen.send(value)
            except StopIteration as stop:
                return stop.value
            if isinstance(cmd, SendHttp) and cmd.event is event and isinstance(event, ResponseProtocolError):
                started = self.server_state == self.state_stream_response_body
                try:
                    answer = reply(self.flow, started, _dialect_of(self.flow)) if _dialect_of else None
                except Exception as exc:  # never worse than mitmproxy's own error
                    log.error("upstream error reply failed (%s)", type(exc).__name__)
                    answer = None
                client, sid = self.context.client, self.stream_id
                if isinstance(answer, http.Response):
                    self.flow.metadata["aiwarden.upstream_error"] = describe(self.flow)[1]
                    yield SendHttp(ResponseHeaders(sid, answer, False), client)
                    yield SendHttp(ResponseData(sid, answer.raw_content or b""), client)
                    yield SendHttp(ResponseEndOfMessage(sid), client)
                    value = None
                    continue
                if isinstance(answer, bytes):
                    self.flow.metadata["aiwarden.upstream_error"] = describe(self.flow)[1]
                    yield SendHttp(ResponseData(sid, answer), client)
                    yield SendHttp(ResponseEndOfMessage(sid), client)
                    value = None
                    continue
            value = yield cmd

    HttpStream.handle_protocol_error = handle_protocol_error
    _INSTALLED = True
    return previous
