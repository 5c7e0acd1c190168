"""fp25: false detections on prompts without personal data (issue #19), each rule with its other side."""




def found(scrubber, text):
    return [(s.type, text[s.start:s.end]) for s in scrubber.analyze(text)]


def values(scrubber, text):
    return [v for _, v in found(scrubber, text)]


def test_a_csv_rows_town_cell_ends_at_its_row(scrubber):
    text = ("Summarise late orders by depot.\n\norder,account,sku,qty,promised,shipped,warehouse\n"
            "XO-112233,CUS-44120,KLM-301,12,2025-02-01,2025-02-09,Antwerp\n"
            "XO-223344,CUS-55120,KLM-302,30,2025-03-04,2025-03-01,Hamburg\n")
    assert not any("\n" in v or "2025" in v for v in values(scrubber, text))


def test_a_csv_rows_address_cells_stay_found(scrubber):
    text = ("name,street,city,state,zip\nDana Whitfield,42 Larkspur Lane,Springfield,IL,62704\n"
            "Omar Haddad,17 Birch Road,Portland,OR,97205\n")
    joined = " ".join(values(scrubber, text))
    for part in ("Dana Whitfield", "42 Larkspur Lane", "Springfield", "62704", "Omar Haddad", "17 Birch Road",
                 "97205"):
        assert part in joined


def test_an_address_in_prose_with_bare_commas_stays_whole(scrubber):
    text = "Ship to 42 Larkspur Lane,Springfield,IL,62704 please."
    assert "42 Larkspur Lane,Springfield,IL,62704" in values(scrubber, text)


def test_a_possessive_determiner_or_preposition_opens_no_name(scrubber):
    assert values(scrubber, "Their CFO joined for the last ten minutes and asked about pricing.") == []
    text = "El AVE tarda dos horas. Desde Barcelona hay vuelos directos cada mañana."
    assert not any("Desde" in v for v in values(scrubber, text))


def test_a_name_after_our_stays(scrubber):
    assert "Nadia Petrova" in values(scrubber, "Our Nadia Petrova joined the call.")


def test_a_towns_district_as_an_example_is_compared_not_someones(scrubber):
    text = ("Draft a note on the cost of living for people relocating for work. Compare renting a one-bed "
            "flat in Leeds (say Headingley) with Porto (say Bonfim). Typical rents are about £900 and €800 a "
            "month.")
    assert found(scrubber, text) == []


def test_a_district_beside_a_person_stays(scrubber):
    got = values(scrubber, "I live in Leeds (say Headingley) and my flatmate is Tomasz Wrona.")
    assert "Tomasz Wrona" in got and "Headingley" in got and "Leeds" in got


def test_go_live_is_no_persons_cue(scrubber):
    text = ("The steering group asked for a weekly status in Linear. Go-live for India moved from 18 "
            "February to the first week of June.")
    assert values(scrubber, text) == []


def test_news_places(scrubber):
    text = ('Summarise this article. Markets in Oslo rallied, while the finance minister told reporters in '
            'Ottawa that tariff talks with Mexico were "constructive".')
    assert values(scrubber, text) == []
    got = values(scrubber, "My sister told reporters in Ottawa that she lives in Gatineau now.")
    assert "Gatineau" in got


def test_a_status_colour_is_no_one(scrubber):
    text = ("Workstreams\n| Workstream | Lead | Status |\n| Data migration | A. Bello | Amber |\n"
            "| Integrations | R. Bhattacharya | Green |\n\nOverall status: AMBER\n")
    got = values(scrubber, text)
    assert "A. Bello" in got and "R. Bhattacharya" in got
    assert not any(v.lower() in ("amber", "green") for v in got)


def test_a_person_named_amber_stays(scrubber):
    got = values(scrubber, "| Name | Team | Status |\n| Amber Hughes | Data | Green |\n")
    assert "Amber Hughes" in got
    assert "Amber" in values(scrubber, "Ask Amber about the status: Amber said it is fine.")


def test_a_clause_title_is_no_one(scrubber):
    text = ("CONTRATO\nPRIMERA. Objeto. El arrendador cede la vivienda.\n"
            "QUINTA. Gastos. Los suministros corren a cargo del arrendatario.\n")
    assert values(scrubber, text) == []
    assert any("María" in v for v in values(scrubber, "ARTÍCULO 5. Pagos.\nPaga María. Luego."))
