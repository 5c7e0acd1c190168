"""Names by the shape of the text around them (session 17, issue #19): a schedule of people (a clock time and
a name in its own cell, `Last, First` too), a name before its own e-mail address, a line's list of people
whose ordinary-looking items are names too, a chat's speakers by joined handles, Cyrillic or Greek names in
capitals or mixed case in a list or inside a sentence, and Dutch family names with the particle 't. Names and
texts are written for this test; the look-alikes beside them (an agenda's items, a mailbox's role, lists of
things, a firm's form, config keys) stay unflagged."""

import pytest

# (text, the name that must be covered by a detection)
PEOPLE = [
    # a schedule: a time or a time range, then a name in a cell of its own
    ("Interview slots - Wed:\n  • 09:00–09:45  Yerlan\n  • 10:00–10:45  Siosaia\n  • 11:00–11:45  Kalinda",
     "Siosaia"),
    ("Schedule:\n9:30am  Yerlan Abenov   (onsite)\n10:15am Siosaia         (video)\n"
     "11:00am Kalinda         (phone screen)", "Kalinda"),
    ("Yerlan — 10:00, room 2\nSiosaia — 11:00, video\nKalinda — 13:30, onsite", "Kalinda"),
    ("Interview schedule\nMon 10:00 - Yerlan\nMon 11:00 - Siosaia\nTue 09:30 - Kalinda", "Siosaia"),
    ("- Yerlan, 10am, Zoom\n- Siosaia, 11am, onsite\n- Kalinda, 2pm, phone", "Kalinda"),
    ("Interview schedule\n09:00 - van Dijk, Anouk (design)\n10:00 - Ferreira-Lopes, Joana (backend)\n"
     "11:00 - Mthembu, Sipho (data)", "van Dijk, Anouk"),
    ("Interview schedule\n09:00 - van Dijk, Anouk (design)\n10:00 - Ferreira-Lopes, Joana (backend)\n"
     "11:00 - Mthembu, Sipho (data)", "Ferreira-Lopes, Joana"),
    ("09:00 yerlan\n10:00 siosaia\n11:00 tomasz", "yerlan"),
    # a name before its own address, an ordinary word too
    ("Co-authored-by: Sunny <sunny@example.com>\nCo-authored-by: Wanjiru <wanjiru@example.com>", "Sunny"),
    ("Co-authored-by: Will <will.adeyemi@example.org>", "Will"),
    # a line's list of people
    ("Table 2: Hope, Ngozi, Will, Aarav", "Will"),
    ("Table 4: Tilo, Sunnefa, Stefánný and Will", "Sunnefa"),
    ("Pupils: Will, Grace Mbeki, Sunny, Tendai and Oluwaseun.", "Sunny"),
    # Cyrillic and Greek names in a list (mixed case) or in capitals inside a sentence
    ("Guests from abroad:\n1. ΓΕΩΡΓΙΟΥ Νίκος\n2. СОКОЛОВА Анна\n3. Βασιλείου ΚΑΤΕΡΙΝΑ", "СОКОЛОВА Анна"),
    ("Guests from abroad:\n1. ΓΕΩΡΓΙΟΥ Νίκος\n2. СОКОЛОВА Анна\n3. Βασιλείου ΚΑΤΕΡΙΝΑ", "Βασιλείου ΚΑΤΕΡΙΝΑ"),
    ("Please seat ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ next to СМИРНОВА ОЛЬГА at the dinner.", "СМИРНОВА ОЛЬГА"),
    ("Список гостей на свадьбу: Иван Петров, Ольга Смирнова и ДМИТРИЙ СОКОЛОВ придут в субботу.",
     "ДМИТРИЙ СОКОЛОВ"),
    ("Οι καλεσμένοι είναι ο ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ και η ΕΛΕΝΗ ΓΕΩΡΓΙΟΥ.", "ΕΛΕΝΗ ΓΕΩΡΓΙΟΥ"),
    # a chat's speakers by joined handles, and the handle again elsewhere
    ("ana_souza-ops: can someone share the prod password\nkwame_mensah-dev: check the vault first\n"
     "cc ana_souza-ops on this", "ana_souza-ops"),
    ("ana_souza-ops: can someone share the prod password\nkwame_mensah-dev: check the vault first",
     "kwame_mensah-dev"),
    # Dutch 't
    ("Meeting with Jan van 't Hof and Ria van 't Wout on Monday.", "Ria van 't Wout"),
    ("Sales call: Marjolein van ’t Hek asked for a quote.", "Marjolein van ’t Hek"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_names_by_their_frame_are_found(scrubber, text, name):
    at = text.index(name)
    spans = scrubber.analyze(text)
    assert any(s.start <= at and at + len(name) <= s.end for s in spans), name


# (text, a word that must not be a PERSON)
LOOK_ALIKES = [
    ("Agenda\n09:00 Registration\n09:30 Keynote (main hall)\n10:30 Coffee\n12:30 Lunch\n17:00 Kickoff\n"
     "17:30 Drinks\n18:00 Retro", "Retro"),
    ("Agenda\n09:00 Registration\n09:30 Keynote (main hall)\n10:30 Coffee\n12:30 Lunch\n17:00 Kickoff\n"
     "17:30 Drinks\n18:00 Retro", "Keynote"),
    ("09:00 Yerlan / Backend\n10:00 Siosaia / Frontend\n11:00 Kalinda / Webex", "Webex"),
    ("2024-03-01 10:15 Deploy started\n12:00 Kubernetes upgrade\n12:30 Postgres migration", "Kubernetes"),
    ("09:00 deploy\n10:00 review\n11:00 standup", "review"),
    ("From: Support <support@example.com>\nTo: Team <team@example.com>", "Support"),
    ("Reply-To: Billing Office <billing@example.com>", "Billing"),
    ("Stack: Python, Django, Postgres, Redis", "Django"),
    ("Fruits: Apple, Orange, Banana, Mango", "Orange"),
    ("We support Visa, Mastercard, Amex and Discover.", "Discover"),
    ("Договор между ООО РОМАШКА и ИП Петров заключён.", "РОМАШКА"),
    ("Contact van 't Hof later about it.", "Contact"),
    ("log_level: debug mode is on for now\nmax_connections: 100 per pool at most\n"
     "db_host.primary: points at the new cluster", "max_connections"),
]


@pytest.mark.parametrize(("text", "word"), LOOK_ALIKES)
def test_look_alikes_stay_unflagged(scrubber, text, word):
    at = text.index(word)
    assert not any(s.type == "PERSON" and s.start <= at < s.end for s in scrubber.analyze(text)), word
