"""The leak battery's placements: where a real client can put a name, an e-mail or an SSN, per dialect.

Each placement is a function ``send(ctx, v) -> Reply`` that makes one request through the proxy (with the
official SDK where one exists, httpx for web apps and odd paths, a raw TLS socket for request lines HTTP
clients would normalise) carrying the value ``v`` of one kind at that place. ``v.bare`` is the value alone
(for identifier-like fields: ``user``, a file name, a query value), ``v.prose`` the value in a sentence with
a cue (for free-text fields); ``pasted``, ``invisible``, ``fullwidth`` and ``record`` are the forms people
paste or tools return. ``find_leaks`` looks for every value in every form (raw, URL-encoded, JSON-escaped,
HTML references, base64, NFKC, look-alike separators, UTF-16, gzip/br/zstd, inside DOCX/XLSX) in what the
fake vendor received: request line, headers, body.
"""

import base64
import binascii
import gzip
import html
import io
import json
import re
import ssl
import unicodedata
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import quote, unquote_plus

import anthropic
import httpx
import httpx2
import openai

from tests.conftest import Stack
from tests.fake_llm import Received, decode
from tests.reliability.helpers import tunnel

# Fake personal data (never a real person's): the only values the battery ever prints or looks for.
NAME = "Maria Gonzalez"
EMAIL = "maria.gonzalez@example.com"
SSN = "536-22-8471"
BARE = {"name": NAME, "email": EMAIL, "ssn": SSN}
PROSE = {
    "name": f"Please write to {NAME} about the renewal.",
    "email": f"Send the signed contract to {EMAIL} today.",
    "ssn": f"Her SSN is {SSN}, please check it against the form.",
}
# As people paste them: a non-breaking space, "[at]"/"[dot]", en dashes (each in a sentence with a cue).
PASTED = {
    "name": "Please write to Maria\u00a0Gonzalez about the renewal.",
    "email": "Send the signed contract to maria.gonzalez [at] example [dot] com today.",
    "ssn": "Her SSN is 536\u201322\u20138471, please check it against the form.",
}
# Invisible characters pasted from documents: a soft hyphen, a zero-width space, non-breaking hyphens.
INVISIBLE = {
    "name": "Please write to Maria Gon\u00adzalez about the renewal.",
    "email": "Send the signed contract to maria.gonzalez\u200b@example.com today.",
    "ssn": "Her SSN is 536\u201122\u20118471, please check it against the form.",
}
# A customer record as a tool or an API returns it: the value in its own field.
RECORD = {
    "name": {"customer_id": 17, "first_name": "Maria", "last_name": "Gonzalez", "tier": "gold"},
    "email": {"customer_id": 17, "email": EMAIL, "tier": "gold"},
    "ssn": {"customer_id": 17, "ssn": SSN, "tier": "gold"},
}


# Typed in full-width forms (Japanese and Chinese input methods): the same value once NFKC-normalised.
def _wide(text: str, keep: str = " -.") -> str:
    return "".join(ch if ch in keep else chr(ord(ch) + 0xFEE0) for ch in text)


FULLWIDTH = {
    "name": f"Please write to {_wide(NAME)} about the renewal.",
    "email": f"Send the signed contract to {EMAIL.replace('@', _wide('@'))} today.",
    "ssn": f"Her SSN is {_wide(SSN)}, please check it against the form.",
}
# Other ways of writing them: surname first, "(at)" as websites write it, an SSN with spaces.
REWRITTEN = {
    "name": "Please write to Gonzalez, Maria about the renewal.",
    "email": "Send the signed contract to maria.gonzalez(at)example.com today.",
    "ssn": "Her SSN is 536 22 8471, please check it against the form.",
}
KINDS = tuple(BARE)
ALL = f"Please write to {NAME} (SSN {SSN}) at {EMAIL} about the renewal."  # for the restoration checks

# What must not appear anywhere the vendor (or the inventory) can read, once decoded.
NEEDLES = {
    "name": [re.compile(r"maria\W{0,3}gonzalez", re.I), re.compile(r"gonzalez", re.I)],
    "email": [re.compile(r"maria\.gonzalez", re.I), re.compile(r"gonzalez@", re.I)],
    "ssn": [re.compile(r"536\D{0,3}22\D{0,3}8471")],
}
TAG = "x-lb-case"  # names the test case a request belongs to (the fake vendor records it)
_B64 = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
# Invisible characters dropped and look-alike separators mapped before searching.
_UNSEPARATE = str.maketrans(
    {
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\u00ad": None,
        "\ufeff": None,
        "\u00a0": " ",
        "\u202f": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)


@dataclass(frozen=True)
class Value:
    kind: str

    @property
    def bare(self) -> str:
        return BARE[self.kind]

    @property
    def prose(self) -> str:
        return PROSE[self.kind]

    @property
    def pasted(self) -> str:
        return PASTED[self.kind]

    @property
    def invisible(self) -> str:
        return INVISIBLE[self.kind]

    @property
    def record(self) -> dict:
        return RECORD[self.kind]

    @property
    def fullwidth(self) -> str:
        return FULLWIDTH[self.kind]

    @property
    def rewritten(self) -> str:
        return REWRITTEN[self.kind]


def views(text: str, depth: int = 2) -> list[str]:
    """``text`` and what it says once URL-, JSON-, HTML- or base64-decoded (nested up to ``depth``)."""
    out = [text]
    plain = unquote_plus(unquote_plus(text))
    plain = _JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), plain).replace("\\/", "/")
    plain = unicodedata.normalize("NFKC", html.unescape(plain).translate(_UNSEPARATE))
    out.append(plain)
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(ch))
    if folded != plain:  # María González is Maria Gonzalez
        out.append(folded)
    if depth:
        for token in set(_B64.findall(text) + _B64.findall(plain)):
            for decode in (base64.b64decode, base64.urlsafe_b64decode):
                try:
                    raw = decode(token + "=" * (-len(token) % 4))
                except (binascii.Error, ValueError):
                    continue
                decoded = "\n".join(_unpacked(raw))
                if decoded:
                    out += views(decoded, depth - 1)
    return out


def decodings(raw: bytes) -> list[str]:
    """``raw`` read as UTF-8, and as UTF-16/32 when it has their NUL bytes (JSON may come in any of them)."""
    texts = [raw.decode("utf-8", "replace")]
    if b"\x00" in raw[:64]:
        texts += [raw.decode(enc, "ignore") for enc in ("utf-16", "utf-16-be", "utf-32")]
    if b"\x00" in raw:  # UTF-16/32 text inside something else (a multipart part): ASCII without its NULs
        texts.append(raw.replace(b"\x00", b"").decode("utf-8", "ignore"))
    return texts


def _unpacked(raw: bytes) -> list[str]:
    """The text of a decoded blob; for a ZIP (DOCX, XLSX, PPTX) or gzip, also the text inside (bounded)."""
    texts = decodings(raw)
    try:
        if raw[:4] == b"PK\x03\x04":
            with zipfile.ZipFile(io.BytesIO(raw)) as zf:
                texts += [zf.read(i)[:1_000_000].decode("utf-8", "ignore") for i in zf.infolist()[:50]]
        elif raw[:2] == b"\x1f\x8b":
            texts.append(gzip.decompress(raw)[:1_000_000].decode("utf-8", "ignore"))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        pass
    return texts


