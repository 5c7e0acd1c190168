"""Generate the PAC file that sends only AI services to aiwarden.

Usage: python deploy/pac/make_pac.py --proxy aiwarden.corp.example:8080 [--proxy second:8080] [-o proxy.pac]

The host list comes from the AI service catalog (proxy/catalog.yaml, via ``Catalog.load()``), so the PAC
file and the proxy always agree on what is AI traffic. ``render_pac`` is importable (e.g. for an admin
API endpoint that serves /proxy.pac).
"""

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = Path(__file__).with_name("proxy.pac.template")
_PROXY = re.compile(r"^[A-Za-z0-9.-]+:[0-9]{1,5}$|^\[[0-9A-Fa-f:.]+\]:[0-9]{1,5}$")

try:
    from proxy.catalog import DEFAULT_CATALOG, Catalog
except ImportError:  # run from a checkout without the package installed
    sys.path.insert(0, str(ROOT))
    from proxy.catalog import DEFAULT_CATALOG, Catalog


def host_pattern_regex(pattern: str) -> str:
    """A catalog host pattern as an anchored JavaScript regex source, with the catalog's own meaning.

    A leading ``*.`` stands for one or more whole labels; any other ``*`` for one or more characters
    inside one label (proxy/catalog.py). PAC's ``shExpMatch`` would let ``*`` cross dots, so we do not use it.
    """
    head = ""
    if pattern.startswith("*."):
        head, pattern = r"(?:[a-z0-9_-]+\.)+", pattern[2:]
    body = r"\.".join("[a-z0-9_-]+".join(map(re.escape, label.split("*"))) for label in pattern.split("."))
    return "^" + head + body + "$"


def proxy_directive(proxies: list[str]) -> str:
    """``PROXY a:8080; PROXY b:8080`` (tried in order); raise ValueError on a malformed address."""
    if not proxies:
        raise ValueError("at least one --proxy host:port is needed")
    for p in proxies:
        if not _PROXY.match(p) or not 0 < int(p.rsplit(":", 1)[1]) < 65536:
            raise ValueError(f"proxy address {p!r}: expected host:port, e.g. aiwarden.corp.example:8080")
    return "; ".join(f"PROXY {p}" for p in proxies)


def render_pac(catalog: Catalog, proxies: list[str], template: Path = TEMPLATE) -> str:
    """The PAC file text for ``catalog``: catalog hosts → the proxies, everything else → DIRECT."""
    directive = proxy_directive(proxies)
    exact: set[str] = set()
    patterns: set[str] = set()
    for service in catalog.services.values():
        for host in service.hosts:
            host = host.lower().rstrip(".")
            (patterns if "*" in host else exact).add(host)
    text = template.read_text(encoding="utf-8")
    values = {
        "service_count": str(len(catalog.services)),
        "proxy_directive": json.dumps(directive),
        "exact_hosts": json.dumps(dict.fromkeys(sorted(exact), 1), indent=4),
        "patterns": ",\n".join(f"    new RegExp({json.dumps(host_pattern_regex(p))})"
                                for p in sorted(patterns)),
    }
    for key, value in values.items():
        text = text.replace("{{ " + key + " }}", value)
    return text


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; prints the PAC file or writes it to --output."""
    parser = argparse.ArgumentParser(description="Generate a PAC file: only AI services go to aiwarden.")
    parser.add_argument("--proxy", action="append", required=True,
                        help="aiwarden proxy host:port (repeat for fallbacks, tried in order)")
    parser.add_argument("--catalog", type=Path, default=None, help="catalog YAML (default: the shipped one)")
    parser.add_argument("--extra", type=Path, default=None,
                        help="local catalog extension merged over it (AIWARDEN_CATALOG_EXTRA)")
    parser.add_argument("-o", "--output", type=Path, default=None, help="write here instead of stdout")
    args = parser.parse_args(argv)
    try:
        catalog = Catalog.load(args.catalog or DEFAULT_CATALOG, extra=args.extra)
        pac = render_pac(catalog, args.proxy)
    except (OSError, ValueError) as exc:
        print(f"make_pac: {exc}", file=sys.stderr)
        return 2
    if args.output:
        args.output.write_text(pac, encoding="utf-8")
    else:
        sys.stdout.write(pac)
    return 0


if __name__ == "__main__":
    sys.exit(main())
