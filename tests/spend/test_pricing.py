"""Cost = tokens × the price table, checked by hand; effective dates; unknown models stay unknown."""

from datetime import UTC, date, datetime

import pytest

from inventory.pricing import PriceError, PriceTable, default_prices, normalize_model

AT = datetime(2025, 10, 1, 12, tzinfo=UTC)

# (model, tokens in, tokens out, when, USD) — each USD worked out by hand from the provider's price list:
# USD = in × input/1e6 + out × output/1e6.
HAND_CHECKED = [
    ("gpt-4o", 1_000_000, 0, AT, 2.50),
    ("gpt-4o", 1234, 567, AT, 0.003085 + 0.00567),  # 1234×2.50 + 567×10.00, per million
    ("gpt-4o", 1_000_000, 1_000_000, datetime(2024, 9, 1, tzinfo=UTC), 5.00 + 15.00),  # before the cut
    ("gpt-4o-2024-05-13", 1_000_000, 1_000_000, AT, 5.00 + 15.00),  # exact entry beats the glob
    ("gpt-4o-mini-2024-07-18", 2000, 1000, AT, 0.0003 + 0.0006),  # 2000×0.15 + 1000×0.60
    ("gpt-4.1-nano", 10_000, 10_000, AT, 0.001 + 0.004),
    ("claude-sonnet-4-20250514", 2000, 1000, AT, 0.006 + 0.015),  # 2000×3 + 1000×15
    ("claude-3-5-haiku-20241022", 1_000_000, 100_000, AT, 0.80 + 0.40),
    ("claude-opus-4-5-20251101", 1000, 1000, datetime(2025, 12, 1, tzinfo=UTC), 0.005 + 0.025),
    ("models/gemini-2.5-flash", 100_000, 10_000, AT, 0.03 + 0.025),  # Gemini's "models/" prefix
    ("gemini-2.0-flash-lite", 1_000_000, 0, AT, 0.075),  # the -lite glob beats gemini-2.0-flash*
    ("mistral-large-latest", 500_000, 500_000, AT, 1.00 + 3.00),
    ("deepseek-chat", 1_000_000, 1_000_000, datetime(2025, 3, 1, tzinfo=UTC), 0.27 + 1.10),
    ("deepseek-chat", 1_000_000, 1_000_000, AT, 0.28 + 0.42),  # after the 2025-09-29 change
    ("text-embedding-3-small", 1_000_000, None, AT, 0.02),  # embeddings: no output tokens
    ("GPT-4o", 1_000_000, 0, AT, 2.50),  # case does not matter
    ("openai/gpt-4o", 1_000_000, 0, AT, 2.50),  # gateway prefix
]


@pytest.mark.parametrize("model, tin, tout, at, usd", HAND_CHECKED,
                         ids=[f"{r[0]}-{r[3]:%Y%m%d}" for r in HAND_CHECKED])
def test_cost_matches_the_hand_checked_table(model, tin, tout, at, usd):
    assert default_prices().cost(model, tin, tout, at).usd == pytest.approx(usd, rel=1e-9)


@pytest.mark.parametrize("model, tin, tout, at", [
    ("my-private-llama", 1000, 1000, AT),  # not in the table
    ("", 1000, 1000, AT),  # model not known
    ("gpt-4o", None, None, AT),  # no token counts at all
    ("gpt-4.1", 1000, 1000, datetime(2025, 1, 1, tzinfo=UTC)),  # before its first price
])
def test_unknown_is_none_never_zero(model, tin, tout, at):
    assert default_prices().cost(model, tin, tout, at).usd is None


def test_every_shipped_entry_is_valid_and_reachable():
    table = default_prices()
    assert len(table.prices) > 40
    for p in table.prices:
        if "*" not in p.model:
            assert table.price(p.model, date(2030, 1, 1)) is not None, p.model
    providers = {p.provider for p in table.prices}
    assert {"openai", "anthropic", "google", "mistral", "deepseek"} <= providers


def test_normalize_model():
    assert normalize_model(" Models/Gemini-2.5-Pro ") == "gemini-2.5-pro"
    assert normalize_model("publishers/google/models/gemini-2.5-pro") == "gemini-2.5-pro"


ENTRY = "prices:\n  - {provider: x, model: m, "


@pytest.mark.parametrize("text, error", [
    ("prices: 3", "expected a 'prices:' list"),
    (ENTRY + "input: -1, output: 1, effective: 2025-01-01}\n", "prices.0: input"),
    (ENTRY + "input: 1, output: 1}\n", "prices.0: effective"),
    (ENTRY + "input: 1, output: 1, effective: 2025-01-01, per: k}\n", "prices.0: per"),
    ("prices: [", "cannot read price table"),
])
def test_bad_price_tables_name_the_entry(tmp_path, text, error):
    f = tmp_path / "prices.yaml"
    f.write_text(text)
    with pytest.raises(PriceError, match=error):
        PriceTable.load(f)