def docx_bytes(text: str, author: str = "") -> bytes:
    import docx

    doc = docx.Document()
    doc.add_paragraph(text)
    doc.core_properties.author = author
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def pdf_bytes(text: str, author: str = "") -> bytes:
    """A one-page PDF, content stream uncompressed (so a leak is visible in the bytes the vendor gets)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_compression(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text=text)
    if author:
        pdf.set_author(author)
    return bytes(pdf.output())


def _embedded_zip(raw: bytes) -> list[str]:
    """The text inside a ZIP (DOCX, XLSX, PPTX) carried as raw bytes inside a body (a multipart part)."""
    start, end = raw.find(b"PK\x03\x04"), raw.rfind(b"PK\x05\x06")
    if start < 0 or end < start:
        return []
    return _unpacked(raw[start : end + 22])[1:]


def _decoded(r: Received) -> bytes:
    """The raw body with every content-encoding it names undone ("gzip, br"), then any gzip layers left."""
    raw = r.raw_body or r.body
    names = next((v for k, v in r.headers.items() if k.lower() == "content-encoding"), "")
    for enc in reversed([e.strip().lower() for e in names.split(",") if e.strip()]):
        try:
            raw = decode(raw, enc)
        except Exception:  # noqa: BLE001 - not encoded as it says: keep what we have
            break
    for _ in range(3):
        if raw[:2] != b"\x1f\x8b":
            break
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError):
            break
    return raw


def leaked_kinds(text: str) -> set[str]:
    """The kinds of value found in ``text`` in any form."""
    seen = views(text)
    return {kind for kind, needles in NEEDLES.items() if any(n.search(v) for n in needles for v in seen)}


def find_leaks(received: list[Received]) -> list[str]:
    """Where a value turned up in what the vendor received: ``"<kind> in <part>"`` (never the value)."""
    out = []
    for r in received:
        parts = {
            "request line": f"{r.method} {r.path}",
            "body": "\n".join(decodings(r.body)),
            "raw body": "\n".join(
                [r.raw_body.decode("latin-1"), *decodings(_decoded(r)), *_embedded_zip(_decoded(r))]
            ),
        }
        parts |= {f"header {k}": v for k, v in r.headers.items()}
        for where, text in parts.items():
            for kind in sorted(leaked_kinds(text)):
                out.append(
                    f"{kind} in {where} of {r.method} {r.path.split('?')[0][:60]!r}"
                    if where != "request line"
                    else f"{kind} in the request line"
                )
    return sorted(set(out))


def tagged(received: list[Received], tag: str) -> list[Received]:
    """The requests the vendor received from the clients of ``Ctx(..., tag=tag)``."""
    return [r for r in received if any(k.lower() == TAG and v == tag for k, v in r.headers.items())]


@dataclass
class Reply:
    """What the client got: status, headers (lower-case names), body text."""

    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    text: str = ""

    @classmethod
    def of(cls, resp) -> "Reply":
        return cls(resp.status_code, {k.lower(): v for k, v in resp.headers.items()}, resp.text)

    @property
    def refused(self) -> bool:
        """aiwarden answered itself: an error (block, fail closed), or a refusal in the protocol's own shape
        (a JSON-RPC error for MCP), marked with its X-AIWarden-Action header."""
        action = self.headers.get("x-aiwarden-action")
        return action is not None and (self.status >= 400 or action in ("block", "redirect"))


def sdk(call: Callable[[], object]) -> Reply:
    """Run an SDK call (``with_raw_response`` where possible); its answer or error as a Reply."""
    from google.genai import errors as genai_errors

    try:
        r = call()
    except (openai.APIStatusError, anthropic.APIStatusError) as exc:
        return Reply.of(exc.response)
    except genai_errors.APIError as exc:
        return Reply.of(exc.response) if exc.response is not None else Reply(exc.code or 0)
    except (
        openai.APIConnectionError,
        anthropic.APIConnectionError,
        httpx.TransportError,
        httpx2.TransportError,
    ) as exc:
        return Reply(0, {}, type(exc).__name__)
    if hasattr(r, "http_response"):
        return Reply.of(r.http_response)
    if (meta := getattr(r, "sdk_http_response", None)) is not None:  # google-genai
        return Reply(200, {k.lower(): v for k, v in (meta.headers or {}).items()}, str(r))
    return Reply(200, {}, str(r))


def json_escaped(obj: object) -> bytes:
    """Compact JSON with '@', '-' and ' ' written as \\u escapes (valid JSON, same values once parsed)."""
    text = json.dumps(obj, separators=(",", ":"))
    return text.replace("@", "\\u0040").replace("-", "\\u002d").replace(" ", "\\u0020").encode()


def percent_encoded(text: str) -> str:
    """Every byte percent-encoded (``M`` → ``%4D``): a valid, if unusual, URL encoding."""
    return "".join(f"%{b:02X}" for b in text.encode())


def data_url(text: str, mime: str = "text/plain") -> str:
    return f"data:{mime};base64,{base64.b64encode(text.encode()).decode()}"


class Ctx:
    """Clients through the proxy as one user, made once and reused (keep-alive) until ``close``."""

    def __init__(self, stack: Stack, user: str, tls: ssl.SSLContext, tag: str = "") -> None:
        """``tag``: sent as ``x-lb-case`` with every request (the fake vendor's records tell them apart)."""
        self.stack, self.user, self.tls = stack, user, tls
        self.headers = {TAG: tag} if tag else {}
        self._clients: dict[tuple, object] = {}

    def _once(self, key: tuple, make: Callable[[], object]):
        if key not in self._clients:
            self._clients[key] = make()
        return self._clients[key]

    def http(self) -> httpx.Client:
        return self._once(
            ("http",),
            lambda: httpx.Client(
                proxy=self.stack.proxy_url(self.user), verify=self.tls, timeout=20, headers=self.headers
            ),
        )

    def oa(self, base_url: str | None = None) -> openai.OpenAI:
        return self._once(
            ("openai", base_url),
            lambda: openai.OpenAI(
                api_key="sk-test-not-real", base_url=base_url, http_client=self.http(), max_retries=0
            ),
        )

    def ant(self, base_url: str | None = None) -> anthropic.Anthropic:
        def make() -> anthropic.Anthropic:
            client = httpx2.Client(
                proxy=self.stack.proxy_url(self.user), verify=self.tls, timeout=20, headers=self.headers
            )
            self._clients[("httpx2", base_url)] = client
            return anthropic.Anthropic(
                api_key="sk-ant-test-not-real", base_url=base_url, http_client=client, max_retries=0
            )

        return self._once(("anthropic", base_url), make)

    def gem(self):
        from google import genai
        from google.genai import types

        return self._once(
            ("genai",),
            lambda: genai.Client(
                api_key="gemini-test-key",
                http_options=types.HttpOptions(
                    httpx_client=self.http(), retry_options=types.HttpRetryOptions(attempts=1)
                ),
            ),
        )

    def close(self) -> None:
        for client in self._clients.values():
            if isinstance(client, httpx.Client | httpx2.Client):
                client.close()
        self._clients.clear()

    def request(self, method: str, url: str, **kw) -> Reply:
        try:
            return Reply.of(self.http().request(method, url, **kw))
        except httpx.TransportError as exc:
            return Reply(0, {}, type(exc).__name__)

    def raw(
        self, host: str, method: str, target: str, body: bytes = b"", headers: Mapping[str, str] | None = None
    ) -> Reply:
        """One HTTP/1.1 request with the request line exactly as given (no client normalises it)."""
        head = [
            f"{method} {target} HTTP/1.1",
            f"Host: {host}",
            "Connection: close",
            "Content-Type: application/json",
            f"Content-Length: {len(body)}",
        ]
        head += [f"{k}: {v}" for k, v in {**self.headers, **(headers or {})}.items()]
        sock = tunnel(self.stack, host, user=self.user)
        try:
            sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + body)
            data = b""
            while chunk := sock.recv(65536):
                data += chunk
        except OSError:
            pass
        finally:
            sock.close()
        top, _, rest = data.partition(b"\r\n\r\n")
        lines = top.decode("latin-1").split("\r\n")
        if not lines[0].startswith("HTTP/"):
            return Reply(0)
        hdrs = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
        return Reply(int(lines[0].split()[1]), hdrs, rest.decode("utf-8", "replace"))


PLACEMENTS: dict[str, Callable[[Ctx, Value], Reply]] = {}


def placement(pid: str):
    def register(fn: Callable[[Ctx, Value], Reply]) -> Callable[[Ctx, Value], Reply]:
        assert pid not in PLACEMENTS, pid
        PLACEMENTS[pid] = fn
        return fn

    return register


ASK = "Summarise the attached notes."  # a prompt without personal data
M = "gpt-4o-mini"
USER = [{"role": "user", "content": ASK}]
SCHEMA = {"type": "object", "properties": {"who": {"type": "string"}}}


def chat_body(**extra) -> dict:
    return {"model": M, "messages": USER, **extra}


# -- OpenAI Chat Completions (api.openai.com) -------------------------------------------------------------
def _chat(c: Ctx, **kw) -> Reply:
    kw = {"model": M, "messages": USER, **kw}
    return sdk(lambda: c.oa().chat.completions.with_raw_response.create(**kw))


def _tool_result(c: Ctx, tool: str, arguments: dict, content: str) -> Reply:
    """A chat whose history holds an assistant's call of ``tool`` and the tool's answer ``content``."""
    call = {"id": "call_1", "type": "function",
            "function": {"name": tool, "arguments": json.dumps(arguments)}}
    return _chat(
        c,
        messages=[
            *USER,
            {"role": "assistant", "content": None, "tool_calls": [call]},
            {"role": "tool", "tool_call_id": "call_1", "content": content},
        ],
    )


@placement("openai.chat.messages")
def _(c, v):
    return _chat(c, messages=[{"role": "user", "content": v.prose}])


@placement("openai.chat.system-message")
def _(c, v):
    return _chat(c, messages=[{"role": "system", "content": v.prose}, *USER])


@placement("openai.chat.message-name")
def _(c, v):
    return _chat(c, messages=[{"role": "user", "name": v.bare, "content": ASK}])


@placement("openai.chat.user")
def _(c, v):
    return _chat(c, user=v.bare)


@placement("openai.chat.metadata")
def _(c, v):
    return _chat(c, store=True, metadata={"customer": v.bare})


@placement("openai.chat.prediction")
def _(c, v):
    return _chat(c, prediction={"type": "content", "content": v.prose})


@placement("openai.chat.tool-description")
def _(c, v):
    tool = {"type": "function", "function": {"name": "lookup", "description": v.prose, "parameters": SCHEMA}}
    return _chat(c, tools=[tool])


@placement("openai.chat.tool-parameter-enum")
def _(c, v):
    params = {"type": "object", "properties": {"who": {"type": "string", "enum": [v.bare]}}}
    return _chat(c, tools=[{"type": "function", "function": {"name": "lookup", "parameters": params}}])


@placement("openai.chat.tool-call-arguments")
def _(c, v):
    call = {
        "id": "call_1",
        "type": "function",
        "function": {"name": "lookup", "arguments": json.dumps({"who": v.bare})},
    }
    return _chat(
        c,
        messages=[
            *USER,
            {"role": "assistant", "content": None, "tool_calls": [call]},
            {"role": "tool", "tool_call_id": "call_1", "content": "found"},
        ],
    )


@placement("openai.chat.stop")
def _(c, v):
    return _chat(c, stop=[v.bare])


@placement("openai.chat.response-format-schema")
def _(c, v):
    fmt = {"type": "json_schema", "json_schema": {"name": "answer", "description": v.prose, "schema": SCHEMA}}
    return _chat(c, response_format=fmt)


@placement("openai.chat.file-data-text")
def _(c, v):
    part = {"type": "file", "file": {"filename": "notes.txt", "file_data": data_url(v.prose)}}
    return _chat(c, messages=[{"role": "user", "content": [{"type": "text", "text": ASK}, part]}])


