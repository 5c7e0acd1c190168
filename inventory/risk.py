"""Risk score per AI service: vendor risk tier x data sensitivity x volume.

    score = T x S x V                                   (0 when the service was not used)

    T  vendor risk  = tier weight (low 1, medium 2, high 3) + 1 when the service is not sanctioned.
                      A service without a tier gets "high" when it was discovered at run time (not in the
                      catalog), else "medium". So T runs from 1 (sanctioned, low) to 4 (unsanctioned, high).
    S  sensitivity  = 1 + sum over entity types t of  w(t) x (requests carrying t / requests)
                      + personal-account share (requests from private accounts escape company contracts),
                      capped at 10. Weights w: secrets and credentials 5; government IDs, financial and
                      health data 4; contact data 2; names, places and anything else 1 (see WEIGHTS).
    V  volume       = log10(1 + requests): 9 requests -> 1, 99 -> 2, 999 -> 3 (many uses matter, but a
                      heavily used sanctioned tool should not drown a rarely used risky one).

The same formula is documented for readers of the report in docs/inventory.md.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass

from inventory.queries import ServiceSummary

TIER_WEIGHTS = {"low": 1, "medium": 2, "high": 3}
WEIGHTS: dict[str, int] = {
    "SECRET": 5, "API_TOKEN": 5, "CONFIDENTIAL": 5,
    "US_SSN": 4, "US_ITIN": 4, "US_PASSPORT": 4, "US_DRIVER_LICENSE": 4, "UK_NHS": 4, "MEDICAL_LICENSE": 4,
    "NATIONAL_ID": 4,
    "CREDIT_CARD": 4, "IBAN_CODE": 4, "US_BANK_NUMBER": 4, "CRYPTO": 4,
    "EMAIL_ADDRESS": 2, "PHONE_NUMBER": 2, "IP_ADDRESS": 2,
}
DEFAULT_WEIGHT = 1
MAX_SENSITIVITY = 10.0


@dataclass(frozen=True)
class ServiceRisk:
    service_id: str
    name: str
    tier: str
    sanctioned: bool
    vendor_risk: float  # T
    sensitivity: float  # S
    volume: float  # V
    score: float  # T x S x V, rounded to 0.1
    exposure: int  # sum of w(t) x entities found: the weighted amount of sensitive data sent (the leak rank)


def effective_tier(summary: ServiceSummary) -> str:
    """The tier used for scoring: the one set on the service, else by kind (discovered: high)."""
    if summary.risk_tier in TIER_WEIGHTS:
        return summary.risk_tier
    return "high" if summary.unknown else "medium"


def weight(entity_type: str) -> int:
    """How sensitive one entity type is (1..5)."""
    return WEIGHTS.get(entity_type, DEFAULT_WEIGHT)


def score_service(summary: ServiceSummary, sanctioned: bool) -> ServiceRisk:
    """The risk of one service from its usage summary (see the module docstring for the formula)."""
    tier = effective_tier(summary)
    t = TIER_WEIGHTS[tier] + (0 if sanctioned else 1)
    n = summary.requests
    s = 1.0
    if n:
        s += sum(weight(et) * ev / n for et, ev in summary.pii_events.items()) + summary.personal_share
    s = min(s, MAX_SENSITIVITY)
    v = math.log10(1 + n)
    exposure = sum(weight(et) * c for et, c in summary.pii_counts.items())
    return ServiceRisk(summary.id, summary.name, tier, sanctioned, float(t), round(s, 2), round(v, 2),
                       round(t * s * v, 1), exposure)


def rank_services(summaries: list[ServiceSummary], sanctioned: Callable[[str], bool]) -> list[ServiceRisk]:
    """Risk of every service, highest score first."""
    risks = [score_service(s, sanctioned(s.id)) for s in summaries]
    return sorted(risks, key=lambda r: (-r.score, -r.exposure, r.service_id))
