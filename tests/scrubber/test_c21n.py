"""People written as their user handles (c21n, issue #19; scrubber/recognizers/handles.py): a chat export's
speaker after its bracketed date and time, a Jira mention [~first.last], a handle in a mail header or before
"wrote:", and the same handle elsewhere in the text. Code, logs and team accounts in those places stay
unmarked. Texts written for this test."""

import pytest

from scrubber.recognizers.handles import _a_login, reads_as_name


def person(scrubber, text: str, value: str, nth: int = 0) -> bool:
    """A PERSON detection covers the ``nth`` occurrence of ``value`` whole."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return any(s.type == "PERSON" and s.start <= start and start + len(value) <= s.end
               for s in scrubber.analyze(text))


@pytest.mark.parametrize("text, value", [
    # a chat export's speaker alone on the line, the message on the next
    ("Summarise this chat please\n\n[02/03/2026 10:05] oskar.lindqvist\nsend me the slides\n"
     "[02/03/2026 10:07] Tamsin Okafor\n@Oskar on it", "oskar.lindqvist"),
    ("Resume el chat\n\n[11.05.2026 08:40] beatriz.monteiro-silva\nllego tarde\n"
     "[11.05.2026 08:41] Ana Ruiz\nok", "beatriz.monteiro-silva"),
    # time only, and before a colon
    ("[09:12] ruairi.obrien: deploy is done\n[09:13] Kemal Aydin: thanks", "ruairi.obrien"),
    # a phone export's date, time and dash
    ("05/06/2026, 19:02 - anneke.devries: running late\n05/06/2026, 19:03 - Piet: ok", "anneke.devries"),
    # a Jira mention, joined or a single login
    ("Comments:\nLena: [~tomas.rybar] could you check the VPN logs?", "tomas.rybar"),
    ("Comments:\nLena: [~tkowalczyk] could you check the VPN logs?", "tkowalczyk"),
    # mail headers and quoted replies
    ("From: oskar.lindqvist\nTo: anneke.devries; Finance Team\nSubject: Q3", "anneke.devries"),
    ("From: oskar.lindqvist\nTo: anneke.devries; Finance Team\nSubject: Q3", "oskar.lindqvist"),
    ("On Wed, 4 Mar 2026 at 11:20, nadia.haddad wrote:\n> see attached", "nadia.haddad"),
    ("Am 04.03.2026 um 11:20 schrieb nadia.haddad:\n> anbei", "nadia.haddad"),
    # a given and a family name joined, anywhere
    ("Can you loop in john.smith before Friday's review?", "john.smith"),
    # a ticket's fields
    ("Assignee: nadia.haddad\nReporter: Finance Team\nPriority: P2", "nadia.haddad"),
    ("Comment by oskar.lindqvist on 4 Mar: cannot reproduce", "oskar.lindqvist"),
])
def test_handle_in_a_persons_place(scrubber, text, value):
    assert person(scrubber, text, value)


def test_the_handle_elsewhere_too(scrubber):
    text = "[02/03/2026 10:05] oskar.lindqvist\nsend me the slides\n\nRemind oskar.lindqvist tomorrow?"
    assert person(scrubber, text, "oskar.lindqvist", nth=1)


@pytest.mark.parametrize("text, value", [
    # log lines and code in a speaker's or a header's place
    ("[2026-03-02 10:05:11] app.server\nlistening on 8080", "app.server"),
    ("[10:05] user.email\n", "user.email"),
    ("msg = build()\nTo: self.recipients\nFrom: os.environ", "self.recipients"),
    ("owner: team.platform\nreviewer = config.default", "team.platform"),
    # joined words of code, or a name and an ordinary word
    ("Call data.frame then grace.period, sam.build and will.smith in the test", "grace.period"),
    ("see victoria.metrics and maria.db", "victoria.metrics"),
    # an array indexed by a negated mask, a Jira account id, a team's account
    ("clean = values[~mask]\nprint(clean)", "mask"),
    ("Comments:\nBot: [~accountid:5b10ac8d82e05b22] assigned", "accountid"),
    ("Comments:\nIT: [~lohnbuchhaltung] bitte prüfen", "lohnbuchhaltung"),
    ("Comments:\nIT: [~helpdesk] please check", "helpdesk"),
    # an address is the e-mail's, not a handle's
    ("On Wed, 4 Mar 2026, nadia.haddad@example.org wrote:\n> hi", "nadia.haddad"),
])
def test_no_handle(scrubber, text, value):
    if "@" in text[text.index(value):text.index(value) + len(value) + 1]:
        assert not any(s.type == "PERSON" for s in scrubber.analyze(text))
    else:  # (a part may be another recognizer's guess: "server" alone is a family name too)
        assert not person(scrubber, text, value)


def test_a_handle_reads_as_a_name():
    assert reads_as_name("sigrid.haugen") and reads_as_name("omar.al-rashid")
    assert reads_as_name("ji-hoon.park")
    assert not reads_as_name("app.server") and not reads_as_name("df.groupby")
    assert not reads_as_name("kafka.consumer") and not reads_as_name("max.value")
    assert _a_login("isolberg") and _a_login("annamaria")
    assert not _a_login("financeteam") and not _a_login("payroll")
