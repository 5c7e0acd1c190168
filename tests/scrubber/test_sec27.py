"""Secrets recall (sec27, issue #19): leetspeak password labels read through one map, sign-ins and "the new
one is X" in other languages, a network's code named in other languages, code words of Russian, Hindi,
Arabic and Swahili texts. Nearby texts that hold no secret stay clean. Texts written for this test."""

import pytest

from tests.scrubber.masking import secret_covers as found
from tests.scrubber.masking import secrets


@pytest.mark.parametrize("text, value", [
    # a password label in leetspeak, every spelling of the map's letters
    ("P@$$W0RD: cormorant", "cormorant"),
    ("p4$$w0rd = cormorant", "cormorant"),
    ("pa$$wd: cormorant", "cormorant"),
    ("Pa$$wort: kormoran", "kormoran"),
    ("DB_P455W0RD=Heron!2291", "Heron!2291"),
    ("t0k3n = 'aP3dQ5fR7hS9jT1kU3mV5'", "aP3dQ5fR7hS9jT1kU3mV5"),
    # ... and the spellings that were found before
    ("Pa$$word: cormorant", "cormorant"),
    ("P4ssw0rd=cormorant", "cormorant"),
])
def test_leet_labels(scrubber, text, value):
    assert found(scrubber, text, value)


@pytest.mark.parametrize("text, value", [
    # a sign-in in another language, the value after it or before it
    ("Melde dich mit Kranich_4471 im Portal an.", "Kranich_4471"),
    ("Pour te connecter, utilise Goeland_5520.", "Goeland_5520"),
    ("Para entrar en la intranet usa Condor#8812.", "Condor#8812"),
    ("Per accedere al gestionale usa Airone_6631.", "Airone_6631"),
    ("Om in te loggen gebruik je Kievit_2219.", "Kievit_2219"),
    ("Żeby się zalogować, wpisz Czapla_7714.", "Czapla_7714"),
    ("Чтобы войти, введи Zhuravl_3318.", "Zhuravl_3318"),
    ("登录用 Baihe_5527。", "Baihe_5527"),
    ("Untuk masuk pakai Kakatua_9914.", "Kakatua_9914"),
    ("Nimm Kranich_4471 zum Einloggen.", "Kranich_4471"),
    # the new one in another language
    ("Das neue ist Amsel#5512, das alte geht nicht mehr.", "Amsel#5512"),
    ("El nuevo es Gaviota_4419.", "Gaviota_4419"),
    ("De nieuwe is Merel_88123.", "Merel_88123"),
    ("Новый — Lastochka_7731.", "Lastochka_7731"),
    ("Mpya ni Kasuku_66123.", "Kasuku_66123"),
    # a network's code named after the value
    ("qz83nm6wt2kr ist der WLAN-Code für die Ferienwohnung.", "qz83nm6wt2kr"),
    ("qz83nm6wt2kr es el código del wifi del apartamento.", "qz83nm6wt2kr"),
    ("qz83nm6wt2kr — это код от вайфая на даче.", "qz83nm6wt2kr"),
    # code words of Russian, Hindi, Arabic and Swahili texts
    ("Код от домофона 5831, не забудь.", "5831"),
    ("गेट का कोड 6627 है।", "6627"),
    ("رمز البوابة هو 3914.", "3914"),
    ("Msimbo wa lango 7725, usiusahau.", "7725"),
])
def test_found(scrubber, text, value):
    assert found(scrubber, text, value)


@pytest.mark.parametrize("text", [
    # a sign-in with no password of a chosen make: a browser, a version, an id, a host, an e-mail
    "Pour te connecter, utilise Firefox 115 ou Chrome 120.",
    "Zum Einloggen brauchst du Version 3.2.1 oder neuer.",
    "Żeby się zalogować, wpisz swój numer klienta 44781-PL.",
    "Чтобы войти, используй корпоративный VPN (vpn-gw-03.corp.local).",
    "Om in te loggen gebruik je je e-mailadres piet.bakker@example.nl.",
    # the new one is a model, a version, a release
    "新しいのは Pixel_8a です。",
    "Det nya är release-2025.03 som vi deployar i kväll.",
    "De nieuwe is versie 4.1.2, zie de changelog.",
    # codes that are no secret: an error's, an order's, a city's
    "Код ошибки 4031, сервер не отвечает.",
    "Код заказа 558812, доставка завтра.",
    "त्रुटि कोड 5032 आ रहा है।",
    "رمز الخطأ 4041 يظهر عند التحميل.",
    "Наш офис на этаже 4, код города 495.",
    # India's postal PIN code is an address's, not a secret
    "मेरा पिन कोड 411001 है।",
])
def test_no_secret(scrubber, text):
    assert secrets(scrubber, text) == []
