"""The quality scorer applies the stated matching rule, and runs end to end on the real scrubber."""

import json

import pytest

from benchmarks import corpus, scrub_quality
from benchmarks.engines import Detection
from benchmarks.scrub_quality import Tally, score_record, summarize

TEXT = "Call Jane Smith at jane@example.com now"  # PERSON 5..15, EMAIL 19..35


def _record(spans, scope="ALL", text=TEXT):
    return {
        "id": "t",
        "text": text,
        "spans": [{"type": t, "start": a, "end": b, "value": text[a:b]} for t, a, b in spans],
        "meta": {"scope": scope},
    }


def _score(record, dets):
    tally = Tally()
    score_record(record, [Detection(t, a, b, 1.0) for t, a, b in dets], tally)
    return tally


@pytest.mark.parametrize(
    ("dets", "tp", "fp", "covered"),
    [
        ([("PERSON", 5, 15)], 1, 0, 1),  # exact
        ([("PERSON", 0, 15)], 1, 0, 1),  # IoU 10/15 >= 0.5
        ([("PERSON", 5, 10)], 1, 0, 0),  # "Jane ": IoU 5/10 = 0.5 matches, but "Smith" leaks
        ([("PERSON", 5, 9)], 0, 0, 0),  # "Jane": IoU 0.4, a miss; a partial hit, not an FP
        (
            [("PERSON", 5, 9), ("PERSON", 10, 15)],
            1,
            0,
            1,
        ),  # split: "Smith" matches, "Jane" is partial; no leak
        ([("PERSON", 5, 9), ("PERSON", 20, 24)], 0, 1, 0),  # "jane" inside the e-mail is a false positive
        ([("LOCATION", 5, 15)], 0, 1, 1),  # wrong type: miss + false positive, no leak
    ],
)
def test_matching_rule(dets, tp, fp, covered):
    tally = _score(_record([("PERSON", 5, 15)]), dets)
    assert tally.partial["PERSON"] == sum(1 for t, a, b in dets if t == "PERSON" and (a, b) in {(5, 9)})
    assert (tally.tp["PERSON"], sum(tally.fp.values()), tally.covered["PERSON"]) == (tp, fp, covered)


def test_secret_only_scope_ignores_other_types_and_unscored_gold_is_neutral():
    text = "token ghp_abc for Bob at ACME"
    rec = _record([("SECRET", 6, 13), ("OTHER", 24, 28)], scope=["SECRET"], text=text)
    tally = _score(rec, [("SECRET", 6, 13), ("PERSON", 18, 21), ("ORGANIZATION", 24, 28)])
    assert tally.tp["SECRET"] == 1 and not tally.fp and "OTHER" not in tally.gold


def test_negative_prompts_count_false_detections_per_prompt():
    tally = Tally()
    score_record(_record([]), [Detection("PERSON", 0, 4, 0.9), Detection("URL", 19, 35, 0.5)], tally)
    score_record(_record([]), [], tally)
    neg = summarize(tally, 2)["negatives"]
    assert neg == {"prompts": 2, "false_detections": 2, "per_prompt": 1.0, "prompts_with_any": 1,
                   "by_type": {"PERSON": 1, "URL": 1}, "by_class": {}}


def test_negatives_by_class_and_type():
    tally = Tally()
    record = _record([])
    record["meta"] = {"neg_class": "product_names"}
    score_record(record, [Detection("PERSON", 0, 4, 0.9)], tally)
    score_record({**_record([]), "meta": {"neg_class": "code"}}, [], tally)
    neg = summarize(tally, 2)["negatives"]
    assert neg["by_class"] == {"code": {"prompts": 1, "false_detections": 0},
                               "product_names": {"prompts": 1, "false_detections": 1}}
    assert neg["by_type"] == {"PERSON": 1}


def test_date_time_detections_count_as_date_of_birth():
    text = "DOB 1980-01-02"
    tally = _score(_record([("DATE_OF_BIRTH", 4, 14)], text=text), [("DATE_TIME", 4, 14)])
    assert tally.tp["DATE_OF_BIRTH"] == 1


@pytest.fixture
def shared_engine(scrubber, monkeypatch):
    """``main`` scores with the session's scrubber (the same default ``Scrubber`` it would load itself)."""
    class Shared(scrub_quality.OurScrubber):
        def __init__(self) -> None:
            self.scrubber, self.load_seconds = scrubber, 0.0

    monkeypatch.setattr(scrub_quality, "OurScrubber", Shared)


def test_end_to_end_on_the_real_scrubber(capsys, shared_engine):
    # (the first two sources only: the assertions are about them; every corpus has its own tests)
    assert scrub_quality.main(["--limit", "8", "--only", "synthetic,corpus2 (", "--no-external",
                               "--engines", "aiwarden", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    names = list(report["datasets"])
    assert names[0].startswith("synthetic") and names[1].startswith("corpus2")  # each source on its own
    data = report["datasets"][names[0]]
    result = data["engines"]["aiwarden"]
    gold = [s for r in corpus.generate(8, corpus.DEFAULT_SEED) for s in r["spans"]]
    assert data["records"] == 8 and result["errors"] == 0
    assert result["overall"]["gold"] == len(gold) and 0 <= result["overall"]["tp"] <= len(gold)
    # Plain e-mail addresses are the one thing every version of the scrubber must find.
    assert result["per_type"]["EMAIL_ADDRESS"]["recall"] == 1.0
    assert "IoU" in report["rule"]


@pytest.mark.parametrize(("dets", "leaked"), [
    ([("PERSON", 5, 15)], 0),
    ([("LOCATION", 5, 15)], 0),  # any type covering it: nothing reaches the vendor
    ([("PERSON", 5, 14)], 1),  # the "h" of "Smith" is left: counted as a leak (though anyR counts it covered)
    ([("PERSON", 5, 9), ("PERSON", 10, 15)], 0),  # the space between is no letter
    ([], 1),
])
def test_leak_counts_any_letter_or_digit_left_uncovered(dets, leaked):
    tally = _score(_record([("PERSON", 5, 15)]), dets)
    assert tally.leaked["PERSON"] == leaked
    assert summarize(tally, 1)["overall"]["leak"] == leaked


def test_goals_are_issue_19s_on_type_agnostic_figures():
    tally = _score(_record([("PERSON", 5, 15), ("EMAIL_ADDRESS", 19, 35)]), [("LOCATION", 5, 15)])
    g = scrub_quality.goals(summarize(tally, 1))
    assert g["leak<=0.05"] is False  # the e-mail leaks
    assert g["anyR>=0.99 for EMAIL_ADDRESS"] is False
    tally = _score(_record([("PERSON", 5, 15)]), [("LOCATION", 5, 15)])
    assert all(scrub_quality.goals(summarize(tally, 1)).values())


def test_only_generates_the_datasets_it_scores(capsys, monkeypatch, shared_engine):
    def not_wanted(*args, **kwargs):
        raise AssertionError("a dataset --only leaves out was generated")

    for module in (scrub_quality.corpus5, scrub_quality.corpus18, scrub_quality.secrets_corpus9):
        monkeypatch.setattr(module, "generate", not_wanted)
    assert scrub_quality.main(["--only", "tuning since", "--limit", "3", "--no-external",
                               "--engines", "aiwarden", "--json"]) == 0
    assert list(json.loads(capsys.readouterr().out)["datasets"]) == ["corpus2 (tuning since session 5)"]
