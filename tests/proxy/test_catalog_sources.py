"""Issue #17: the catalog matches the real services (hosts, dialects, paths), every entry has a source,
the lint runs on the shipped catalog (through the real ``aiwarden catalog check``), and a local
extension file is merged over the shipped catalog with the same checks."""

from pathlib import Path

import pytest

from proxy.catalog import DEFAULT_CATALOG, Catalog, CatalogError, lint
from proxy.dialects import dialect
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog.load()


# -- hosts the catalog used to miss ------------------------------------------------------------------

@pytest.mark.parametrize(("host", "path", "expected"), [
    # regional / data-residency / compatibility hosts
    ("eu.api.openai.com", "/v1/chat/completions", "openai-api"),
    ("jp.api.openai.com", "/v1/responses", "openai-api"),
    ("us-east-1.api.x.ai", "/v1/chat/completions", "xai-api"),
    ("us.api.x.ai", "/v1/responses", "xai-api"),
    ("bedrock-mantle.us-east-1.api.aws", "/v1/responses", "aws-bedrock-mantle"),
    ("bedrock-mantle.eu-west-1.api.aws", "/anthropic/v1/messages", "aws-bedrock-anthropic"),
    ("bedrock-runtime.us-west-2.amazonaws.com", "/openai/v1/chat/completions", "aws-bedrock-openai"),
    ("bedrock-runtime.us-west-2.amazonaws.com", "/model/anthropic.claude/converse", "aws-bedrock"),
    ("eu.openrouter.ai", "/api/v1/chat/completions", "openrouter-api"),
    ("api.eu.residency.elevenlabs.io", "/v1/text-to-speech/x", "elevenlabs-api"),
    ("llm-gateway.assemblyai.com", "/v1/chat/completions", "assemblyai-llm-gateway"),
    ("api.minimaxi.com", "/v1/text/chatcompletion_v2", "minimax-api"),
    ("api.eu.mistral.ai", "/v1/chat/completions", "mistral-api"),
    # renamed or moved products
    ("copilot.cloud.microsoft", "/", "microsoft-365-copilot"),
    ("m365.cloud.microsoft", "/chat/", "m365-copilot-chat"),
    ("copilot.com", "/", "microsoft-copilot"),
    ("duck.ai", "/duckchat/v1/chat", "duckduckgo-ai-chat"),
    ("arena.ai", "/", "lmarena"),
    ("app.notion.com", "/api/v3/runInferenceTranscript", "notion-ai"),
    ("api2.cursor.sh", "/aiserver.v1.ChatService/StreamChat", "cursor"),
    ("cursor.com", "/api/auth", "cursor"),
    ("repo42.cursorapi.com", "/", "cursor"),
    ("x.cursor-cdn.com", "/", "cursor"),
    ("server.self-serve.windsurf.com", "/exa.api_server_pb.ApiServerService/GetChatMessage", "windsurf"),
    ("api.jetbrains.ai", "/user/v5/llm/chat/stream/v8", "jetbrains-ai"),
    ("api.app.prod.grazie.aws.intellij.net", "/", "jetbrains-ai"),
    ("gemini.google", "/app", "gemini-web"),
    ("alkalicore-pa.clients6.google.com", "/", "google-ai-studio"),
    ("cloudaicompanion.googleapis.com", "/v1/x", "gemini-code-assist"),
    ("files.oaiusercontent.com", "/file-abc", "chatgpt-web"),
    ("chatgpt.com", "/backend-api/codex/responses", "openai-codex"),
    ("chatgpt.com", "/backend-anon/conversation", "chatgpt-anonymous"),
    ("chatgpt.com", "/backend-api/conversation", "chatgpt-web"),
    ("ampcode.com", "/api/internal", "amp"),
    # services that were missing
    ("kiro.dev", "/", "kiro"),
    ("www.trae.ai", "/", "trae"),
    ("qoder.com", "/", "qoder"),
    ("jules.google.com", "/", "google-jules"),
    ("antigravity-pa.googleapis.com", "/", "google-antigravity"),
    ("app.factory.ai", "/", "factory"),
    ("coderabbit.ai", "/", "coderabbit"),
    ("base44.com", "/", "base44"),
    ("www.coze.com", "/", "coze"),
    ("yuanbao.tencent.com", "/api/chat", "tencent-yuanbao"),
    ("monica.im", "/", "monica"),
    ("sider.ai", "/", "sider"),
    ("api.granola.ai", "/v1/get-documents", "granola"),
    ("api.bfl.ai", "/v1/flux-pro", "bfl-api"),
    ("queue.fal.run", "/fal-ai/flux/dev", "fal-api"),
    ("klingai.com", "/", "kling"),
    ("hailuoai.video", "/", "hailuo"),
    ("krea.ai", "/", "krea"),
    ("higgsfield.ai", "/", "higgsfield"),
    ("app.pixverse.ai", "/", "pixverse"),
    ("www.vidu.com", "/", "vidu"),
    ("www.recraft.ai", "/", "recraft"),
    ("playground.com", "/", "playground-ai"),
    ("civitai.com", "/", "civitai"),
    ("www.udio.com", "/", "udio"),
    ("api.studio.nebius.ai", "/v1/chat/completions", "nebius-api"),
    ("inference.baseten.co", "/v1/chat/completions", "baseten-api"),
    ("ark.cn-beijing.volces.com", "/api/v3/chat/completions", "volcengine-ark"),
    ("api.scaleway.ai", "/v1/chat/completions", "scaleway-ai"),
    ("llm.chutes.ai", "/v1/chat/completions", "chutes-api"),
    ("api.venice.ai", "/api/v1/chat/completions", "venice-api"),
    ("gateway.ai.cloudflare.com", "/v1/acct/gw/openai/chat/completions", "cloudflare-ai-gateway"),
    ("ai-gateway.helicone.ai", "/v1/chat/completions", "helicone-gateway"),
    ("janitorai.com", "/", "janitor-ai"),
    ("replika.com", "/", "replika"),
])
def test_host_to_service(catalog: Catalog, host: str, path: str, expected: str) -> None:
    found = catalog.match(host, path)
    assert found is not None and found.id == expected, found and found.id
    assert catalog.is_ai_host(host)


