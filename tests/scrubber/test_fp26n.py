"""fp26n: words of ordinary work prompts written like names (issue #19), each rule with its other side."""


from tests.scrubber.masking import person_covers, person_over


def test_teams_and_functions_are_no_one(scrubber):
    text = ("Turn this into a status mail.\n\nStandup — Billing — Tuesday\nPresent: Legal, Eng, UX, Ops\n"
            "- Eng to confirm the retry budget with Lakeview Freight\n- the Inside Sales team owns the FAQ\n")
    for word in ("Legal, Eng, UX, Ops", "Eng to", "Inside Sales"):
        assert not person_over(scrubber, text, word), word


def test_a_person_named_like_a_function_stays(scrubber):
    text = "Hi Renata Sales, thanks for the call. Present: Joana Design-Ferreira and Malik Osei."
    assert person_covers(scrubber, text, "Renata Sales")
    assert person_covers(scrubber, text, "Malik Osei")


def test_a_role_with_a_letter_for_a_name_is_no_one(scrubber):
    text = ("Which vendor should we drop?\n\nvendor,country,spend,late_orders\n"
            "Vendor A,Norway,81200,14\nVendor B,Chile,40100,3\nVendor C,Kenya,12800,9\n")
    for word in ("Vendor A", "Vendor B"):
        assert not person_over(scrubber, text, word), word


def test_a_name_with_an_initial_stays(scrubber):
    text = "Customer: Bogdan K\nPhone: +44 20 7946 0321\nPlease call Ingrid T tomorrow."
    assert person_over(scrubber, text, "Bogdan")


def test_a_commit_type_is_no_one(scrubber):
    text = ("Write release notes from these commits.\n\n- perf: cache the tariff lookups\n"
            "- fix(api): empty body on 204\n- refactor: split the exporter\n")
    for word in ("perf", "fix", "refactor"):
        assert not person_over(scrubber, text, word), word


def test_a_limit_is_no_max(scrubber):
    text = "urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='x.example'): Max retries hit"
    assert not person_over(scrubber, text, "Max retries")
    assert person_covers(scrubber, "Dear Max,\nthe report is attached.\nBest, Olga", "Max")
    assert person_covers(scrubber, "Ask Max Brandt about the attempts log.", "Max Brandt")


def test_a_month_after_a_preposition_of_time_is_no_one(scrubber):
    assert not person_over(scrubber, "Der Rahmenvertrag mit dem Lieferanten endet im Mai; wir verlängern "
                                     "ihn nicht.", "Mai")
    assert not person_over(scrubber, "Le service est fermé depuis mai. Merci de votre patience.", "mai")
    assert person_covers(scrubber, "Frau Mai Nguyen hat angerufen, bitte zurückrufen.", "Mai Nguyen")


def test_a_german_noun_after_an_article_is_no_one(scrubber):
    text = ("Die Einkaufsabteilung prüft die aktuellen Lieferbedingungen. Wir rechnen im Herbst mit einer "
            "Entscheidung und melden uns dann.")
    for word in ("Lieferbedingungen", "Herbst"):
        assert not person_over(scrubber, text, word), word
    text = "Die Einkaufsabteilung hat mit Herrn Wojtek Baran gesprochen; er meldet sich im Herbst."
    assert person_covers(scrubber, text, "Wojtek Baran")


def test_speakers_of_a_chat_abroad_stay(scrubber):
    text = "Lucía: ¿vienes mañana a la reunión?\nRamiro: sí, llego a las diez\nLucía: perfecto, gracias"
    assert person_over(scrubber, text, "Lucía")
    assert person_over(scrubber, text, "Ramiro")


def test_a_head_of_government_in_the_news_is_no_private_person(scrubber):
    text = "Petteri Orpo met business leaders in Oslo to discuss energy prices."
    assert not person_over(scrubber, text, "Petteri Orpo")
    text = "Customer: Petteri Orpo\nE-mail: p.orpo@example.fi\nPlease refund the order."
    assert person_covers(scrubber, text, "Petteri Orpo")


def test_a_public_figure_with_a_possessive_inside_the_span_is_no_private_person(scrubber):
    text = "Inter Miami's Lionel Messi scored twice; Napoleon Bonaparte's Continental System failed."
    for word in ("Lionel Messi", "Napoleon Bonaparte"):
        assert not person_over(scrubber, text, word), word
    text = "Please forward Grace's Lionel Messi poster to Ruth Kaminski today."
    assert person_covers(scrubber, text, "Ruth Kaminski")
