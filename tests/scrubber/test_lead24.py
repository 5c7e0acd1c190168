"""Session 24, mine: what corpus17's dev half and the new corpora showed."""

import pytest


def _found(scrubber, text: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == kind]


FORM = ("Name (last, first, MI): MERCER, CHLOE A.\nSSN: 638-25-4462\n"
        "Bank: Northbridge Credit Union   Routing no. {routing}   Account no. 266290979\n")


def test_a_routing_or_account_number_in_a_text_about_ssns_is_no_ssn(scrubber):
    text = FORM.format(routing="288023433")
    assert _found(scrubber, text, "US_SSN") == ["638-25-4462"]
    assert _found(scrubber, "SSN 288023433 for the employee, order # 123 45 6789.", "US_SSN") == ["288023433"]


@pytest.mark.parametrize("text, value", [
    ("Please verify the SSN of account holder: 123456789 before Friday.", "123456789"),
    ("We store SSNs in the table.\n2. Ann Lee, 679325108, Austin TX\n", "679325108"),
    ("ssn for the account holder Maria Gonzalez is 679 32 5108", "679 32 5108"),
])
def test_an_ssn_near_such_a_word_stays_one(scrubber, text, value):
    assert value in _found(scrubber, text, "US_SSN")


def test_a_historys_year_range_is_no_phone(scrubber):
    text = "The Irish Famine of 1845–1852 killed about a million people; the war of 1618-1648 ruined it."
    assert _found(scrubber, text, "PHONE_NUMBER") == []
    assert _found(scrubber, "Call me on 0161 845 1852 tonight.", "PHONE_NUMBER") == ["0161 845 1852"]


MINUTES = ("Attendees: Aisha Yakubu, Zanele Watson, Femke de Vries\nApologies: none\n\nActions\n"
           "- AY: circulate the revised budget\n- ZW to confirm the renewal with legal\n"
           "- FV: brief the Lisbon office (owner: AY)\n- QA: run the regression suite\n"
           "- HR: update the handbook\n")


def test_initials_of_a_person_named_in_the_text_are_that_person(scrubber):
    found = _found(scrubber, MINUTES, "PERSON")
    assert found.count("AY") == 2 and "ZW" in found and "FV" in found
    assert "QA" not in found and "HR" not in found  # (no one named so)


@pytest.mark.parametrize("text", [
    "Actions\n- AY: circulate the budget\n- ZW: confirm with legal\n",  # nobody named: abbreviations
    "Aisha Yakubu asked whether AY is the right code for the new airline route.",  # not referring to her
])
def test_capitals_that_are_no_ones_initials_stay(scrubber, text):
    assert not [v for v in _found(scrubber, text, "PERSON") if v in ("AY", "ZW")]


CLUSTER = ("$ kubectl get svc\nNAME    TYPE        CLUSTER-IP      PORT(S)\n"
           "redis   ClusterIP   10.8.77.179    6379/TCP\n$ dig +short build-agent-07.ci.lan\n172.23.82.3\n")


def test_a_private_address_stays_masked_in_a_text_with_nothing_else(scrubber):
    # Dropped there for a session, it cost half the IP spans of detect-secrets' fixtures (third-party data
    # labels private addresses in configs and code): recall first.
    assert _found(scrubber, CLUSTER, "IP_ADDRESS") == ["10.8.77.179", "172.23.82.3"]


@pytest.mark.parametrize("text, value", [
    ("my laptop ip is 192.168.1.23, why can't I print?", "192.168.1.23"),
    ("sshd[2211]: Failed password for ocarreon from 192.168.224.48 port 9200 ssh2", "192.168.224.48"),
    ('{"name": "Zhou Jie", "email": "jie_zhou@gmail.com", "ip": "10.7.91.86"}', "10.7.91.86"),
    ("Mon ip fixe c'est 10.15.92.177 si ca aide.", "10.15.92.177"),
])
def test_a_private_address_of_someone_stays(scrubber, text, value):
    assert value in _found(scrubber, text, "IP_ADDRESS")


def test_a_country_or_region_alone_in_a_text_without_contacts_is_a_topic(scrubber):
    text = ("Quarterly review. Demand in Japan softened after the rate decision, and Southeast Asia grew. "
            "The Scramble for Africa accelerated after 1880, driven by rivalry between Britain, France and "
            "Germany.")
    assert _found(scrubber, text, "LOCATION") == []


@pytest.mark.parametrize("text, value", [
    ("Name: Ola Nordmann\nPlace of birth: Bergen\nNationality: Norway\n", "Norway"),
    ("Candidate Çağla Arslan from Gdańsk, Poland applied for the role.", "Poland"),
    ("Thanks to Michael Jensen today. Currently based in Denmark, he starts in May.", "Denmark"),
    ("I'm moving to Canada next month with my two kids, what do I need?", "Canada"),
    ("Maria Lopez\n14 Calle Mayor\n28013 Madrid\nSpain\n", "Spain"),
    ("name | country\nAna Ruiz | Spain\n", "Spain"),
])
def test_a_persons_country_stays(scrubber, text, value):
    assert any(value in v for v in _found(scrubber, text, "LOCATION"))


def test_a_country_in_a_prompt_naming_fewer_than_three_stays(scrubber):
    # Dropped in every text for a session, it cost presidio-research's LOCATION recall (0.885 -> 0.856).
    assert _found(scrubber, "The weather in Japan is lovely in spring, and Spain too.", "LOCATION") == [
        "Japan", "Spain"]
