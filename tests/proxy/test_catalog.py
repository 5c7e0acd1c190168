"""The AI service catalog: the shipped data, matching (hosts, wildcards, paths) and load-time validation."""

import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.catalog import CATEGORIES, DIALECTS, AIService, Catalog, CatalogError, normalize_host


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog.load()


def svc(id: str, hosts: tuple[str, ...], paths: tuple[str, ...] = (), **kw) -> AIService:
    return AIService(id=id, name=id.title(), vendor="V", category=kw.pop("category", "api"), hosts=hosts,
                     paths=paths, dialect=kw.pop("dialect", "generic"), **kw)


# -- the shipped catalog ----------------------------------------------------------------------------

def test_shipped_catalog_size_and_categories(catalog: Catalog) -> None:
    per_category = Counter(s.category for s in catalog.services.values())
    assert len(catalog.services) >= 180
    assert set(per_category) == set(CATEGORIES)
    assert all(s.sources and s.checked for s in catalog.services.values())
    assert all(s.dialect in DIALECTS for s in catalog.services.values())


def test_stable_ids_kept(catalog: Catalog) -> None:
    assert catalog.services["openai-api"].hosts[0] == "api.openai.com"
    assert catalog.services["anthropic-api"].hosts == ("api.anthropic.com",)
    assert catalog.services["openai-api"].dialect == "openai"
    assert catalog.services["anthropic-api"].dialect == "anthropic"


def _example_host(pattern: str) -> str:
    return pattern.replace("*", "x1")


def _example_path(pattern: str) -> str:
    return pattern.replace("*", "x/y")


def test_every_shipped_host_and_path_reaches_its_own_service(catalog: Catalog) -> None:
    for s in catalog.services.values():
        for host in s.hosts:
            for path in [_example_path(p) for p in s.paths] or ["/", "/v1/anything?q=1"]:
                found = catalog.match(_example_host(host), path)
                assert found is s, (s.id, host, path, found and found.id)


@pytest.mark.parametrize(("host", "path", "expected"), [
    # exact hosts, case, trailing dot, ports
    ("api.openai.com", "/v1/chat/completions", "openai-api"),
    ("API.OpenAI.com", "/v1/chat/completions", "openai-api"),
    ("api.openai.com.", "/v1/embeddings", "openai-api"),
    ("api.openai.com:443", "/v1/responses", "openai-api"),
    ("api.anthropic.com", "/v1/messages", "anthropic-api"),
    ("chatgpt.com", "/backend-api/conversation", "chatgpt-web"),
    ("chat.openai.com", "/", "chatgpt-web"),
    ("claude.ai", "/api/organizations/x/chat_conversations/y/completion", "claude-web"),
    ("gemini.google.com", "/app", "gemini-web"),
    ("copilot.microsoft.com", "/", "microsoft-copilot"),
    ("www.perplexity.ai", "/search", "perplexity-web"),
    ("chat.deepseek.com", "/api/v0/chat/completion", "deepseek-web"),
    ("api.deepseek.com", "/chat/completions", "deepseek-api"),
    ("generativelanguage.googleapis.com", "/v1beta/models/gemini-2.0-flash:generateContent",
     "google-gemini-api"),
    # wildcards: leading "*." spans labels, an inner '*' stays inside one label
    ("my-resource.openai.azure.com", "/openai/deployments/gpt-4o/chat/completions", "azure-openai"),
    ("a.b.openai.azure.com", "/", "azure-openai"),
    ("bedrock-runtime.us-east-1.amazonaws.com", "/model/anthropic.claude-v2/invoke", "aws-bedrock"),
    ("bedrock-runtime-fips.us-gov-west-1.amazonaws.com", "/model/x/converse", "aws-bedrock"),
    ("us-central1-aiplatform.googleapis.com", "/v1/projects/p/locations/l/publishers/google/models/m:predict",
     "google-vertex-ai"),
    ("api.individual.githubcopilot.com", "/chat/completions", "github-copilot"),
    ("api2.cursor.sh", "/aiserver.v1.ChatService/StreamChat", "cursor"),
    ("x.us-east-1.aws.endpoints.huggingface.cloud", "/", "huggingface-inference"),
    ("neo.character.ai", "/", "character-ai"),
    # one host, several services: the most specific path wins, a path-less service takes the rest
    ("openrouter.ai", "/api/v1/chat/completions", "openrouter-api"),
    ("openrouter.ai", "/chat", "openrouter-chat"),
    ("huggingface.co", "/chat", "huggingchat"),
    ("huggingface.co", "/chat/conversation/abc", "huggingchat"),
    ("www.notion.so", "/api/v3/runInferenceTranscript", "notion-ai"),
    ("duckduckgo.com", "/duckchat/v1/chat", "duckduckgo-ai-chat"),
    # exact host beats a wildcard of another service
    ("models.inference.ai.azure.com", "/chat/completions", "github-models"),
    ("my-model.eastus2.inference.ai.azure.com", "/chat/completions", "azure-ai-foundry"),
])
def test_match(catalog: Catalog, host: str, path: str, expected: str) -> None:
    found = catalog.match(host, path)
    assert found is not None and found.id == expected
    assert catalog.is_ai_host(host)


