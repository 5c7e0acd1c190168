"""Codes and passwords given as the answer to a question in the next turn of a call or chat, listed under a
heading (a bank's TAN list, one-time codes), filling a table's code column, or spoken digit by digit (issue
#19: secrets recall on text we did not write). Classes, not sentences.

``TUNED`` is what the rules were written from. ``HELD_OUT`` was written at the same time, before the rules,
and is asserted only in aggregate (a floor), so it cannot quietly turn into tuning data. ``LOOK_ALIKES`` must
stay unmasked.
"""

import pytest

from tests.scrubber.masking import masked_share

# (text, the secrets that must be covered whole)
TUNED = [
    # the answer in the next turn: digits spaced out, a word, after "yeah it's"
    ("Agent: Thanks, and can you confirm the security PIN on the account?\nCaller: yeah it's 4 8 2 9",
     ["4 8 2 9"]),
    ("Agent: can you confirm the PIN please?\nCaller: 4 8 2 9.", ["4 8 2 9"]),
    ("Agent: and the memorable word?\nCaller: it's pumpkin", ["pumpkin"]),
    ("Advisor: what's the password on the account?\nCustomer: it's bluebird", ["bluebird"]),
    ("Petugas: Boleh sebutkan PIN-nya, Bu?\nPenelepon: Iya, 5 8 3 1.", ["5 8 3 1"]),
    # the next turn in other transcript layouts: capitals, brackets, timestamps, a name in brackets; digits
    # read out, dashed or with pauses
    ("AGENT: For security, can you give me your telephone PIN?\nCALLER: Yes, it's four eight two nine.",
     ["four eight two nine"]),
    ("[Agent] Can you confirm your PIN?\n[Caller] 4-8-2-9", ["4-8-2-9"]),
    ("Agent: And the passcode?\nCaller: 4... 8... 2... 9", ["4... 8... 2... 9"]),
    ("Agent (Tom): can I take the security number on the account?\n"
     "Customer (Mrs Ali): uh yes, 4 8 2 9, I think", ["4 8 2 9"]),
    ("00:01:12 Agent: can you read me the code from the text message?\n00:01:20 Caller: 4 8 2 9 1 0",
     ["4 8 2 9 1 0"]),
    ("Agent: can you read me the code from the text message?\nCaller: yeah it's four-eight-two-nine-one-zero",
     ["four-eight-two-nine-one-zero"]),
    ('She texted: "the safe\'s 4471, back soon"', ["4471"]),
    ('"4471" is what opens the safe in the study.', ["4471"]),
    # the Wi-Fi named by a verb; "c'est" after a code word
    ("Salut! le code du coworking c'est 4471 et le wifi c'est COWORK2024, bisous", ["4471", "COWORK2024"]),
    ("the wifi is Harbor7lights", ["Harbor7lights"]),
    # a quote before the code
    ("Safe code (quoted from the manual): '4471'", ["4471"]),
    ('Please reword: the safe combination is "4 4 7 1".', ["4 4 7 1"]),
    # a chat's answer a few words in, before a dash; a keypad asked for
    ("Tom: printer in room 4 asks for a pin?\nSue: 2580 — same for everyone", ["2580"]),
    ("Lee: what's the keypad number for the bike store\nKim: 9012#", ["9012#"]),
    ("Ravi: pin for the meeting room tablet pls\nOlu: it was changed last week, now 660421", ["660421"]),
    ("Sam: remind me the PIN?\nJo: same as the wifi one, 4471, don't tell anyone", ["4471"]),
    # what a bank asks for by other names: a NIP, a token, the card's three digits
    ("Agente: ¿Me confirma su NIP, por favor?\nCliente: sí, es 4 4 7 1", ["4 4 7 1"]),
    ("Agente: el token que le aparece en la app?\nCliente: 482913", ["482913"]),
    ("Agente: Y los tres números de atrás de la tarjeta?\nCliente: 8 3 2", ["8 3 2"]),
    ("Agent: what are the three digits on the back?\nCaller: 4 0 7", ["4 0 7"]),
    # a TAN list, numbered codes after a heading, OCR'd
    ("TAN card (OCR, a bit garbled):\n01 482913 | 02 573920 | 03 118204\n04 990321 | 05 447120 | 06 3O1948",
     ["482913", "573920", "118204", "990321", "447120", "3O1948"]),
    ("Can you put these in a table? bank TAN codes: 001: 482913, 002: 573920, 003: 118204, 004: 990321",
     ["482913", "573920", "118204", "990321"]),
    ("TAN-Liste (gescannt)\n01 482913   02 573920   03 118204\n04 990321   05 447120   06 301948",
     ["482913", "573920", "118204", "990321", "447120", "301948"]),
    # four or more codes of one shape in a row, with no heading
    ("Save these somewhere safe for me: 8472-1930 5561-0284 9913-4470 2287-6611",
     ["8472-1930", "5561-0284", "9913-4470", "2287-6611"]),
    ("bl47-d43u\nhvs5-ticc\nhglc-vywx\ni72l-ye3p", ["bl47-d43u", "hvs5-ticc", "hglc-vywx", "i72l-ye3p"]),
    # a table's code column
    ("locker,combination,assigned to\n14,27-03-18,Dana\n15,4417,Marcus", ["27-03-18", "4417"]),
    ("| Tủ | Mã số |\n|---|---|\n| 3 | 5521 |\n| 4 | 9034 |", ["5521", "9034"]),
    ("Room\tDoor code\tGuest\n101\t4471\tAna\n102\t8820\tBen", ["4471", "8820"]),
    ("Szafka | Szyfr | Właściciel\n12 | 4471 | Kasia\n13 | 8820 | Tomek", ["4471", "8820"]),
    ("Pomieszczenie;Kod dostępu;Uwagi\nMagazyn;4471;od 8:00\nBiuro;8820;", ["4471", "8820"]),
    ("Lp.,Lokal,Kod do drzwi\n1,A12,4471\n2,B03,8820", ["4471", "8820"]),
    ("Tên;Mã PIN;Mật khẩu wifi\nLan;4471;hoa-sen-2024", ["4471", "hoa-sen-2024"]),
    # digits spoken one by one after the cue
    ("Dad's phone unlock code is 1 9 7 4, don't tell mum lol", ["1 9 7 4"]),
    ("Entry is by keypad, punch in 7 3 9 1 and push.", ["7 3 9 1"]),
    # the code first, what it opens after; what a thing unlocks with; a number in quotes beside a lock
    ("4471 — that's the code for the bike lock", ["4471"]),
    ("0519 opens the key safe", ["0519"]),
    ("For the record, the conference room display unlocks with 8841.", ["8841"]),
    ("Mark dialed in with 553201 as the bridge PIN, then left.", ["553201"]),
    ('The key safe by the back door says "0519".', ["0519"]),
    # a code called a number, a bank PIN in Finnish
    ('Please proofread: "Your temporary access number is 731950. It expires in 24 hours."', ["731950"]),
    ("Tunnusluku on 4471, ja ovikoodi 0519.", ["4471", "0519"]),
    # a password's make in a text about its strength, its rotation or an account that signs in
    ("Quick q - is Mapleleaf4 strong enough for the payroll system?", ["Mapleleaf4"]),
    ("Tell IT that Jenkins still accepts Ch1cago! for the svc account.", ["Ch1cago!"]),
    # what an entry takes a few words after its name, where a code is used, a code word with "'s" or "("
    ("Door to the server room is 4471#, please add it to the onboarding doc.", ["4471#"]),
    ("Alarm panel takes 7731 then OFF.", ["7731"]),
    ("Use 8823 at the side entrance after 6pm.", ["8823"]),
    ("the code's 4471 btw", ["4471"]),
    ("He texted me the OTP (882014) so I could approve the transfer.", ["882014"]),
    ("the alarm code? 4471. Don't write it down.", ["4471"]),
    ("The shared drive is protected with Lighthouse92.", ["Lighthouse92"]),
    # a quoted password of several words right after its word; words and a number after a colon
    ('Ticket 4411: user says the password "Blue sky 42" is rejected, it contains spaces.', ["Blue sky 42"]),
    ("Hasło do konta: Zielony kot Las 42 (ze spacjami)", ["Zielony kot Las 42"]),
    # a dial's turns, the answer on the question's line, a passphrase of words joined by dots
    ("The combination for the cabinet in room 4 is 22 left, 18 right, 7 left.",
     ["22 left, 18 right, 7 left"]),
    ("Remember the safe is 3 turns right to 24, left to 11, right to 70.",
     ["right to 24, left to 11, right to 70"]),
    ("padlock combo R24 L11 R70", ["R24 L11 R70"]),
    ("Q: What's the PIN for the meeting room screen? A: 8820", ["8820"]),
    ("I picked maple.river.stone.lantern for the shared account, is that ok?", ["maple.river.stone.lantern"]),
    # words named as words, a phrase or a sentence
    ("The Wi-Fi at the cabin uses four words: harbor willow pepper seven.", ["harbor willow pepper seven"]),
    ("For the encrypted backup I used the phrase copper lantern river seven, please don't share it.",
     ["copper lantern river seven"]),
    ("my master password is a sentence: purple elephants dance quietly at midnight",
     ["purple elephants dance quietly at midnight"]),
    ("the new password is four random words, Ribbon Cobalt Tundra Mango, all capitalised",
     ["Ribbon Cobalt Tundra Mango"]),
    ("The vault opens with: glacier ember quilt tango", ["glacier ember quilt tango"]),
    ("To decrypt the archive, type the words lantern velvet oak harbor in that order.",
     ["lantern velvet oak harbor"]),
    ('He told me the keychain phrase over the phone, it\'s "silver canoe morning harbor".',
     ["silver canoe morning harbor"]),
    ("The seed for the test wallet is: tiger lemon basket cloud river ocean violin pencil kettle castle "
     "forest yellow", ["tiger lemon basket cloud river ocean violin pencil kettle castle forest yellow"]),
    # one dictionary word that ends the clause, a few words after the password word
    ("The wifi password in the break room is Sunflower, all one word.", ["Sunflower"]),
    ("For the demo laptop the password is just Marigold.", ["Marigold"]),
    ("Our shared password for the printer portal was changed to Clementine yesterday.", ["Clementine"]),
    ("the password, if you need it, is tangerine", ["tangerine"]),
    ("pw is in the ticket, no wait it's Bramble", ["Bramble"]),
    # a one-time code as it came or is used (session 14)
    ("I got the text with 482913 but the app had already timed out.", ["482913"]),
    ("They sent me an SMS with 771 204 and I typed it in too late.", ["771 204"]),
    ("Ich habe die SMS mit 551 882 bekommen, aber die App war schon abgelaufen.", ["551 882"]),
    ("got an sms: 448 120 is your code. never asked for it!", ["448 120"]),
    ("The bank texted 7741-2290 to confirm the transfer.", ["7741-2290"]),
    ("Enter 339912 to verify your account.", ["339912"]),
]

