"""Generic dialect: every non-structural string in the JSON body is user content."""

from typing import Any

from proxy.dialects import JsonPath, strings


def text_paths(path: str, body: Any) -> list[JsonPath]:
    return list(strings(body))


def error_body(message: str) -> dict:
    return {"error": {"message": message, "type": "aiwarden_policy", "code": "blocked_by_policy"}}
