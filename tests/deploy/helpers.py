"""Shared checks for the deploy files: CLI arguments, settings names, kustomize rendering."""

import shutil
import subprocess
from pathlib import Path

import typer.main
import yaml

from aiwarden.cli import app
from aiwarden.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
SETTINGS_ENV = {"AIWARDEN_" + name.upper() for name in Settings.model_fields}
ADMIN_PORT, PROXY_PORT = 8000, 8080


def cli_error(args: list[str]) -> str | None:
    """None when ``aiwarden *args`` parses with the real CLI, else the reason (nothing is run)."""
    group = typer.main.get_command(app)
    if not args or group.get_command(None, args[0]) is None:  # type: ignore[union-attr]
        return f"no such command: {args[:1]}"
    cmd = group.get_command(None, args[0])  # type: ignore[union-attr]
    try:
        cmd.make_context(args[0], list(args[1:]))
    except Exception as exc:  # click's UsageError family (typer vendors click)
        return str(exc)
    return None


def option_value(args: list[str], option: str) -> str | None:
    """The value after ``option`` in an argument list."""
    return args[args.index(option) + 1] if option in args else None


def load_yaml_docs(path: Path) -> list[dict]:
    return [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d]


def _generated(kdir: Path, gen: dict, kind: str) -> dict:
    data: dict[str, str] = {}
    for item in gen.get("files", []):
        key, _, src = item.rpartition("=") if "=" in item else (Path(item).name, "", item)
        data[key] = (kdir / src).read_text(encoding="utf-8")
    for env in gen.get("envs", []):
        for line in (kdir / env).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                k, _, v = line.partition("=")
                data[k.strip()] = v
    for lit in gen.get("literals", []):
        k, _, v = lit.partition("=")
        data[k] = v
    return {"apiVersion": "v1", "kind": kind, "metadata": {"name": gen["name"]}, "data": data}


def render_fallback(kdir: Path) -> list[dict]:
    """A kustomization's resources without transforms (no kubectl here): enough for structure checks."""
    k = yaml.safe_load((kdir / "kustomization.yaml").read_text(encoding="utf-8"))
    docs: list[dict] = []
    for res in k.get("resources", []):
        path = kdir / res
        docs += render_fallback(path) if path.is_dir() else load_yaml_docs(path)
    for gen in k.get("configMapGenerator", []):
        docs = [d for d in docs if not (d["kind"] == "ConfigMap" and d["metadata"]["name"] == gen["name"])]
        docs.append(_generated(kdir, gen, "ConfigMap"))
    docs += [_generated(kdir, gen, "Secret") for gen in k.get("secretGenerator", [])]
    for rep in k.get("replicas", []):
        for d in docs:
            if d["kind"] == "Deployment" and d["metadata"]["name"] == rep["name"]:
                d["spec"]["replicas"] = rep["count"]
    return docs


def render(kdir: Path) -> tuple[list[dict], str]:
    """(documents, renderer): `kubectl kustomize` when kubectl exists, else the plain fallback."""
    kubectl = shutil.which("kubectl")
    if kubectl:
        out = subprocess.run([kubectl, "kustomize", str(kdir)], capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        return [d for d in yaml.safe_load_all(out.stdout) if d], "kubectl"
    return render_fallback(kdir), "fallback"
