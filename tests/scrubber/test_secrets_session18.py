"""Secrets by class (session 18): passphrases of plain words with spaces after a password word and its link,
or after a question about it and "it's", to the clause's end or a note on how to type them ("the wifi
password is purple monkey dishwasher with spaces", "the wifi password? it's purple monkey dishwasher"), and
after the Wi-Fi itself ("Wifi: purple monkey dishwasher"); a code of capitals and digits given by its link
("the alarm code is AB#12"); a code after a question about it and "it's" ("The gate code? It's 3319."); and
numeric codes shared in prose in English and French in many phrasings. And the look-alikes that must stay:
prose after a password word or a Wi-Fi in English and other languages ("is stored in the vault", "le wifi est
gratuit pour les clients", "the wifi is super slow upstairs"), a receipt's codes, a policy's "mindestens",
SOPS ciphertext in a password's place, a bank's BIC.
"""

import pytest

from tests.scrubber.masking import masked_share

# (text, the secret that must be covered whole)
CAUGHT = [
    # numeric codes shared in prose, English
    ("the code for the side gate is 4471", "4471"),
    ("Hey, the code for the storage unit is 55190 if you need to grab the chairs.", "55190"),
    ("btw the code is 7702 for the bike shed", "7702"),
    ("For the side gate the code is 4471.", "4471"),
    ("Side gate code is now 9034 since Monday.", "9034"),
    ("The gate code? It's 3319.", "3319"),
    ("I always use 1357 as my PIN.", "1357"),
    ("My bank PIN's 6642.", "6642"),
    ("Your OTP for login is 337104. Do not share it.", "337104"),
    ("The verification code they sent was 773412.", "773412"),
    ("Zoom meeting ID 812 4471 9920, passcode 337291", "337291"),
    ("my phone's passcode is 9910", "9910"),
    # ... and French
    ("le code du portail est 2580", "2580"),
    ("le code pour le portail c'est 2580", "2580"),
    ("Pour entrer, le code est 1397.", "1397"),
    ("le code du local vélos a changé, c'est maintenant 6612", "6612"),
    ("le code pin de mon téléphone c'est 0815", "0815"),
    ("Votre code de vérification : 551203", "551203"),
    # a code of capitals and digits given by its link
    ("the alarm code is AB#12", "AB#12"),
    ("Alarm code: AB#12", "AB#12"),
    ("The safe code is KQ7ZP.", "KQ7ZP"),
    ("door code: 7XY3", "7XY3"),
    # passphrases of words with spaces
    ("the wifi password is purple monkey dishwasher", "purple monkey dishwasher"),
    ("passphrase: correct horse battery staple", "correct horse battery staple"),
    ("Wifi password is: blue river table", "blue river table"),
    ("The password is purple monkey dishwasher with spaces.", "purple monkey dishwasher"),
    ("The master password is \"four purple cats dancing\".", "four purple cats dancing"),
    ("the password is seven purple elephants", "seven purple elephants"),
    ("the guest wifi password? it's purple monkey dishwasher", "purple monkey dishwasher"),
    ("what's the wifi password?\nit's purple monkey dishwasher", "purple monkey dishwasher"),
    ("Wifi: purple monkey dishwasher", "purple monkey dishwasher"),
    ("The wifi is purple monkey dishwasher", "purple monkey dishwasher"),
    ("Le mot de passe du wifi est violet singe lave-vaisselle", "violet singe lave-vaisselle"),
    ("Das WLAN-Passwort lautet lila Affe Spülmaschine", "lila Affe Spülmaschine"),
    ("el wifi es morado mono lavavajillas, la contraseña va aparte", "morado mono lavavajillas"),
    # a code between commas, and what a code gets you through
    ("He typed his PIN, 7392, in front of everyone.", "7392"),
    ("They sent me a verification code, 773412, what do I do?", "773412"),
    ("4471 gets you through the side gate.", "4471"),
    ("Le code de vérification que j'ai reçu est 482913.", "482913"),
    # a code or a passphrase given in the next turn of a chat, a blank line or a hedge around it
    ("Summarise this Teams thread:\n\nJoe Bloggs, 10:02 AM\nwho has the PIN for the printer?\n"
     "Maria Lopez, 10:04 AM\nit's *2580 I think", "*2580"),
    ("Joe Bloggs 10:02\nDoes anyone have the code for the supply closet?\n\nMaria Lopez 10:04\n44 71 20",
     "44 71 20"),
    ("Joe: what's the wifi password?\nMaria: it's purple monkey dishwasher", "purple monkey dishwasher"),
    # a password given in a reply to a question
    ("what's the password? -> it's Tr0ub4dor&3", "Tr0ub4dor&3"),
    ("[09:12] Priya: what's the wifi password again?\n[09:13] Tom: it's Tr0ub4dor&3", "Tr0ub4dor&3"),
    ("Q: what's the admin password?\nA: Summer2024!", "Summer2024!"),
    ("\"What's the password?\" \"It's Tr0ub4dor&3.\"", "Tr0ub4dor&3"),
]

LOOK_ALIKES = [
    # prose after a password word or a Wi-Fi
    "The password is stored in the vault.",
    "The wifi password is printed under the router.",
    "The password is your birth date backwards.",
    "The password is sent via separate email.",
    "The passphrase is four random dictionary words separated by spaces.",
    "The password is case sensitive and needs twelve characters.",
    "The wifi is super slow upstairs.",
    "The wifi here is pretty decent overall.",
    "Wifi: ask at reception desk.",
    "Le wifi est gratuit pour les clients.",
    "Das WLAN ist leider sehr langsam heute.",
    "Das Passwort ist Pflicht für alle Nutzer.",
    "El wifi es muy lento en la planta baja.",
    "The wifi network name is Purple Monkey Dishwasher.",
    # codes that are no secret
    "The access code ABC1 is documented in the wiki.",
    "The bank code is BYLADEM1.",
    "Support code on my receipt is 201619.",
    "What does this receipt say?\n\nCARD ****2833\nAUTH CODE: 22134608\nPIN VERIFIED\nTOTAL 1255,15",
    "The PIN must not be 1234.",
    "Reset your PIN, 1234 is not allowed.",
    "[10:02] Joe: what's the error code?\n[10:03] Ana: 5003 I think",
    # a policy and ciphertext in a password's place
    "Unsere Passwortrichtlinie: mindestens 14 Zeichen, keine Wiederverwendung.",
    "secrets.enc.yaml:\ndb_password: ENC[AES256_GCM,data:UjxZgzf4KYNEvsj1WSA9FPXq,iv:abc,type:str]",
]


@pytest.mark.parametrize("text,secret", CAUGHT)
def test_secret_covered(scrubber, text, secret):
    assert masked_share(scrubber, text, secret) == 1.0


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_left_alone(scrubber, text):
    assert not [s for s in scrubber.analyze(text) if s.type == "SECRET"]