@pytest.mark.parametrize(("host", "path"), [
    ("m365.cloud.microsoft", "/"),  # the Microsoft 365 app, not its chat
    ("m365.cloud.microsoft", "/chatter"),
    ("duck.ai", "/"),  # only the chat API
    ("google.com", "/"),  # tenant restriction host, not an AI service
    ("login.live.com", "/oauth20_authorize.srf"),
    ("api.openai.com.evil.net", "/v1/chat/completions"),
    ("x.api.aws", "/v1/responses"),
    ("bedrock-runtime.us-west-2.amazonaws.com.evil.net", "/openai/v1/chat/completions"),
])
def test_still_not_ai(catalog: Catalog, host: str, path: str) -> None:
    assert catalog.match(host, path) is None


# -- dialects -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("service", "name"), [
    ("aws-bedrock", "generic"),  # was "bedrock", which the registry did not know: silently generic
    ("aws-bedrock-openai", "openai"),  # bedrock-runtime /openai/v1 carries OpenAI-shaped bodies
    ("aws-bedrock-mantle", "openai"),
    ("aws-bedrock-anthropic", "anthropic"),
    ("openai-codex", "openai"),  # Responses JSON, not the ChatGPT web dialect
    ("chatgpt-web", "web-chatgpt"),
    ("chatgpt-anonymous", "web-chatgpt"),
    ("claude-web", "web-claude"),
    ("assemblyai-llm-gateway", "openai"),
    ("nebius-api", "openai"),
    ("cursor", "none"),
    ("google-gemini-api", "gemini"),
])
def test_dialect_chosen(catalog: Catalog, service: str, name: str) -> None:
    assert dialect(catalog.services[service].dialect).name == name


def test_every_shipped_dialect_is_known_to_the_registry(catalog: Catalog) -> None:
    for s in catalog.services.values():
        assert dialect(s.dialect).name == s.dialect, s.id


def test_unknown_dialect_fails_load_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "catalog.yaml"
    bad.write_text("services:\n  - {id: old-bedrock, name: B, hosts: [b.example.com], dialect: bedrock}\n")
    with pytest.raises(CatalogError, match=r"'old-bedrock'.*unknown dialect 'bedrock'") as info:
        Catalog.load(bad)
    assert "\n" not in str(info.value)


# -- path matching: case, final slash, repeated slashes --------------------------------------------------

@pytest.mark.parametrize(("host", "path", "expected"), [
    ("www.notion.so", "/api/v3/getCompletion/", "notion-ai"),
    ("www.notion.so", "/API/V3/GETCOMPLETION", "notion-ai"),
    ("www.notion.so", "/api/v3/runinferencetranscript?spaceId=1", "notion-ai"),
    ("huggingface.co", "//chat/conversation/1", "huggingchat"),
    ("huggingface.co", "/Chat/", "huggingchat"),
    ("duckduckgo.com", "/DuckChat/v1/chat", "duckduckgo-ai-chat"),
    ("chatgpt.com", "/Backend-Anon/conversation", "chatgpt-anonymous"),
    ("sourcegraph.com", "/.API/completions/stream", "sourcegraph-cody"),
])
def test_paths_match_without_case_or_slash_tricks(catalog: Catalog, host: str, path: str,
                                                  expected: str) -> None:
    found = catalog.match(host, path)
    assert found is not None and found.id == expected


@pytest.mark.parametrize(("host", "path"), [
    ("www.notion.so", "/api/v3/getCompletionX"),
    ("www.notion.so", "/api/v3/loadPageChunk/"),
    ("huggingface.co", "/models//chat"),
])
def test_folding_does_not_widen_paths(catalog: Catalog, host: str, path: str) -> None:
    assert catalog.match(host, path) is None


