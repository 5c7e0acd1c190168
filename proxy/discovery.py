"""Discovery of AI services the catalog does not list, from the shape of a request. Pure.

An OpenAI-, Anthropic- or Gemini-compatible request (self-hosted vLLM/Ollama/LiteLLM, a new vendor, an
internal gateway) looks the same wherever it is sent: the path, a header or a few top-level JSON keys
give it away. Path and headers decide first; the body is only read when they do not, and then only up
to ``PARSE_LIMIT`` bytes (beyond that, the first and last few KiB are scanned for the telltale keys).
"""

import hashlib
import json
import re
from collections.abc import Mapping
from typing import Any

from proxy.catalog import AIService, normalize_host

PARSE_LIMIT = 256 * 1024  # larger bodies are sniffed, not parsed
SNIFF_BYTES = 8 * 1024
MAX_ID_LENGTH = 120  # inventory Service.id column

# Path endings that only an LLM API uses: they decide on their own.
_OPENAI_PATH = re.compile(r".*/(?:chat/completions|v1/responses|openai/responses)/?")
_GEMINI_PATH = re.compile(r".*/models/[^/]+:(?:generate|streamGenerate)Content")
# Path endings that other APIs use too: they need a body that looks like an LLM request.
_ANTHROPIC_PATH = re.compile(r".*/v1/(?:messages|complete|messages/count_tokens)/?")
_OPENAI_BODY_PATH = re.compile(r".*/(?:v1/)?(?:completions|embeddings|responses|moderations)/?")
_OLLAMA_BODY_PATH = re.compile(r".*/api/(?:generate|embed|embeddings)/?")

# Byte patterns for bodies too large to parse.
_SNIFF_MODEL = re.compile(rb'"model"\s*:\s*"')
_SNIFF_MESSAGES = re.compile(rb'"messages"\s*:\s*\[\s*\{')
_SNIFF_ROLE = re.compile(rb'"role"\s*:\s*"(?:user|system|assistant|developer|tool)"')
_SNIFF_CONTENTS = re.compile(rb'"contents"\s*:\s*\[\s*\{')
_SNIFF_PARTS = re.compile(rb'"parts"\s*:\s*\[')
_SNIFF_SYSTEM = re.compile(rb'"system"\s*:\s*[\["]')

_METHODS = frozenset({"POST", "PUT"})
_HOST_CHARS = re.compile(r"[^a-z0-9.:_-]")


def detect_ai_shape(method: str, path: str, headers: Mapping[str, str], body: bytes | None) -> str | None:
    """The dialect (openai, anthropic, gemini, generic) of an LLM-shaped request, or None when it is not one.

    ``body`` is the decoded (not content-encoded) request body; it is read only when path and headers
    do not decide, and never fully parsed when larger than ``PARSE_LIMIT``.
    """
    if method.upper() not in _METHODS:
        return None
    path = path.split("?", 1)[0].split("#", 1)[0]
    h = {k.lower(): v for k, v in headers.items()}
    if "anthropic-version" in h:
        return "anthropic"
    if _OPENAI_PATH.fullmatch(path):
        return "openai"
    if _GEMINI_PATH.fullmatch(path):
        return "gemini"
    ctype = h.get("content-type", "").lower()
    if not body or (ctype and "json" not in ctype):
        return None
    shape = _body_shape(body)
    if shape is None:
        return None
    if _ANTHROPIC_PATH.fullmatch(path) and shape in ("openai", "anthropic"):
        return "anthropic"  # /v1/messages with model + messages: the Anthropic Messages API
    if shape != "prompt":
        return shape
    if _OPENAI_BODY_PATH.fullmatch(path):
        return "openai"
    return "generic" if _OLLAMA_BODY_PATH.fullmatch(path) else None


def body_could_decide(method: str, headers: Mapping[str, str]) -> bool:
    """True when ``detect_ai_shape`` without a body said None but the body could still say AI (POST/PUT JSON).

    Lets the proxy stream every other request of an unknown host instead of buffering it.
    """
    if method.upper() not in _METHODS:
        return False
    ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), "").lower()
    return not ctype or "json" in ctype


def _body_shape(body: bytes) -> str | None:
    """openai / anthropic / gemini for a chat-shaped JSON body, 'prompt' for model + input/prompt."""
    head = body[:64].lstrip()
    if not head.startswith(b"{"):
        return None
    if len(body) > PARSE_LIMIT:
        return _sniff(body[:SNIFF_BYTES] + b"\n" + body[-SNIFF_BYTES:])
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return None
    return _shape(data) if isinstance(data, dict) else None


def _shape(data: dict[str, Any]) -> str | None:
    model = data.get("model")
    contents = data.get("contents")
    if isinstance(contents, list) and contents and all(
        isinstance(c, dict) and isinstance(c.get("parts"), list) for c in contents
    ):
        return "gemini"
    if not isinstance(model, str) or not model:
        return None
    messages = data.get("messages")
    if isinstance(messages, list) and messages and all(
        isinstance(m, dict) and isinstance(m.get("role"), str) for m in messages
    ):
        # Anthropic keeps the system prompt at the top level and requires max_tokens.
        return "anthropic" if "system" in data and "max_tokens" in data else "openai"
    if any(isinstance(data.get(k), str | list) and data.get(k) for k in ("prompt", "input")):
        return "prompt"
    return None


def _sniff(sample: bytes) -> str | None:
    if _SNIFF_CONTENTS.search(sample) and _SNIFF_PARTS.search(sample):
        return "gemini"
    if _SNIFF_MODEL.search(sample) and _SNIFF_MESSAGES.search(sample) and _SNIFF_ROLE.search(sample):
        return "anthropic" if _SNIFF_SYSTEM.search(sample) and b'"max_tokens"' in sample else "openai"
    return None


def unknown_service_id(host: str) -> str:
    """The inventory id for AI traffic on a host the catalog does not list: ``unknown:<host>``."""
    host = _HOST_CHARS.sub("_", normalize_host(host)) or "_"
    sid = f"unknown:{host}"
    if len(sid) <= MAX_ID_LENGTH:
        return sid
    digest = hashlib.sha256(host.encode()).hexdigest()[:12]
    return f"{sid[:MAX_ID_LENGTH - 13]}~{digest}"  # still unique and stable for over-long names


def unknown_service(host: str, dialect: str) -> AIService:
    """An AIService record for AI traffic discovered on a host outside the catalog."""
    name = normalize_host(host)[:200] or "unknown host"
    return AIService(id=unknown_service_id(host), name=name, vendor="", category="api", hosts=(name,),
                     paths=(), dialect=dialect, unknown=True)