@pytest.mark.parametrize(("host", "path"), [
    ("www.google.com", "/search?q=chatgpt"),
    ("mail.google.com", "/mail/u/0/"),
    ("googleapis.com", "/"),
    ("storage.googleapis.com", "/v1/chat/completions"),
    ("openai.com.evil.net", "/v1/chat/completions"),
    ("api.openai.com.evil.net", "/v1/chat/completions"),
    ("evilapi.openai.com", "/"),
    ("openai.azure.com", "/"),  # the wildcard needs a sub-domain
    ("bedrock-runtime.amazonaws.com", "/"),  # region label missing
    ("bedrock-runtime.a.b.amazonaws.com", "/"),  # inner '*' does not cross dots
    ("s3.us-east-1.amazonaws.com", "/"),
    ("huggingface.co", "/models"),  # same host as HuggingChat, other path
    ("huggingface.co", "/chatx"),
    ("www.notion.so", "/api/v3/loadPageChunk"),
    ("duckduckgo.com", "/?q=x"),
    ("", "/"),
    ("127.0.0.1:8080", "/v1/chat/completions"),
    ("[::1]:443", "/"),
])
def test_not_ai(catalog: Catalog, host: str, path: str) -> None:
    assert catalog.match(host, path) is None


@pytest.mark.parametrize(("host", "ai"), [
    ("huggingface.co", True),  # AI on some paths only: TLS must still be opened
    ("www.notion.so", True),
    ("mail.google.com", False),
    ("example.com", False),
])
def test_is_ai_host(catalog: Catalog, host: str, ai: bool) -> None:
    assert catalog.is_ai_host(host) is ai


@pytest.mark.parametrize(("raw", "norm"), [
    ("API.OpenAI.com", "api.openai.com"),
    ("api.openai.com.", "api.openai.com"),
    ("api.openai.com:8443", "api.openai.com"),
    (" api.openai.com ", "api.openai.com"),
    ("[::1]:443", "::1"),
    ("[::1]", "::1"),
    ("::1", "::1"),
])
def test_normalize_host(raw: str, norm: str) -> None:
    assert normalize_host(raw) == norm


def test_candidates_lists_every_service_on_a_shared_host(catalog: Catalog) -> None:
    assert {s.id for s in catalog.candidates("openrouter.ai")} == {"openrouter-api", "openrouter-chat"}
    assert catalog.candidates("www.google.com") == []


def test_pac_hosts(catalog: Catalog) -> None:
    hosts = catalog.pac_hosts()
    assert hosts == sorted(set(hosts))
    expected = {"api.openai.com", "*.openai.azure.com", "bedrock-runtime.*.amazonaws.com", "huggingface.co"}
    assert expected <= set(hosts)
    assert set(hosts) == {h for s in catalog.services.values() for h in s.hosts}


def test_query_and_fragment_are_not_part_of_the_path(catalog: Catalog) -> None:
    assert catalog.match("huggingface.co", "/chat?x=/models")
    assert catalog.match("huggingface.co", "/models?next=/chat") is None


def test_lookup_is_fast(catalog: Catalog) -> None:
    hosts = ["www.example.com", "s3.us-east-1.amazonaws.com", "api.openai.com", "x.openai.azure.com",
             "huggingface.co", "mail.google.com"] * 2000
    start = time.perf_counter()
    for h in hosts:
        catalog.match(h, "/v1/chat/completions")
    per_lookup = (time.perf_counter() - start) / len(hosts)
    assert per_lookup < 50e-6  # generous: measured ~1-2 µs; a linear scan of all patterns is far slower


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80))
def test_match_never_raises(host: str, path: str) -> None:
    cat = Catalog([svc("one", ("*.example.com",), ("/a/*",)), svc("two", ("example.com",))])
    cat.match(host, path)
    cat.is_ai_host(host)


# -- specificity on a synthetic catalog ---------------------------------------------------------------

def test_most_specific_path_wins_regardless_of_order() -> None:
    services = [
        svc("all", ("ai.example.com",)),
        svc("v1", ("ai.example.com",), ("/v1/*",)),
        svc("chat", ("ai.example.com",), ("/v1/chat/*",)),
        svc("wild", ("*.example.com",), ("/v1/chat/completions",)),
    ]
    for order in (services, services[::-1]):
        cat = Catalog(order)
        assert cat.match("ai.example.com", "/v1/chat/completions").id == "wild"
        assert cat.match("ai.example.com", "/v1/chat/other").id == "chat"
        assert cat.match("ai.example.com", "/v1/models").id == "v1"
        assert cat.match("ai.example.com", "/").id == "all"
        assert cat.match("other.example.com", "/v1/chat/completions").id == "wild"
        assert cat.match("other.example.com", "/v1/models") is None


