"""Presidio upgrades: what scrubber/presidio_tuning.py relies on beyond Presidio's public API must still hold.

When this fails, read the message (it names what moved), adapt presidio_tuning.py, and update
TESTED_PRESIDIO; no other module touches Presidio's private parts.
"""

import ast
from pathlib import Path

import pytest

from scrubber import presidio_tuning

SCRUBBER = Path(presidio_tuning.__file__).parent
PRIVATE = ("_doc_to_nlp_artifact", "_get_entities", "_get_updated_entities", "compiled_regex",
           "compiled_with_flags", "build_regex_explanation", "enhance_using_context")


def test_installed_presidio_has_everything_the_tuning_relies_on():
    presidio_tuning.check()  # raises PresidioChanged naming each broken assumption


def test_a_missing_private_method_fails_loudly(monkeypatch):
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    monkeypatch.delattr(SpacyNlpEngine, "_get_updated_entities")
    with pytest.raises(presidio_tuning.PresidioChanged, match="_get_updated_entities"):
        presidio_tuning.check()


def test_no_other_scrubber_module_uses_presidio_private_parts():
    offenders = []
    for path in SCRUBBER.rglob("*.py"):
        if path.name == "presidio_tuning.py":
            continue
        names = {n.attr for n in ast.walk(ast.parse(path.read_text())) if isinstance(n, ast.Attribute)}
        names |= {n.id for n in ast.walk(ast.parse(path.read_text())) if isinstance(n, ast.Name)}
        offenders += [f"{path.relative_to(SCRUBBER)}: {name}" for name in PRIVATE if name in names]
    assert not offenders, offenders