@placement("openai.chat.file-filename")
def _(c, v):
    part = {
        "type": "file",
        "file": {"filename": f"{v.bare} - notes.txt", "file_data": data_url("meeting at noon")},
    }
    return _chat(c, messages=[{"role": "user", "content": [{"type": "text", "text": ASK}, part]}])


@placement("openai.chat.extra-body-key")
def _(c, v):
    return _chat(c, extra_body={"notes": v.prose})


@placement("openai.chat.query")
def _(c, v):
    return _chat(c, extra_query={"note": v.bare})


@placement("openai.chat.query-percent-encoded")
def _(c, v):
    url = f"https://api.openai.com/v1/chat/completions?note={percent_encoded(v.bare)}"
    return c.request("POST", url, json=chat_body())


@placement("openai.chat.messages-json-escaped")
def _(c, v):
    body = json_escaped(chat_body(messages=[{"role": "user", "content": v.prose}]))
    return c.request(
        "POST",
        "https://api.openai.com/v1/chat/completions",
        content=body,
        headers={"content-type": "application/json"},
    )


@placement("openai.chat.metadata-json-escaped")
def _(c, v):
    body = json_escaped(chat_body(store=True, metadata={"customer": v.bare}))
    return c.request(
        "POST",
        "https://api.openai.com/v1/chat/completions",
        content=body,
        headers={"content-type": "application/json"},
    )


@placement("openai.chat.hash-suffix")
def _(c, v):
    body = json.dumps(chat_body(messages=[{"role": "user", "content": v.prose}])).encode()
    return c.raw("api.openai.com", "POST", "/v1/chat/completions#/embeddings", body)


@placement("openai.chat.encoded-hash-suffix")
def _(c, v):
    body = json.dumps(chat_body(messages=[{"role": "user", "content": v.prose}])).encode()
    return c.raw("api.openai.com", "POST", "/v1/chat/completions%23/embeddings", body)


@placement("openai.chat.dot-segment")
def _(c, v):
    body = json.dumps(chat_body(messages=[{"role": "user", "content": v.prose}])).encode()
    return c.raw("api.openai.com", "POST", "/v1/chat/completions/../embeddings", body)


@placement("openai.chat.messages-pasted-separators")
def _(c, v):
    return _chat(c, messages=[{"role": "user", "content": v.pasted}])


@placement("openai.chat.messages-invisible-characters")
def _(c, v):
    return _chat(c, messages=[{"role": "user", "content": v.invisible}])


@placement("openai.chat.tool-result-record")
def _(c, v):
    return _tool_result(c, "get_customer", {"customer_id": 17}, json.dumps(v.record))


@placement("openai.chat.messages-fullwidth")
def _(c, v):
    return _chat(c, messages=[{"role": "user", "content": v.fullwidth}])


@placement("openai.chat.tool-result-html")
def _(c, v):
    # an agent's web-fetch tool returns the page as it is: pages write e-mail addresses with &#64;
    text = v.prose.replace("@", "&#64;")
    page = f"<html><body><h1>Contact</h1><p>{text}</p></body></html>"
    return _tool_result(c, "fetch_page", {"url": "https://crm.example.net/c/17"}, page)


@placement("openai.chat.tool-result-numeric-ssn")
def _(c, v):
    record = {**v.record, "ssn": int(SSN.replace("-", ""))} if v.kind == "ssn" else v.record
    return _tool_result(c, "get_customer", {"customer_id": 17}, json.dumps(record))


@placement("openai.chat.from-header")
def _(c, v):
    # RFC 9110 From: "an Internet email address for a human user"
    return c.request(
        "POST", "https://api.openai.com/v1/chat/completions", json=chat_body(), headers={"from": v.bare}
    )


@placement("openai.chat.user-agent-contact")
def _(c, v):
    # scripts name a contact in their User-Agent, as many API policies ask
    return c.request(
        "POST",
        "https://api.openai.com/v1/chat/completions",
        json=chat_body(),
        headers={"user-agent": f"crm-sync/2.1 (contact: {v.bare})"},
    )


@placement("openai.chat.messages-pasted-url")
def _(c, v):
    link = f"https://crm.example.net/contacts?who={quote(v.bare)}&ref=mail"
    return _chat(c, messages=[{"role": "user", "content": f"Why does this link give a 404? {link}"}])


@placement("openai.chat.messages-lowercase")
def _(c, v):
    # chat is often typed without capitals
    return _chat(c, messages=[{"role": "user", "content": v.prose.lower()}])


@placement("openai.chat.messages-diacritics")
def _(c, v):
    return _chat(c, messages=[{"role": "user", "content": v.prose.replace(NAME, "Mar\u00eda Gonz\u00e1lez")}])


@placement("openai.chat.messages-rewritten")
def _(c, v):
    return _chat(c, messages=[{"role": "user", "content": v.rewritten}])


@placement("openai.chat.metadata-key")
def _(c, v):
    return _chat(c, store=True, metadata={v.bare: "vip"})


@placement("openai.chat.metadata-gzip")
def _(c, v):
    body = gzip.compress(json.dumps(chat_body(store=True, metadata={"customer": v.bare})).encode())
    return c.request(
        "POST",
        "https://api.openai.com/v1/chat/completions",
        content=body,
        headers={"content-type": "application/json", "content-encoding": "gzip"},
    )


@placement("openai.chat.duplicate-key")
def _(c, v):
    body = json.dumps(chat_body(user=v.bare))[:-1] + ', "user": "u-1"}'
    return c.request(
        "POST",
        "https://api.openai.com/v1/chat/completions",
        content=body.encode(),
        headers={"content-type": "application/json"},
    )


@placement("openai.chat.prompt-cache-key")
def _(c, v):
    return _chat(c, prompt_cache_key=v.bare)


@placement("openai.chat.image-url-query")
def _(c, v):
    url = f"https://crm.example.net/avatar.png?owner={quote(v.bare)}"
    part = {"type": "image_url", "image_url": {"url": url}}
    return _chat(c, messages=[{"role": "user", "content": [{"type": "text", "text": ASK}, part]}])


@placement("openai.chat.image-url-text-data")
def _(c, v):
    part = {"type": "image_url", "image_url": {"url": data_url(v.prose)}}
    return _chat(c, messages=[{"role": "user", "content": [{"type": "text", "text": ASK}, part]}])


@placement("openai.chat.list-metadata-query")
def _(c, v):
    return sdk(lambda: c.oa().chat.completions.with_raw_response.list(metadata={"customer": v.bare}))


@placement("openai.chat.plain-http")
def _(c, v):
    return c.request("POST", "http://api.openai.com/v1/chat/completions", json=chat_body(user=v.bare))


@placement("openai.chat.host-trailing-dot")
def _(c, v):
    body = json.dumps(chat_body(user=v.bare)).encode()
    return c.raw("api.openai.com.", "POST", "/v1/chat/completions", body)


@placement("openai.chat.host-uppercase")
def _(c, v):
    body = json.dumps(chat_body(user=v.bare)).encode()
    return c.raw("API.OpenAI.com", "POST", "/v1/chat/completions", body)


@placement("openai.chat.file-data-csv")
def _(c, v):
    csv = f"id,customer,note\n17,{v.bare},renewal due\n"
    part = {"type": "file", "file": {"filename": "customers.csv", "file_data": data_url(csv, "text/csv")}}
    return _chat(c, messages=[{"role": "user", "content": [{"type": "text", "text": ASK}, part]}])


@placement("openai.chat.file-data-docx")
def _(c, v):
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    data = f"data:{mime};base64,{base64.b64encode(docx_bytes(v.prose)).decode()}"
    part = {"type": "file", "file": {"filename": "notes.docx", "file_data": data}}
    return _chat(c, messages=[{"role": "user", "content": [{"type": "text", "text": ASK}, part]}])


@placement("openai.chat.file-data-html-entities")
def _(c, v):
    # HTML exports write '@' and '-' as character references and names with &nbsp;
    text = v.prose.replace("@", "&#64;").replace("-", "&#45;").replace(" ", "&nbsp;")
    part = {
        "type": "file",
        "file": {
            "filename": "page.html",
            "file_data": data_url(f"<html><body><p>{text}</p></body></html>", "text/html"),
        },
    }
    return _chat(c, messages=[{"role": "user", "content": [{"type": "text", "text": ASK}, part]}])


@placement("openai.chat.file-data-json-escaped")
def _(c, v):
    text = json_escaped({"customer": {"note": v.prose}}).decode()
    part = {
        "type": "file",
        "file": {"filename": "export.json", "file_data": data_url(text, "application/json")},
    }
    return _chat(c, messages=[{"role": "user", "content": [{"type": "text", "text": ASK}, part]}])


@placement("openai.chat.file-data-utf16")
def _(c, v):
    data = f"data:text/plain;charset=utf-16;base64,{base64.b64encode(v.prose.encode('utf-16')).decode()}"
    part = {"type": "file", "file": {"filename": "notes.txt", "file_data": data}}
    return _chat(c, messages=[{"role": "user", "content": [{"type": "text", "text": ASK}, part]}])


@placement("openai.chat.messages-long")
def _(c, v):
    filler = "The quarterly report covers revenue, churn and the roadmap for next year. " * 500
    return _chat(c, messages=[{"role": "user", "content": filler + v.prose}])


@placement("openai.chat.form-encoded")
def _(c, v):
    return c.request(
        "POST",
        "https://api.openai.com/v1/chat/completions",
        data={"model": M, "messages[0][role]": "user", "messages[0][content]": v.prose},
    )


@placement("openai.chat.metadata-utf16")
def _(c, v):
    body = json.dumps(chat_body(store=True, metadata={"customer": v.bare})).encode("utf-16")
    return c.request(
        "POST",
        "https://api.openai.com/v1/chat/completions",
        content=body,
        headers={"content-type": "application/json"},
    )


