"""`aiwarden run` with a second language (issue #15): the proxy's scrub workers load every configured model.

They used to build their scrubber without the other languages' models, so a second language failed at
warm-up while `aiwarden scrub` worked. The CLI and the workers now share ``scrubber_from(settings)``.
"""

import json

import openai
import pytest

from scrubber.engine import ModelSettings, scrubber_from
from tests.conftest import launch_stack, run_cli, started_ahead, stop_stack, take, the_fake_llm

LANGUAGES = {"AIWARDEN_LANGUAGES": '["en", "fr"]', "AIWARDEN_SPACY_MODELS": '{"fr": "fr_core_news_sm"}'}
FRENCH = ("Bonjour, pouvez-vous rédiger une lettre de relance pour Camille Lefèvre-Dubois "
          "(camille.lefevre@exemple.fr, 06 71 45 32 18) au sujet de la facture impayée ?")


def launch_bilingual(factory):
    return launch_stack(factory.mktemp("bilingual"), the_fake_llm(), LANGUAGES)


@pytest.fixture(scope="module")
@started_ahead(launch_bilingual)
def bilingual(tmp_path_factory, fake_llm):
    s = take(launch_bilingual, tmp_path_factory)
    yield s
    stop_stack(s)


def test_run_with_a_second_language_scrubs_through_the_proxy(bilingual):
    s = bilingual
    client = openai.OpenAI(api_key="sk-test-not-real", http_client=s.client("amelie"), max_retries=0)
    before = len(s.fake.received)
    messages = [{"role": "user", "content": FRENCH}]
    reply = client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    sent = json.loads(s.fake.received[before].body)["messages"][0]["content"]
    for value in ("Camille", "Lefèvre-Dubois", "camille.lefevre@exemple.fr", "06 71 45 32 18"):
        assert value not in sent, "personal data reached the vendor"
    assert "facture impayée" in sent  # the rest of the prompt is untouched
    assert reply.choices[0].message.content is not None


def test_cli_and_workers_build_the_same_scrubber(tmp_path):
    """One factory: settings with a second language give a scrubber that has both models."""
    scrubber = scrubber_from(ModelSettings("en_core_web_md", ("en", "fr"), (("fr", "fr_core_news_sm"),)))
    assert scrubber.languages == ("en", "fr")
    result = scrubber.scrub([FRENCH])
    assert result.languages == ["fr"] and not result.unmodelled_languages
    env = {**bilingual_env(tmp_path), **LANGUAGES}
    out = run_cli(env, "scrub", stdin=FRENCH)
    assert out.returncode == 0, out.stderr
    assert "camille.lefevre@exemple.fr" not in out.stdout and "Lefèvre-Dubois" not in out.stdout


def bilingual_env(tmp_path) -> dict[str, str]:
    import os

    return {**os.environ, "AIWARDEN_DATABASE_URL": f"sqlite:///{tmp_path / 'a.db'}",
            "AIWARDEN_CONFDIR": str(tmp_path / "conf")}