HELD_OUT = [
    ("Rep: To verify, what's your telephone banking passcode?\nMember: sure, 7 7 1 0", ["7 7 1 0"]),
    ("Operator: And your PIN?\nClient: 3 3 9 1", ["3 3 9 1"]),
    ("Support: Could you read me the one-time code we just sent?\nUser: ok it's 5 0 2 8 1 9",
     ["5 0 2 8 1 9"]),
    ("Agent: what is the secret word on file?\nCaller: it is marmalade", ["marmalade"]),
    ("TAN list\n1 - 839201\n2 - 118392\n3 - 502918\n4 - 661203", ["839201", "118392", "502918", "661203"]),
    ("iTAN Liste: 01) 492018 02) 118203 03) 774102", ["492018", "118203", "774102"]),
    ("bike,lock code,owner\nred,5512,Tom\nblue,0719,Ana", ["5512", "0719"]),
    ("Skap | Kode | Navn\n12 | 8841 | Ola\n13 | 2290 | Kari", ["8841", "2290"]),
    ("the alarm code is 3 0 8 6 and the key is under the mat", ["3 0 8 6"]),
    ("Agent: and the security answer, mother's maiden name?\nCaller: it's Harrington", ["Harrington"]),
]

LOOK_ALIKES = [
    "Agent: can you confirm the PIN please?\nCaller: it's changed",
    "Agent: what's the password on the account?\nCustomer: it's expired, I think",
    "Agent: what's the password?\nCaller: it's in the drawer",
    "Order list:\n01 482913 | 02 573920",
    "Room,Floor,Guest\n101,1,Ana\n102,1,Ben",
    "the chapter list: 1 - 12, 2 - 30, 3 - 58",
    "version 1 9 7 of the app",
    "2019 opens a new chapter for the company",
    "In 2021 the team grew; 4000 is the number of users",
    "the gate is 1200 mm wide",
    "The gate is 2024 compliant; door 12 is 1450 mm wide; the alarm at 0630.",
    "Use 2 at the door, press 1 for the gate. The entrance uses 3 steps.",
    "error code's 404 again; the gate's status code (500); the code's 2019 version",
    "The archive is encrypted with AES256 and the share is protected by Kerberos5.",
    "The password is incorrect. The password is required. The password is Okta.",
    "the password is case sensitive. Password: Redacted. the password is long enough. "
    "Password policy is strict.",
    "The password manager is Bitwarden. Password reset is self-service. The password field is optional.",
    "The password expired yesterday. Password changes are logged. password is sent by SMS.",
    "What is the password policy? The password is what you set at onboarding. Forgot password? It's simple.",
    "The password for the VPN is different from Outlook. My password is there. Password: none.",
    "We need three numbers for the survey.\nAna: 12 responses so far",
    "Agent: which token type do you use?\nCaller: the hardware one, since 2019",
    "The password is Version 2. password: see page 12. The password policy requires 12 characters.",
    'click the "Reset password" button',
    "turn left at the lock, then right 2 times; the lock has 3 left and 4 right hinges",
    "The admin account logs to com.example.app.core, password in vault.",
    "The title uses four words: quick brown fox jumps.",
    "Translate the phrase good morning everyone, then the sentence: the cat sat on the mat.",
    "Rewrite this sentence: please reset your account password today.",
    "Password: stored in vault 2.",
    'the password "field" is empty',
    "Agent: what's the error code on the screen?\nCaller: it says 4 0 4 1",
    "Agent: can I have the postcode?\nCaller: one two three four five",
    "Bayi;Bayi kodu;Şehir\nAcme;4471;Ankara",
    "Produkt;Kod produktu;Cena\nMleko;4471;3,50",
    "the gate's 2024 refurbishment; the door's 1200 mm frame",
    "the wifi is great today; the wifi is slow; the wifi is 5GHz only",
    "the well-done, half-baked, self-made, over-used words",
    "Ana: what's the status code from the API?\nBen: we got it twice in the logs, 5030 I think",
    "The door opens with a push and the gate opens with a key card.",
    "My favourite phrase is carpe diem quam minimum",
    "The campaign sent a message with 120000 impressions last week.",
    "Enter 15000 to confirm the budget line. A message with 48213 downloads.",
    "Order 558812 is your order number. The SMS with 160 characters limit applies.",
]


@pytest.mark.parametrize("text, secrets", TUNED)
def test_secret_covered(scrubber, text, secrets):
    assert [s for s in secrets if masked_share(scrubber, text, s) < 1] == []


def test_held_out_recall(scrubber):
    caught = sum(all(masked_share(scrubber, text, s) == 1 for s in secrets) for text, secrets in HELD_OUT)
    assert caught / len(HELD_OUT) >= HELD_OUT_FLOOR


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_left_alone(scrubber, text):
    assert "<SECRET_" not in scrubber.scrub([text]).texts[0]


HELD_OUT_FLOOR = 0.8  # measured 8/10 when the rules were done (3/10 before them)