@placement("openai.chat.metadata-text-plain")
def _(c, v):
    body = json.dumps(chat_body(store=True, metadata={"customer": v.bare})).encode()
    return c.request(
        "POST",
        "https://api.openai.com/v1/chat/completions",
        content=body,
        headers={"content-type": "text/plain"},
    )


@placement("openai.chat.query-key")
def _(c, v):
    return _chat(c, extra_query={v.bare: ""})


@placement("openai.chat.file-data-octet-stream")
def _(c, v):
    data = data_url(v.prose, "application/octet-stream")
    part = {"type": "file", "file": {"filename": "notes.bin", "file_data": data}}
    return _chat(c, messages=[{"role": "user", "content": [{"type": "text", "text": ASK}, part]}])


@placement("openai.chat.deep-nesting")
def _(c, v):
    notes: object = v.prose
    for _ in range(400):
        notes = {"n": [notes]}
    return _chat(c, extra_body={"notes": notes})


@placement("openai.chat.double-content-encoding")
def _(c, v):
    body = gzip.compress(gzip.compress(json.dumps(chat_body(user=v.bare)).encode()))
    return c.request(
        "POST",
        "https://api.openai.com/v1/chat/completions",
        content=body,
        headers={"content-type": "application/json", "content-encoding": "gzip, gzip"},
    )


@placement("openai.realtime-websocket")
def _(c, v):
    from websockets.exceptions import InvalidStatus, WebSocketException
    from websockets.sync.client import connect

    sock = tunnel(c.stack, "api.openai.com", user=c.user, tls=False)  # websockets does the TLS itself
    event = {
        "type": "conversation.item.create",
        "item": {"type": "message", "role": "user", "content": [{"type": "input_text", "text": v.prose}]},
    }
    try:
        with connect(
            "wss://api.openai.com/v1/realtime?model=gpt-realtime",
            sock=sock,
            ssl=c.tls,
            open_timeout=10,
            additional_headers=c.headers,
        ) as ws:
            ws.send(json.dumps(event))
            ws.recv(timeout=5)
    except InvalidStatus as exc:
        r = exc.response
        return Reply(
            r.status_code, {k.lower(): v for k, v in r.headers.raw_items()}, r.body.decode("utf-8", "replace")
        )
    except (WebSocketException, OSError, TimeoutError):
        return Reply(0)
    return Reply(101)


# -- OpenAI Responses -------------------------------------------------------------------------------------
def _responses(c: Ctx, **kw) -> Reply:
    kw = {"model": "gpt-5", "input": ASK, **kw}
    return sdk(lambda: c.oa().responses.with_raw_response.create(**kw))


@placement("openai.responses.input")
def _(c, v):
    return _responses(c, input=v.prose)


@placement("openai.responses.instructions")
def _(c, v):
    return _responses(c, instructions=v.prose)


@placement("openai.responses.metadata")
def _(c, v):
    return _responses(c, metadata={"customer": v.bare})


@placement("openai.responses.user")
def _(c, v):
    return _responses(c, extra_body={"user": v.bare})


@placement("openai.responses.safety-identifier")
def _(c, v):
    return _responses(c, safety_identifier=v.bare)


@placement("openai.responses.tool-description")
def _(c, v):
    return _responses(
        c,
        tools=[
            {
                "type": "function",
                "name": "lookup",
                "description": v.prose,
                "parameters": SCHEMA,
                "strict": False,
            }
        ],
    )


@placement("openai.responses.input-file-data")
def _(c, v):
    item = {
        "role": "user",
        "content": [
            {"type": "input_text", "text": ASK},
            {"type": "input_file", "filename": "notes.txt", "file_data": data_url(v.prose)},
        ],
    }
    return _responses(c, input=[item])


@placement("openai.responses.input-file-xlsx")
def _(c, v):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["id", "customer", "note"])
    book.active.append([17, v.bare, "renewal due"])
    buf = io.BytesIO()
    book.save(buf)
    mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    data = f"data:{mime};base64,{base64.b64encode(buf.getvalue()).decode()}"
    item = {
        "role": "user",
        "content": [
            {"type": "input_text", "text": ASK},
            {"type": "input_file", "filename": "customers.xlsx", "file_data": data},
        ],
    }
    return _responses(c, input=[item])


@placement("openai.responses.prompt-variables")
def _(c, v):
    return _responses(c, input=None, prompt={"id": "pmpt_1", "variables": {"customer": v.bare}})


# -- OpenAI Assistants, threads, vector stores, conversations ----------------------------------------------
@placement("openai.assistants.instructions")
def _(c, v):
    return sdk(lambda: c.oa().beta.assistants.with_raw_response.create(model=M, instructions=v.prose))


@placement("openai.assistants.name")
def _(c, v):
    return sdk(lambda: c.oa().beta.assistants.with_raw_response.create(model=M, name=v.bare))


@placement("openai.assistants.description")
def _(c, v):
    return sdk(lambda: c.oa().beta.assistants.with_raw_response.create(model=M, description=v.prose))


@placement("openai.threads.create-messages")
def _(c, v):
    msgs = [{"role": "user", "content": v.prose}]
    return sdk(lambda: c.oa().beta.threads.with_raw_response.create(messages=msgs))


@placement("openai.threads.message")
def _(c, v):
    return sdk(
        lambda: c.oa().beta.threads.messages.with_raw_response.create(
            "thread_1", role="user", content=v.prose
        )
    )


@placement("openai.threads.message-metadata")
def _(c, v):
    return sdk(
        lambda: c.oa().beta.threads.messages.with_raw_response.create(
            "thread_1", role="user", content=ASK, metadata={"customer": v.bare}
        )
    )


@placement("openai.threads.run-instructions")
def _(c, v):
    return sdk(
        lambda: c.oa().beta.threads.runs.with_raw_response.create(
            "thread_1", assistant_id="asst_1", additional_instructions=v.prose
        )
    )


@placement("openai.vector-stores.name")
def _(c, v):
    return sdk(lambda: c.oa().vector_stores.with_raw_response.create(name=v.bare))


@placement("openai.conversations.metadata")
def _(c, v):
    return sdk(lambda: c.oa().conversations.with_raw_response.create(metadata={"customer": v.bare}))


@placement("openai.vector-stores.search-query")
def _(c, v):
    return sdk(lambda: c.oa().vector_stores.with_raw_response.search("vs_1", query=v.prose))


# -- OpenAI embeddings, completions, moderations, images ----------------------------------------------------
@placement("openai.embeddings.input")
def _(c, v):
    return sdk(
        lambda: c.oa().embeddings.with_raw_response.create(model="text-embedding-3-small", input=[v.prose])
    )


@placement("openai.embeddings.user")
def _(c, v):
    return sdk(
        lambda: c.oa().embeddings.with_raw_response.create(
            model="text-embedding-3-small", input=ASK, user=v.bare
        )
    )


@placement("openai.completions.suffix")
def _(c, v):
    return sdk(
        lambda: c.oa().completions.with_raw_response.create(
            model="gpt-3.5-turbo-instruct", prompt="Dear team,", suffix=v.prose
        )
    )


@placement("openai.completions.user")
def _(c, v):
    return sdk(
        lambda: c.oa().completions.with_raw_response.create(
            model="gpt-3.5-turbo-instruct", prompt=ASK, user=v.bare
        )
    )


@placement("openai.moderations.input")
def _(c, v):
    return sdk(lambda: c.oa().moderations.with_raw_response.create(input=v.prose))


@placement("openai.images.user")
def _(c, v):
    return sdk(lambda: c.oa().images.with_raw_response.generate(prompt="a lighthouse", user=v.bare))


# -- OpenAI audio and files (multipart) --------------------------------------------------------------------
WAV = (
    b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00@\x1f\x00\x00\x80>\x00\x00\x02\x00\x10\x00"
    b"data\x00\x00\x00\x00"
)


@placement("openai.audio.speech-input")
def _(c, v):
    return sdk(
        lambda: c.oa().audio.speech.with_raw_response.create(
            model="gpt-4o-mini-tts", voice="alloy", input=v.prose
        )
    )


@placement("openai.audio.speech-instructions")
def _(c, v):
    return sdk(
        lambda: c.oa().audio.speech.with_raw_response.create(
            model="gpt-4o-mini-tts", voice="alloy", input="Welcome back.", instructions=v.prose
        )
    )


@placement("openai.audio.transcription-prompt")
def _(c, v):
    return sdk(
        lambda: c.oa().audio.transcriptions.with_raw_response.create(
            model="whisper-1", file=("call.wav", WAV, "audio/wav"), prompt=v.prose
        )
    )


@placement("openai.audio.transcription-speaker-names")
def _(c, v):
    return sdk(
        lambda: c.oa().audio.transcriptions.with_raw_response.create(
            model="gpt-4o-transcribe-diarize",
            file=("call.wav", WAV, "audio/wav"),
            known_speaker_names=[v.bare],
            known_speaker_references=[data_url("x", "audio/wav")],
        )
    )


@placement("openai.realtime-calls-session")
def _(c, v):
    # Realtime over WebRTC: the SDP offer and the session (instructions included) as multipart parts
    sdp = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n"
    session = {"type": "realtime", "model": "gpt-realtime", "instructions": v.prose}
    files = {
        "sdp": (None, sdp, "application/sdp"),
        "session": (None, json.dumps(session), "application/json"),
    }
    return c.request("POST", "https://api.openai.com/v1/realtime/calls", files=files)


@placement("openai.files.text-content")
def _(c, v):
    return sdk(
        lambda: c.oa().files.with_raw_response.create(
            file=("notes.txt", v.prose.encode(), "text/plain"), purpose="user_data"
        )
    )


