"""One reading of a request target, routes for the inventory, free text in URLs (pure logic)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from proxy import urls


@pytest.mark.parametrize("raw, path, query", [
    ("/v1/chat/completions", "/v1/chat/completions", ""),
    ("/v1/chat/completions#/embeddings", "/v1/chat/completions", ""),
    ("/api/x/completion#x", "/api/x/completion", ""),
    ("//chat//x/", "/chat/x/", ""),
    ("/v1/x/../chat/./completions?a=1#f", "/v1/chat/completions", "a=1"),
    ("/../../v1/models", "/v1/models", ""),
    ("/api/v3/get%43ompletion", "/api/v3/getCompletion", ""),
    ("/%63hat/x%2Dy", "/chat/x-y", ""),
    ("/a%20b", "/a%20b", ""),  # a space stays encoded
])
def test_normalize(raw, path, query):
    assert urls.normalize(raw) == urls.Target(path, query)


@pytest.mark.parametrize("raw", ["/v1%2Fchat/completions", "/v1/%2e%2e/x", "/a%5Cb", "/a\\b", "/a%00"])
def test_ambiguous_targets_are_refused(raw):
    with pytest.raises(urls.AmbiguousTarget):
        urls.normalize(raw)
    assert urls.match_path(raw)  # still something to match the catalog with


@pytest.mark.parametrize("raw, route", [
    ("/v1/chat/completions?api-version=1", "/v1/chat/completions"),
    ("/backend-api/conversation/6f1e2d3c-aaaa-bbbb-cccc-123456789abc", "/backend-api/conversation/{id}"),
    ("/Maria%20Gonzalez", "/{text}"),
    ("/search/maria", "/search/{text}"),
    ("/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
     "/v1beta/models/{id}:streamGenerateContent"),
    ("/api/v3/getCompletion/", "/api/v3/getCompletion"),
    ("/v1/files/file-abc123/content", "/v1/files/{id}/content"),
    ("/models/x:Maria Gonzalez", "/models/{text}:{text}"),
])
def test_route_keeps_structure_only(raw, route):
    assert urls.route(raw) == route


def test_free_text_and_rebuild():
    t = urls.normalize("/search/Maria%20Gonzalez?note=maria%40example.com&alt=sse&key=AIzaSecret")
    found = urls.free_text(t, urls.PROTOCOL_PARAMS)
    assert [(f.kind, f.text) for f in found] == [
        ("segment", "Maria Gonzalez"), ("key", "note"), ("value", "maria@example.com")]
    new = [{"Maria Gonzalez": "<PERSON_1>", "maria@example.com": "<EMAIL_ADDRESS_1>"}.get(f.text, f.text)
           for f in found]
    out = urls.rebuild(t, found, new)
    assert out.forwarded == "/search/%3CPERSON_1%3E?note=%3CEMAIL_ADDRESS_1%3E&alt=sse&key=AIzaSecret"


@given(st.text(max_size=40))
def test_route_never_holds_free_text(text):
    route = urls.route("/v1/" + text.replace("?", "").replace("#", ""))
    for seg in route.strip("/").split("/")[1:]:
        head, _, verb = seg.partition(":")
        assert head in ("{id}", "{text}") or head.lower() in urls.ROUTE_WORDS or urls._kept(head)
