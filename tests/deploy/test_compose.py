"""deploy/compose.yaml: valid against the Compose specification and consistent with the code."""

import json
import re
from importlib.resources import files

import pytest
import yaml

from policy.model import parse_policy
from tests.deploy.helpers import ADMIN_PORT, DEPLOY, PROXY_PORT, ROOT, SETTINGS_ENV, cli_error, option_value


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text())


def test_valid_against_the_compose_spec(compose):
    jsonschema = pytest.importorskip("jsonschema")
    pytest.importorskip("check_jsonschema")
    vendor = files("check_jsonschema.builtin_schemas.vendor")
    schema = json.loads(vendor.joinpath("compose-spec.json").read_text())
    validator = jsonschema.validators.validator_for(schema)(schema)
    assert [e.message for e in validator.iter_errors(compose)] == []
    broken = json.loads(json.dumps(compose))
    broken["services"]["proxy"]["helthcheck"] = {}
    assert list(validator.iter_errors(broken)), "the schema check must catch a misspelt key"


def test_services_commands_and_ports(compose):
    s = compose["services"]
    assert set(s) == {"postgres", "proxy", "admin"}
    for name in ("proxy", "admin"):
        assert cli_error(s[name]["command"]) is None, s[name]["command"]
        assert s[name]["build"] == {"context": "..", "dockerfile": "deploy/Dockerfile"}
        assert (DEPLOY / s[name]["build"]["context"] / s[name]["build"]["dockerfile"]).resolve() == (
            DEPLOY / "Dockerfile")
    assert s["proxy"]["command"][0] == "run"
    assert int(option_value(s["proxy"]["command"], "--admin-port")) == ADMIN_PORT  # the image's HEALTHCHECK
    assert s["admin"]["command"][:1] == ["admin"]
    assert int(option_value(s["admin"]["command"], "--port")) == ADMIN_PORT
    assert s["proxy"]["ports"] == [f"{PROXY_PORT}:{PROXY_PORT}"]
    assert s["admin"]["ports"] == [f"127.0.0.1:{ADMIN_PORT}:{ADMIN_PORT}"]  # the admin API is not public


def test_environment_names_are_settings_and_database_is_postgres(compose):
    env = compose["x-aiwarden-env"]
    assert set(env) <= SETTINGS_ENV, set(env) - SETTINGS_ENV
    assert env["AIWARDEN_DATABASE_URL"].startswith("postgresql+psycopg://aiwarden:")
    assert env["AIWARDEN_DATABASE_URL"].endswith("@postgres:5432/aiwarden")
    for name in ("proxy", "admin"):
        assert compose["services"][name]["environment"] == env
    pg = compose["services"]["postgres"]["environment"]
    assert pg["POSTGRES_USER"] == "aiwarden" and pg["POSTGRES_DB"] == "aiwarden"


def test_volumes_policy_and_ca(compose):
    s = compose["services"]
    assert "pgdata:/var/lib/postgresql/data" in s["postgres"]["volumes"]
    assert "ca:/var/lib/aiwarden/ca" in s["proxy"]["volumes"]
    assert set(compose["volumes"]) == {"pgdata", "ca"}
    policy_file = compose["x-aiwarden-env"]["AIWARDEN_POLICY_FILE"]
    for name in ("proxy", "admin"):
        (mount,) = [v for v in s[name]["volumes"] if v.endswith(f":{policy_file}:ro")]
        default = re.fullmatch(r"\$\{AIWARDEN_POLICY_PATH:-([^}]+)\}", mount.split(":/", 1)[0]).group(1)
        path = (DEPLOY / default).resolve()
        assert path.is_relative_to(ROOT) and path.exists()
        parse_policy(path.read_text())  # the mounted default is a valid policy


def test_start_order_waits_for_healthy_dependencies(compose):
    s = compose["services"]
    assert s["proxy"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert s["admin"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert "pg_isready" in " ".join(s["postgres"]["healthcheck"]["test"])