@placement("openai.files.filename")
def _(c, v):
    return sdk(
        lambda: c.oa().files.with_raw_response.create(
            file=(f"{v.bare} - notes.txt", b"meeting at noon", "text/plain"), purpose="user_data"
        )
    )


@placement("openai.files.batch-jsonl")
def _(c, v):
    line = {
        "custom_id": "r1",
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": chat_body(messages=[{"role": "user", "content": v.prose}]),
    }
    return sdk(
        lambda: c.oa().files.with_raw_response.create(
            file=("batch.jsonl", json.dumps(line).encode() + b"\n", "application/jsonl"), purpose="batch"
        )
    )


@placement("openai.uploads.filename")
def _(c, v):
    return sdk(
        lambda: c.oa().uploads.with_raw_response.create(
            bytes=15, filename=f"{v.bare} - notes.txt", mime_type="text/plain", purpose="assistants"
        )
    )


def _multipart(part_headers: str, part_body: bytes) -> tuple[bytes, str]:
    boundary = "leakbattery7f3a"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nuser_data\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="notes.txt"\r\n'
            f"{part_headers}\r\n\r\n"
        ).encode()
        + part_body
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, f"multipart/form-data; boundary={boundary}"


@placement("openai.files.multipart-base64-part")
def _(c, v):
    body, ctype = _multipart(
        "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64", base64.b64encode(v.prose.encode())
    )
    return c.request("POST", "https://api.openai.com/v1/files", content=body, headers={"content-type": ctype})


@placement("openai.files.multipart-utf16-part")
def _(c, v):
    body, ctype = _multipart("Content-Type: text/plain; charset=utf-16", v.prose.encode("utf-16"))
    return c.request("POST", "https://api.openai.com/v1/files", content=body, headers={"content-type": ctype})


@placement("openai.uploads.part-data")
def _(c, v):
    return sdk(lambda: c.oa().uploads.parts.with_raw_response.create("upload_1", data=v.prose.encode()))


# -- Anthropic (api.anthropic.com) ------------------------------------------------------------------------
def _messages(c: Ctx, **kw) -> Reply:
    kw = {"model": "claude-sonnet-4-5", "max_tokens": 100, "messages": USER, **kw}
    return sdk(lambda: c.ant().messages.with_raw_response.create(**kw))


@placement("anthropic.messages")
def _(c, v):
    return _messages(c, messages=[{"role": "user", "content": v.prose}])


@placement("anthropic.system")
def _(c, v):
    return _messages(c, system=v.prose)


@placement("anthropic.metadata-user-id")
def _(c, v):
    return _messages(c, metadata={"user_id": v.bare})


@placement("anthropic.thinking-in-user-message")
def _(c, v):
    content = [
        {"type": "thinking", "thinking": v.prose, "signature": "c2lnbmF0dXJl"},
        {"type": "text", "text": ASK},
    ]
    return _messages(c, messages=[{"role": "user", "content": content}])


@placement("anthropic.document-base64-text")
def _(c, v):
    doc = {
        "type": "document",
        "source": {
            "type": "base64",
            "media_type": "text/plain",
            "data": base64.b64encode(v.prose.encode()).decode(),
        },
    }
    return _messages(c, messages=[{"role": "user", "content": [doc, {"type": "text", "text": ASK}]}])


@placement("anthropic.document-title")
def _(c, v):
    doc = {
        "type": "document",
        "title": v.bare,
        "source": {"type": "text", "media_type": "text/plain", "data": "meeting at noon"},
    }
    return _messages(c, messages=[{"role": "user", "content": [doc, {"type": "text", "text": ASK}]}])


@placement("anthropic.tool-description")
def _(c, v):
    return _messages(c, tools=[{"name": "lookup", "description": v.prose, "input_schema": SCHEMA}])


@placement("anthropic.stop-sequences")
def _(c, v):
    return _messages(c, stop_sequences=[v.bare])


@placement("anthropic.query")
def _(c, v):
    return _messages(c, extra_query={"note": v.bare})


@placement("anthropic.count-tokens")
def _(c, v):
    return sdk(
        lambda: c.ant().messages.with_raw_response.count_tokens(
            model="claude-sonnet-4-5", messages=[{"role": "user", "content": v.prose}]
        )
    )


@placement("anthropic.batch-params")
def _(c, v):
    params = {
        "model": "claude-sonnet-4-5",
        "max_tokens": 100,
        "messages": [{"role": "user", "content": v.prose}],
    }
    return sdk(
        lambda: c.ant().messages.batches.with_raw_response.create(
            requests=[{"custom_id": "r1", "params": params}]
        )
    )


@placement("anthropic.files-upload-text")
def _(c, v):
    return sdk(
        lambda: c.ant().beta.files.with_raw_response.upload(
            file=("notes.txt", v.prose.encode(), "text/plain")
        )
    )


@placement("anthropic.system-json-escaped")
def _(c, v):
    body = json_escaped(
        {"model": "claude-sonnet-4-5", "max_tokens": 100, "system": v.prose, "messages": USER}
    )
    return c.request(
        "POST",
        "https://api.anthropic.com/v1/messages",
        content=body,
        headers={"content-type": "application/json", "anthropic-version": "2023-06-01"},
    )


@placement("anthropic.messages-pasted-separators")
def _(c, v):
    return _messages(c, messages=[{"role": "user", "content": v.pasted}])


@placement("anthropic.document-context")
def _(c, v):
    doc = {
        "type": "document",
        "context": v.prose,
        "source": {"type": "text", "media_type": "text/plain", "data": "meeting at noon"},
    }
    return _messages(c, messages=[{"role": "user", "content": [doc, {"type": "text", "text": ASK}]}])


@placement("anthropic.document-url-query")
def _(c, v):
    doc = {
        "type": "document",
        "source": {"type": "url", "url": f"https://crm.example.net/export.pdf?owner={quote(v.bare)}"},
    }
    return _messages(c, messages=[{"role": "user", "content": [doc, {"type": "text", "text": ASK}]}])


@placement("anthropic.batch-custom-id")
def _(c, v):
    params = {"model": "claude-sonnet-4-5", "max_tokens": 100, "messages": USER}
    return sdk(
        lambda: c.ant().messages.batches.with_raw_response.create(
            requests=[{"custom_id": v.bare, "params": params}]
        )
    )


@placement("anthropic.document-pdf")
def _(c, v):
    doc = {
        "type": "document",
        "source": {
            "type": "base64",
            "media_type": "application/pdf",
            "data": base64.b64encode(pdf_bytes(v.prose)).decode(),
        },
    }
    return _messages(c, messages=[{"role": "user", "content": [doc, {"type": "text", "text": ASK}]}])


@placement("anthropic.document-pdf-author")
def _(c, v):
    doc = {
        "type": "document",
        "source": {
            "type": "base64",
            "media_type": "application/pdf",
            "data": base64.b64encode(pdf_bytes("Meeting at noon.", v.bare)).decode(),
        },
    }
    return _messages(c, messages=[{"role": "user", "content": [doc, {"type": "text", "text": ASK}]}])


@placement("anthropic.metadata-brotli")
def _(c, v):
    import brotli

    raw = json.dumps(
        {"model": "claude-sonnet-4-5", "max_tokens": 100, "messages": USER, "metadata": {"user_id": v.bare}}
    ).encode()
    return c.request(
        "POST",
        "https://api.anthropic.com/v1/messages",
        content=brotli.compress(raw),
        headers={
            "content-type": "application/json",
            "content-encoding": "br",
            "anthropic-version": "2023-06-01",
        },
    )


# -- Gemini (generativelanguage.googleapis.com, Vertex AI) -------------------------------------------------
GM = "gemini-2.5-flash"
GEMINI = f"https://generativelanguage.googleapis.com/v1beta/models/{GM}:generateContent"


def _generate(c: Ctx, contents=None, **config) -> Reply:
    from google.genai import types

    cfg = types.GenerateContentConfig(**config) if config else None
    return sdk(lambda: c.gem().models.generate_content(model=GM, contents=contents or ASK, config=cfg))


@placement("gemini.contents")
def _(c, v):
    return _generate(c, v.prose)


@placement("gemini.system-instruction")
def _(c, v):
    return _generate(c, system_instruction=v.prose)


@placement("gemini.function-response")
def _(c, v):
    contents = [
        {"role": "user", "parts": [{"text": ASK}]},
        {"role": "model", "parts": [{"function_call": {"name": "lookup", "args": {"q": "customer"}}}]},
        {
            "role": "user",
            "parts": [{"function_response": {"name": "lookup", "response": {"result": v.prose}}}],
        },
    ]
    return _generate(c, contents)


@placement("gemini.function-response-record")
def _(c, v):
    contents = [
        {"role": "user", "parts": [{"text": ASK}]},
        {
            "role": "model",
            "parts": [{"function_call": {"name": "get_customer", "args": {"customer_id": 17}}}],
        },
        {"role": "user", "parts": [{"function_response": {"name": "get_customer", "response": v.record}}]},
    ]
    return _generate(c, contents)


@placement("gemini.contents-invisible-characters")
def _(c, v):
    return _generate(c, v.invisible)


@placement("gemini.tool-description")
def _(c, v):
    tool = {"function_declarations": [{"name": "lookup", "description": v.prose}]}
    return _generate(c, tools=[tool])


@placement("gemini.stop-sequences")
def _(c, v):
    return _generate(c, stop_sequences=[v.bare])


@placement("gemini.response-schema-description")
def _(c, v):
    schema = {"type": "OBJECT", "description": v.prose, "properties": {"who": {"type": "STRING"}}}
    return _generate(c, response_mime_type="application/json", response_schema=schema)


