"""Secrets written the ways people paste them into prompts (issue #19: secrets recall >= 0.99 on text we did
not write). Classes, not sentences: shell and container environments, config files of the common stacks,
connection strings and DSNs, command-line flags, headers, JSON/YAML/TOML keys, HTML forms, and passwords in
prose in seven languages with the cue before, after or a clause away; and the look-alikes that must stay.

``TUNED`` is what the recognizers were tuned on; ``HELD_OUT`` was written with it, before any tuning, and
never tuned on: it is asserted only in aggregate (a floor on its recall), so a change that trades
generalisation away shows up without the held-out cases turning into tuning data.
"""

import pytest

from tests.scrubber.masking import masked_share

# (text, the secret that must be covered whole)
TUNED = [
    # shells and containers
    ("export DB_PASSWORD=Velvet89", "Velvet89"),
    ("export PGPASSWORD='seven.cactus.lantern.copper'", "seven.cactus.lantern.copper"),
    ("set ADMIN_PASS=Summer2024!", "Summer2024!"),
    ('$env:AZURE_CLIENT_SECRET = "Qm8~xT2.vLp-9RkW_3nZ"', "Qm8~xT2.vLp-9RkW_3nZ"),
    ("docker run -e POSTGRES_PASSWORD=seven.cactus.lantern.copper -d postgres:16",
     "seven.cactus.lantern.copper"),
    ("docker run -d -e MYSQL_ROOT_PASSWORD=hunterhunter42 -p 3306:3306 mysql:8", "hunterhunter42"),
    ("services:\n  mq:\n    environment:\n      - RABBITMQ_DEFAULT_PASS=amber_falcon_42\n",
     "amber_falcon_42"),
    ("env:\n  - name: DB_PASSWORD\n    value: \"Kx93mPq1Lz\"\n  - name: DB_USER\n    value: app\n",
     "Kx93mPq1Lz"),
    ("REDIS_HOST=cache\nREDIS_PASSWORD=Tr4mp0line#\nREDIS_DB=0", "Tr4mp0line#"),
    ("SMTP_PASS=orbit.walnut.ember\n", "orbit.walnut.ember"),
    # package managers
    ("//nexus.corp.local/repository/npm/:_password=Q2hhbmdlTWUyMDI0\nalways-auth=true", "Q2hhbmdlTWUyMDI0"),
    ("[pypi]\nusername = deploy\npassword = Gl4cier-Run\n", "Gl4cier-Run"),
    ("[global]\nindex-url = https://deploy:Gr8Scott!@pypi.corp.example/simple", "Gr8Scott!"),
    # app config
    ("DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'USER': 'app', "
     "'PASSWORD': 'marble-otter-sunset'}}", "marble-otter-sunset"),
    ("spring:\n  datasource:\n    username: app\n    password: Winter2023$\n", "Winter2023$"),
    ("spring.datasource.password=Velvet89\nspring.jpa.show-sql=true", "Velvet89"),
    ("smtp:\n  user: alerts\n  pass: Falcon!2024\n", "Falcon!2024"),
    ('{"client_id": "web", "client_secret": "Gq8~vY3.pR-zT1_wK"}', "Gq8~vY3.pR-zT1_wK"),
    ('[database]\nhost = "db"\nsecret_key = "toml-value-88Xy"\n', "toml-value-88Xy"),
    # connection strings and DSNs
    ("DATABASE_URL=postgres://app:Velvet89@db.internal:5432/prod", "Velvet89"),
    ("mongodb+srv://admin:Pa55w0rd@cluster0.ab1cd.mongodb.net/test", "Pa55w0rd"),
    ("redis://:s3cr3tRedis@cache:6379/0", "s3cr3tRedis"),
    ("Server=tcp:sql.corp,1433;Database=crm;User ID=sa;Password=Str0ng!Pass;", "Str0ng!Pass"),
    ("jdbc:mysql://db:3306/shop?user=shop&password=Tulip77", "Tulip77"),
    ("conn = psycopg2.connect('host=db dbname=app user=app password=Fjord.Maple.42')", "Fjord.Maple.42"),
    ('sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="svc" '
     'password="Kafka!2024";', "Kafka!2024"),
    ("jdbc:oracle:thin:scott/tiger123@//ora.corp:1521/ORCL", "tiger123"),
    # command lines
    ("curl -u admin:Velvet89 https://jenkins.corp/api/json", "Velvet89"),
    ("mysql -u root -pKiwi2024! shop < dump.sql", "Kiwi2024!"),
    ("sshpass -p 'Orchid#55' ssh deploy@10.0.0.4", "Orchid#55"),
    ("redis-cli -h cache -a Raven2023x ping", "Raven2023x"),
    ("docker login -u bot -p Xy7qLmN2pR registry.corp", "Xy7qLmN2pR"),
    ("mongosh --username admin --password Ocean2023 --host db", "Ocean2023"),
    ("git clone https://ana:Sunflower77@git.corp.local/team/repo.git", "Sunflower77"),
    ("openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:Quartz!91", "Quartz!91"),
    ("htpasswd -b .htpasswd admin Marble2022", "Marble2022"),
    ("net user svc_backup Br1ght!Sky /add", "Br1ght!Sky"),
    # headers, HTML
    ("Authorization: Basic YWRtaW46VmVsdmV0ODk=", "YWRtaW46VmVsdmV0ODk="),
    ('<input type="password" name="pwd" value="Maple2020!">', "Maple2020!"),
    # prose, English
    ("I reset your password, the new one is Velvet89", "Velvet89"),
    ("temporary password for Ana is Bristol#44", "Bristol#44"),
    ("use Harbor2025 to log in, then change it", "Harbor2025"),
    ("login: admin / Sunset99", "Sunset99"),
    ("creds: jdoe / Granite$7", "Granite$7"),
    ("I asked about her old password and she says the last one was Fall2024!", "Fall2024!"),
    ("Guest network - SSID: CorpGuest / key: amber-otter-91", "amber-otter-91"),
    ("Wi-Fi is HomeNet, pw Lantern55", "Lantern55"),
    ("The router password? It's Pumpkin2019", "Pumpkin2019"),
    ("my pw: Velvet89", "Velvet89"),
    ("password: kT9vQ2mX4pL", "kT9vQ2mX4pL"),
    ("the default admin password is P@ssw0rd1", "P@ssw0rd1"),
    ("passphrase: river_stone_maple_cloud", "river_stone_maple_cloud"),
    ("the wifi password is seven cactus lantern copper", "seven cactus lantern copper"),
    # prose, other languages
    ("Das Passwort lautet Sommer2024!", "Sommer2024!"),
    ("Kennwort für den Drucker: Drucker#12", "Drucker#12"),
    ("Le mot de passe est Soleil2023!", "Soleil2023!"),
    ("identifiant : jdupont / mot de passe : Lune#2020", "Lune#2020"),
    ("La contraseña es Verano2022*", "Verano2022*"),
    ("La password è Estate2021!", "Estate2021!"),
    ("Het wachtwoord is Fiets2024!", "Fiets2024!"),
    ("A senha é Praia2020!", "Praia2020!"),
    # second batch: more places a password sits
    ("Password:\n    Velvet89\n", "Velvet89"),
    ("password -> Harbor2025", "Harbor2025"),
    ("the password's Lantern55 now", "Lantern55"),
    ("password is kTvQmXpLwRz", "kTvQmXpLwRz"),
    ("the wifi password is 'sunflower'", "sunflower"),
    ("Velvet89 - that's the new password", "Velvet89"),
    ("Granite42 (the new password) works", "Granite42"),
    ("db:5432:app:ana:Velvet89", "Velvet89"),
    ("$pw = ConvertTo-SecureString 'Orchid#55' -AsPlainText -Force", "Orchid#55"),
    ("requests.get(url, auth=('ana', 'Velvet89'))", "Velvet89"),
    ('server.login("alerts@corp.example", "Harbor2025")', "Harbor2025"),
    ("CREATE USER report WITH PASSWORD 'Fjord.Maple.42';", "Fjord.Maple.42"),
    ("wpa_passphrase CafeNet Velvet89 > /etc/wpa.conf", "Velvet89"),
    ("net use Z: \\\\files\\share Harbor2025 /user:corp\\ana", "Harbor2025"),
    ("machine api.corp.example login ana password Granite42", "Granite42"),
    ("kubectl create secret generic db --from-literal=password=seven.cactus.lantern.copper",
     "seven.cactus.lantern.copper"),
    ("helm install app ./chart --set auth.rootPassword=Velvet89", "Velvet89"),
    ("username/password: admin/Sunset99", "Sunset99"),
    ("| user | password |\n|---|---|\n| ana | Velvet89 |", "Velvet89"),
    ("Zugangsdaten: Benutzer ana, PW Velvet89", "Velvet89"),
    # third batch
    ("Password for the lab laptop — Velvet89", "Velvet89"),
    ("the password, Harbor2025, expires Friday", "Harbor2025"),
    ("Le mot de passe est maintenant Soleil2023!", "Soleil2023!"),
    ("her password has been changed to Granite42 by the helpdesk", "Granite42"),
    ("das Passwort wurde auf Kaffee2024 gesetzt", "Kaffee2024"),
    ("la contrasena es Verano2022*", "Verano2022*"),
    ("A palavra-passe é Praia2020!", "Praia2020!"),
    ("password: 'correct horse battery'", "correct horse battery"),
    ("creds ana.k:Velvet89 for the staging box", "Velvet89"),
    ("wifi: CafeNet / Lantern55", "Lantern55"),
    ("users:\n- name: ops\n  user:\n    client-key-data: "
     "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVB",
     "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVB"),
    ("Cookie: PHPSESSID=9k2jf83hd7s6a5l4q0w1e2r3t4; theme=dark", "9k2jf83hd7s6a5l4q0w1e2r3t4"),
    # fourth batch: formatting around the label, and verbs a clause after it
    ("- **Password:** Velvet89", "Velvet89"),
    ("| Password | Velvet89 |", "Velvet89"),
    ("<td>Password</td><td>Velvet89</td>", "Velvet89"),
    ("password\nVelvet89\n", "Velvet89"),
    ("her password? Velvet89", "Velvet89"),
    ("I forgot the wifi password again, so I set it to Harbor2025 this morning", "Harbor2025"),
    ("about his email password: he uses Granite42 everywhere", "Granite42"),
    ("ROOTPASS=Velvet89\nADMINPWD=Harbor2025", "Velvet89"),
    ("WIFI_PASSWORD=correct horse battery staple\n", "correct horse battery staple"),
    ("Zugangsdaten: ana.k / Sommer2024!", "Sommer2024!"),
    ("identifiants : jdupont / Lune#2020", "Lune#2020"),
    ("Das Initialpasswort ist Velvet89", "Velvet89"),
    ("WLAN-Schlüssel: Velvet89", "Velvet89"),
    ("le code wifi c'est Velvet89", "Velvet89"),
    ("mot de passe : « Velvet89 »", "Velvet89"),
    ("Cambió la contraseña a Velvet89", "Velvet89"),
    ("Hij heeft het wachtwoord veranderd in Velvet89", "Velvet89"),
    ("ana@corp.example / Velvet89", "Velvet89"),
    ("ssh ana@10.0.0.5 with Velvet89", "Velvet89"),
    ("admin:Velvet89", "Velvet89"),
    # fifth batch (the secrets corpus's dev half): raw passwords in URLs hold ? # & = (nobody percent-encodes)
    ("CELERY_BROKER_URL=redis://:kq3@z$Ua7w#6WO@cache.internal:6379/0", "kq3@z$Ua7w#6WO"),
    ("REDIS_URL=redis://:1J=?TDPnfN_+mVR@redis.svc:6379", "1J=?TDPnfN_+mVR"),
    ("amqp://ops:Pa&ss=w0rd?x#1@mq.corp:5672/%2F", "Pa&ss=w0rd?x#1"),
    # (a third-party fixtures' class) a long run of digits assigned to a secret's name is the secret
    ('discord_client_secret: "37745615582634013153911565014889"', "37745615582634013153911565014889"),
    ('client_secret = "48213093120399817781"', "48213093120399817781"),
    # (session 12) cues other than "password is": a symbol first, leetspeak with a closing symbol, words
    # run together with a number, "reset it to", "to get in", a question, a chat answer, a default login,
    # a security answer, and a chosen password anywhere in a text about credentials
    ("the service account secret (&Qv7#pLx2) landed in #general by mistake", "&Qv7#pLx2"),
    ("I changed it to Cr4nb3rry9@ last week and the VPN still takes the old one", "Cr4nb3rry9@"),
    ('is "MarbleOtter417" long enough for the new policy?', "MarbleOtter417"),
    ("locked out again, I reset it to spring123 and told her to change it", "spring123"),
    ("use amber-willow-torch to get in to the staging box", "amber-willow-torch"),
    ("sudo with Qm7xKp2Rz9_w, then restart nginx", "Qm7xKp2Rz9_w"),
    ("Lea 10:02\nwhat's the signing secret for the billing webhook?\nTom 10:05\n"
     "5d1c9f0b8a7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c\n",
     "5d1c9f0b8a7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c"),
    ("the kiosk's admin login is kiosk / letmein, leave it as is", "letmein"),
    ("Is this a good PIN for my phone? 58204", "58204"),
    ("my bank's security question (first pet) answer is Biscuit Brown", "Biscuit Brown"),
    ("creds for the test tenant: jdoe, and then Harbor7lights if it asks twice", "Harbor7lights"),
    ("photo of the note by the back door:\nGATE 2580\nLOCKBOX: 1379", "1379"),
    ("photo of the note by the back door:\nGATE 2580\nLOCKBOX: 1379", "2580"),
    ("Garage: 7731# and the key safe - 13-57-91", "13-57-91"),
    ('the new wifi passphrase? its "copper lantern river seven" now', "copper lantern river seven"),
    # a SIM card's numbered PIN and PUK, code words as OCR reads them, a form's dot leaders
    ("SIM card holder:\nPIN1 3904  PUK1 56789012", "3904"),
    ("SIM card holder:\nPIN1 3904  PUK1 56789012", "56789012"),
    ("scan of the sticker: C0DE: 4471", "4471"),
    ("Voicemail PIN........ 6620", "6620"),
    ("Password.......... Tr0ub4dor9", "Tr0ub4dor9"),
]

