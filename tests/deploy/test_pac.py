"""The PAC file, evaluated by a real JavaScript engine (node): AI hosts → aiwarden, the rest → DIRECT."""

import json
import shutil
import subprocess
import sys

import pytest

from deploy.pac.make_pac import host_pattern_regex, main, render_pac
from proxy.catalog import Catalog
from tests.deploy.helpers import DEPLOY

NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node (JavaScript engine) not installed")
NOT_AI = ["example.com", "www.google.com", "intranet.corp.example", "openai.com.evil.example",
          "api.openai.com.example.org", "xapi.openai.com", "10.0.0.1", "localhost"]


def evaluate(pac: str, hosts: list[str]) -> dict[str, str]:
    """FindProxyForURL(url, host) for each host, run by node on the PAC text as a browser loads it."""
    script = ("const vm = require('vm'); const ctx = {}; vm.createContext(ctx);"
              "vm.runInContext(process.argv[1], ctx);"
              "const hosts = JSON.parse(process.argv[2]); const out = {};"
              "for (const h of hosts) out[h] = ctx.FindProxyForURL('https://' + h + '/v1/x', h);"
              "console.log(JSON.stringify(out));")
    res = subprocess.run([NODE, "-e", script, pac, json.dumps(hosts)],
                         capture_output=True, text=True, timeout=30)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


def probe_hosts(pattern: str) -> list[str]:
    """Hosts around one catalog pattern: ones it should match and near misses it should not."""
    if "*" not in pattern:
        return [pattern, pattern.upper() + ".", "x" + pattern, pattern + ".evil.example"]
    rest = pattern.removeprefix("*.")
    out = [pattern.replace("*", "abc"), pattern.replace("*", "a-1"), pattern.replace("*", "a.b"),
           pattern.replace("*", ""), rest, rest.replace("*", "abc") + ".evil.example"]
    if pattern.startswith("*."):
        out.append("a.b." + rest.replace("*", "x"))
    return out


@needs_node
def test_shipped_catalog_pac_agrees_with_the_proxy():
    catalog = Catalog.load()
    proxy = "PROXY aiwarden.corp.example:8080; PROXY aiwarden-2.corp.example:8080"
    pac = render_pac(catalog, ["aiwarden.corp.example:8080", "aiwarden-2.corp.example:8080"])
    patterns = sorted({h for s in catalog.services.values() for h in s.hosts})
    hosts = sorted({h for p in patterns for h in probe_hosts(p)} | set(NOT_AI))
    got = evaluate(pac, hosts)
    wrong = [f"{h}: PAC {got[h]!r}" for h in hosts
             if got[h] != (proxy if catalog.is_ai_host(h) else "DIRECT")]
    assert not wrong, wrong
    sent = [h for h in hosts if got[h] == proxy]
    assert len(sent) >= len(patterns) and all(got[h] == "DIRECT" for h in NOT_AI)
    assert "api.openai.com" in sent and "API.OPENAI.COM." in sent


@pytest.mark.parametrize(("pattern", "regex"), [
    ("api.openai.com", r"^api\.openai\.com$"),
    ("*.openai.azure.com", r"^(?:[a-z0-9_-]+\.)+openai\.azure\.com$"),
    ("bedrock-runtime.*.amazonaws.com", r"^bedrock\-runtime\.[a-z0-9_-]+\.amazonaws\.com$"),
    ("*-aiplatform.googleapis.com", r"^[a-z0-9_-]+\-aiplatform\.googleapis\.com$"),
])
def test_host_pattern_regex(pattern, regex):
    assert host_pattern_regex(pattern) == regex


@pytest.mark.parametrize("bad", ["nohostport", "a b:8080", "x:8080; DIRECT", 'x:80"', "x:0", "x:70000"])
def test_bad_proxy_address_is_refused(bad, capsys):
    assert main(["--proxy", bad]) == 2
    assert "expected host:port" in capsys.readouterr().err


def test_cli_writes_the_file(tmp_path):
    out = tmp_path / "proxy.pac"
    res = subprocess.run([sys.executable, str(DEPLOY / "pac" / "make_pac.py"), "--proxy", "gw.example:8080",
                          "-o", str(out)], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    text = out.read_text()
    assert "function FindProxyForURL" in text and '"PROXY gw.example:8080"' in text and "{{" not in text


def test_cli_includes_the_local_catalog_extension(tmp_path):
    extra = tmp_path / "extra.yaml"
    extra.write_text("services:\n  - {id: internal-gw, name: Internal gateway, vendor: ACME, category: api,\n"
                     "     hosts: [llm.corp.test], dialect: openai, sources: [https://wiki.example.test/gw],\n"
                     "     checked: 2026-12-04}\n")
    out = tmp_path / "proxy.pac"
    assert main(["--proxy", "aiwarden.corp.example:8080", "--extra", str(extra), "-o", str(out)]) == 0
    assert "llm.corp.test" in out.read_text()
