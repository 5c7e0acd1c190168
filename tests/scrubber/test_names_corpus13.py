"""Names in everyday life-admin lists (corpus13's classes): a booking's passengers before an age class in
brackets ("2. TANG Zhenyu (adult) – born …", "4. Hope (child, same surname as 1)"), first names alone in a
guest list or RSVP export (a bare "Name" column beside RSVP/Dietary/Meal columns; a "+1" or "Plus one"
column), stand-up notes in bullets ("- Kate: finished the export"), a family name after a greeting and an
honorific ("Bonjour Madame Cardoso,") and a login in prose that is a given name ("login is irina / …").
Names and texts are written for this test; the look-alikes beside them (menu items before "(kids)", a
package list under "name", trip notes and tool lists in bullets, "login is admin") stay as they were."""

import pytest

# (text, the name that must be covered by a detection)
PEOPLE = [
    # a family booking's passengers: family name in capitals, a given name alone, a particle
    ("Flights for us 4\n1. OKORO Chidi (adult) – born 1988-02-11\n2. LITTLE Dana (adult)\n"
     "3. SONG Minji (child) – born 4/2/2016\n4. Grace (child, same surname as 1)", "LITTLE Dana"),
    ("Flights for us 4\n1. OKORO Chidi (adult) – born 1988-02-11\n2. LITTLE Dana (adult)\n"
     "3. SONG Minji (child) – born 4/2/2016\n4. Grace (child, same surname as 1)", "SONG Minji"),
    ("Flights for us 4\n1. OKORO Chidi (adult) – born 1988-02-11\n2. LITTLE Dana (adult)\n"
     "3. SONG Minji (child) – born 4/2/2016\n4. Grace (child, same surname as 1)", "Grace"),
    ("Passengers:\n- AL FARSI Yousef (adult)\n- Joy (infant)", "AL FARSI Yousef"),
    ("Passengers:\n- AL FARSI Yousef (adult)\n- Joy (infant)", "Joy"),
    ("Kids for the camp form:\n- Tadeo (age 7)\n- Wilhelmina (9 yrs)", "Tadeo"),
    ("Reservierung:\n1. BRANDT Jonas (Erwachsener)\n2. Mila (Kind)", "Mila"),
    # first names alone in a guest list or an RSVP export
    ("Who still hasn't answered?\nName,RSVP,Plus one,Dietary\nIfeoma,yes,Tobias,vegetarian\nHope,no,,\n"
     "Radek,maybe,,gluten free", "Ifeoma"),
    ("Who still hasn't answered?\nName,RSVP,Plus one,Dietary\nIfeoma,yes,Tobias,vegetarian\nHope,no,,\n"
     "Radek,maybe,,gluten free", "Hope"),
    ("Who still hasn't answered?\nName,RSVP,Plus one,Dietary\nIfeoma,yes,Tobias,vegetarian\nHope,no,,\n"
     "Radek,maybe,,gluten free", "Tobias"),
    ("Name | Attending | Meal\n--- | --- | ---\nJoy | yes | fish\nLeopold | no | -", "Joy"),
    ("| Guest | +1 | Table |\n|---|---|---|\n| Kwame | Ottilie | 4 |\n| Radek | | 2 |", "Ottilie"),
    # stand-up notes in bullets, capitalised
    ("Stand-up Tue\n- Priyanka: finished the invoice export, on the Q3 report next\n"
     "- Hope: out tomorrow, back Thursday morning", "Hope"),
    ("Stand-up Tue\n- Priyanka: finished the invoice export, on the Q3 report next\n"
     "- Hope: out tomorrow, back Thursday morning", "Priyanka"),
    # an honorific after a greeting: "Bonjour Madame Cardoso," ("Madame" is no given name)
    ("Objet : Inscription cantine\n\nBonjour Madame Figueiredo,\nIl manque l'attestation d'assurance.",
     "Figueiredo"),
    ("Buenos días Señora Ortuño, le escribo por la factura.", "Ortuño"),
    # a login told in prose that is a given name
    ("How do I block them in ufw? The admin login is irina / Xk7!pqRt if that matters.", "irina"),
    ("the shared login is tomasz / Maple$9844 for the NAS", "tomasz"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_names_in_life_admin_lists_are_found(scrubber, text, name):
    at = text.index(name)
    spans = scrubber.analyze(text)
    assert any(s.start <= at and at + len(name) <= s.end for s in spans), name


# (text, a word that must not be a PERSON)
LOOK_ALIKES = [
    ("Menu\n- Pasta (kids)\n- Soup (child portion)\n1. Adult (18+)\n2. Child (age 5-12)", "Pasta"),
    ("Menu\n- Pasta (kids)\n- Soup (child portion)\n1. Adult (18+)\n2. Child (age 5-12)", "Child"),
    ("Ticket prices\n- Standard (adult): 12 EUR\n- Reduced (child): 6 EUR", "Standard"),
    ("name,version,license\nrequests,2.31,Apache\nflask,3.0,BSD", "requests"),
    ("Trip ideas:\n- Porto: port cellars and the river walk at sunset\n"
     "- Lisbon: two nights in Alfama then the coast", "Porto"),
    ("Tools we compared:\n- Notion: great for docs and wikis\n- Pros: fast and cheap to run", "Notion"),
    ("Tools we compared:\n- Notion: great for docs and wikis\n- Pros: fast and cheap to run", "Pros"),
    ("The admin login is admin / hunter2 on the router", "admin"),
    ("Itinerary ideas\n- Austin: two nights near the river walk\n- Aspen: three nights, ski pass included\n"
     "- Kerry: a week on the ring road by car", "Kerry"),
    ("Where to stay\n- Lisbon (adult-only hotel in Alfama)\n- Sintra (child friendly, a pool)", "Lisbon"),
    ("The login is broken / fails since the update", "broken"),
]


@pytest.mark.parametrize(("text", "word"), LOOK_ALIKES)
def test_look_alikes_stay_unflagged(scrubber, text, word):
    at = text.index(word)
    assert not any(s.type == "PERSON" and s.start <= at < s.end for s in scrubber.analyze(text)), word
