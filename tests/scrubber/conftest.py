import pytest

from scrubber.engine import Scrubber


@pytest.fixture(scope="session")
def scrubber() -> Scrubber:
    return Scrubber()