@placement("gemini.inline-data-text")
def _(c, v):
    part = {"inline_data": {"mime_type": "text/plain", "data": v.prose.encode()}}
    return _generate(c, [{"role": "user", "parts": [{"text": ASK}, part]}])


@placement("gemini.file-uri-query")
def _(c, v):
    part = {
        "file_data": {
            "mime_type": "application/pdf",
            "file_uri": f"https://crm.example.net/export.pdf?owner={quote(v.bare)}",
        }
    }
    return _generate(c, [{"role": "user", "parts": [{"text": ASK}, part]}])


@placement("gemini.inline-data-json")
def _(c, v):
    data = json.dumps({"customer": {"note": v.prose}}).encode()
    part = {"inline_data": {"mime_type": "application/json", "data": data}}
    return _generate(c, [{"role": "user", "parts": [{"text": ASK}, part]}])


@placement("gemini.cached-content-display-name")
def _(c, v):
    return sdk(
        lambda: c.gem().caches.create(
            model=GM,
            config={"display_name": v.bare, "contents": [{"role": "user", "parts": [{"text": ASK}]}]},
        )
    )


@placement("gemini.files-upload-display-name")
def _(c, v):
    return c.request(
        "POST",
        "https://generativelanguage.googleapis.com/upload/v1beta/files",
        json={"file": {"displayName": v.bare}},
        headers={
            "x-goog-api-key": "gemini-test-key",
            "x-goog-upload-protocol": "resumable",
            "x-goog-upload-command": "start",
            "x-goog-upload-header-content-type": "text/plain",
        },
    )


@placement("gemini.files-upload-bytes")
def _(c, v):
    return c.request(
        "POST",
        "https://generativelanguage.googleapis.com/upload/v1beta/files",
        params={"upload_id": "AB1x9", "upload_protocol": "resumable"},
        content=v.prose.encode(),
        headers={
            "x-goog-upload-command": "upload, finalize",
            "x-goog-upload-offset": "0",
            "content-type": "text/plain",
        },
    )


def _protobuf_string(field: int, data: bytes) -> bytes:
    """One length-delimited protobuf field (wire type 2); lengths below 128 only."""
    assert len(data) < 128
    return bytes([field << 3 | 2, len(data)]) + data


@placement("gemini.grpc-protobuf")
def _(c, v):
    # the GAPIC clients (google-ai-generativelanguage) speak gRPC: GenerateContentRequest as protobuf
    part = _protobuf_string(1, v.prose.encode())  # Part.text
    content = _protobuf_string(1, part) + _protobuf_string(2, b"user")  # Content.parts, Content.role
    message = _protobuf_string(1, f"models/{GM}".encode()) + _protobuf_string(2, content)
    frame = b"\x00" + len(message).to_bytes(4, "big") + message
    return c.request(
        "POST",
        "https://generativelanguage.googleapis.com/google.ai.generativelanguage.v1beta"
        ".GenerativeService/GenerateContent",
        content=frame,
        headers={"content-type": "application/grpc", "te": "trailers"},
    )


@placement("gemini.top-level-key")
def _(c, v):
    body = {"contents": [{"role": "user", "parts": [{"text": ASK}]}], "labels": {"customer": v.bare}}
    return c.request("POST", GEMINI, json=body, headers={"x-goog-api-key": "gemini-test-key"})


@placement("gemini.query")
def _(c, v):
    body = {"contents": [{"role": "user", "parts": [{"text": ASK}]}]}
    return c.request(
        "POST", GEMINI, params={"note": v.bare}, json=body, headers={"x-goog-api-key": "gemini-test-key"}
    )


@placement("vertex.system-instruction")
def _(c, v):
    url = (
        "https://us-central1-aiplatform.googleapis.com/v1/projects/p1/locations/us-central1/publishers/google"
        f"/models/{GM}:generateContent"
    )
    body = {
        "contents": [{"role": "user", "parts": [{"text": ASK}]}],
        "systemInstruction": {"parts": [{"text": v.prose}]},
    }
    return c.request("POST", url, json=body)


@placement("vertex.anthropic-raw-predict")
def _(c, v):
    url = (
        "https://us-central1-aiplatform.googleapis.com/v1/projects/p1/locations/us-central1/publishers"
        "/anthropic/models/claude-sonnet-4-5:rawPredict"
    )
    body = {
        "anthropic_version": "vertex-2023-10-16",
        "max_tokens": 100,
        "messages": USER,
        "metadata": {"user_id": v.bare},
    }
    return c.request("POST", url, json=body)


@placement("bedrock.converse-system")
def _(c, v):
    url = "https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-sonnet-4-5-v1:0/converse"
    body = {"messages": [{"role": "user", "content": [{"text": ASK}]}], "system": [{"text": v.prose}]}
    return c.request("POST", url, json=body)


@placement("azure-openai.chat.user")
def _(c, v):
    url = "https://acme.openai.azure.com/openai/deployments/gpt-4o/chat/completions"
    return c.request(
        "POST",
        url,
        params={"api-version": "2024-10-21"},
        json=chat_body(user=v.bare),
        headers={"api-key": "azure-test-key"},
    )


# -- ChatGPT web app (chatgpt.com) -------------------------------------------------------------------------
CHATGPT = "https://chatgpt.com/backend-api"


def _conversation(text: str = ASK, **extra) -> dict:
    msg = {
        "id": "m1",
        "author": {"role": "user"},
        "content": {"content_type": "text", "parts": [text]},
        "metadata": {},
    }
    return {
        "action": "next",
        "messages": [msg],
        "parent_message_id": "client-created-root",
        "model": "auto",
        "conversation_mode": {"kind": "primary_assistant"},
        "supported_encodings": ["v1"],
        **extra,
    }


@placement("chatgpt-web.conversation")
def _(c, v):
    return c.request("POST", f"{CHATGPT}/conversation", json=_conversation(v.prose))


@placement("chatgpt-web.message-metadata")
def _(c, v):
    body = _conversation()
    body["messages"][0]["metadata"] = {
        "attachments": [{"id": "file_1", "name": f"{v.bare} - contract.pdf", "size": 10}]
    }
    return c.request("POST", f"{CHATGPT}/conversation", json=body)


@placement("chatgpt-web.extra-key")
def _(c, v):
    return c.request(
        "POST", f"{CHATGPT}/conversation", json=_conversation(personalization={"about_user_message": v.prose})
    )


@placement("chatgpt-web.query")
def _(c, v):
    return c.request("POST", f"{CHATGPT}/conversation", params={"note": v.bare}, json=_conversation())


@placement("chatgpt-web.conversation-json-escaped")
def _(c, v):
    return c.request(
        "POST",
        f"{CHATGPT}/conversation",
        content=json_escaped(_conversation(v.prose)),
        headers={"content-type": "application/json"},
    )


@placement("chatgpt-web.custom-instructions")
def _(c, v):
    return c.request(
        "POST",
        f"{CHATGPT}/user_system_messages",
        json={"about_user_message": v.prose, "about_model_message": "Be brief.", "enabled": True},
    )


@placement("chatgpt-web.memories")
def _(c, v):
    return c.request("POST", f"{CHATGPT}/memories", json={"content": v.prose})


@placement("chatgpt-web.title")
def _(c, v):
    return c.request(
        "PATCH", f"{CHATGPT}/conversation/6a1b2c3d-0000-4000-8000-000000000001", json={"title": v.bare}
    )


@placement("chatgpt-web.file-upload")
def _(c, v):
    return c.request(
        "POST",
        f"{CHATGPT}/files",
        json={"file_name": f"{v.bare} - notes.txt", "file_size": 15, "use_case": "my_files"},
    )


@placement("chatgpt-web.upload-blob-put")
def _(c, v):
    url = "https://files.oaiusercontent.com/file-9xQ2"
    sas = {"se": "2026-12-04T15:00:00Z", "sp": "cw", "sv": "2024-08-04", "sr": "b", "sig": "c2lnbmF0dXJl"}
    return c.request(
        "PUT",
        url,
        params=sas,
        content=v.prose.encode(),
        headers={"x-ms-blob-type": "BlockBlob", "content-type": "text/plain"},
    )


@placement("chatgpt-web.prompt-in-page-url")
def _(c, v):
    # chatgpt.com/?q=… opens a new chat with the prompt filled in (links, browser search shortcuts)
    return c.request(
        "GET",
        "https://chatgpt.com/",
        params={"q": v.prose},
        headers={
            "accept": "text/html,application/xhtml+xml",
            "sec-fetch-mode": "navigate",
            "sec-fetch-dest": "document",
        },
    )


@placement("chatgpt-web.referer-header")
def _(c, v):
    # ... and every call the page then makes carries that URL in its Referer (same origin: the full URL)
    referer = f"https://chatgpt.com/?q={quote(v.prose)}"
    return c.request("POST", f"{CHATGPT}/conversation", json=_conversation(), headers={"referer": referer})


@placement("chatgpt-web.upload-blob-disposition-header")
def _(c, v):
    url = "https://files.oaiusercontent.com/file-9xQ3"
    sas = {"se": "2026-12-04T15:00:00Z", "sp": "cw", "sv": "2024-08-04", "sr": "b", "sig": "c2lnbmF0dXJl"}
    headers = {
        "x-ms-blob-type": "BlockBlob",
        "content-type": "text/plain",
        "x-ms-blob-content-disposition": f'attachment; filename="{v.bare} - notes.txt"',
    }
    return c.request("PUT", url, params=sas, content=b"meeting at noon", headers=headers)


@placement("chatgpt-web.search-get")
def _(c, v):
    return c.request("GET", f"{CHATGPT}/conversations/search", params={"query": v.bare})


