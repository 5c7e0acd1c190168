"""Topics, a firm's contacts and an example's values are no one's data (fp21, scrubber/topics.py): each rule
with the people, places and numbers beside it that must stay found. Texts written for this test."""

import pytest

from tests.scrubber.masking import covered


def overlaps(scrubber, text: str, value: str) -> bool:
    """Some detection overlaps ``value`` (its first occurrence)."""
    start = text.index(value)
    return any(s.start < start + len(value) and start < s.end for s in scrubber.analyze(text))


@pytest.mark.parametrize("text, value", [
    # places and people that must stay found
    ("The conference is in New York next week.", "New York"),
    ("I live in Paris.", "Paris"),
    ("Can you meet me in Berlin on Friday?", "Berlin"),
    ("She moved to Austin last year.", "Austin"),
    ("I'm flying to Lisbon on the 3rd.", "Lisbon"),
    ("Dear Mr. Carter, thanks for the quick reply.", "Carter"),
    ("Hi Jessica, see the notes below.", "Jessica"),
    ("Max Müller will join the call.", "Max Müller"),
    ("Ms Rose Page signed the lease.", "Rose Page"),
    ("Bill Young called about the invoice.", "Bill Young"),
    ("Patient: Charles Darwin\nDOB: 12/02/1961", "Charles Darwin"),
    # a person's own contacts beside the rules' words
    ("For anything urgent call me directly on 0722 419 508 rather than the switchboard.", "0722 419 508"),
    ("Call Jane Doe at 415-555-0100 or jane.doe@example.com", "jane.doe@example.com"),
    ("Call Jane Doe at 415-555-0100 or jane.doe@example.com", "415-555-0100"),
    ("Kendra Ollis, kollis@example.org, (506) 371-5610, Amsterdam", "kollis@example.org"),
    ("Login failed from 10.14.2.77 for user pgarrett", "10.14.2.77"),
    # places where a person lives, works or goes, beside the rules' words
    ("Anna works at the Rotterdam warehouse since May.", "Rotterdam"),
    ("Femke joins the Bergen office next week.", "Bergen"),
    ("I have lived in Paris, Berlin and Rome.", "Rome"),
    ("I am moving to Egypt, which shows the fastest growth in our region.", "Egypt"),
    ("npm verb author Ilse Varga <ilse.varga@fernbrook.io>", "Ilse Varga"),
    ("Customer: hi its harish menon, my payment keeps failing", "harish menon"),
    ("Please greet Dorota, who joins the Leeds warehouse next week.", "Leeds"),
    ("Please ship the spare parts to the Tilburg depot.", "Tilburg"),
    # a name after a noun of fame: a private person is named so too, and third-party data labels them
    ("Border Force have detained top-flight tennis player Amy Jones over visa disputes.", "Amy Jones"),
    ("Our new tenant, a retired footballer, Tom Reyes, moves in on Monday.", "Tom Reyes"),
])
def test_stays_found(scrubber, text, value):
    assert covered(scrubber, text, value)


@pytest.mark.parametrize("text, value", [
    # role mailboxes at domains reserved for examples; any address there after an example's cue
    ("Questions about this policy go to privacy@example.com.", "privacy@example.com"),
    ("Email: name@example.com\nMobile: +00 000 000 0000", "name@example.com"),
    ("Email field, e.g. rosa.mendes@example.com", "rosa.mendes@example.com"),
    # phone numbers of zeros, the fictional 555-01xx without an area code, a firm's hotline
    ("Email: name@example.com\nMobile: +00 000 000 0000", "+00 000 000 0000"),
    ("Telefon: 000 000 000", "000 000 000"),
    ("We send it from bookings@example.com, test number 555-0142.", "555-0142"),
    ("Support line for all queries: Harbor Telecom hotline\n(02) 8888 1111", "(02) 8888 1111"),
    ("PESEL: 00000000000", "00000000000"),
    ("curl -I http://198.51.100.23:8080/health", "198.51.100.23"),
    # places in market figures, a cloud region's label, a firm's facility, a court's seat, a list of three
    ("Saudi Arabia and the UAE together account for two thirds of online spend.", "Saudi Arabia"),
    ("Regional sales grew 20%, while Egypt shows the fastest growth in first-time buyers.", "Egypt"),
    ("Outline:\n\nNairobi is one of the fastest-growing cities in its region.", "Nairobi"),
    ("One lesson for a mid-sized company entering\nSoutheast Asia.", "Southeast Asia"),
    ('default = ["northeurope (Dublin)", "sa-east-1 (São Paulo)"]', "São Paulo"),
    ('default = ["northeurope (Dublin)", "sa-east-1 (São Paulo)"]', "Dublin"),
    ("Orders ship from the Rotterdam warehouse; the Leeds and Glasgow hubs are not affected.", "Glasgow"),
    ("Governing law: England and Wales.", "Wales"),
    ("Las partes se someten a los juzgados y tribunales de Sevilla.", "Sevilla"),
    ("Vertaal deze mail naar het Engels.", "Engels"),
    ("For Frankfurt, Munich and Zurich, rail is preferred for short trips.", "Zurich"),
    ("Policy covers data security on home\nWi-Fi, and how managers approve requests.", "Wi-Fi"),
    # brands in a list of brands, an example's name, lower-case words
    ("How these groups built their consumer\nbrands: Tata, Dangote, Samsung and Jollibee.", "Jollibee"),
    ("Alternative sample: Max Mustermann / Ram Kumar (sample)", "Ram Kumar"),
    ("Keep the sample values as they are:\nFull name: Juan dela Cruz", "Juan dela Cruz"),
    ("Stars appeared at a charity gala, and the author gave the keynote.", "charity gala"),
    ("Summarise this paragraph for a board slide (max 4 bullets).", "max"),
    ("SAMPLE CV\nJOE BLOGGS\n1 Any Street, Anytown, AB1 2CD", "Anytown"),
])
def test_no_ones_data(scrubber, text, value):
    assert not overlaps(scrubber, text, value)
