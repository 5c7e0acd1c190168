"""A place a firm's text names as its topic, not as where a person lives or is (fploc23, issue #19's false
LOCATIONs on prompts without personal data; scrubber/place_topics.py). Texts written for this test."""

import pytest

from tests.scrubber.masking import overlapping as found


@pytest.mark.parametrize("text, value", [
    # a firm's office, team or site named by its town
    ("Draft a short note for the intranet: the Glasgow office closes early on Friday for the fire drill.",
     "Glasgow"),
    ("Rewrite politely: the Porto team still hasn't sent the quarterly report and the deadline is tomorrow.",
     "Porto"),
    ("Summarise: we compared two sites for the new hub; time zone overlap with our Denver HQ counts.",
     "Denver"),
    ("Traduis en anglais : l'agence de Toulouse sera fermée du 12 au 16 août pour travaux.", "Toulouse"),
    ("Fasse zusammen: Die Niederlassung Dortmund zieht im Juni in ein neues Gebäude.", "Dortmund"),
    ("Vat samen: het kantoor in Groningen is vanaf maandag weer open.", "Groningen"),
    ("Write a short update: the showroom in Utrecht reopens on Monday after the refit.", "Utrecht"),
    ("Our deploy failed on the Oslo failover again; suggest a backoff strategy.", "Oslo"),
    # a trade fair
    ("Préviens l'équipe : le salon de Nantes est décalé d'une semaine.", "Nantes"),
    # a place in a sentence with one: the firm's sites and the regions they serve
    ("Write a customer notice: from June all orders ship from the Venlo warehouse instead of Bremen.",
     "Bremen"),
    ("Make this clearer: our Lyon office keeps handling returns for Belgium and Switzerland.", "Switzerland"),
    ("Summarise the options for the board: partner with a distributor in Izmir, or open an office later.",
     "Izmir"),
    # a paragraph naming two of the firm's sites
    ("Write a customer notice.\n\nFrom May, EU orders ship from the Tilburg warehouse. UK orders keep "
     "shipping from our Leeds hub. Delivery to Norway takes two extra days.", "Norway"),
    ("Draft a LinkedIn post about our new office opening in Austin next month.", "Austin"),
    # a jurisdiction, an organisation named after its town, a nationality, a price list's region
    ("Explain the difference between a Delaware corporation and a UK limited company.", "Delaware"),
    ("Which is cheaper for a startup: incorporating in Estonia or Ireland?", "Estonia"),
    ("Compare the MBA programmes at the University of Manchester and Imperial College London.", "Manchester"),
    ("Compare the MBA programmes at the University of Manchester and Imperial College London.", "London"),
    ("Translate this menu into German: Thai green curry, Japanese ramen, Mexican tacos.", "Thai"),
    ("Our AWS bill in us-east-1 doubled; compare with Frankfurt pricing.", "Frankfurt"),
    # a time zone
    ("Suggest a meeting slot for a call at 4 pm Singapore time that works for the whole team.", "Singapore"),
    ("Which option is better: hiring in Poland or time zone overlap with Chicago for the support desk?",
     "Chicago"),
    # a sentence on the weather, or on places' figures
    ("Summarise the weather risk for an open-air concert in Nashville in July.", "Nashville"),
    # (the warehouse's place is another rule's topic; the sentence's other place is the firm's too)
    ("Write a weather note for the Tilburg warehouse: the forecast is heavy snow, with road closures towards "
     "Breda.", "Breda"),
    ("Turn this into a slide.\n\nRevenue Q3: Oslo +8 %, Bergen −2 %, Trondheim flat. The new store in Molde "
     "opens in May.", "Trondheim"),
    ("Turn this into a slide.\n\nRevenue Q3: Oslo +8 %, Bergen −2 %, Trondheim flat. The new store in Molde "
     "opens in May.", "Molde"),
    # a table's column of sites
    ("Which items are below the minimum?\n\nsku,item,stock,min,warehouse\nA-1,Tea,12,40,Tilburg\n"
     "A-2,Coffee,150,25,Venlo\n", "Tilburg"),
])
def test_place_topics_not_found(scrubber, text, value):
    assert not found(scrubber, text, value)


@pytest.mark.parametrize("text, value", [
    # a person's tie to the place: a cue before it, or a person, contact or number in the text
    ("Please greet our new hire Olga Nowak, who joins the Gdansk office next week.", "Gdansk"),
    ("I work in the Leeds office and my commute is awful; how do I ask for remote days?", "Leeds"),
    ("Ticket from Kenji Sato\nDept: Sales, Sapporo office\nIssue: the VPN drops every hour.", "Sapporo"),
    ("The wifi for the Exeter office is Guest-5G and the password is Tulip!2931.", "Exeter"),
    ("My address for the parcel is 14 Harbour Road, Cork; the Cork office is closed.", "Harbour Road"),
    ("She moved to Valencia last year; the Valencia team misses her.", "Valencia"),
    ("We are moving to Rotterdam next month, can you draft the letter to our landlord?", "Rotterdam"),
    ("Ik werk bij het kantoor in Utrecht, hoe vraag ik thuiswerken aan?", "Utrecht"),
    ("Je travaille à l'agence de Rennes depuis deux ans, aide-moi à demander une mutation.", "Rennes"),
    ("I studied at the University of Leeds and now need a reference letter template.", "Leeds"),
    ("My company is incorporated in Delaware but I live in Lisbon; which taxes do I owe?", "Lisbon"),
    ("What's the weather usually like in Lisbon in March?", "Lisbon"),
    ("Ship it to the Koblenz warehouse before Friday.", "Koblenz"),
    ("Please ship the spare parts to the Ulm depot.", "Ulm"),
    ("He taught chemistry for years at the University of Bergen.", "Bergen"),
    # no firm's word beside the place: where someone goes stays a place
    ("The conference is in New York next week.", "New York"),
    ("I'm planning a trip to Lisbon in May, what should I pack?", "Lisbon"),
    ("Send it to our Munich address before Friday, please.", "Munich"),
])
def test_persons_places_stay(scrubber, text, value):
    assert found(scrubber, text, value)
