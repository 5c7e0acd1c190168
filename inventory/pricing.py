"""Model prices as data (``inventory/prices.yaml``) and the cost of one request.

``PriceTable.load()`` reads and validates the table once; ``cost(model, tokens_in, tokens_out, at)`` is
pure. A model the table does not know costs ``None`` (unknown), never 0: the reports count such requests
apart, so missing prices show up instead of hiding spend.
"""

import fnmatch
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

DEFAULT_PRICES = Path(__file__).with_name("prices.yaml")
PER = 1_000_000  # prices are per million tokens


class PriceError(ValueError):
    """The price table is invalid; the message names the entry."""


class Price(BaseModel):
    """One price: USD per million input and output tokens for models matching ``model`` from ``effective``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    provider: str = Field(min_length=1)
    model: str = Field(min_length=1, max_length=200)  # exact name or glob (``*``, ``?``)
    input: float = Field(ge=0)
    output: float = Field(ge=0)
    effective: date


@dataclass(frozen=True, slots=True)
class Cost:
    usd: float | None  # None: unknown (no price for the model, or no token counts)
    price: Price | None = None


def normalize_model(model: str) -> str:
    """The model name as priced: lower case, without a ``models/`` (Gemini) or vendor prefix."""
    m = model.strip().lower().removeprefix("models/")
    return m.rsplit("/", 1)[-1]  # e.g. "openai/gpt-4o" (gateways), "publishers/google/models/x"


class PriceTable:
    """Prices by model pattern; exact names first, then globs, longest pattern first."""

    def __init__(self, prices: list[Price]) -> None:
        self.prices = prices
        by_pattern: dict[str, list[Price]] = {}
        for p in prices:
            by_pattern.setdefault(p.model.lower(), []).append(p)
        for entries in by_pattern.values():
            entries.sort(key=lambda p: p.effective, reverse=True)  # newest first
        self._exact = {k: v for k, v in by_pattern.items() if not _is_glob(k)}
        self._globs = sorted(((k, v) for k, v in by_pattern.items() if _is_glob(k)),
                             key=lambda kv: (-len(kv[0]), kv[0]))
        self._memo: dict[str, list[list[Price]]] = {}

    @classmethod
    def load(cls, path: Path | str = DEFAULT_PRICES) -> "PriceTable":
        """The table in ``path`` (YAML with a ``prices:`` list); PriceError names a bad entry."""
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise PriceError(f"cannot read price table {path}: {exc}") from None
        rows = data.get("prices") if isinstance(data, dict) else None
        if not isinstance(rows, list):
            raise PriceError(f"price table {path}: expected a 'prices:' list")
        out = []
        for i, row in enumerate(rows):
            try:
                out.append(Price.model_validate(row))
            except ValidationError as exc:
                problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
                raise PriceError(f"price table {path}, prices.{i}: {problems}") from None
        return cls(out)

    def _candidates(self, model: str) -> list[list[Price]]:
        found = self._memo.get(model)
        if found is None:
            found = ([self._exact[model]] if model in self._exact else []) + [
                entries for pattern, entries in self._globs if fnmatch.fnmatchcase(model, pattern)]
            if len(self._memo) < 10_000:
                self._memo[model] = found
        return found

    def price(self, model: str, at: datetime | date) -> Price | None:
        """The price in force for ``model`` at ``at`` (None: the table does not know the model then)."""
        day = at.astimezone(UTC).date() if isinstance(at, datetime) and at.tzinfo else (
            at.date() if isinstance(at, datetime) else at)
        for entries in self._candidates(normalize_model(model)):
            for p in entries:
                if p.effective <= day:
                    return p
        return None

    def cost(self, model: str, tokens_in: int | None, tokens_out: int | None, at: datetime | date) -> Cost:
        """USD for one request; unknown (None) without a price or without any token count."""
        if not model or (tokens_in is None and tokens_out is None):
            return Cost(None)
        p = self.price(model, at)
        if p is None:
            return Cost(None)
        return Cost(((tokens_in or 0) * p.input + (tokens_out or 0) * p.output) / PER, p)


def _is_glob(pattern: str) -> bool:
    return any(c in pattern for c in "*?[")


@lru_cache(maxsize=1)
def default_prices() -> PriceTable:
    """The shipped price table, loaded once per process."""
    return PriceTable.load()
