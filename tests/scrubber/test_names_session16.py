"""Names the scrubber missed in forms written for session 16 (issue #19): the author of a dated entry in a
ticket's or a case's history, a person named by a relative or companion ("Kwabena (van der Merwe's
plus-one)"), a stand-up's items in lower case, an interview schedule's candidates after the time, a channel's
speakers in a Discord or IRC log, an SMS thread's speakers after the day and time, a name in lower case after
a greeting in a voice note or after a sign-off, a contact line's name, a chat's event line, a family name in
capitals before the given name after a field. Each rule with a look-alike it leaves alone."""

import pytest

from scrubber.engine import Scrubber
from tests.scrubber.masking import covered, people


@pytest.mark.parametrize(("text", "names"), [
    # a dated entry's author, in capitals or capitalised, with a bracketed queue or without
    ("Summarise the history of ticket 4471:\n2024-03-01 OKONJO (L1): customer reports a double charge\n"
     "2024-03-02 HALVORSEN: refund approved, 49.90 EUR\n2024-03-03 VASQUEZ (L2): confirmed, closing",
     ["OKONJO", "HALVORSEN", "VASQUEZ"]),
    ("Timeline\n02.03.2024 Okonjo: called the customer back\n03.03.2024 Halvorsen (billing): refund approved",
     ["Okonjo", "Halvorsen"]),
    # a person named by a relative or companion, and the companion before the bracket
    ("Table 7: Rahel Tesfaye, Oluwadamilare (van der Merwe's plus-one), Aoife Brennan",
     ["Oluwadamilare", "van der Merwe"]),
    ("Make this friendlier: Bartholomew's wife and Yevgenia's son will join the trip.",
     ["Bartholomew", "Yevgenia"]),
    ("Tell Radoslav's wife the car is ready.", ["Radoslav"]),
    # a stand-up's items in lower case between semicolons
    ("standup notes: ibrahim – finishing the export; zofia kaminska – on leave; teodor – reviewing PRs",
     ["ibrahim", "zofia kaminska", "teodor"]),
    ("daily sync: radomir – migrations done; svetlana petrova – demo prep", ["radomir", "svetlana petrova"]),
    # an interview schedule: the candidate after the time and a space, before the bracket
    ("Interview schedule, Thursday:\n9:00 Mbeki (panel: Lindqvist, R. Oduya)\n"
     "10:30 Castellano (panel: Haddad, Tomás Ferreira)", ["Mbeki", "Castellano"]),
    # a channel's speakers (Discord, IRC), in lower case with dots, and their handles elsewhere
    ("what happened here?\n#deploys | ana.lima: @joao.p did the 4.2 deploy go out?\n"
     "#deploys | joao.p: @ana.lima yes at 14:02, rolling back though\n#deploys | ana.lima: ok ping me",
     ["ana.lima", "joao.p"]),
    # an SMS thread's speakers after the day and the time
    ("Sat 9:14 Thandiwe: can u pick up milk\nSat 9:20 Rasmus: sure. anything else", ["Thandiwe", "Rasmus"]),
    # a name in lower case after a greeting (a voice note's transcript), one word or before a stop word
    ("Sprachnachricht (transkribiert): servus korbinian du ich bin heut später dran", ["korbinian"]),
    ("message vocal : coucou maëlle c'est moi je te rappelle ce soir", ["maëlle"]),
    ("voice note: hey tobiah it's me again, call me back", ["tobiah"]),
    # a name in lower case after a sign-off and a comma at the end of the line; a list's items before a dash
    ("Can you check the attached invoice? The total looks wrong.\n\nthanks, teodor brzęczek",
     ["teodor brzęczek"]),
    ("Please resend the contract.\n\nregards, yevhen dzyuba", ["yevhen dzyuba"]),
    ("Speakers:\n- tomasz wierzbicki — co-founder\n- amaka nwosu — head of design",
     ["tomasz wierzbicki", "amaka nwosu"]),
    # the family name in capitals first, after a field, a greeting
    ("Referral letter\nPatient: OKAFOR Chidinma    DOB: 1980-04-12\nReason: knee pain", ["OKAFOR Chidinma"]),
    ("Please summarise.\nName: VAN DER BERG Anouk    NHS: 943 476 5919", ["VAN DER BERG Anouk"]),
    ("Dear MARTIN Sophie,\nyour appointment is confirmed.", ["MARTIN Sophie"]),
    # a chat's event lines
    ("[01/03/2024, 09:12:01] Ksenia left the chat\n[01/03/2024, 09:12:05] Bogumił is typing",
     ["Ksenia", "Bogumił"]),
])
def test_names_found(scrubber: Scrubber, text: str, names: list[str]) -> None:
    for name in names:
        assert covered(scrubber, text, name), name


@pytest.mark.parametrize("text", [
    # log lines after a date are no authors
    "2024-03-01 ERROR: sync failed for batch 12\n2024-03-01 INFO (worker-2): retrying\n2024-03-02 WARN: disk",
    "Changelog\n2024-03-01 Fixed: crash on start\n2024-03-02 Added: dark mode\n2024-03-03 Security: bump",
    # a stand-up's items that are teams, an agenda's sessions after the time
    "status: backend – done; frontend – blocked; infra – ok",
    "Agenda\n9:00 Kickoff (room 4)\n10:30 Breakout (Zoom)\n12:00 Lunch",
    # bots and CI in a channel's log
    "#general | deploy-bot: build 881 passed\n#general | ci: lint ok",
    # greetings before ordinary words
    "hi team, quick update: build is green",
    "hallo zusammen ich bin heute remote",
    "salut tout le monde",
    "hey guys the demo moved",
    "hey there can you review the pr",
    "ok that works.\n\nthanks, everyone",
    "Done.\nbest, the team",
    "Checklist:\n- backend tests — green\n- docs review — pending",
    "Objet: URGENT Request",
    "Owner: DEVOPS Team",
    "To: IT Support",
    "The company's partner sent the file.",
    "[09:00] Support Bot joined the conversation\n[09:01] Marketing started a poll",
])
def test_look_alikes_left(scrubber: Scrubber, text: str) -> None:
    assert people(scrubber, text) == set()
