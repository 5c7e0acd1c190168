"""Request targets of AI traffic: one normal form for matching and forwarding, a route for the inventory,
and the free text in a URL (path segments, query values) for the scrubber.

Servers route on the path they parse, and parsers disagree about ``#``, dot segments, ``//`` and encoded
slashes. aiwarden decides on one form and forwards exactly that form, so the vendor cannot route a request
to an endpoint other than the one the policy and the dialect saw. What has no single reading (an encoded
``/``, ``\\`` or ``.`` inside a segment, a NUL) is refused for protected traffic.
"""

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

# Segments that are API structure, kept in the inventory's route and never sent to the scrubber.
ROUTE_WORDS = frozenset("""
v1 v1beta v1alpha v1beta1 v2 v3 v4 api apis openai anthropic google compat chat completions complete
completion responses embeddings embed moderations images generations edits variations audio
transcriptions translations speech files content uploads upload parts cancel batches threads runs
messages steps assistants vector_stores file_batches fine_tuning fine-tuning jobs checkpoints models
realtime sessions conversations conversation items input_items organization organizations backend-api
backend-anon public-api user_system_messages memories gizmos me accounts settings chat_conversations
projects docs convert_document retry_completion title append_message count_tokens publishers locations
endpoints deployments model predict invoke invoke-with-response-stream converse converse-stream inference
text generate mcp sse message tools prompts resources stream search answer ai assistant copilot codex
agents agent tasks query ask
""".split())
# Query parameters that are protocol (never free text): left as they are. ``key`` is Gemini's API key.
PROTOCOL_PARAMS = frozenset({"alt", "api-version", "api_version", "key", "beta", "stream", "limit", "order",
                             "after", "before", "include", "uploadtype", "upload_id", "$alt", "model",
                             "tree", "render_all_tools", "pagesize", "pagetoken", "page_size", "page_token"})
_VERSION = re.compile(r"v\d+(?:alpha|beta)?\d*")
_CAMEL = re.compile(r"[a-z]+(?:[A-Z][a-z]+)+")  # getCompletion, runInferenceTranscript: an API verb
_ID = re.compile(r"[\w.-]*\d[\w.-]*|[0-9a-fA-F-]{16,}")
_AMBIGUOUS = re.compile(r"%(?:2f|5c|2e|00)", re.IGNORECASE)
_UNRESERVED = re.compile(r"%(4[1-9A-Fa-f]|5[0-9Aa]|6[1-9A-Fa-f]|7[0-9Aa]|3[0-9]|2[Dd]|5[Ff]|7[Ee])")


class AmbiguousTarget(ValueError):
    """A request target whose route depends on which parser reads it."""


@dataclass(frozen=True, slots=True)
class Target:
    path: str  # normalised path, percent-encoded, without query or fragment
    query: str  # the raw query string (without "?"), "" when none

    @property
    def forwarded(self) -> str:
        return self.path + (f"?{self.query}" if self.query else "")


def normalize(raw: str) -> Target:
    """The one form of a request target: no fragment, no dot segments, no empty segments.

    Raises AmbiguousTarget for encoded ``/``, ``\\``, ``.`` or NUL, which servers read differently.
    """
    target = raw.split("#", 1)[0]  # never sent by a conforming client; servers that see it disagree
    path, _, query = target.partition("?")
    path = _UNRESERVED.sub(lambda m: chr(int(m.group(1), 16)), path)  # %63hat is chat (RFC 3986 6.2.2.2)
    if _AMBIGUOUS.search(path) or "\\" in path:
        raise AmbiguousTarget("the request path has encoded separators")
    out: list[str] = []
    for seg in path.split("/"):
        if seg in ("", "."):
            continue
        if seg == "..":
            if out:
                out.pop()
            continue
        out.append(seg)
    trailing = "/" if path.endswith("/") and out else ""
    return Target("/" + "/".join(out) + trailing, query)


def match_path(raw: str) -> str:
    """The path used to match catalog entries: normalised when possible, else the raw path."""
    try:
        return normalize(raw).path
    except AmbiguousTarget:
        return raw.split("#", 1)[0].split("?", 1)[0]


def _kept(seg: str) -> bool:
    return seg.lower() in ROUTE_WORDS or bool(_VERSION.fullmatch(seg)) or bool(_CAMEL.fullmatch(seg))


def route(raw: str) -> str:
    """The path with every segment that is not API structure replaced: safe to store.

    ``/v1/chat/completions`` stays; ``/backend-api/conversation/6f1…`` becomes
    ``/backend-api/conversation/{id}``; free text (``/Maria%20Gonzalez``) becomes ``{text}``.
    """
    path = match_path(raw)
    parts = []
    for seg in path.strip("/").split("/") if path.strip("/") else []:
        head, colon, verb = unquote(seg).partition(":")  # Gemini: models/gemini-2.5-flash:generateContent
        name = head if _kept(head) else ("{id}" if _ID.fullmatch(head) else "{text}")
        if colon:
            name += ":" + (verb if _kept(verb) else "{text}")
        parts.append(name)
    return ("/" + "/".join(parts))[:300]


@dataclass(slots=True)
class UrlText:
    """One piece of free text in a URL: a path segment or a query value (or key)."""

    text: str
    kind: str  # "segment" | "key" | "value"
    index: int  # position in the segment list or the query pair list


def free_text(target: Target, protocol_params: frozenset[str] = frozenset()) -> list[UrlText]:
    """Path segments (decoded) and query keys and values that may be free text."""
    out: list[UrlText] = []
    for i, seg in enumerate(target.path.split("/")):
        text = unquote(seg)
        head = text.partition(":")[0]
        if text and not (_kept(head) and (":" not in text or _kept(text.partition(":")[2]))):
            out.append(UrlText(text, "segment", i))
    for i, pair in enumerate(_pairs(target.query)):
        key, value = pair
        if not _kept(key) and key.lower() not in protocol_params:
            out.append(UrlText(key, "key", i))
        if value and key.lower() not in protocol_params:
            out.append(UrlText(value, "value", i))
    return out


def _pairs(query: str) -> list[list[str]]:
    pairs = []
    for item in query.split("&") if query else []:
        key, eq, value = item.partition("=")
        pairs.append([unquote(key.replace("+", " ")), unquote(value.replace("+", " ")) if eq else ""])
    return pairs


def rebuild(target: Target, texts: list[UrlText], new: list[str]) -> Target:
    """``target`` with each free text replaced by its scrubbed form (percent-encoded)."""
    segs = target.path.split("/")
    pairs = _pairs(target.query)
    changed_query = False
    for item, value in zip(texts, new, strict=True):
        if value == item.text:
            continue
        if item.kind == "segment":
            segs[item.index] = quote(value, safe=":@!$&'()*+,;=-._~")
        else:
            pairs[item.index][0 if item.kind == "key" else 1] = value
            changed_query = True
    query = target.query
    if changed_query:
        query = "&".join(quote(k, safe="") + ("=" + quote(v, safe="") if v or "=" in raw else "")
                         for (k, v), raw in zip(pairs, target.query.split("&"), strict=True))
    return Target("/".join(segs), query)
