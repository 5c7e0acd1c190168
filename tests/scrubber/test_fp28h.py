"""False PERSON detections in code, logs and machine text (fp28h, issue #19): a logger's or a module's path as
a chat's speaker ("[10:00] celery.worker: …"), a dotted path's words in the second look ("app.server"), an
object before its method after a weak cue ("call df.groupby(…)"), two countries joined by "and" ("England and
Wales"), a US date's weekday and month ("Thu, Jan 27, 2026"). Real handles, names and dates of birth stay
found. Texts written for this test."""

import pytest

from scrubber.casing import _recase
from scrubber.recognizers.handles import speaker_handle


def people(scrubber, text: str) -> list[str]:
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "PERSON"]


def covered(scrubber, text: str, value: str) -> bool:
    start = text.index(value)
    return any(s.type == "PERSON" and s.start <= start and start + len(value) <= s.end
               for s in scrubber.analyze(text))


@pytest.mark.parametrize("value", ["sanjay.k", "m_rossi", "lan.nguyen", "dsilva.k", "will.smith",
                                   "grace.hopper", "ana_souza-ops", "priya.k", "tom.b"])
def test_a_persons_handle_speaks(value):
    assert speaker_handle(value)


@pytest.mark.parametrize("value", ["celery.worker", "app.server", "uvicorn.error", "django.request",
                                   "kafka.consumer", "db.pool", "deploy.bot", "scheduler.job",
                                   "auth.service"])
def test_a_loggers_path_is_no_speaker(value):
    assert not speaker_handle(value)


@pytest.mark.parametrize("text", [
    "[10:00] celery.worker: task received\n[10:01] celery.worker: task succeeded in 0.2s",
    "[10:00] kafka.consumer: partition assigned\n[10:02] kafka.consumer: offset committed",
])
def test_log_lines_name_no_one(scrubber, text):
    assert people(scrubber, text) == []


@pytest.mark.parametrize("text, value", [
    ("[09:14] hamid.rahimi: standup in 5\n[09:15] m_bianchi: ok, joining", "hamid.rahimi"),
    ("[09:14] hamid.rahimi: standup in 5\n[09:15] m_bianchi: ok, joining", "m_bianchi"),
    ("[11:00] kofi.a: pushed the fix\n[11:02] lea.moreau: thanks", "kofi.a"),
])
def test_chat_handles_still_found(scrubber, text, value):
    assert covered(scrubber, text, value)


def test_a_dotted_paths_words_stay_lower_in_the_second_look():
    copy = _recase("[10:00] app.server: listening on port 8080, maria gonzalez paged", True, False)
    assert "app.server" in copy and "Maria Gonzalez" in copy


def test_a_method_call_after_a_weak_cue_is_no_name(scrubber):
    assert people(scrubber, "Then call df.groupby('city').sum() to aggregate the rows.") == []


def test_a_name_after_a_weak_cue_before_a_full_stop_is_found(scrubber):
    assert covered(scrubber, "Please call Ottilie. She is waiting for the quote.", "Ottilie")


@pytest.mark.parametrize("text", [
    "The firm is registered in England and Wales, company no. 01234567.",
    "Sales grew in Scotland and Wales last quarter.",
])
def test_two_countries_joined_by_and_are_no_people(scrubber, text):
    assert people(scrubber, text) == []


def test_two_names_joined_by_and_still_found(scrubber):
    text = "Last week I mentored Ottilie and Bartholomew on the audit."
    assert covered(scrubber, text, "Ottilie") and covered(scrubber, text, "Bartholomew")


@pytest.mark.parametrize("text", [
    "Noted.\n---\nRenata Oyelaran-Bassey, Thu, Jan 27, 2026\nI think we agreed net 30 on the call.",
    "When: Fri, Apr 5, 2026 1:15 PM (1 hour)\nWhere: Microsoft Teams Meeting",
    "Thanks,\nMatthijs\n\nOn Thu, 9 Mar 2026 at 17:57, Renata Oyelaran-Bassey <ro@example.com> wrote:",
])
def test_a_us_dates_weekday_and_month_are_no_people(scrubber, text):
    assert not any(p.lower() in ("thu", "jan", "fri", "apr", "on thu") for p in people(scrubber, text))


def test_a_given_name_that_is_a_month_before_a_figure_stays(scrubber):
    assert covered(scrubber, "Please ask Jan Kowalczyk, he has 3 tickets open.", "Jan Kowalczyk")
