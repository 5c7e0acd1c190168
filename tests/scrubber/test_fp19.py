"""False people on prompts without personal data (fp19): works' titles after their noun, word names used as
words, places and honours named after people, public figures in the news, firms and labels; beside each class,
a person with a personal cue who must stay found."""

import pytest

from tests.scrubber.masking import person_covers, person_over

# (text, a value no PERSON may overlap)
NOT_PEOPLE = [
    # a work's title after its noun
    ("Write a review of the movie Oppenheimer and compare it with the sequel.", "Oppenheimer"),
    ("For class, summarise the novel Middlemarch, then the play's themes.", "Middlemarch"),
    # a title or a show opening with "The"
    ("Recommend shows similar to The Truman Show for a movie night.", "The Truman Show"),
    # a given name that is an English word, used as the word
    ("Grace period for the invoice is 30 days.", "Grace"),
    ("Stock is low. Amber warnings are shown on the dashboard.", "Amber"),
    ("Mark the tickets as done before the retro.", "Mark"),
    ("Will the release happen on Friday?", "Will"),
    ("Hope this helps!", "Hope"),
    ("[09:15] ops: Mark the ticket resolved pls", "Mark"),
    ("Chase the supplier about the late pallets and Bill them for the damage.", "Bill"),
    ("Summer sale starts Monday: 20% off all jackets.", "Summer"),
    # a button's label
    ("Rewrite the UI labels: Sign In, Forgot Password, Account Settings.", "Sign In"),
    # places, honours and laws named after people
    ("Plan a visit to the Van Gogh Museum and the canals.", "Van Gogh"),
    ("The kick-off is next to the Martin Luther King Jr. Memorial on Friday.", "Martin Luther King"),
    ("List the main provisions of the Dodd-Frank Act for a compliance deck.", "Dodd"),
    ("Explain Euler's identity to a first-year student.", "Euler"),
    ("Describe the Koch snowflake for an art class.", "Koch"),
    ("Plan a visit to the Anne Frank House and the Rijksmuseum.", "Anne Frank House"),
    # public figures in the news: an office with a nationality, a family name after the whole name
    ("Summarise the news: President Emmanuel Macron met Chancellor Olaf Scholz to discuss the EU budget.",
     "Emmanuel"),
    ("Summarise this article: French President Emmanuel Macron met Friedrich Merz in Paris. Merz said the "
     "talks were constructive.", "Merz said"),
    # firms and products named after people
    ("Write an ice cream menu featuring Häagen-Dazs and Baskin-Robbins flavours.", "Baskin-Robbins"),
    ("Summarise what analysts said about Berkshire Hathaway's cash pile.", "Berkshire Hathaway"),
    ("Compare Dr. Martens boots with Timberland for durability.", "Martens"),
    ("Write product copy for the Harper armchair in ivory.", "Harper"),
    ("Our caterer buys Red Bull for the staff fridge.", "Red Bull"),
    ("The partnership with Novo Nordisk was discussed at the board meeting.", "Novo Nordisk"),
    ("Rohde & Schwarz and Bang & Olufsen both exhibited at the fair.", "Olufsen"),
    # public figures: a possessive, beside another figure, after ordinary words
    ("Write a short note on Pavlov's dog experiment for a psychology class.", "Pavlov"),
    ("Translate to Spanish: \"Einstein and Bohr debated quantum mechanics for years.\"", "Bohr"),
    ("Erkläre die Relativitätstheorie von Albert Einstein in einfachen Worten.", "Albert Einstein"),
    # word names as verbs in lower case, after a request's words
    ("me: can you bill the client today\nthem: sure", "bill"),
    ("note to self: pay the water bill, chase the plumber, mark the dentist on the calendar", "mark"),
    ("Please Bill the customer at the end of the month.", "Bill"),
    # a list of books
    ("Suggest a reading list: Jane Eyre, Oliver Twist, Emma, Robinson Crusoe.", "Emma"),
]

# (text, a person that must stay found)
PEOPLE = [
    ("Hi Grace, the invoice is attached. Thanks, Tom", "Grace"),
    ("Mark is out today; Will covers the on-call.", "Mark"),
    ("Dear Ms Amber Whitfield,\nyour refund was approved.", "Amber Whitfield"),
    ("Name: Bill Okonkwo\nPhone: 0161 496 0123", "Bill Okonkwo"),
    ("Please return the book Maria lent you before Friday.", "Maria"),
    ("Patient: Martin Luther King, DOB 1971-04-02, seen in clinic.", "Martin Luther King"),
    ("Please ask Jane Hall about the museum tickets.", "Jane Hall"),
    ("Dear Mr Merz, thank you for your letter of 3 May.", "Merz"),
    ("Tom & Anna will host the quiz; ask Tom for the slides.", "Anna"),
    ("tell mark it was late", "mark"),
    ("Ask Jane and Mark the questions before the review.", "Mark"),
    ("Patient: Ivan Pavlov, DOB 1980-02-03, referred by his GP.", "Ivan Pavlov"),
    ("Ticket from Olivia Brennan (olivia.brennan@example.com): the sign in page fails.", "Olivia Brennan"),
]


@pytest.mark.parametrize("text, value", NOT_PEOPLE)
def test_no_person_found(scrubber, text, value):
    assert not person_over(scrubber, text, value), value


@pytest.mark.parametrize("text, name", PEOPLE)
def test_person_stays_found(scrubber, text, name):
    assert person_covers(scrubber, text, name), name