@placement("chatgpt-web.conversation-pasted-separators")
def _(c, v):
    return c.request("POST", f"{CHATGPT}/conversation", json=_conversation(v.pasted))


# -- Claude web app (claude.ai) ----------------------------------------------------------------------------
ORG = "https://claude.ai/api/organizations/0b1c2d3e-0000-4000-8000-00000000000a"
COMPLETION = "/chat_conversations/0b1c2d3e-0000-4000-8000-00000000000b/completion"


def _completion(prompt: str = ASK, **extra) -> dict:
    return {
        "prompt": prompt,
        "timezone": "UTC",
        "attachments": [],
        "files": [],
        "rendering_mode": "messages",
        **extra,
    }


@placement("claude-web.completion")
def _(c, v):
    return c.request("POST", ORG + COMPLETION, json=_completion(v.prose))


@placement("claude-web.attachment-content")
def _(c, v):
    att = {"file_name": "notes.txt", "file_type": "text/plain", "file_size": 40, "extracted_content": v.prose}
    return c.request("POST", ORG + COMPLETION, json=_completion(attachments=[att]))


@placement("claude-web.attachment-file-name")
def _(c, v):
    att = {
        "file_name": f"{v.bare} - notes.txt",
        "file_type": "text/plain",
        "file_size": 15,
        "extracted_content": "meeting at noon",
    }
    return c.request("POST", ORG + COMPLETION, json=_completion(attachments=[att]))


@placement("claude-web.personalized-styles")
def _(c, v):
    style = {"type": "custom", "key": "s1", "name": "Mine", "prompt": v.prose, "summary": "custom"}
    return c.request("POST", ORG + COMPLETION, json=_completion(personalized_styles=[style]))


@placement("claude-web.hash-suffix")
def _(c, v):
    body = json.dumps(_completion(v.prose)).encode()
    return c.raw("claude.ai", "POST", ORG.removeprefix("https://claude.ai") + COMPLETION + "#x", body)


@placement("claude-web.upload-multipart")
def _(c, v):
    return c.request("POST", f"{ORG}/upload", files={"file": ("notes.txt", v.prose.encode(), "text/plain")})


@placement("claude-web.convert-document-docx")
def _(c, v):
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return c.request(
        "POST",
        "https://claude.ai/api/convert_document",
        files={"file": ("notes.docx", docx_bytes(v.prose), mime)},
    )


@placement("claude-web.prompt-in-page-url")
def _(c, v):
    return c.request(
        "GET",
        "https://claude.ai/new",
        params={"q": v.prose},
        headers={
            "accept": "text/html,application/xhtml+xml",
            "sec-fetch-mode": "navigate",
            "sec-fetch-dest": "document",
        },
    )


@placement("claude-web.referer-header")
def _(c, v):
    referer = f"https://claude.ai/new?q={quote(v.prose)}"
    return c.request("POST", ORG + COMPLETION, json=_completion(), headers={"referer": referer})


@placement("claude-web.project-docs")
def _(c, v):
    return c.request(
        "POST",
        f"{ORG}/projects/0b1c2d3e-0000-4000-8000-00000000000c/docs",
        json={"file_name": "notes.md", "content": v.prose},
    )


@placement("claude-web.conversation-title")
def _(c, v):
    return c.request(
        "PUT", f"{ORG}/chat_conversations/0b1c2d3e-0000-4000-8000-00000000000b", json={"name": v.bare}
    )


@placement("claude-web.search-get")
def _(c, v):
    return c.request("GET", f"{ORG}/conversation/search", params={"query": v.bare, "n": "10"})


# -- other catalog services: OpenAI-compatible and generic JSON --------------------------------------------
@placement("deepseek.chat.user")
def _(c, v):
    client = c.oa("https://api.deepseek.com/v1")
    return sdk(
        lambda: client.chat.completions.with_raw_response.create(
            model="deepseek-chat", messages=USER, user=v.bare
        )
    )


@placement("openrouter.chat.message-name")
def _(c, v):
    client = c.oa("https://openrouter.ai/api/v1")
    return sdk(
        lambda: client.chat.completions.with_raw_response.create(
            model="openai/gpt-4o", messages=[{"role": "user", "name": v.bare, "content": ASK}]
        )
    )


@placement("together.chat.tool-description")
def _(c, v):
    client = c.oa("https://api.together.xyz/v1")
    tool = {"type": "function", "function": {"name": "lookup", "description": v.prose, "parameters": SCHEMA}}
    return sdk(
        lambda: client.chat.completions.with_raw_response.create(model="llama", messages=USER, tools=[tool])
    )


@placement("mistral.chat.query")
def _(c, v):
    client = c.oa("https://api.mistral.ai/v1")
    return sdk(
        lambda: client.chat.completions.with_raw_response.create(
            model="mistral-small", messages=USER, extra_query={"note": v.bare}
        )
    )


@placement("helicone.user-id-header")
def _(c, v):
    # Helicone's documented per-user header (often the user's e-mail)
    return c.request(
        "POST",
        "https://ai-gateway.helicone.ai/v1/chat/completions",
        json=chat_body(),
        headers={"helicone-user-id": v.bare},
    )


@placement("helicone.property-header")
def _(c, v):
    return c.request(
        "POST",
        "https://ai-gateway.helicone.ai/v1/chat/completions",
        json=chat_body(),
        headers={"helicone-property-customer": v.bare},
    )


@placement("cloudflare-ai-gateway.metadata-header")
def _(c, v):
    url = "https://gateway.ai.cloudflare.com/v1/acct123/gw1/openai/chat/completions"
    return c.request(
        "POST", url, json=chat_body(), headers={"cf-aig-metadata": json.dumps({"customer": v.bare})}
    )


@placement("cohere.chat.messages")
def _(c, v):
    return c.request(
        "POST",
        "https://api.cohere.com/v2/chat",
        json={"model": "command-a", "messages": [{"role": "user", "content": v.prose}]},
    )


@placement("cohere.chat.query")
def _(c, v):
    return c.request(
        "POST",
        "https://api.cohere.com/v2/chat",
        params={"note": v.bare},
        json={"model": "command-a", "messages": USER},
    )


@placement("cohere.chat.xml-body")
def _(c, v):
    body = f"<chat><model>command-a</model><message role='user'>{v.prose}</message></chat>".encode()
    return c.request(
        "POST", "https://api.cohere.com/v2/chat", content=body, headers={"content-type": "application/xml"}
    )


@placement("jina.search-path")
def _(c, v):
    return c.request("GET", f"https://s.jina.ai/{quote(v.prose)}", headers={"accept": "application/json"})


@placement("jina.reader-path")
def _(c, v):
    return c.request(
        "GET",
        f"https://r.jina.ai/https://crm.example.net/customers/{quote(v.bare)}",
        headers={"accept": "application/json"},
    )


@placement("deepl.translate-get-query")
def _(c, v):
    return c.request(
        "GET", "https://api.deepl.com/v2/translate", params={"text": v.prose, "target_lang": "DE"}
    )


@placement("deepl.translate-json")
def _(c, v):
    return c.request(
        "POST", "https://api.deepl.com/v2/translate", json={"text": [v.prose], "target_lang": "DE"}
    )


@placement("deepl.translate-form")
def _(c, v):
    return c.request(
        "POST", "https://api.deepl.com/v2/translate", data={"text": v.prose, "target_lang": "DE"}
    )


@placement("elevenlabs.text-to-speech")
def _(c, v):
    return c.request(
        "POST",
        "https://api.elevenlabs.io/v1/text-to-speech/voice123",
        json={"text": v.prose, "model_id": "eleven_multilingual_v2"},
    )


@placement("huggingface-router.chat.user")
def _(c, v):
    return c.request("POST", "https://router.huggingface.co/v1/chat/completions", json=chat_body(user=v.bare))


# -- chat web apps aiwarden has no dialect for (``none``: a JSON or form body is scrubbed whole) ---------
@placement("perplexity-web.ask")
def _(c, v):
    body = {"query_str": v.prose, "params": {"source": "default", "version": "2.18", "language": "en-US"}}
    return c.request("POST", "https://www.perplexity.ai/rest/sse/perplexity_ask", json=body)


@placement("gemini-web.stream-generate-form")
def _(c, v):
    # the Gemini web app: form-encoded batch call, the prompt in JSON inside a JSON string inside f.req
    inner = json.dumps([[v.prose, 0, None, None, None, None, 0], ["en"], ["", "", ""]])
    url = "https://gemini.google.com/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate"
    return c.request(
        "POST",
        url,
        params={"bl": "boq_assistant-bard-web-server_20251201.08_p0", "_reqid": "1234"},
        data={"f.req": json.dumps([None, inner]), "at": "AJvLN6M:1764000000000"},
    )


@placement("copilot-web.websocket")
def _(c, v):
    from websockets.exceptions import InvalidStatus, WebSocketException
    from websockets.sync.client import connect

    sock = tunnel(c.stack, "copilot.microsoft.com", user=c.user, tls=False)
    event = {"event": "send", "conversationId": "c1", "content": [{"type": "text", "text": v.prose}]}
    try:
        with connect(
            "wss://copilot.microsoft.com/c/api/chat?api-version=2",
            sock=sock,
            ssl=c.tls,
            open_timeout=10,
            additional_headers=c.headers,
        ) as ws:
            ws.send(json.dumps(event))
            ws.recv(timeout=5)
    except InvalidStatus as exc:
        return Reply(exc.response.status_code, {k.lower(): x for k, x in exc.response.headers.raw_items()})
    except (WebSocketException, OSError, TimeoutError):
        return Reply(0)
    return Reply(101)


