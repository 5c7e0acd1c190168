"""What a spend report can group by and per what period: the CLI's choices, kept apart from the queries so
``aiwarden --help`` and commands without a database need not import SQLAlchemy."""

from enum import StrEnum


class SpendBy(StrEnum):
    """What a spend report groups by (the values of BY)."""

    user = "user"
    group = "group"
    service = "service"
    model = "model"
    requested_model = "requested_model"


class SpendPeriod(StrEnum):
    day = "day"
    month = "month"