def test_exact_host_beats_wildcard_at_equal_path() -> None:
    cat = Catalog([svc("wild", ("*.example.com",)), svc("exact", ("ai.example.com",))])
    assert cat.match("ai.example.com", "/").id == "exact"
    assert cat.match("b.example.com", "/").id == "wild"


# -- validation -------------------------------------------------------------------------------------

def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "catalog.yaml"
    path.write_text(body, encoding="utf-8")
    return path


GOOD = "  - {id: good-one, name: Good, category: api, hosts: [good.example.com], dialect: openai}\n"


@pytest.mark.parametrize(("entry", "message"), [
    ("{id: bad-cat, name: B, category: bot, hosts: [b.example.com]}", r"'bad-cat'.*unknown category 'bot'"),
    ("{id: bad-dia, name: B, hosts: [b.example.com], dialect: grpc}", r"'bad-dia'.*unknown dialect 'grpc'"),
    ("{id: good-one, name: B, hosts: [b.example.com]}", r"'good-one'.*duplicate id"),
    ("{id: clash, name: B, hosts: [good.example.com]}",
     r"'clash'.*good\.example\.com \(all paths\) is already claimed by 'good-one'"),
    ("{id: wild-tld, name: B, hosts: ['*.com']}", r"'wild-tld'.*bad wildcard '\*\.com'"),
    ("{id: wild-dom, name: B, hosts: ['ai.*.com']}", r"'wild-dom'.*bad wildcard 'ai\.\*\.com'"),
    ("{id: wild-qm, name: B, hosts: ['a?.example.com']}", r"'wild-qm'.*host 'a\?\.example\.com'"),
    ("{id: url-host, name: B, hosts: ['https://b.example.com']}", r"'url-host'.*bare host name"),
    ("{id: port-host, name: B, hosts: ['b.example.com:443']}", r"'port-host'.*bare host name"),
    ("{id: no-hosts, name: B, hosts: []}", r"'no-hosts'.*at least one host"),
    ("{id: Not_Kebab, name: B, hosts: [b.example.com]}", r"'Not_Kebab'.*kebab-case"),
    ("{id: no-name, hosts: [b.example.com]}", r"'no-name'.*missing required field 'name'"),
    ("{id: typo, name: B, host: [b.example.com]}", r"'typo'.*unknown field\(s\) host"),
    ("{id: rel-path, name: B, hosts: [b.example.com], paths: [v1/chat]}", r"'rel-path'.*path 'v1/chat'"),
    ("{id: country, name: B, hosts: [b.example.com], vendor_country: France}", r"'country'.*vendor_country"),
    ("{id: str-hosts, name: B, hosts: b.example.com}", r"'str-hosts'.*must be lists"),
    ("just-a-string", r"#2.*mapping"),
])
def test_validation_names_the_entry(tmp_path: Path, entry: str, message: str) -> None:
    path = _write(tmp_path, "services:\n" + GOOD + f"  - {entry}\n")
    with pytest.raises(CatalogError, match=message) as info:
        Catalog.load(path)
    assert "catalog.yaml" in str(info.value)


@pytest.mark.parametrize("body", ["", "services: 3\n", "- a\n- b\n", "services: [\n"])
def test_bad_file_shape(tmp_path: Path, body: str) -> None:
    with pytest.raises(CatalogError, match="catalog catalog.yaml"):
        Catalog.load(_write(tmp_path, body))


def test_shared_host_allowed_with_distinct_paths(tmp_path: Path) -> None:
    path = _write(tmp_path, "services:\n" + GOOD
                  + "  - {id: chat-part, name: C, hosts: [good.example.com], paths: ['/chat/*']}\n")
    cat = Catalog.load(path)
    assert cat.match("good.example.com", "/chat/x").id == "chat-part"
    assert cat.match("good.example.com", "/v1/x").id == "good-one"


def test_same_host_and_path_in_two_services_is_refused() -> None:
    with pytest.raises(CatalogError, match=r"'b'.*a\.example\.com /x is already claimed by 'a'"):
        Catalog([svc("a", ("a.example.com",), ("/x",)), svc("b", ("a.example.com",), ("/x",))])


def test_mixed_case_hosts_are_lowered_on_load(tmp_path: Path) -> None:
    cat = Catalog.load(_write(tmp_path, "services:\n  - {id: up, name: U, hosts: [AI.Example.com]}\n"))
    assert cat.services["up"].hosts == ("ai.example.com",)
    assert cat.match("ai.example.COM", "/").id == "up"
