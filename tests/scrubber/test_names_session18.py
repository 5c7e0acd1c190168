"""Names in quick notes, transcripts and foreign chat (session 18): a meeting's people before their part in
brackets ("present: iryna shevchenko (employee), …"), a word said to be someone's relation or a case's party
in a transcript ("ok and coleridge is still the other tenant"), a relation in apposition ("the neighbour,
Desiree."), whose an account is ("name on acount is …"), a sign-off on its line ("thx, Vale"), "M." as an
initial after another honorific, a sign-off or a field's colon ("mvh M. Ramírez"), and given names of Nordic,
Filipino, Brazilian and Polish chat in lower case. Names and texts are written for this test; the look-alikes
beside them (things before a role in brackets, ordinary words after a relation or before "is the landlord", a
French "M. Dupont") stay as they were."""

import pytest

# (text, the name that must be covered by a detection)
PEOPLE = [
    # a meeting's or a case's people before their part in brackets, in lower case
    ("grievance meeting 3 march\npresent: teodor wiśniewski (employee), nkemdirim obi (union rep), me\n"
     "- teodor says the rota changed twice", "teodor wiśniewski"),
    ("grievance meeting 3 march\npresent: teodor wiśniewski (employee), nkemdirim obi (union rep), me",
     "nkemdirim obi"),
    ("present: sunny baker (employee), hoa tran (note taker)", "sunny baker"),
    ("attendees: grace hill (chair), okonkwo (hr), me", "grace hill"),
    ("notes from the call\n- radomir kovač (tenant) says the boiler is broken again", "radomir kovač"),
    ("Interview panel: Siobhán Ní Bhriain (chair), Tadeusz Wróbel (interviewer)", "Tadeusz Wróbel"),
    # a transcript's word said to be someone's relation or a party
    ("[00:00:40] SPEAKER_01: ok and dubrovsky is still the other tenant right", "dubrovsky"),
    ("SPEAKER_02: yeah so kowalczyk was my line manager back then", "kowalczyk"),
    ("caller: and Okonjo is now our landlord, since may", "Okonjo"),
    # "M." as an initial, not Monsieur, after another honorific, a sign-off or a field's colon
    ("tack för igår. swisha depositionen sen. mvh M. Lindqvist\ngör om det här", "M. Lindqvist"),
    ("Mevr. M. Verschueren van team Vergunningen neemt contact op.", "M. Verschueren"),
    ("Overleg 12 mei\nNotulen: M. Oosterhuis\nPunten: begroting", "M. Oosterhuis"),
    # a relation in apposition, whose an account is, a sign-off on its line before a note
    ("Viewings after 5pm; the key is with the neighbour, Marisela.\nEPC rating C.", "Marisela"),
    ("I sorted it with my landlord, Odhiambo, last week", "Odhiambo"),
    ("pls refund one. name on acount is tatjana wierzbicka, email tw@example.com", "tatjana wierzbicka"),
    ("card if the transfer fails: exp 09/28\nthx, Vale\n(sent from phone)", "Vale"),
    # a given name of Nordic, Filipino or Polish chat, in lower case
    ("hej ebba! snabbt bara - kan du ringa hyresvärden imorgon?", "ebba"),
    ("hej tuva! snabbt bara - nya hyresgästen flyttar in den 1a", "tuva"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_names_in_notes_and_chat_are_found(scrubber, text, name):
    at = text.index(name)
    spans = scrubber.analyze(text)
    assert any(s.start <= at and at + len(name) <= s.end for s in spans), name


# (text, a word that must not be a PERSON)
LOOK_ALIKES = [
    ("todo\n- spare key (tenant)\n- front door (landlord)\n- new boiler (landlord)", "spare key"),
    ("todo\n- spare key (tenant)\n- front door (landlord)\n- new boiler (landlord)", "boiler"),
    ("costs: the manager (hr), travel (employee), lunch (guest)", "travel"),
    ("Who pays? The rent is the tenant's job; the repair is the landlord's.", "rent"),
    ("this is my colleague, and python is my friend", "python"),
    ("the deposit is still the landlord's problem", "deposit"),
    ("M. Dupont est arrivé ce matin.", "M."),
    ("I asked my colleague, however, she said no", "however"),
    ("Call my manager, Tuesday at the latest", "Tuesday"),
    ("the name on the account is wrong, please fix it", "wrong"),
    ("works now, thanks, Great\n", "Great"),
]


@pytest.mark.parametrize(("text", "word"), LOOK_ALIKES)
def test_look_alikes_stay_unflagged(scrubber, text, word):
    at = text.index(word)
    assert not any(s.type == "PERSON" and s.start <= at < s.end for s in scrubber.analyze(text)), word
