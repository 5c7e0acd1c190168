"""Passwords, passphrases, seed phrases, PINs and codes people write in prose (issue #19: "passwords in prose
and config (`Spring2021!`, passphrases like `copper-lantern-river-seven`) after a password cue")."""

import pytest

CAUGHT = [
    ("the passphrase copper-lantern-river-seven unlocks it", "copper-lantern-river-seven"),
    ("the vault password Tr0ub4dor&3.", "Tr0ub4dor&3"),
    ("wifi passphrase is copper lantern river seven", "copper lantern river seven"),
    ("passphrase: correct horse battery staple", "correct horse battery staple"),
    ("My seed phrase: witch collapse practice feed shame open despair creek road again ice least",
     "witch collapse practice feed shame open despair creek road again ice least"),
    ("use the PIN 4471 for the door", "4471"),
    ("PIN-Code: 0815, bitte nicht weitergeben", "0815"),
    ("Your one-time code is 482913", "482913"),
    ("recovery code 7HJK-29XL-QQ3M (keep it safe)", "7HJK-29XL-QQ3M"),
    ("Bitte TAN 123456 eingeben", "123456"),
    ("the door code is 2580", "2580"),
    ("My password is Spring2021! please reset it", "Spring2021!"),
    # the password word after the value
    ("Use Herbst2019! as the temporary password; Ines will reset it.", "Herbst2019!"),
    ("use tulip-ferry-basalt-nine as the new wifi password", "tulip-ferry-basalt-nine"),
    ("'Qx7#mLp2Rv' is the admin password for the router", "Qx7#mLp2Rv"),
    # a card's security code
    ("card ending 1111, exp 08/27, CVV 392", "392"),
    ("CVC: 4417 (Amex)", "4417"),
    # no password word: the value's make (letters, a digit and a symbol inside) says it
    ("my login stopped working after I changed it to Blueberry#77 yesterday", "Blueberry#77"),
    ("For the demo tenant use admin / P@ssw0rd123 and then rotate it", "P@ssw0rd123"),
    ("The shared mailbox creds: support@acme.io / Winter2024!! (don't share)", "Winter2024!!"),
    ("username qa_user1, password Qa!Test2024", "Qa!Test2024"),
    ("try Welcome@123.", "Welcome@123"),
    # a word with a number on a sign-in line
    ("pls reset it, current one = \"HappyDays_42\"", "HappyDays_42"),
    ("my credentials for the portal are mike.t and Lighthouse7", "Lighthouse7"),
    # codes: keypads, PUKs, combinations, French door codes, spaced digits, a bare "the code … changed to"
    ("The alarm keypad is 0913# tonight", "0913#"),
    ("SIM PIN 1234, PUK 87654321", "87654321"),
    ("remember the safe combo 36-24-36", "36-24-36"),
    ("Le code du portail est 7731B", "7731B"),
    ("door code is 5 9 7 4", "5 9 7 4"),
    ("the code to the storage room changed to 4827", "4827"),
    ("El PIN de la tarjeta de empresa es 4821, gracias", "4821"),
    ("La combinación de la caja fuerte es 12-34-56.", "12-34-56"),
    ("Der Code für das Schloss ist 5566.", "5566"),
    ("Il codice della cassaforte è 447120.", "447120"),
    ("Kod do drzwi serwerowni: 251585, dzięki", "251585"),
    # seed phrases: on the line after their name, as "recovery words", or nameless (all BIP39 words)
    ("Seed phrase for the test wallet:\nabandon ability able about above absent absorb abstract absurd abuse "
     "access accident",
     "abandon ability able about above absent absorb abstract absurd abuse access accident"),
    ("My Ledger recovery words are: wolf crane ember tide lunar opera quiz velvet harbor sudden glove pilot",
     "wolf crane ember tide lunar opera quiz velvet harbor sudden glove pilot"),
    ("Is this valid? my seed is ribbon frost echo cactus orbit pilot humble rescue velvet timber lunar quiz "
     "thanks", "ribbon frost echo cactus orbit pilot humble rescue velvet timber lunar quiz"),
    # recovery codes after a blank line, a password on its own line below its mention, a chat's next line
    ("Where should I store these GitHub recovery codes?\n\n1IJS-5A3Z-6LJ5\nG7NP-FK2I-B5JV\nIY34-GYKP-TKIP",
     "G7NP-FK2I-B5JV"),
    ("ok new wifi pw below\n\nI8UnNCyvUi58Wb\n\ncan you make a QR code for it?", "I8UnNCyvUi58Wb"),
    ("creds rotated\n[09:15] helpdesk: what's the new one?\n[09:15] ops-bot: papillonOmega66",
     "papillonOmega66"),
    ("conta desbloqueada, senha temporária meadow1969. Escreve uma resposta", "meadow1969"),
    ("ninja1967 ← that's the new admin password", "ninja1967"),
    # compounds of a password word, a Dutch passphrase word, a code as it is used
    ("Dein Initialkennwort für Outlook lautet Fruehling-88", "Fruehling-88"),
    ('wachtzin voor de kluis: "rode fiets blauwe deur"', "rode fiets blauwe deur"),
    ("To disarm the alarm key in 9921 and press ENTER.", "9921"),
    ("The safe in the back office opens with 4-19-33 (turn left first).", "4-19-33"),
    ("code du badge 4471, merci", "4471"),
    # a year's shape said to be the code; codes with a letter inside; combinations by their shape;
    # a code right after a possessive
    ("el pin del móvil es 1984", "1984"),
    ("Le digicode de l'immeuble est 47B21.", "47B21"),
    ("Türcode 1234#, Tresor-Kombination 12-34-56", "12-34-56"),
    ("The safe is 34-12-08, alarm code 9072", "34-12-08"),
    ("Ihr Transponder für die Tiefgarage hat den Code 4471.", "4471"),
    # a quote inside the password; credentials in code and on command lines
    ("The password has a quote in it: Pa\"ss'w0rd! and the script breaks", "Pa\"ss'w0rd!"),
    ('client = Client("AC8f3b2c1d4e5f60718293a4b5c6d7e8f9", "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d")',
     "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d"),
    ('dsn := "app:Kf83!zzQ@tcp(10.0.3.7:3306)/orders?parseTime=true"', "Kf83!zzQ"),
    ("ssh-keygen -p -f ~/.ssh/id_rsa -P 'old-pass-phrase' -N 'n3w-Phrase!'", "n3w-Phrase!"),
    # other languages' password and code words: Turkish, Japanese in romaji and script, Chinese, Korean,
    # Spanish one-time codes, a passphrase in guillemets
    ("Misafir ağı: Lager-Guest / Wi-Fi şifresi: 891508F8150726F05CC2AEB12E", "891508F8150726F05CC2AEB12E"),
    ("Alarm kodu 9388, lütfen kimseyle paylaşmayın.", "9388"),
    ("wifi no SSID wa Ufficio, pasuwaado wa hRlUylwaAY3ruifBNSOO desu.", "hRlUylwaAY3ruifBNSOO"),
    ("doa no anshou bangou wa 6889 desu.", "6889"),
    ("パスワードはHunter2024!です。", "Hunter2024!"),
    ("暗証番号は4471です。", "4471"),
    ("密码是Xy7!pq99，记得改。", "Xy7!pq99"),
    ("비밀번호는 k9Lm2x 입니다.", "k9Lm2x"),
    ("Le he puesto la contraseña temporal raven-Garten93 y listo", "raven-Garten93"),
    ("el código de un solo uso es 950968. ¿Me ayudas?", "950968"),
    ("La passphrase della chiave GPG è «lantern wander copper cielo orbit», la metto nel vault.",
     "lantern wander copper cielo orbit"),
    # a password split over lines or sent in parts; spelled out; after a colon-ending sentence
    ("the db password, it's one string, no space:\nj6vhCZA8b\nrYN5XMvQH\ncan you check it?", "rYN5XMvQH"),
    ("passwort schick ich in zwei teilen.\nteil 1: 2QNN2dIz\nteil 2: FuF*gii83\nzusammen.", "FuF*gii83"),
    ("le mot de passe est X-ray Papa Oscar Juliett Zero Yankee Delta. Peux-tu vérifier",
     "Papa Oscar Juliett"),
    # locks and lockers by name, combinations with spaces or slashes
    ("- Alarmanlage Lager Porto: Code 836867, danach Taste #", "836867"),
    ("- Schließfach 14: 8320\n- Anrufbeantworter-PIN: 8510", "8320"),
    ("- Tresor im Büro: Kombination 50 11 50", "50 11 50"),
    ("Your locker is number 890, combination 10/08/07.", "10/08/07"),
    ("Kod do szafki: 12 49 10. Zapisz to.", "12 49 10"),
    # a value written into a password file; a password starting with "$"; a key with symbols, whole
    ("$ echo '-OUKI2BbG5+V4yxgOkHeom+ZD=f%mF' > ~/.vault_pass.txt", "-OUKI2BbG5+V4yxgOkHeom+ZD=f%mF"),
    ("segue o acesso ao Jira: usuário etl_user, senha: $chn332018", "$chn332018"),
    ("SECRET_KEY=django-insecure-7-ouucrx1=xc+98^&ab9p-=*uoxiu_e@)16kra3tk%+gl=nrm(\nDEBUG=false",
     "ab9p-=*uoxiu_e@)16kra3tk%+gl=nrm"),
    # the next speaker answers a question about a password with the value alone
    ("[10/4/25 21:03] Nanda: alguien tiene la contraseña de netflix?? me echó\n[10/4/25 21:05] Lieve: "
     "maple8547 jajaja", "maple8547"),
    # session cookies copied from the browser's developer tools; automation webhooks; romaji lock codes;
    # passphrases quoted, capitalised, or a clause after their word
    ("sessionid\tk2j3h4g5f6d7s8a9q0w1e2r3t4y5u6i7\t.example.com\t/\t2026-01-04T10:00:00.000Z\t42",
     "k2j3h4g5f6d7s8a9q0w1e2r3t4y5u6i7"),
    ("the zap posts to https://hooks.zapier.com/hooks/catch/1234567/abc1de2/ and stops",
     "hooks.zapier.com/hooks/catch/1234567/abc1de2"),
    ("IFTTT: https://maker.ifttt.com/trigger/door_open/with/key/dK3jf8Hs2Lm9Qw4Zx7Vb1N",
     "dK3jf8Hs2Lm9Qw4Zx7Vb1N"),
    ("kinko no bangou wa 12-34-56 desu.", "12-34-56"),
    ('La frase de paso del certificado es "trueno azul cometa 77", no la compartas.',
     "trueno azul cometa 77"),
    ("our passphrase for the GPG key is Correct Horse Battery Staple Nine", "Correct Horse Battery Staple"),
    ("the passphrase we agreed on is tiger lamp river 42", "tiger lamp river 42"),
    # Mexican NIP, Nordic door and alarm codes, Dutch key safes
    ("oiga y el nip de la tarjeta es 4471 verdad", "4471"),
    ("portkoden är 4812 och larmkoden 7731", "4812"),
    ("de code van de sleutelkluis is 5521, de sleutel hangt erin", "5521"),
    # a code asked for in a chat, given in the next turn
    ("stavros96 — Today at 11:43 PM\nit wants a code\njunche — Today at 11:45 PM\n126368\n"
     "stavros96 — Today at 11:46 PM\nok in", "126368"),
    ("leila: tu peux me redonner le code du portail stp\nMoi: oui c 8189#\nleila: merci!!", "8189#"),
    ("leila: et le wifi de la salle commune?\nMoi: PIXEL362468\nleila: top", "PIXEL362468"),
    # code words of other languages, in compounds, with their own links, and codes with stars, hashes and
    # pairs (written for this test)
    ("Hej Aino! Portkoden är 71*55 och tvättstugan bokar du i appen.", "71*55"),
    ("Moi! Ulko-oven koodi on 61*4816 ja avainboksin koodi 4411.", "61*4816"),
    ("Szia! A kapukód 57*0310, a kulcsdoboz kódja 8501.", "57*0310"),
    ("Hej! Nøgleboksen sidder ved døren, koden til lås er 70 48 03. Mvh", "70 48 03"),
    ("Dzień dobry, kod do domofonu to *6628, klucz w skrzynce.", "*6628"),
    ("Chào bạn, mã cửa chính là 4673. Cảm ơn!", "4673"),
    ("Merhaba, apartman kapı şifresi 1618, iyi tatiller.", "1618"),
    ("Ang code ng gate ay 00*2673. Salamat po!", "00*2673"),
    ("salut, pinul de la cardul firmei e 1182 nu-l da la nimeni.", "1182"),
    ("Fietsen mogen in de schuur (slot: 8-8-8-4). Groetjes!", "8-8-8-4"),
    ("recepce\ntrezor v kanceláři 571: 1061\nalarm: 2727", "1061"),
    ("The key safe by the back door is `#445878`. Please lock up.", "#445878"),
    ("also your dad's phone unlock is 340944 if you need it", "340944"),
    ("2019 is the pin for the company fuel card, please keep it safe", "2019"),
    ("If MFA prompts you, the one-time bypass code is 213 288 (valid 24h).", "213 288"),
    # a code right after "code" where the words around make it a one-time code
    ("J'ai reçu le code 482913 par SMS mais il ne marche pas.", "482913"),
    ("Saisissez le code 482913 pour valider.", "482913"),
    # passwords after words of other languages, and of a network without a link
    ("Szia! A wifi jelszó kgybyb59u, jó pihenést!", "kgybyb59u"),
    ("Chào bạn, mật khẩu wifi là ejq9iur7f4 nhé", "ejq9iur7f4"),
    ("Ahoj, heslo na wifi 2zqltra6j0. Klíče jsou v boxu.", "2zqltra6j0"),
    ("Halo, Password wifi ZONNEBLOEM#8888 (nama wifi TP-Link_3A7C).", "ZONNEBLOEM#8888"),
    ("Wifi: Vodafone-C0A8, ww xicwrQb4R8mk. Groetjes", "xicwrQb4R8mk"),
    ("BitLocker recovery passphrase tundra quartz orbit pepper", "tundra quartz orbit pepper"),
    ('the wifi is "tundra quartz orbit pepper" btw', "tundra quartz orbit pepper"),
    ("the shared account uses tundra-quartz-orbit-pepper as its password.", "tundra-quartz-orbit-pepper"),
    # codes read out in other languages, and a code or lock asked about and answered by the next speaker
    ("nhân viên: dạ mã PIN mới của chị là ba-không-tám-bảy ạ", "ba-không-tám-bảy"),
    ("konsultant: nowy PIN do karty, to jest jeden pięć osiem sześć", "jeden pięć osiem sześć"),
    ("o código que chegou no celular foi um um oito seis quatro dois, mas já venceu",
     "um um oito seis quatro dois"),
    ("Anouk: mikä se hälytyskoodi nyt olikaan?\nMarco: 2837\nAnouk: kiitti!", "2837"),
    ("Bence: abi depo kilidinin şifresi neydi\nIoana: 75 12 27\nBence: sağol", "75 12 27"),
    ("Olu: en het alarm van de keet?\nRavi: 8552 dan op uit", "8552"),
    ("Ravi: the code for the bike storage? new lock\n[08:55] Ana: 97361\n[08:55] Ravi: legend", "97361"),
    # a self-hosted chat's incoming webhook
    ("El bot publica en https://chat.team.example/hooks/8sh31jrymkxatet087zz6drouf pero no llega nada.",
     "8sh31jrymkxatet087zz6drouf"),
]
LEFT_ALONE = [
    "password reset link expired", "the password policy requires 12 characters",
    "the passphrase is stored in the vault", "the passphrase is required for every login",
    "error code 404 on login", "status code 500", "the code 4411 in the ticket", "PIN since 2019",
    "kod pocztowy 00-950, kod produktu 123456", "Sipariş kodu 123456", "kod wersji 40213",
    "The server returned code 200 and exit code 137.", "2024 is the code freeze year.",
    "Set the alarm at 0630.", "see the code 4411 in the repo",
    "Tom: did you lock the safe?\nAna: yes at 1830", "Our wifi is great.",
    "pin the version to 1.2.3", "OTP expired", "password combination.\n\nR5: Regular expressions",
    "reset your password before 2025-01-01",
    "Use SHA-256 as the password hash.", "We moved to bcrypt-v2 for password hashing.",
    "See RFC-8018 for password rules", "Use this as the password for now",
    "the CVV field is required", "CVV 2024 rules changed",
    # symbols in ids, versions, prompts, package pins, hosts, money and escapes are not passwords
    "upgrade from 8.2.13 to 18.30.8-rc.3?", "Convert this key to PKCS#8 for me", "sh-5.0$ curl -k",
    "npm WARN deprecated pepper@1.9.1", "ssh ci-runner@build-agent-12", "it costs US$100 a month",
    "see issue #4412 and PR #88!", "encode it as %20ab in the URL", "C++17 or g++-12?", "call me at 10am!",
    "log in to Office365 with SSO", "reset the Windows11 account",
    # codes that are something else, and prose: words in a row that are not all BIP39 words
    "the error code is 4031", "código postal: 28001", "the product code is 55102", "Fehlercode: 4031",
    "the quick brown fox jumps over the lazy dog and then runs away into the forest behind the old barn",
    "abandon ability able about above absent absorb abstract absurd abuse access",  # eleven words
    "the door opens with a badge", "enter 2024 in the year field", "the safe is in room 4410",
    "ssh-keygen -t ed25519 -C 'dev laptop' -N ''", 'db, err := sql.Open("mysql", dsn)',
    "the password is in the vault",
    # references and policies; public hooks documentation; a Japanese sentence about passwords
    "The password must be 12 characters: ${DB_PASSWORD} and $HOME stay.",
    "Docs: https://docs.example.com/hooks/getting-started-with-hooks",
    "パスワードを忘れました。",
    "password rules:\nMinimum length\nOne digit",
    "what was the password policy again?\nAna: v2.3 of the doc, see INC0012345",
    "the passphrase we agreed on is in the vault",
    "the error code is below\n500", "what's the status code?\n404",
    "which version of the code?\nv2.3.1", "sessionid\tstring\tthe cookie's name",
]


@pytest.mark.parametrize("text, secret", CAUGHT)
def test_caught_whole(scrubber, text, secret):
    out = scrubber.scrub([text]).texts[0]
    assert secret not in out and "<SECRET_" in out
    for word in secret.replace("-", " ").split():
        assert word not in out.replace("passphrase", "")  # no part of it either


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_look_alikes_left_alone(scrubber, text):
    assert "<SECRET_" not in scrubber.scrub([text]).texts[0]


def test_a_code_found_once_is_masked_where_it_is_repeated(scrubber):
    text = "agent: your new PIN is 4827, please repeat it\ncustomer: 4827? ok. and the 48270 order?"
    out = scrubber.scrub([text]).texts[0]
    assert "4827" not in out.replace("48270", "") and "48270" in out
