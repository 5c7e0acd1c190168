"""An address never runs across a CSV row's cells of figures or into the next row (session 26; the rows of a
sales export are no one's address), while a customer file's address cells stay one address each."""




def spans(scrubber, text, kind):
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == kind]


def test_a_town_cell_before_figures_is_not_an_address_block(scrubber):
    text = ("Which region grew fastest? Here's the export:\nregion,city,q1,q2,q3\n"
            "North,Leeds,12040,13100,12900\nSouth,Bristol,9800,10150,11020")
    found = spans(scrubber, text, "LOCATION")
    assert not any("," in v or "\n" in v for v in found), found


def test_two_rows_are_never_one_address(scrubber):
    text = "Rep A,Lyon,41200,38900,33100,45000\nRep B,Porto,29800,30100,27600,35000"
    found = spans(scrubber, text, "LOCATION")
    assert not any("\n" in v or any(c.isdigit() for c in v) for v in found), found


def test_a_customer_rows_address_stays_whole(scrubber):
    text = ("Please dedupe these customers:\nname,street,city,state,zip\n"
            "Harriet Okonkwo,14 Birch Lane,Springfield,IL,62701\nTomasz Wierzba,88 Quarry Rd,Dayton,OH,45402")
    assert spans(scrubber, text, "LOCATION") == ["14 Birch Lane,Springfield,IL,62701",
                                                 "88 Quarry Rd,Dayton,OH,45402"]
    assert spans(scrubber, text, "PERSON") == ["Harriet Okonkwo", "Tomasz Wierzba"]