# Recovery and backup codes listed after their heading: every code is covered (one span for the block).
CODE_LISTS = [
    ("Saving my GitHub recovery codes here:\ncx7k-xwty\n2067 4278\n66165499\n17406825",
     ["cx7k-xwty", "2067 4278", "66165499", "17406825"]),
    ("Google backup codes:\n1. 4821 0932   2. 1203 9981\n3. 7781 2231   4. 5120 0917",
     ["4821 0932", "1203 9981", "7781 2231", "5120 0917"]),
    ("2FA recovery codes: 8k2md-4n7qp, 3jw9x-t5rzv, m4q8p-2hx7c",
     ["8k2md-4n7qp", "3jw9x-t5rzv", "m4q8p-2hx7c"]),
    ("Meine Backup-Codes für Microsoft:\n- 48213093\n- 12039981\n- 77812231", ["48213093", "77812231"]),
    ("codes de secours Dropbox : 4821093 1203998 7781223", ["4821093", "7781223"]),
]

HELD_OUT = [
    ("export MINIO_ROOT_PASSWORD=granite.willow.harbor.nine", "granite.willow.harbor.nine"),
    ("SET PGPASSWORD=Lavender77 && psql -U app", "Lavender77"),
    ('$env:SQL_SA_PASSWORD="Cobalt#2023"', "Cobalt#2023"),
    ("docker run --env REDIS_PASSWORD=kestrel-mango-31 redis", "kestrel-mango-31"),
    ("      - name: API_TOKEN\n        value: q7Wm2Kx9Lr4Tz", "q7Wm2Kx9Lr4Tz"),
    ("environment:\n  POSTGRES_PASSWORD: saffron.pebble.lake\n", "saffron.pebble.lake"),
    ("registry=https://npm.corp/\n//npm.corp/:_auth=ZGVwbG95OlNwcmluZzIwMjQh", "ZGVwbG95OlNwcmluZzIwMjQh"),
    ("[server-login]\nusername: ci\npassword: Hollow-Oak-64", "Hollow-Oak-64"),
    ("EMAIL_HOST_PASSWORD = 'ivory tiger plum'", "ivory tiger plum"),
    ("app.jwt.secret=Sup3rS3cretJwt\nserver.port=8080", "Sup3rS3cretJwt"),
    ("mail:\n  smtp:\n    password: \"Breeze2022\"\n", "Breeze2022"),
    ('{"username": "svc-report", "password": "Nimbus!48"}', "Nimbus!48"),
    ("apiKey: 'k3y-f0r-maps-2024'", "k3y-f0r-maps-2024"),
    ("amqp://guest:Bunny2024@rabbit:5672/", "Bunny2024"),
    ("mssql+pyodbc://sa:Yukon900@sqlsrv/crm?driver=ODBC+Driver+18", "Yukon900"),
    ("Data Source=ora;User Id=hr;Password=Lemon#Tree9;", "Lemon#Tree9"),
    ("psql 'postgresql://report:Harvest.Moon.7@pg.corp/analytics'", "Harvest.Moon.7"),
    ("az login -u ops@corp.example -p Hazel.Pine.88", "Hazel.Pine.88"),
    ("vault login -method=userpass username=ana password=Lilac-Drum-4", "Lilac-Drum-4"),
    ("./deploy.sh --password 'Copper&Rain5' --env prod", "Copper&Rain5"),
    ("mysqldump -uadmin -pRiver2019 crm > crm.sql", "River2019"),
    ("sshpass -p Tundra77 scp backup.tgz ops@10.2.0.9:/srv", "Tundra77"),
    ("git remote set-url origin https://bot:Meadow2024@gitlab.corp/app.git", "Meadow2024"),
    ("curl --user 'reporter:Quill#2021' https://api.corp/v1/report", "Quill#2021"),
    ("-H 'Authorization: Basic cmVwb3J0ZXI6UXVpbGwjMjAyMQ=='", "cmVwb3J0ZXI6UXVpbGwjMjAyMQ=="),
    ('<input name="password" type="password" value="Tiger#Lily8"/>', "Tiger#Lily8"),
    ("Hi Sam, the new password for the shared mailbox is Velvet89, please change it.", "Velvet89"),
    ("Her temporary password is Oslo2024 - she must change it at first login.", "Oslo2024"),
    ("You can sign in with Saturn#12 until IT resets it.", "Saturn#12"),
    ("user: mgarcia pass: Cedar2023", "Cedar2023"),
    ("I changed the admin password yesterday. It is now Kettle55!", "Kettle55!"),
    ("wifi: OfficeNet / password: maple.river.stone", "maple.river.stone"),
    ("The code for the guest wifi is Sunny2023", "Sunny2023"),
    ("pwd = hX4kP9wQ2zL", "hX4kP9wQ2zL"),
    ("password hint: it's Velvet89 with a capital V", "Velvet89"),
    ("Neues Passwort: Blume.Wald.33", "Blume.Wald.33"),
    ("Mon mot de passe temporaire c'est Printemps24", "Printemps24"),
    ("Tu contraseña temporal es Lunes#2023", "Lunes#2023"),
    ("Password provvisoria: Gatto.Nero.5", "Gatto.Nero.5"),
    ("Je tijdelijke wachtwoord is Tulp#88", "Tulp#88"),
    ("Sua senha provisória é Cafe.Com.Leite9", "Cafe.Com.Leite9"),
    ("Password:\r\n  Harvest.Moon.7", "Harvest.Moon.7"),
    ("pw => Tulip77", "Tulip77"),
    ("Lantern55 is what she uses to log in", "Lantern55"),
    ("New-LocalUser -Name svc -Password (ConvertTo-SecureString \"Quill#2021\" -AsPlainText -Force)",
     "Quill#2021"),
    ("HTTPBasicAuth('reporter', 'Meadow2024')", "Meadow2024"),
    ("ALTER ROLE app WITH LOGIN PASSWORD 'Velvet89';", "Velvet89"),
    ("*:*:*:postgres:Saffron.Pebble.9", "Saffron.Pebble.9"),
    ("the password is 'marmalade'", "marmalade"),
    ("password: QmXpLwRzTvK", "QmXpLwRzTvK"),
    ("Benutzer: ana / Kennwort: Blume2024", "Blume2024"),
    ("the wifi password is now Meadow2024, the old one stopped working", "Meadow2024"),
    ("Mot de passe — Lune#2020", "Lune#2020"),
    ("login with bot:Xy7qLmN2pR", "Xy7qLmN2pR"),
    ("Set-Cookie: JSESSIONID=A81F3C9B27D64E10F2B3C4D5E6F7A8B9; Path=/", "A81F3C9B27D64E10F2B3C4D5E6F7A8B9"),
    ("She reset it — the password is now 'tulip meadow river'", "tulip meadow river"),
]
# Generated values nothing names: random enough to be a key wherever they stand
NAMELESS = [
    ("Can you check why 8fJ2kLm9Qp3xZ7vBw1Rt fails when I pass it to the client?", "8fJ2kLm9Qp3xZ7vBw1Rt"),
    ("He pasted Qx7LmPz2Rt9Wn4KvB8cD into the chat, is that bad?", "Qx7LmPz2Rt9Wn4KvB8cD"),
]