# -- path-scoped catalog entries: the same call with a path the globs did not foresee ----------------------
@placement("notion.get-completion")
def _(c, v):
    return c.request("POST", "https://www.notion.so/api/v3/getCompletion", json={"prompt": v.prose})


@placement("notion.get-completion-trailing-slash")
def _(c, v):
    return c.request("POST", "https://www.notion.so/api/v3/getCompletion/", json={"prompt": v.prose})


@placement("notion.get-completion-case")
def _(c, v):
    return c.request("POST", "https://www.notion.so/api/v3/GetCompletion", json={"prompt": v.prose})


@placement("notion.get-completion-percent-encoded")
def _(c, v):
    return c.raw("www.notion.so", "POST", "/api/v3/get%43ompletion", json.dumps({"prompt": v.prose}).encode())


@placement("huggingchat.percent-encoded")
def _(c, v):
    return c.raw(
        "huggingface.co", "POST", "/%63hat/conversation/6650e1", json.dumps({"inputs": v.prose}).encode()
    )


@placement("huggingchat.double-slash")
def _(c, v):
    return c.raw(
        "huggingface.co", "POST", "//chat/conversation/6650e1", json.dumps({"inputs": v.prose}).encode()
    )


@placement("huggingchat.dot-segment")
def _(c, v):
    return c.raw(
        "huggingface.co",
        "POST",
        "/models/../chat/conversation/6650e1",
        json.dumps({"inputs": v.prose}).encode(),
    )


@placement("sourcegraph-cody.double-slash")
def _(c, v):
    body = {"messages": [{"speaker": "human", "text": v.prose}], "maxTokensToSample": 100}
    return c.raw("sourcegraph.com", "POST", "//.api/completions/stream", json.dumps(body).encode())


@placement("duckduckgo-chat.case")
def _(c, v):
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": v.prose}]}
    return c.request("POST", "https://duckduckgo.com/DuckChat/v1/chat", json=body)


# -- AI services discovered on hosts the catalog does not list (AIWARDEN_INSPECT_ALL) ------------------------
GATEWAY = "llm-gateway.corp.test"
CLAUDE_GW = "claude-gateway.corp.test"
GEMINI_GW = "gemini-gateway.corp.test"
OLLAMA = "ollama.lab.test"
UNKNOWN_HOSTS = (GATEWAY, CLAUDE_GW, GEMINI_GW, OLLAMA)


@placement("discovered.openai-chat.messages")
def _(c, v):
    client = c.oa(f"https://{GATEWAY}/v1")
    return sdk(
        lambda: client.chat.completions.with_raw_response.create(
            model="llama-3", messages=[{"role": "user", "content": v.prose}]
        )
    )


@placement("discovered.openai-chat.user")
def _(c, v):
    client = c.oa(f"https://{GATEWAY}/v1")
    return sdk(
        lambda: client.chat.completions.with_raw_response.create(model="llama-3", messages=USER, user=v.bare)
    )


@placement("discovered.openai-chat.metadata")
def _(c, v):
    client = c.oa(f"https://{GATEWAY}/v1")
    return sdk(
        lambda: client.chat.completions.with_raw_response.create(
            model="llama-3", messages=USER, metadata={"customer": v.bare}
        )
    )


@placement("discovered.openai-chat.query")
def _(c, v):
    return c.request(
        "POST", f"https://{GATEWAY}/v1/chat/completions", params={"note": v.bare}, json=chat_body()
    )


@placement("discovered.openai-chat.hash-suffix")
def _(c, v):
    body = json.dumps(chat_body(messages=[{"role": "user", "content": v.prose}])).encode()
    return c.raw(GATEWAY, "POST", "/v1/chat/completions#/embeddings", body)


@placement("discovered.openai-chat.chunked")
def _(c, v):
    body = json.dumps(chat_body(messages=[{"role": "user", "content": v.prose}])).encode()
    return c.request(
        "POST",
        f"https://{GATEWAY}/v1/chat/completions",
        content=iter([body[:30], body[30:]]),
        headers={"content-type": "application/json"},
    )


@placement("discovered.anthropic.metadata-user-id")
def _(c, v):
    client = c.ant(f"https://{CLAUDE_GW}")
    return sdk(
        lambda: client.messages.with_raw_response.create(
            model="claude-sonnet-4-5", max_tokens=100, messages=USER, metadata={"user_id": v.bare}
        )
    )


@placement("discovered.gemini.function-response")
def _(c, v):
    contents = [
        {"role": "user", "parts": [{"text": ASK}]},
        {
            "role": "user",
            "parts": [{"functionResponse": {"name": "lookup", "response": {"result": v.prose}}}],
        },
    ]
    return c.request(
        "POST", f"https://{GEMINI_GW}/v1beta/models/{GM}:generateContent", json={"contents": contents}
    )


@placement("discovered.anthropic.system-body-only")
def _(c, v):
    body = {"model": "claude-sonnet-4-5", "max_tokens": 100, "system": v.prose, "messages": USER}
    return c.request("POST", f"https://{CLAUDE_GW}/v1/messages", json=body)


@placement("discovered.openai-responses.instructions")
def _(c, v):
    client = c.oa(f"https://{GATEWAY}/v1")
    return sdk(
        lambda: client.responses.with_raw_response.create(model="llama-3", input=ASK, instructions=v.prose)
    )


@placement("discovered.gemini.body-only")
def _(c, v):
    body = {
        "contents": [{"role": "user", "parts": [{"text": ASK}]}],
        "systemInstruction": {"parts": [{"text": v.prose}]},
    }
    return c.request("POST", f"https://{GEMINI_GW}/generate", json=body)


@placement("discovered.ollama.generate")
def _(c, v):
    return c.request(
        "POST", f"http://{OLLAMA}/api/generate", json={"model": "llama3", "prompt": v.prose, "stream": False}
    )


@placement("discovered.ollama.system")
def _(c, v):
    return c.request(
        "POST",
        f"https://{OLLAMA}/api/generate",
        json={"model": "llama3", "prompt": ASK, "system": v.prose, "stream": False},
    )


# -- MCP tool servers (JSON-RPC 2.0 over Streamable HTTP): catalogued and discovered -----------------------
MCP_GW = "mcp.tools.corp.test"
MCP_HEADERS = {
    "accept": "application/json, text/event-stream",
    "mcp-protocol-version": "2025-06-18",
    "mcp-session-id": "5f0c2a9e-0000-4000-8000-000000000001",
}


def _rpc(c: Ctx, url: str, method: str, params: dict, headers: Mapping[str, str] | None = None) -> Reply:
    body = {"jsonrpc": "2.0", "id": 7, "method": method, "params": params}
    return c.request("POST", url, json=body, headers={**MCP_HEADERS, **(headers or {})})


@placement("mcp.tools-call-arguments")
def _(c, v):
    return _rpc(
        c,
        "https://mcp.linear.app/mcp",
        "tools/call",
        {"name": "create_issue", "arguments": {"title": "Renewal", "description": v.prose}},
    )


@placement("mcp.tools-call-param-header")
def _(c, v):
    return _rpc(
        c,
        "https://mcp.linear.app/mcp",
        "tools/call",
        {"name": "find_user", "arguments": {"query": v.bare}},
        headers={"mcp-method": "tools/call", "mcp-param-query": v.bare},
    )


@placement("mcp.prompts-get-arguments")
def _(c, v):
    return _rpc(
        c, "https://mcp.linear.app/mcp", "prompts/get", {"name": "summarise", "arguments": {"who": v.bare}}
    )


@placement("mcp.resources-read-uri")
def _(c, v):
    return _rpc(
        c,
        "https://mcp.linear.app/mcp",
        "resources/read",
        {"uri": f"linear://issues?assignee={quote(v.bare)}"},
    )


@placement("mcp.github-path-scoped")
def _(c, v):
    return _rpc(
        c,
        "https://api.githubcopilot.com/mcp/",
        "tools/call",
        {"name": "create_issue", "arguments": {"owner": "acme", "repo": "crm", "body": v.prose}},
    )


@placement("mcp.batch-tools-call")
def _(c, v):
    batch = [
        {"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
        {
            "jsonrpc": "2.0",
            "id": 2,
            "method": "tools/call",
            "params": {"name": "create_issue", "arguments": {"title": "Renewal", "description": v.prose}},
        },
    ]
    return c.request("POST", "https://mcp.linear.app/mcp", json=batch, headers=MCP_HEADERS)


@placement("discovered.mcp.tools-call-arguments")
def _(c, v):
    return _rpc(
        c, f"https://{MCP_GW}/mcp", "tools/call", {"name": "crm_lookup", "arguments": {"customer": v.bare}}
    )


# Every host a placement talks to (the stack sends each to the fake vendor).
HOSTS = (
    "api.openai.com",
    "api.openai.com.",
    "api.anthropic.com",
    "generativelanguage.googleapis.com",
    "us-central1-aiplatform.googleapis.com",
    "bedrock-runtime.us-east-1.amazonaws.com",
    "acme.openai.azure.com",
    "mcp.linear.app",
    "files.oaiusercontent.com",
    "www.perplexity.ai",
    "gemini.google.com",
    "copilot.microsoft.com",
    "ai-gateway.helicone.ai",
    "gateway.ai.cloudflare.com",
    "api.githubcopilot.com",
    MCP_GW,
    "chatgpt.com",
    "claude.ai",
    "api.deepseek.com",
    "openrouter.ai",
    "api.together.xyz",
    "api.mistral.ai",
    "api.cohere.com",
    "s.jina.ai",
    "r.jina.ai",
    "api.deepl.com",
    "api.elevenlabs.io",
    "router.huggingface.co",
    "www.notion.so",
    "huggingface.co",
    "sourcegraph.com",
    "duckduckgo.com",
    *UNKNOWN_HOSTS,
)
