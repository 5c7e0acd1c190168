"""Every aiwarden_* addon option, set the way mitmproxy sets it (``tctx.configure``): parsed, or refused
with one clear OptionsError line naming what is wrong (never a secret)."""

import pytest
from mitmproxy import exceptions
from mitmproxy.test import taddons

from policy.model import parse_policy
from proxy.addon import AIWarden
from proxy.catalog import Catalog

POLICY = parse_policy("name: Options\nversion: o-1\n")
FP = "ab" * 32


class NoScrubber:
    async def scrub(self, texts, options):  # never called here
        raise AssertionError


@pytest.fixture
def addon():
    return AIWarden(Catalog.load(), lambda: POLICY, NoScrubber(), sink=type("S", (), {"record": print})())


def test_upstream_overrides(addon):
    with taddons.context(addon) as tctx:
        tctx.configure(addon, aiwarden_upstream_overrides="api.openai.com=http://127.0.0.1:9")
        assert addon.overrides["api.openai.com"].port == 9
        with pytest.raises(exceptions.OptionsError, match="api.openai.com"):
            tctx.configure(addon, aiwarden_upstream_overrides="api.openai.com=ftp://x")


def test_max_body(addon):
    with taddons.context(addon) as tctx:
        tctx.configure(addon, aiwarden_max_body=1234)
        assert addon.max_body == 1234


def test_inspect_all_is_read_per_connection(addon):
    with taddons.context(addon) as tctx:
        tctx.configure(addon, aiwarden_inspect_all=True)
        assert tctx.options.aiwarden_inspect_all is True


def test_redirect_credentials_read_the_named_variable(addon, monkeypatch):
    monkeypatch.setenv("CORP_AZURE_KEY", "s3cret-value")
    with taddons.context(addon) as tctx:
        tctx.configure(addon, aiwarden_redirect_credentials="acme.openai.azure.com=api-key:CORP_AZURE_KEY")
        cred = addon.credentials["acme.openai.azure.com"]
        assert (cred.header, cred.value) == ("api-key", "s3cret-value")
        with pytest.raises(exceptions.OptionsError) as err:
            tctx.configure(addon, aiwarden_redirect_credentials="acme.openai.azure.com=api-key:UNSET_VAR_X")
        assert "UNSET_VAR_X" in str(err.value) and "s3cret" not in str(err.value)


def test_key_secret_keys_and_orgs_build_the_registry(addon):
    with taddons.context(addon) as tctx:
        tctx.configure(addon, aiwarden_key_secret="k" * 32, aiwarden_corporate_keys=FP,
                       aiwarden_corporate_orgs="org-acme")
        assert addon.registry.corporate_keys == {FP} and "org-acme" in addon.registry.corporate_orgs
        assert addon.coach.valid(addon.coach.make("ack", "u", "s", 60), "ack", "u", "s")
        with pytest.raises(exceptions.OptionsError, match="64"):
            tctx.configure(addon, aiwarden_corporate_keys="not-a-fingerprint")


def test_tenant_headers(addon):
    with taddons.context(addon) as tctx:
        org = "11111111-2222-3333-4444-555555555555"
        tctx.configure(addon, aiwarden_tenant_headers=f"anthropic-allowed-org-ids:{org}")
        assert addon.tenant.headers_for("api.anthropic.com") == [("anthropic-allowed-org-ids", org)]
        assert addon.tenant.headers_for("api.anthropic.com")
        with pytest.raises(exceptions.OptionsError):
            tctx.configure(addon, aiwarden_tenant_headers="no-colon-here")


def test_coach_ttl(addon):
    with taddons.context(addon) as tctx:
        tctx.configure(addon, aiwarden_coach_ttl=60)
        assert tctx.options.aiwarden_coach_ttl == 60


def test_spend_database(addon, tmp_path):
    from inventory.db import make_engine

    url = f"sqlite:///{tmp_path / 'spend.db'}"
    make_engine(url).dispose()  # migrated, as aiwarden does before the proxy starts
    with taddons.context(addon) as tctx:
        tctx.configure(addon, aiwarden_spend_database=url)
        assert addon.spend._engine is not None
    addon.spend.close()