LOOK_ALIKES = [
    # (session 12) what the rules above must leave: products with a number, tools with a version, hosts with
    # a port, keyword arguments, a public key's body, a hash asked about, hashtags and mentions
    "We ship PowerPoint2016 to the iPhone15 users; bcrypt-v2 runs on db01.corp.local:5432 (see the new "
    "password rules)",
    'conn = connect(user="svc", password=password)',
    # public keys named in prose: their type, their body, a DER public key, a fingerprint and a key id
    "Add this public key for the deploy user: ssh-ed25519 "
    "AAAAC3NzaC1lZDI1NTE5AAAAIu35SXJj0JedYTh26addQ6INIS3kS25H4glSlqwmjNy ops@laptop",
    "my public key: AAAAB3NzaC1yc2EAAAADAQABAAABAQC7x9Lq2mZ8vT4kP1sR6wE3nY5uH0jF2dG8cB4aV7tK9pM1oQ3iU6eW",
    "The certificate key (public) reads MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lg",
    "our GPG key fingerprint: 3AA5 C34371567BD2 and key id 0x9F8E7D6C5B4A3F21",
    # code that reads a secret from elsewhere: an object's attribute or a call, in several languages
    'connect(user="svc", password=cfg.db_pass)\nauth = login(self.password)\npassword: args.token',
    'db_password = os.Getenv("DB_PASS")\nlet pw = env::var("DB_PASS").unwrap();\n'
    'password = input("Password: ")\nvar pw = Environment.GetEnvironmentVariable("DB_PASS");',
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIu35SXJj0JedYTh26addQ6INIS3kS25H4/glSlqwmjNy ops@laptop",
    "what is the sha256 of the release tarball?\nBen 10:10\n"
    "5d1c9f0b8a7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c",
    "see #Issue42 and @mention99 in the password thread",
    "Flight 1405 boards at gate B12 at 10:30; door 3, locker 22, Building 1100, the alarm at 0630",
    "solder pin 2 of the connector; pin 1 is ground and PIN 12 is unused",
    'the password policy says "use long random words", "never reuse them" and "minimum sixteen characters"',
    "the password is stored in 1Password under X-JFrog-Art-Api, see java.sql.SQLException",
    "upgrade to version 2.14.3-rc1 before Friday",
    "commit 3f9a2b7c1d8e4f60a9b2c3d4e5f6a7b8c9d0e1f2 broke the build",
    "request id 6f1c2b9e-3a4d-4e8f-9b1a-2c3d4e5f6a7b failed",
    "password: ********",
    "DB_PASSWORD=${DB_PASSWORD}",
    "token: <your-token>",
    "Passwords must be at least 12 characters and include a digit.",
    "Click the link to reset your password.",
    "ssl_key_file = /etc/ssl/private/server.key",
    "the password field is required",
    "API_KEY = os.environ['API_KEY']",
    "secret_key = settings.SECRET_KEY",
    "token = get_token()",
    "PASSWORD_MIN_LENGTH=12",
    "Log in with your SSO credentials.",
    "password: <redacted>",
    "export API_TOKEN=$(vault kv get -field=token secret/ci)",
    "the password is stored in 1Password",
    # look-alikes of the command-line and clause-away rules
    "docker run -p 8080:80 -e TZ=UTC nginx:1.25",
    "gh auth login --with-token < token.txt",
    "echo $DOCKER_PASSWORD | docker login -u ci --password-stdin",
    "kubectl apply --token-file /var/run/secrets/token -f deploy.yaml",
    "my password reset failed and the ticket number is INC0012345",
    "the password expired; the new policy is v2.3.1",
    "Log in with Google or sign in with Microsoft.",
    "name: DB_HOST\n  value: db.internal",
    "Password:\nUsername: ana",
    "it says the password is 'wrong' every time",
    "server.login(user, password)",
    "Step 2 - the password reset page",
    "uptime 12:30:45:00:01",
    "$cred = Get-Credential",
    "| Password | ******** |",
    "**Password:** (ask IT)",
    "the password manager uses AES256 for the vault",
    "passport: united kingdom citizen",
    "password: not set yet",
    "BYPASS=enabled",
    "cc: ana@corp.example / bob@corp.example",
    "ana@corp.example: Thanks, see you Monday",
    "admin: true",
    "root:x:0:0:root:/root:/bin/bash",
    "contact support@corp.example with ticket details",
    # a dotfile after a password word, a port before a query with an address in it, prose about codes
    "git keeps asking for my password, .git-credentials has the token",
    "open http://localhost:8080?next=ana@corp.example after login",
    "https://host:443#/users/ana@corp.example",
    "the recovery codes are stored in 1Password since 2021",
    "token_ttl: 3600\nsecret_rotation_days: 90",
    "backup codes: ask IT for a new set",
    # generated but public or an id: SSH public keys, a certificate's body, base64 of a sentence, an id
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIzNrrMiOCuUjMRIHMzv4Tsj2eSfOYy4ySiTLAeotuF5B ci@build-12",
    "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEb2Ldvf3XpQ9TmKzR7wNcYa1UvBs4HgJe\n"
    "-----END CERTIFICATE-----",
    "what does this base64 say? SGVsbG8gZnJvbSB0aGUgYnVpbGQgc2VydmVy",
    "the request id 8fJ2kLm9Qp3xZ7vBw1Rt shows up twice in the log",
    "FROM python:3.12-slim@sha256:d5c689c29bebd96fe8eaa2496572a6d70ec7f5c01f899692fa519ea350471af8 AS base",
]


@pytest.mark.parametrize("text, secret", TUNED)
def test_secret_covered(scrubber, text, secret):
    assert masked_share(scrubber, text, secret) == 1


def test_held_out_recall(scrubber):
    caught = sum(masked_share(scrubber, text, secret) == 1 for text, secret in HELD_OUT)
    assert caught / len(HELD_OUT) >= HELD_OUT_FLOOR


@pytest.mark.parametrize("text, secret", NAMELESS)
def test_nameless_generated_value_covered(scrubber, text, secret):
    assert masked_share(scrubber, text, secret) == 1


@pytest.mark.parametrize("text, codes", CODE_LISTS)
def test_code_list_covered(scrubber, text, codes):
    assert all(masked_share(scrubber, text, code) == 1 for code in codes)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_left_alone(scrubber, text):
    assert "<SECRET_" not in scrubber.scrub([text]).texts[0]


HELD_OUT_FLOOR = 0.9  # measured 52/56 = 0.929 when the recognizers were done (28/41 before, on the first 41)
