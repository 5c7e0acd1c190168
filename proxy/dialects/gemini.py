"""Google Gemini dialect: generateContent / streamGenerateContent / embedContent, AI Studio and Vertex AI.

Paths look like ``/v1beta/models/gemini-2.5-flash:generateContent`` (AI Studio) or
``/v1/projects/P/locations/L/publishers/google/models/M:streamGenerateContent`` (Vertex AI).
"""

import re
from typing import Any

from proxy.dialects import (
    Channel,
    Dialect,
    StreamText,
    Usage,
    as_int,
    as_list,
    as_str,
    find,
    indexed,
    protocol,
)

_MODEL_RE = re.compile(r"/models/([^/:?]+)")
# Protocol positions (snake_case spellings are added by ``protocol``); every other string is scrubbed.
_PART = ("functionCall.name", "functionCall.id", "functionResponse.name", "functionResponse.id",
         "inlineData.mimeType", "fileData.mimeType", "thoughtSignature",
         "executableCode.language", "codeExecutionResult.outcome")
PROTOCOL = protocol(
    "model", "cachedContent", "contents.*.role", "systemInstruction.role", "content.role",
    *(f"contents.*.parts.*.{k}" for k in _PART), *(f"content.parts.*.{k}" for k in _PART),
    "tools.*.functionDeclarations.*.name", "toolConfig.functionCallingConfig.mode",
    "toolConfig.functionCallingConfig.allowedFunctionNames.*", "generationConfig.responseMimeType",
    "generationConfig.responseModalities.*", "generationConfig.thinkingConfig.thinkingLevel",
    "generationConfig.mediaResolution", "safetySettings.*.category", "safetySettings.*.threshold",
    "taskType", "requests.*.model", "requests.*.taskType", "requests.*.content.role",
    *(f"requests.*.content.parts.*.{k}" for k in _PART),
)


def request_model(path: str, body: Any) -> str:
    m = _MODEL_RE.search(path)
    return m.group(1)[:200] if m else as_str(find(body, "model"))


def error_body(message: str) -> dict:
    return {"error": {"code": 403, "message": message, "status": "PERMISSION_DENIED"}}


def usage(body: Any) -> Usage:
    if isinstance(body, list):  # a streamed answer without alt=sse: a JSON array of chunks
        total = Usage()
        for item in body:
            total.merge(usage(item))
        return total
    u = find(body, "usageMetadata")
    return Usage(model=as_str(find(body, "modelVersion")), tokens_in=as_int(find(u, "promptTokenCount")),
                 tokens_out=as_int(find(u, "candidatesTokenCount")))


def stream_texts(event: Any) -> list[StreamText]:
    out: list[StreamText] = []
    for k, idx, c in indexed(event, "candidates"):
        for j, part in enumerate(as_list(find(c, "content", "parts"))):
            if isinstance(part, dict) and isinstance(part.get("text"), str):  # answer or thought summary
                tag = "gt" if part.get("thought") else "g"
                out.append(StreamText((tag, idx), ("candidates", k, "content", "parts", j, "text")))
    return out


def stream_ends(event: Any) -> list[Channel]:
    return [(tag, idx) for _, idx, c in indexed(event, "candidates") if c.get("finishReason")
            for tag in ("g", "gt")]


def stream_carrier(channel: Channel, text: str, last: Any) -> tuple[str | None, dict]:
    part = {"text": text, "thought": True} if channel[0] == "gt" else {"text": text}
    content = {"role": "model", "parts": [part]}
    ev: dict = {"candidates": [{"content": content, "index": channel[1]}]}
    if isinstance(find(last, "modelVersion"), str):
        ev["modelVersion"] = last["modelVersion"]
    return None, ev


stream_usage = usage


class Gemini(Dialect, hooks=globals()):
    """Google Gemini (AI Studio and Vertex AI)."""

    name = "gemini"
    family = "gemini"
