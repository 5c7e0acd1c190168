"""Names in informal text (issue #19): lower-case @mentions, chat speakers named again elsewhere, Discord
headers in bold, given names in voice notes and messages written all in lower case (in several languages),
lower-case honorifics, and tables whose person column is named "assigned to" or "Osoba". Names and texts
are written for this test; the look-alikes beside them (decorators, npm scopes, CSS at-rules, e-mail
addresses, group mentions, bots, ordinary words said in lower case) must stay unflagged."""

import pytest

from scrubber.recognizers.name_cues import names_before_titles, names_in_lower_case

# (text, the name that must be covered by a PERSON)
PEOPLE = [
    # @mentions in lower case, with dots or digits
    ("ping @dsilva and @ana.r about the release", "dsilva"),
    ("ping @dsilva and @ana.r about the release", "ana.r"),
    ("@mkowalski me, it's now on staging", "mkowalski"),
    ("thanks @oyelaran92 for the fix", "oyelaran92"),
    # a chat speaker in lower case, all letters, named again elsewhere
    ("mkowalski  9:14 AM\ndeployed the fix\njlee  9:16 AM\nthanks, will check @mkowalski later", "mkowalski"),
    ("leila: slt c leila la voisine du 3e, tu peux me redonner le code\nmoi: oui c'est 8189# bien sûr\n"
     "leila: merci!! et le wifi de la salle commune?", "leila"),
    # a Discord header in Markdown bold
    ("**tgreene** — Today at 10:03\ncan someone review my PR\n**wbaptiste** — Today at 10:05\non it",
     "tgreene"),
    # given names on a line written in lower case, in several languages
    ("servus hier ist der florian, die resi hat gesagt ruf mal die sabine an wegen dem schlüssel", "florian"),
    ("servus hier ist der florian, die resi hat gesagt ruf mal die sabine an wegen dem schlüssel", "sabine"),
    ("oi aqui é a fernanda, tudo bem? queria saber se o contrato já chegou", "fernanda"),
    ("mesaj dökümü: mehmet abi merhaba şifre değişti unutma ha bir de busra sahin hanım aradı", "mehmet"),
    ("voice note (auto): hey um the new starter fernanda rodrigues starts monday, she needs a laptop",
     "fernanda rodrigues"),
    # a lower-case honorific before a family name
    ("der schlüssel liegt beim herrn gruber, ruf ihn an", "gruber"),
    ("atendente: o senhor tadesse pode confirmar a data de nascimento?", "tadesse"),
    # who acted in a ticket's history, and a stand-up's people after a pairing or review verb
    ("2024-03-02 14:11 jsmith changed status from Open to In progress\n2024-03-02 15:40 reassigned from "
     "mkowalski to tgreene", "jsmith"),
    ("2024-03-02 14:11 jsmith changed status from Open to In progress\n2024-03-02 15:40 reassigned from "
     "mkowalski to tgreene", "tgreene"),
    ("the issue was assigned to dana.k yesterday, ping dana.k again", "dana.k"),
    ("Priya: blocked on review from lukas since Monday\nRaj: finished the migration", "lukas"),
    # tables whose person column is a role in another language or "assigned to"
    ("Szafka;Kod;Osoba\n12;4471;Kasia\n13;8820;Tomek", "Tomek"),
    ("locker,combination,assigned to\n14,27-03-18,Dana\n15,11-22-33,Wiremu", "Dana"),
    ("Skåp;Kod;Ansvarig\n3;1234;Britt\n4;5678;Ove", "Ove"),
    # Cyrillic and Greek names in capitals as a list's items
    ("Table 5: ДМИТРИЙ СОКОЛОВ, АННА КУЗНЕЦОВА", "АННА КУЗНЕЦОВА"),
    ("Guests:\n- ΕΛΕΝΗ ΓΕΩΡΓΙΟΥ\n- ИВАН ПЕТРОВ (+1)", "ΕΛΕΝΗ ΓΕΩΡΓΙΟΥ"),
    # a family name in capitals after "created by"; names slotted in a schedule
    ("2024-03-01 09:12  Created by KOWALSKI", "KOWALSKI"),
    ("Updated by: LINDQVIST on 2024-03-02", "LINDQVIST"),
    ("Interview schedule\n10:00 – Tanaka (backend)\n10:45 – Oduya (frontend)\n11:30 – Brennan (design)",
     "Oduya"),
    # a stand-up's speakers before a dash; a listed given name owning something in lower case
    ("STANDUP\nAKOSUA - deploy done\nTEODORO - on leave\nHENRIK - reviewing PR 112", "TEODORO"),
    ("y: fixed login bug w tomasz. t: code review for ngozi's pr. b: none", "ngozi"),
    # a word of another script in a person's slot of English text (session 14)
    ("# TODO(陽菜): handle the trunk prefix", "陽菜"),
    ("Alembic can't connect; here is alembic.ini (Дмитрий set it up):", "Дмитрий"),
    ("Is this key format right? 지훈 generated it for the bastion yesterday.", "지훈"),
    ("Review threads:\n[Ana Costa] src/a.py:4 please fix\n[美咲] resolved?", "美咲"),
    ("Hi 伟, I've escalated this to the courier.", "伟"),
    ("Alembic can't connect; here is alembic.ini (Babak set it up):", "Babak"),
    ('{"first_name": "Jomar", "last_name": "dela Cruz"}', "dela Cruz"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_informal_names_are_found(scrubber, text, name):
    at = text.index(name)
    spans = scrubber.analyze(text)
    assert any(s.type == "PERSON" and s.start <= at and at + len(name) <= s.end for s in spans)


# (text, a word that must not be a PERSON)
NOT_PEOPLE = [
    ("@dataclass\nclass Point:\n    x: int", "dataclass"),
    ("    @pytest.fixture\n    def db(): ...", "pytest"),
    ('@app.route("/health")\ndef health(): ...', "app"),
    ("@Override\npublic String toString() { return name; }", "Override"),
    ("npm i -D @types/node and @babel/core", "types"),
    ("@media screen and (max-width: 600px) { a { color: red } }", "media"),
    ("mail it to ana.r@example.com please", "ana.r"),
    ("@here @channel @everyone deploy is done, thanks @all", "here"),
    ("@here @channel @everyone deploy is done, thanks @all", "channel"),
    ("merged after @dependabot bumped lodash, @renovate-bot is paused", "dependabot"),
    ("use @property and @staticmethod in the class, not @classmethod", "staticmethod"),
    ("  @conn = nil\n  @items.each do |i|", "conn"),
    ("2024-03-03 09:05 System changed priority to High\n2024-03-03 09:07 automation closed the ticket",
     "automation"),
    ("The bug was assigned to the backend team and then reassigned to billing.", "billing"),
    ("so we should grab lunch at the new place near the station, the soup is great today", "soup"),
    ("oi tudo bem? a rosa do jardim está linda, vou mandar uma foto para você amanhã", "rosa"),
    ("Status: ОК, ДА", "ДА"),
    ("Agenda\n09:00 – Welcome (main hall)\n09:30 – Keynote\n10:30 – Coffee, networking", "Keynote"),
    ("Created by API; assigned to QA; updated by SYSTEM", "SYSTEM"),
    ("Menu\nPasta - 12 EUR\nRisotto - 14 EUR\nTiramisu - 6 EUR", "Risotto"),
    ("Release notes\nAPI - new endpoint\nUI - dark mode\nDOCS - updated\nBILLING - fixed rounding",
     "BILLING"),
    ("the dog's bowl and the team's plan", "dog"),
    ("[日本] market notes: revenue in 東京 will rise", "日本"),
    ("[日本] market notes: revenue in 東京 will rise", "東京"),
    ("the plan file (Terraform generated it) and the lock file (Poetry wrote it)", "Terraform"),
]


@pytest.mark.parametrize(("text", "word"), NOT_PEOPLE)
def test_look_alikes_stay_unflagged(scrubber, text, word):
    at = text.index(word)
    assert not any(s.type == "PERSON" and s.start <= at < s.end for s in scrubber.analyze(text))


# A line in lower case: given names that are ordinary words of a language, places and words are no names;
# a line with capitals at its sentences' starts is not such a line.
@pytest.mark.parametrize("text", [
    "hola que tal, la paz y la luz del sol en el mar son lo mejor del verano",
    "merhaba deniz kenarında umut dolu bir gün geçirdik, yarın tekrar gideriz",
    "oi tudo bem? a rosa do jardim está linda, vou mandar uma foto para você amanhã",
    "so i was thinking we could grab lunch near the station in paris, the soup there is great",
    "Please ask florian and sabine for the keys before Friday, they have the spare set.",
])
def test_lower_case_lines_take_no_ordinary_words(text):
    assert names_in_lower_case(text) == []


def test_lower_case_line_takes_a_given_and_family_name():
    text = "voice note (auto): hey um the new starter fernanda rodrigues starts monday, she needs a laptop"
    assert [text[a:b] for a, b, _ in names_in_lower_case(text)] == ["fernanda rodrigues"]


def test_names_before_turkish_titles():
    text = "merhaba ben serkan abi, bir de busra sahin hanım aradı, çay bey değil"
    assert [text[a:b] for a, b, _ in names_before_titles(text)] == ["serkan", "busra sahin"]