# -- sources and the lint ---------------------------------------------------------------------------------

def test_every_shipped_entry_has_sources_and_lints_clean(catalog: Catalog) -> None:
    assert len(catalog.services) >= 180
    for s in catalog.services.values():
        assert s.sources and all(u.startswith("https://") for u in s.sources), s.id
        assert s.checked, s.id
    assert lint() == []


def _write(path: Path, body: str) -> Path:
    path.write_text(body, encoding="utf-8")
    return path


SRC = "sources: [https://example.com/docs], checked: 2026-12-01"


def test_lint_reports_every_problem_one_line_each(tmp_path: Path) -> None:
    extra = _write(tmp_path / "extra.yaml", f"""services:
  - {{id: no-source, name: N, hosts: [n.example.com]}}
  - {{id: wild-a, name: A, hosts: ["*.ai.example.com"], {SRC}}}
  - {{id: wild-b, name: B, hosts: ["*.x.ai.example.com"], {SRC}}}
  - {{id: self-overlap, name: S, hosts: ["*.s.example.com", api.s.example.com], {SRC}}}
  - {{id: bad-dialect, name: D, hosts: [d.example.com], dialect: bedrock, {SRC}}}
  - {{id: bad-cat, name: C, category: bot, hosts: [c.example.com], {SRC}}}
  - {{id: dup-claim, name: O, hosts: [api.openai.com], {SRC}}}
  - {{id: wild-a, name: A2, hosts: [a2.example.com], {SRC}}}
""")
    problems = lint(DEFAULT_CATALOG, extra)
    text = "\n".join(problems)
    assert all("\n" not in p for p in problems)
    assert "'no-source': no sources" in text and "'no-source': no checked date" in text
    assert "overlaps 'wild-a'" in text or "overlaps 'wild-b'" in text
    assert "'self-overlap': host 'api.s.example.com' is already covered by its wildcard" in text
    assert "unknown dialect 'bedrock'" in text
    assert "unknown category 'bot'" in text
    assert "api.openai.com (all paths) is already claimed by 'openai-api'" in text
    assert "extra.yaml: service 'wild-a': duplicate id" in text
    assert len(problems) == 8


def test_extension_is_merged_over_the_shipped_catalog(tmp_path: Path) -> None:
    extra = _write(tmp_path / "extra.yaml", f"""services:
  - {{id: internal-gateway, name: Internal LLM gateway, category: api, hosts: [llm.corp.example],
      dialect: openai, {SRC}}}
  - {{id: replit, name: Replit, category: coding, hosts: [replit.com], paths: [/ai/*], dialect: none, {SRC}}}
""")
    assert lint(DEFAULT_CATALOG, extra) == []
    cat = Catalog.load(extra=extra)
    shipped = Catalog.load()
    assert len(cat.services) == len(shipped.services) + 1
    assert cat.match("llm.corp.example", "/v1/chat/completions").id == "internal-gateway"
    assert cat.services["replit"].paths == ("/ai/*",)  # same id: the local entry replaces the shipped one
    assert cat.match("replit.com", "/") is None and cat.match("replit.com", "/ai/chat").id == "replit"
    assert "llm.corp.example" in cat.pac_hosts()


def test_bad_extension_fails_load_naming_the_file(tmp_path: Path) -> None:
    extra = _write(tmp_path / "local.yaml",
                   "services:\n  - {id: x, name: X, hosts: [b.example.com], dialect: grpc}\n")
    with pytest.raises(CatalogError, match=r"catalog local\.yaml: service 'x'.*unknown dialect 'grpc'"):
        Catalog.load(extra=extra)
    with pytest.raises(CatalogError, match=r"local\.yaml.*not valid YAML"):
        Catalog.load(extra=_write(tmp_path / "local.yaml", "services: [\n"))
    with pytest.raises(CatalogError, match=r"missing\.yaml: cannot read"):
        Catalog.load(extra=tmp_path / "missing.yaml")


# -- the real command (this is how the lint runs in CI) ----------------------------------------------------

def test_catalog_check_command(tmp_path: Path) -> None:
    import os

    env = {**os.environ}
    env.pop("AIWARDEN_CATALOG_EXTRA", None)
    ok = run_cli(env, "catalog", "check")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert ok.stdout.strip() == "catalog ok"

    bad = _write(tmp_path / "extra.yaml", "services:\n  - {id: nope, name: N, hosts: [api.openai.com]}\n")
    out = run_cli(env, "catalog", "check", "--file", str(bad))
    assert out.returncode == 1
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 3  # no sources, no checked date, host already claimed
    assert all(line.startswith(("extra.yaml:", "catalog:")) for line in lines)

    good = _write(tmp_path / "good.yaml",
                  f"services:\n  - {{id: corp, name: C, hosts: [llm.corp.example], {SRC}}}\n")
    via_env = run_cli({**env, "AIWARDEN_CATALOG_EXTRA": str(good)}, "catalog", "check")
    assert via_env.returncode == 0 and "good.yaml" in via_env.stdout
