"""The ``aiwarden`` command."""

import asyncio
import functools
import json
import logging
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from aiwarden.ca import CAFormat  # cheap: mitmproxy is imported only when a CA function runs
from aiwarden.errors import OperatorError, one_line
from aiwarden.settings import get_settings
from inventory.spend_choices import SpendBy, SpendPeriod


class _App(typer.Typer):
    """The one handler of the operator's errors, for every command: one line on stderr, exit code 2."""

    def __call__(self, *args, **kwargs):
        try:
            return super().__call__(*args, **kwargs)
        except Exception as exc:
            line = one_line(exc)
            if line is None:
                raise  # a bug: keep the traceback
            sys.stderr.write(f"aiwarden: {line}\n")
            sys.exit(2)


app = _App(
    help="aiwarden: Shadow-AI discovery and privacy proxy.", no_args_is_help=True, add_completion=False
)
token_app = typer.Typer(help="Admin API tokens.", no_args_is_help=True)
app.add_typer(token_app, name="token")
catalog_app = typer.Typer(help="The AI service catalog.", no_args_is_help=True)
app.add_typer(catalog_app, name="catalog")


@catalog_app.command("check")
def catalog_check(
    file: Annotated[
        Path | None,
        typer.Option("--file", help="Extension file to lint too (default: AIWARDEN_CATALOG_EXTRA)"),
    ] = None,
    catalog: Annotated[Path | None, typer.Option(help="Catalog to check instead of the shipped one")] = None,
) -> None:
    """Lint the catalog (and extension): one line per problem, exit 1 when there is any."""
    from proxy.catalog import DEFAULT_CATALOG, lint

    extra = file or get_settings().catalog_extra
    problems = lint(catalog or DEFAULT_CATALOG, extra)
    for line in problems:
        typer.echo(line)
    if problems:
        raise typer.Exit(1)
    typer.echo(f"catalog ok{' (with ' + Path(extra).name + ')' if extra else ''}")


def _not_cancelled(record: logging.LogRecord) -> bool:
    """Connections cut at shutdown: Python 3.12's stream callback reports each as an error with a traceback
    (a CancelledError, not a fault); every other asyncio record is kept."""
    return not (record.exc_info and isinstance(record.exc_info[1], asyncio.CancelledError))


def _serve(proxy_port: int | None, admin_port: int | None, flags=("--proxy-port", "--admin-port")) -> None:
    settings = get_settings()  # a bad setting is reported before the second it takes to import the rest
    from aiwarden.wiring import check_ports, require_models, serve

    check_ports(settings, proxy_port, admin_port, flags)  # before anything starts
    if proxy_port is not None:
        require_models(settings)  # never let Presidio download a missing model
    level = settings.log_level.upper()
    # Our own handler on stderr, also when something already configured the root logger (basicConfig
    # would then do nothing and the log would stay empty).
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(level)
    logging.getLogger("asyncio").addFilter(_not_cancelled)
    if level != "DEBUG":  # mitmproxy logs every client connect and disconnect at INFO, alembic its plugins
        for noisy in ("mitmproxy.proxy.server", "alembic"):
            logging.getLogger(noisy).setLevel(logging.WARNING)
    asyncio.run(serve(settings, proxy_port, admin_port))


@app.command()
def run(
    proxy_port: Annotated[int, typer.Option(help="Proxy port")] = 8080,
    admin_port: Annotated[int, typer.Option(help="Admin API port")] = 8000,
) -> None:
    """Run the proxy and the admin API together."""
    _serve(proxy_port, admin_port)


@app.command()
def proxy(port: Annotated[int, typer.Option(help="Proxy port")] = 8080) -> None:
    """Run the proxy alone."""
    _serve(port, None, ("--port", "--port"))


@app.command()
def admin(port: Annotated[int, typer.Option(help="Admin API port")] = 8000) -> None:
    """Run the admin API alone."""
    _serve(None, port, ("--port", "--port"))


@app.command()
def scrub(
    as_json: Annotated[bool, typer.Option("--json", help="Output text and entities as JSON")] = False,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help='Each input line {"id","text"} → one output line')
    ] = False,
) -> None:
    """Scrub standard input: replace personal data and secrets by placeholders."""
    from aiwarden.wiring import require_models

    # The operator's mistakes (a setting, a missing model, input that is not text, a bad first JSONL line)
    # are reported before the model loads, which takes seconds.
    settings = get_settings()
    require_models(settings)  # never let Presidio download a missing model
    text = None if jsonl else _utf8(sys.stdin.buffer.read(), "standard input")
    @functools.cache
    def scrubber():
        """The scrubber, built on first use (with --jsonl: once the first line is read and checked)."""
        from scrubber.engine import scrubber_from

        return scrubber_from(settings)

    def render(item_id, text: str) -> dict:
        result = scrubber().scrub([text])
        ents = [
            {
                "type": e.type,
                "start": e.start,
                "end": e.end,
                "score": round(e.score, 3),
                "placeholder": e.placeholder,
            }
            for e in result.entities[0]
        ]
        lang = result.languages[0]
        # "ner": false tells the caller that names and places were not looked for (no model for the language)
        out = {"text": result.texts[0], "entities": ents, "language": lang, "ner": lang in result.modelled}
        return out if item_id is None else {"id": item_id, **out}

    if jsonl:
        for n, raw in enumerate(sys.stdin.buffer, start=1):
            line = _utf8(raw, f"line {n}")
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                text = item["text"]
                if not isinstance(text, str):
                    raise TypeError
            except (ValueError, KeyError, TypeError):
                typer.echo(f'aiwarden: line {n}: expected a JSON object with a "text" string', err=True)
                raise typer.Exit(2) from None
            sys.stdout.write(json.dumps(render(item.get("id"), text), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        return
    assert text is not None
    if as_json:
        typer.echo(json.dumps(render(None, text), ensure_ascii=False))
    else:
        sys.stdout.write(scrubber().scrub([text]).texts[0])


def _utf8(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise OperatorError(
            f"{what} is not UTF-8 text (byte {exc.start}); aiwarden scrub reads text: convert files first, "
            "e.g. `pdftotext file.pdf - | aiwarden scrub`"
        ) from None


class ReportFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    html = "html"


@app.command()
def report(
    fmt: Annotated[ReportFormat, typer.Option("--format", help="Output format")] = ReportFormat.table,
    since: Annotated[str | None, typer.Option(help="ISO date or datetime, e.g. 2026-11-01")] = None,
    spend: Annotated[
        bool, typer.Option("--spend", help="Spend (tokens and USD) instead of the inventory")
    ] = False,
    by: Annotated[SpendBy, typer.Option(help="With --spend: group rows by")] = SpendBy.user,
    period: Annotated[SpendPeriod, typer.Option(help="With --spend: per day or month")] = SpendPeriod.month,
) -> None:
    """The shadow-AI inventory (who uses which AI service, with what data, at what risk), or --spend."""
    from datetime import UTC, datetime

    from sqlmodel import Session

    from aiwarden.database import open_database
    from inventory.reports import render_shadow_ai_report
    from policy.model import load_policy
    from policy.store import current_policy

    start = None
    if since:
        try:
            start = datetime.fromisoformat(since)
        except ValueError:
            typer.echo("aiwarden: --since must be an ISO date, e.g. 2026-11-01", err=True)
            raise typer.Exit(2) from None
        start = start if start.tzinfo else start.replace(tzinfo=UTC)
    settings = get_settings()
    with Session(open_database(settings, must_exist=True)) as session:
        policy = current_policy(session, load_policy(settings.policy_file))
        if spend:
            from inventory.spend import render_spend_report

            if fmt is ReportFormat.html:
                typer.echo("aiwarden: --spend supports --format table, csv or json", err=True)
                raise typer.Exit(2)
            body, _ = render_spend_report(
                session,
                fmt.value,
                by=by.value,
                period=period.value,
                since=start,
                sanctioned=policy.is_sanctioned,
            )
        else:
            body, _ = render_shadow_ai_report(session, fmt.value, start, sanctioned=policy.is_sanctioned)
    sys.stdout.write(body)


@token_app.command("create")
def token_create(
    role: Annotated[str, typer.Option(help="admin, reviewer or viewer")],
    name: Annotated[str, typer.Option(help="Who or what uses it")],
    expires_in_days: Annotated[
        int | None, typer.Option(min=1, max=3650, help="Stops working after this many days (default: never)")
    ] = None,
) -> None:
    """Create an admin-API token and print it once (only its hash is stored; audited)."""
    from sqlmodel import Session

    from aiwarden.database import open_database
    from inventory.tokens import ROLES, create_token

    if role not in ROLES:
        raise OperatorError(f"--role must be one of {', '.join(ROLES)}")
    if not name.strip() or len(name) > 200 or any(c < " " for c in name):
        raise OperatorError("--name must say who or what uses the token (1 to 200 printable characters)")
    with Session(open_database(get_settings())) as session:
        typer.echo(create_token(session, name, role, expires_in_days, actor=_cli_actor()))  # type: ignore[arg-type]


@token_app.command("list")
def token_list() -> None:
    """Every token: id, name, role, state (active, revoked, expired), created, expires; never the token."""
    from sqlmodel import Session

    from aiwarden.database import open_database
    from inventory.tokens import list_tokens, state_of

    with Session(open_database(get_settings(), must_exist=True)) as session:
        rows = [["id", "name", "role", "state", "created", "expires"]] + [
            [str(t.id), t.name, t.role, state_of(t), f"{t.created_at:%Y-%m-%d %H:%M}",
             f"{t.expires_at:%Y-%m-%d %H:%M}" if t.expires_at else "never"]
            for t in list_tokens(session)
        ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        typer.echo("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


@token_app.command("revoke")
def token_revoke(
    token_id: Annotated[int, typer.Argument(help="The id shown by `aiwarden token list`")],
) -> None:
    """Revoke a token: it stops working at once (audited)."""
    from sqlmodel import Session

    from aiwarden.database import open_database
    from inventory.tokens import revoke_token

    with Session(open_database(get_settings(), must_exist=True)) as session:
        row = revoke_token(session, token_id, _cli_actor())
        if row is None:
            raise OperatorError(f"there is no token {token_id} (see `aiwarden token list`)")
        typer.echo(f"token {row.id} ({row.name}, {row.role}) revoked")


def _cli_actor() -> str:
    """Who did it, for the audit log: the operating-system user running the command."""
    import getpass

    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


@app.command()
def ca(
    fmt: Annotated[
        CAFormat | None, typer.Option("--format", help="Export the certificate as pem or der")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout)")
    ] = None,
) -> None:
    """Print the path of the proxy CA certificate (PEM), or export it with --format pem|der."""
    from aiwarden.ca import CAError, ensure_ca, export_ca

    d = get_settings().ca_dir
    try:
        if fmt is None:
            typer.echo(str(ensure_ca(d)))
            return
        data = export_ca(d, fmt)
    except CAError as exc:
        typer.echo(f"aiwarden: {exc}", err=True)
        raise typer.Exit(2) from None
    if output:
        output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)


if __name__ == "__main__":
    app()
