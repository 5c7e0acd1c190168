"""The fifteenth corpus: office and customer-operations prompts from 37 regions, in local names and formats.

Datasheet
---------
What: prompts people in offices and customer operations paste into an AI tool: CRM and sales-call notes,
call-centre and chat summaries, delivery and logistics exceptions, KYC and onboarding checks, HR onboarding
and payroll queries, visa and travel bookings, property rentals, school admissions, clinic appointments,
bank and remittance disputes, e-commerce returns, WhatsApp group exports, forwarded e-mails with signatures,
spreadsheet rows pasted as text and JSON/CSV snippets from internal tools, each under an instruction
("Draft a reply", "Summarise", "Translate to English", "Fill this form"), 150-1,500 characters. Set in 37
regions (``meta.region``: India, Pakistan, Bangladesh, Sri Lanka, Nigeria, Ghana, Kenya, South Africa,
Egypt, UAE, Saudi Arabia, Turkey, the Philippines, Singapore, Malaysia, Indonesia, Vietnam, Thailand,
China, Hong Kong, Taiwan, Japan, Korea, Brazil, Mexico, Argentina, Poland, the Nordics, Greece, Israel, the
US, UK, Canada and Australia), each with its own phone, address, date and ID formats. About 75 % English as
written in those places; the rest Indonesian, Vietnamese, Turkish, Portuguese, Spanish, Arabic, Japanese,
Chinese, Korean, Polish, Greek or Hindi, or mixed (Hinglish, Taglish, Arabizi) (``meta.lang``). English
requests are sometimes topped and tailed the way people type them (``Hi!``, ``Thanks in advance``).

Written by a fifteenth author who read neither the scrubber, its data lists nor any corpus but corpus14's
datasheet and the shared split CLI; the scrubber was never run on this corpus while it was written. Names of
44 cultures and scripts (``meta.cultures``) are written by hand the way each culture writes them: Indian
initials and long given names, ``bin``/``binti`` patronymics, Arabic ``Al-`` family names, Yoruba, Igbo, Hausa
and Akan names, Indonesian mononyms, Vietnamese three-part names with and without diacritics, pinyin in both
orders, Hong Kong ``Chan Tai Man Peter``, Japanese and Korean romanised in both orders and in native script,
Arabic, Cyrillic, Greek, Hebrew and Devanagari script, Iberian double surnames with particles, Polish, Nordic
and Greek diacritics; in every casing (lower case in chats, ``SURNAME, Given`` on forms) and position
(greetings, signatures, @mentions, table rows, JSON fields). Streets, towns, firms and values are this
module's own; no Faker. Identity numbers are generated here in their real formats with valid check digits.

How labelled: the value only, never its cue or title (``Engr. Okonkwo`` labels ``Okonkwo``; ``Tanaka-san``
labels ``Tanaka``). PERSON: private people in every form. LOCATION: street addresses whole in local formats,
and a town where a person lives, works or was born. PHONE_NUMBER, EMAIL_ADDRESS of people, DATE_OF_BIRTH
(birth dates only, local formats incl. ``1990年5月3日``, ``3 Mei 1990`` and Thai Buddhist-era ``03/05/2533``),
NATIONAL_ID (Aadhaar, PAN, CNIC, NIN, BVN, SA ID, NRIC, MyKad, CPF, CURP, DNI/CUIL, T.C. Kimlik, Emirates ID,
Saudi ID, NIK, SSS/TIN, Thai ID, Chinese resident ID, HKID, Taiwan ID, RRN, My Number, PESEL, personnummer,
fødselsnummer, CPR, HETU, AMKA, Teudat Zehut, SIN and others; every checksummed one valid, listed in
``meta.checks``), CREDIT_CARD (Luhn-valid), IBAN_CODE (mod-97-valid), IP_ADDRESS (public), SECRET (passwords,
OTPs, PINs, API keys people paste). Firms, their switchboards and shared mailboxes, order, ticket, AWB, PNR
and booking numbers, amounts, dates that are not birth dates, public figures and placeholders are never
labelled. A record is drawn again when a labelled value also occurs unlabelled, or two spans touch.

Negatives (a quarter, ``meta.neg_class``): half ``ordinary`` work prompts with no personal data (policy
questions, product copy, market summaries, formulas, travel advice, news-style paragraphs); the other half
look-alikes: ``order_and_tracking_numbers``, ``company_and_brand`` (firms named after founders),
``public_figures``, ``placeholders`` (``Juan dela Cruz``, ``XXXX-XXXX-1234``, ``[NAME]``),
``places_as_topics`` and ``product_codes_and_versions``.

How split: ``dev`` (300 records, may be read and tuned on) and ``test`` (300 records, aggregates only) with
disjoint templates (44 each) and disjoint name, street and town pools (each hand-written list split
by index parity). Record ``i`` is negative when ``i % 4 == 3`` and non-English when ``i % 4 == 2``. Same
seed, same records, also across processes (each record's ``random.Random`` is seeded with a string).

    .venv/bin/python -m benchmarks.corpus15 --half dev [--n N] [--seed S]
"""

import datetime as _dt
import random
import re
import unicodedata
from dataclasses import dataclass

from benchmarks.halves_cli import write_half

DEFAULT_SEED = 15
HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 300}
TYPES = ("PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "NATIONAL_ID",
         "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "SECRET")

# ---------------------------------------------------------------------------------------------------------
# Check digits (the test module checks every labelled value with these)
# ---------------------------------------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    d = [int(x) for x in digits if x.isdigit()]
    total = 0
    for i, v in enumerate(reversed(d)):
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_digit(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(digits: str) -> bool:
    c = 0
    for i, x in enumerate(reversed([int(v) for v in digits if v.isdigit()])):
        c = _VD[c][_VP[i % 8][x]]
    return c == 0


def verhoeff_digit(partial: str) -> str:
    c = 0
    for i, x in enumerate(reversed([int(v) for v in partial])):
        c = _VD[c][_VP[(i + 1) % 8][x]]
    return str(_VINV[c])


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def iban_make(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in s)) % 97
    return f"{cc}{check:02d}{bban}"


def cpf_ok(cpf: str) -> bool:
    d = [int(x) for x in cpf if x.isdigit()]
    if len(d) != 11:
        return False
    for n in (9, 10):
        s = sum(d[i] * (n + 1 - i) for i in range(n)) % 11
        if d[n] != (0 if s < 2 else 11 - s):
            return False
    return True


def nric_ok(v: str) -> bool:
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(v[1 + i]) * w[i] for i in range(7)) + (4 if v[0] in "TG" else 0)
    table = "JZIHGFEDCBA" if v[0] in "ST" else "XWUTRQPNMLK"
    return table[s % 11] == v[8]


def tckn_ok(v: str) -> bool:
    d = [int(x) for x in v]
    if len(d) != 11 or d[0] == 0:
        return False
    return (d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
            and d[10] == sum(d[:10]) % 10)


def pesel_ok(v: str) -> bool:
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    d = [int(x) for x in v]
    return len(d) == 11 and (10 - sum(a * b for a, b in zip(w, d)) % 10) % 10 == d[10]


def thai_ok(v: str) -> bool:
    d = [int(x) for x in v if x.isdigit()]
    return len(d) == 13 and (11 - sum(d[i] * (13 - i) for i in range(12)) % 11) % 10 == d[12]


_CNW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cnid_ok(v: str) -> bool:
    return len(v) == 18 and "10X98765432"[sum(int(v[i]) * _CNW[i] for i in range(17)) % 11] == v[17]


def il_ok(v: str) -> bool:
    d = [int(x) for x in v if x.isdigit()]
    total = 0
    for i, x in enumerate(d):
        x *= 1 if i % 2 == 0 else 2
        total += x - 9 if x > 9 else x
    return len(d) == 9 and total % 10 == 0


def rrn_ok(v: str) -> bool:
    d = [int(x) for x in v if x.isdigit()]
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return len(d) == 13 and (11 - sum(a * b for a, b in zip(w, d)) % 11) % 10 == d[12]


def mynumber_ok(v: str) -> bool:
    d = [int(x) for x in v if x.isdigit()]
    body = d[:11]
    s = sum(p * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(reversed(body), start=1))
    r = s % 11
    return len(d) == 12 and d[11] == (0 if r <= 1 else 11 - r)


def hkid_ok(v: str) -> bool:
    m = re.fullmatch(r"([A-Z])(\d{6})\(([0-9A])\)", v)
    if not m:
        return False
    s = 9 * 36 + 8 * (ord(m[1]) - 55) + sum(int(x) * (7 - i) for i, x in enumerate(m[2]))
    c = (11 - s % 11) % 11
    return m[3] == ("A" if c == 10 else str(c))


_TW = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23,
                                                  24, 25, 26, 27, 28, 29, 32, 30, 31, 33]))


def twid_ok(v: str) -> bool:
    if not re.fullmatch(r"[A-Z][12]\d{8}", v):
        return False
    n = _TW[v[0]]
    d = [n // 10, n % 10] + [int(x) for x in v[1:]]
    w = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1]
    return sum(a * b for a, b in zip(w, d)) % 10 == 0


_CURP = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_ok(v: str) -> bool:
    s = sum(_CURP.index(ch) * (18 - i) for i, ch in enumerate(v[:17]))
    return len(v) == 18 and str((10 - s % 10) % 10) == v[17]


def cuil_ok(v: str) -> bool:
    d = [int(x) for x in v if x.isdigit()]
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(a * b for a, b in zip(w, d)) % 11
    return len(d) == 11 and d[10] == (0 if r == 11 else r)


def hetu_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{6})[-+A-F](\d{3})([0-9A-Y])", v)
    return bool(m) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(m[1] + m[2]) % 31] == m[3]


def fnr_ok(v: str) -> bool:
    d = [int(x) for x in v if x.isdigit()]
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k1 = (11 - sum(a * b for a, b in zip(w1, d)) % 11) % 11
    k2 = (11 - sum(a * b for a, b in zip(w2, d)) % 11) % 11
    return len(d) == 11 and k1 == d[9] and k2 == d[10]


_HK_EN = ("Peter|Karen|Jason|Michelle|Kelvin|Winnie|Alvin|Cherry|Ivan|Queenie").split("|")


def za_ok(v: str) -> bool:
    return len(re.sub(r"\D", "", v)) == 13 and luhn_ok(v)


# kind -> validator, for ``meta.checks`` (kinds without a check digit are not listed)
CHECKS = {
    "card": luhn_ok, "iban": iban_ok, "aadhaar": verhoeff_ok, "cpf": cpf_ok, "nric": nric_ok,
    "tckn": tckn_ok, "pesel": pesel_ok, "thai": thai_ok, "cnid": cnid_ok, "il_tz": il_ok, "za_id": za_ok,
    "rrn": rrn_ok, "mynumber": mynumber_ok, "hkid": hkid_ok, "twid": twid_ok, "curp": curp_ok,
    "cuil": cuil_ok, "hetu": hetu_ok, "fnr": fnr_ok, "emirates": luhn_ok, "saudi": luhn_ok,
    "personnummer": lambda v: luhn_ok(re.sub(r"\D", "", v)[-10:]), "amka": luhn_ok, "sin": luhn_ok,
}

# ---------------------------------------------------------------------------------------------------------
# Names, written by hand per culture: (style, male given names, female given names, family names).
# Each list is split by index parity: even entries to dev, odd to test.
# ---------------------------------------------------------------------------------------------------------

_CULTS = {
    "indian_north": ("western", "Rahul|Amit|Vikram|Rohit|Sanjay|Ankit|Gaurav|Nitin|Harsh|Devendra",
                     "Priya|Neha|Pooja|Kavita|Ritu|Sneha|Shalini|Megha|Anjali|Swati",
                     "Sharma|Verma|Agarwal|Malhotra|Saxena|Srivastava|Tiwari|Chauhan|Khandelwal|Bhatnagar|Rastogi"
                     "|Mehrotra"),
    "indian_south": ("in_south",
        "Venkata Sai Krishna|Ramasubramanian|Karthikeyan|Srinivasan|Prakash|Suresh Babu"
                     "|Balaji|Harikrishnan|Vignesh|Chandrasekhar",
                     "Lakshmi Priya|Divya|Saranya|Meenakshi|Deepthi|Keerthana|Bhavani|Revathi|Sowmya|Harini",
                     "Iyer|Reddy|Nair|Pillai|Menon|Naidu|Rao|Krishnamurthy|Subramaniam|Gowda|Chettiar|Kurup"),
    "pakistani": ("bin", "Muhammad Bilal|Hamza|Usman|Faisal|Zeeshan|Asad|Shahzaib|Waqar|Imran Ali|Danish",
                  "Ayesha|Sana|Maryam|Hira|Amna|Rabia|Iqra|Mahnoor|Saima|Nimra",
                  "Tariq|Qureshi|Butt|Chaudhry|Siddiqui|Abbasi|Raja|Awan|Gondal|Sheikh|Mirza|Bhatti"),
    "bangladeshi": ("western", "Tanvir|Rafiqul|Shakib|Mahmudul|Arif|Sabbir|Nazmul|Jahid",
                    "Nusrat|Farzana|Sumaiya|Tahmina|Rumana|Shirin|Afsana|Jannatul",
                    "Hossain|Rahman|Chowdhury|Akter|Haque|Talukder|Sarkar|Bhuiyan|Mia|Uddin"),
    "sri_lankan": ("western", "Dilshan|Chaminda|Tharindu|Kasun|Nuwan|Lahiru|Ruwan|Sampath",
                   "Nimali|Sanduni|Dilini|Hasini|Chathurika|Madhavi|Ishara|Tharushi",
                   "Perera|Fernando|Wickramasinghe|Bandara|Gunawardena|Dissanayake|Wijesinghe|Jayawardena"
                   "|Ranasinghe|Herath"),
    "yoruba": ("western", "Oluwaseun|Adebayo|Olumide|Babatunde|Ayodeji|Tunde|Femi|Kayode",
               "Folake|Temitope|Yetunde|Funmilayo|Adeola|Bukola|Omolara|Titilayo",
               "Adeyemi|Ogunleye|Balogun|Adebisi|Olawale|Akinola|Oyelaran|Ogundipe|Afolabi|Adesanya"),
    "igbo": ("western", "Chukwuemeka|Chinedu|Obinna|Ikechukwu|Emeka|Nnamdi|Uchenna|Kelechi",
             "Ngozi|Adaeze|Ifeoma|Chiamaka|Nneka|Obiageli|Chinwe|Amarachi",
             "Okonkwo|Nwosu|Okafor|Nwachukwu|Eze|Okeke|Onyekachi|Nwankwo|Ezeugwu|Obi"),
    "hausa": ("western", "Abubakar|Ibrahim|Musa|Aminu|Sani|Yakubu|Haruna|Bashir",
              "Aisha|Zainab|Hadiza|Saadatu|Hauwa|Bilkisu|Rukayya|Halima",
              "Bello|Danjuma|Garba|Abdullahi|Shehu|Lawal|Usman|Mohammed|Dikko|Tanko"),
    "akan": ("western", "Kwame|Kofi|Yaw|Kwabena|Kwaku|Kojo|Kwesi|Fiifi",
             "Adwoa|Akosua|Ama|Efua|Abena|Afua|Esi|Akua",
             "Boateng|Mensah|Asante|Owusu|Osei|Agyeman|Darko|Appiah|Amoako|Ofori"),
    "kenyan": ("western", "Otieno|Kamau|Wafula|Kiprop|Mutua|Omondi|Njoroge|Barasa",
               "Wanjiru|Achieng|Njeri|Chebet|Wambui|Akinyi|Nyambura|Jepkosgei",
               "Mwangi|Odhiambo|Kariuki|Ochieng|Wekesa|Kiprotich|Mutiso|Onyango|Kimani|Wairimu"),
    "south_african": ("western", "Thabo|Sipho|Johan|Bongani|Pieter|Mandla|Tshepo|Willem",
                      "Nomvula|Lerato|Annelie|Zanele|Thandeka|Marelize|Palesa|Naledi",
                      "Nkosi|Dlamini|Mokoena|van der Merwe|Botha|Khumalo|Ndlovu|Pretorius|Sithole"
                      "|du Plessis"),
    "egyptian": ("western", "Ahmed|Mahmoud|Karim|Omar|Mostafa|Tarek|Hesham|Amr",
                 "Mona|Nour|Yasmin|Heba|Rania|Dina|Salma|Eman",
                 "El-Sayed|Hassan|Fawzy|Shalaby|Gaber|Abdelrahman|Soliman|El-Masry|Ragab|Farouk"),
    "gulf_arab": ("arab", "Abdulrahman|Khalid|Saeed|Faisal|Sultan|Hamad|Rashid|Majid",
                  "Fatima|Noura|Maha|Hessa|Latifa|Mariam|Shamma|Alya",
                  "Al-Mansouri|Al Qahtani|Al-Otaibi|Al Shamsi|Al-Dosari|Al Marri|Al-Harbi|Al Nuaimi|Al-Ghamdi"
                  "|Al Ketbi"),
    "arabic_script": ("native_gf", "محمد|عبدالله|خالد|سعود|يوسف|ماجد", "فاطمة|نورة|سارة|ريم|هند|لطيفة",
                      "الأحمد|القحطاني|المنصوري|العتيبي|الشمري|الحربي|الدوسري|الزهراني"),
    "turkish": ("western", "Mehmet|Emre|Gökhan|Burak|İbrahim|Onur|Serkan|Uğur|Barış|Tolga",
                "Çağla|Ayşe|Şule|Özlem|Ebru|Gülşen|Zeynep|Elif|Derya|Büşra",
                "Yıldırım|Öztürk|Kaya|Demir|Çelik|Şahin|Aydın|Arslan|Güneş|Kılıç|Doğan|Karaca"),
    "filipino": ("western", "Mark Anthony|Jericho|Rodel|John Paul|Reynaldo|Ariel|Jonathan|Dexter",
                 "Maria Cristina|Rowena|Maricel|Analyn|Jocelyn|Rhea Mae|Kristine|Liezl",
                 "Santos|Reyes|Bautista|Villanueva|Mendoza|Castillo|Manalo|Dimaculangan|Macaraeg|Pangilinan"),
    "hk_chinese": ("hk", "Tai Man|Chi Keung|Siu Ming|Wing Kit|Ka Ho|Chun Wai",
                   "Ka Yan|Wing Sze|Mei Ling|Hoi Ting|Suet Ying|Pui Shan",
                   "Chan|Cheung|Leung|Lau|Ho|Wong|Tsang|Yeung|Kwok|Fung"),
    "malay": ("malay", "Muhammad Hafiz|Farid Iskandar|Zulkifli|Azlan|Mohd Syafiq|Khairul Anuar|Faizal|Amirul",
              "Nurul Aina|Siti Aishah|Nur Izzati|Farah Hanim|Aisyah|Nor Azlina|Syazwani|Intan Suraya",
              "Ahmad|Rahman|Ismail|Hassan|Yusof|Abdullah|Osman|Hamzah|Zakaria|Ibrahim"),
    "indonesian": ("indo", "Rizky|Agus|Bambang|Dimas|Eko|Fajar|Hendra|Yoga",
                   "Putri|Siti|Indah|Ratna|Wulan|Ayu|Fitri|Nadia",
                   "Pratama|Setiawan|Wicaksono|Permatasari|Rahayu|Saputra|Kurniawan|Hidayat|Nugroho|Lestiani"),
    "vietnamese": ("viet", "Hùng|Tuấn|Dũng|Quang|Minh Khoa|Thành|Phúc|Long",
                   "Hà|Lan|Linh|Hương|Trang|Thảo|Ngọc Anh|Vy",
                   "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Vũ|Đặng|Bùi|Đỗ"),
    "thai": ("thai", "Somchai|Nattapong|Thanawat|Anucha|Kittisak|Wirat|Chaiwat|Prasert",
             "Siriporn|Kanokwan|Pimchanok|Wanida|Suda|Rattana|Nongluck|Jiraporn",
             "Srisuk|Wongsawat|Chaiyaporn|Rattanakorn|Phongsakul|Suwannarat|Boonmee|Sangthong|Thongchai"
             "|Kaewmanee"),
    "chinese": ("pinyin", "Wei|Haoran|Zhiqiang|Jianguo|Zihan|Yifan|Lei|Jun",
                "Jing|Yuting|Lina|Mengyao|Xiaoyan|Fang|Shuang|Ruoxi",
                "Zhang|Wang|Liu|Chen|Yang|Zhao|Huang|Zhou|Xu|Guo|Ma|Hu"),
    "chinese_script": ("native_fg", "伟|浩然|志强|建国|子涵|磊", "静|雨婷|丽娜|梦瑶|晓燕|芳",
                       "张|王|刘|陈|杨|赵|黄|周|徐|郭"),
    "taiwanese": ("tw", "Chia-Hao|Chih-Wei|Yu-Hsuan|Po-Han|Tsung-Yu|Cheng-En",
                  "Yi-Chen|Mei-Ling|Shu-Fen|Hsin-Yi|Pei-Ying|Ya-Ting",
                  "Lin|Chen|Huang|Chang|Tsai|Hsu|Cheng|Hsieh|Kuo|Lai"),
    "japanese": ("ja", "Taro|Haruto|Kenji|Hiroshi|Daisuke|Takuya|Shota|Ryo",
                 "Yuki|Aoi|Misaki|Sakura|Yui|Haruka|Nanami|Ayaka",
                 "Yamada|Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Nakamura|Kobayashi|Kato|Yoshida|Matsumoto"),
    "japanese_script": ("native_fg_sp", "太郎|陽翔|健二|浩|大輔|拓也", "由紀|葵|美咲|さくら|結衣|遥",
                        "山田|佐藤|鈴木|高橋|田中|渡辺|伊藤|中村|小林|加藤"),
    "korean": ("ko", "Min-jun|Ji-hoon|Dong-hyun|Jae-won|Seung-ho|Hyun-woo|Sung-min|Tae-yang",
               "Seo-yeon|Ha-eun|Soo-jin|Yu-na|Ji-woo|Eun-ji|Min-seo|Da-eun",
               "Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin"),
    "korean_script": ("native_fg", "민준|지훈|동현|재원|승호|현우", "서연|하은|수진|유나|지우|은지",
                      "김|이|박|최|정|강|조|윤|장|임"),
    "brazilian": ("iberian2", "João Pedro|Luiz Felipe|Rafael|Thiago|Gustavo|Matheus|Vinícius|Leandro",
                  "Maria Eduarda|Ana Luíza|Thaís|Gabriela|Fernanda|Letícia|Juliana|Camila",
                  "dos Santos|Pereira|da Silva|Oliveira|de Souza|Lima|Ferreira|Costa|Almeida|Ribeiro|Carvalho"
                  "|Martins|Nunes|Cavalcanti|de Albuquerque|Barbosa"),
    "mexican": ("iberian2", "José Luis|Juan Carlos|Alejandro|Miguel Ángel|Jorge|Ricardo|Eduardo|Héctor",
                "María Fernanda|Guadalupe|Ximena|Daniela|Alejandra|Itzel|Mariana|Verónica",
                "Hernández|García|Martínez|López|González|Rodríguez|Pérez|Sánchez|Ramírez|Flores|Vázquez"
                "|Morales|Jiménez|Reyes Ortiz|Castañeda|Ochoa"),
    "argentine": ("western", "Martín|Santiago|Facundo|Matías|Nicolás|Gonzalo|Tomás|Federico",
                  "Florencia|Camila|Agustina|Lucía|Micaela|Sofía|Valentina|Rocío",
                  "Fernández|Gómez|Díaz|Romero|Sosa|Benítez|Acosta|Medina|Herrera|Aguirre|Giménez|Bianchi"),
    "polish": ("western", "Krzysztof|Paweł|Tomasz|Łukasz|Grzegorz|Michał|Wojciech|Jarosław",
               "Małgorzata|Agnieszka|Katarzyna|Joanna|Magdalena|Ewelina|Beata|Dorota",
               "Nowakowski|Wójcik|Kowalczyk|Woźniak|Krawczyk|Zając|Wieczorek|Pawlak|Michalak|Sikora|Walczak"
               "|Grabowski"),
    "swedish": ("western", "Lars|Björn|Johan|Anders|Mikael|Per", "Åsa|Ingrid|Maja|Karin|Elin|Linnea",
                "Lindqvist|Bergström|Sjöberg|Nyström|Holmqvist|Åkesson|Lundgren|Engström"),
    "danish": ("western", "Søren|Rasmus|Mads|Jesper|Henrik|Kasper", "Mette|Sidsel|Line|Trine|Pernille|Louise",
               "Kjærgaard|Mikkelsen|Østergaard|Thygesen|Bøgh|Damgaard|Lauridsen|Frederiksen"),
    "norwegian": ("western", "Eirik|Håkon|Sindre|Øyvind|Magnus|Torbjørn", "Solveig|Ragnhild|Ingvild|Sigrid|"
                  "Marit|Tuva", "Haugen|Bakke|Fjeld|Lie|Strand|Myhre|Halvorsen|Aasen"),
    "finnish": ("western", "Juha|Mikko|Jukka|Antti|Ville|Teemu", "Aino|Päivi|Riikka|Tuula|Satu|Hanna",
                "Virtanen|Mäkinen|Heikkinen|Korhonen|Nieminen|Laaksonen|Häkkinen|Salonen"),
    "greek": ("western", "Giorgos|Dimitris|Nikos|Konstantinos|Vangelis|Thanasis|Stavros|Yannis",
              "Eleni|Katerina|Sofia|Vasiliki|Despina|Georgia|Maria|Christina",
              "Papadopoulos|Georgiou|Nikolaidis|Oikonomou|Dimitriou|Vlachos|Papageorgiou|Christodoulou"
              "|Antoniou|Stamatakis"),
    "greek_script": ("native_gf", "Γιώργος|Δημήτρης|Νίκος|Κώστας|Θανάσης|Σταύρος",
                     "Ελένη|Κατερίνα|Σοφία|Βασιλική|Δέσποινα|Χριστίνα",
                     "Γεωργίου|Οικονόμου|Δημητρίου|Αντωνίου|Παπαγεωργίου|Χριστοδούλου|Νικολάου|Ιωάννου"),
    "israeli": ("western", "Yossi|Avi|Eitan|Oren|Itai|Amir|Gilad|Nadav",
                "Noa|Tamar|Shira|Michal|Yael|Hila|Adi|Maya",
                "Cohen|Levi|Mizrahi|Peretz|Biton|Friedman|Avraham|Dahan|Katz|Shapiro|Ohana|Azoulay"),
    "hebrew_script": ("native_gf", "יוסי|אבי|איתן|אורן|עמיר|גלעד", "נועה|תמר|שירה|מיכל|יעל|הילה",
                      "כהן|לוי|מזרחי|פרץ|ביטון|דהן|אוחנה|שפירא"),
    "russian_script": ("ru", "Алексей|Дмитрий|Сергей|Андрей|Игорь|Максим",
        "Мария|Ольга|Наталья|Елена|Ирина|Анна",
                       "Смирнов|Кузнецов|Попов|Соколов|Волков|Морозов|Лебедев|Новиков"),
    "devanagari": ("native_gf", "राहुल|अमित|संजय|विकास|सुनील|मनोज", "प्रिया|नेहा|पूजा|सुनीता|कविता|अंजलि",
                   "शर्मा|वर्मा|गुप्ता|अग्रवाल|मिश्रा|पाण्डेय|यादव|चौहान"),
    "anglo": ("western", "James|Liam|Connor|Ethan|Callum|Oliver|Nathan|Declan",
              "Emily|Olivia|Hannah|Chloe|Sophie|Megan|Abigail|Isla",
              "Whitfield|Harrington|McAllister|Pemberton|Thornton|Caldwell|Ashworth|Brennan|Fairweather"
              "|Kowalski-Reid|Lockhart|Donnelly"),
}
# mononyms for Indonesian names (Javanese style)
_INDO_MONO = "Sutrisno|Wahyuni|Suharti|Budiono|Sulastri|Haryanto|Mulyadi|Sumarni|Suparman|Rusmini".split("|")
_THAI_SCRIPT = ("สมชาย|ณัฐพงศ์|ธนวัฒน์|อนุชา|กิตติศักดิ์|วิรัช", "ศิริพร|กนกวรรณ|พิมพ์ชนก|วนิดา|สุดา|รัตนา",
                "ศรีสุข|วงศ์สวัสดิ์|ชัยพร|รัตนกร|พงษ์สกุล|สุวรรณรัตน์|บุญมี|แสงทอง")


def _split(items, half):
    return [x for i, x in enumerate(items) if i % 2 == (0 if half == "dev" else 1)]


def _pools(half):
    pools = {}
    for cult, (style, m, f, fam) in _CULTS.items():
        pools[cult] = (style, _split(m.split("|"), half), _split(f.split("|"), half), _split(fam.split("|"),
            half))
    pools["indo_mono"] = _split(_INDO_MONO, half)
    pools["thai_script"] = tuple(_split(x.split("|"), half) for x in _THAI_SCRIPT)
    pools["hk_en"] = _split(_HK_EN, half)
    pools["_half"] = half
    return pools


def name_pool(half: str) -> set[str]:
    """Every hand-written name string of one half (for the disjointness test)."""
    out = set()
    for k, v in _pools(half).items():
        if k == "_half":
            continue
        if k in ("indo_mono", "hk_en"):
            out.update(v)
        elif k == "thai_script":
            for lst in v:
                out.update(lst)
        else:
            for lst in v[1:]:
                out.update(lst)
    return out

# ---------------------------------------------------------------------------------------------------------
# Regions: cultures, phone shapes ('%' any digit, '~' non-zero digit), addresses (split by parity),
# towns (split by parity), birth-date style, identity kinds, IBAN country, e-mail domains, firms.
# ---------------------------------------------------------------------------------------------------------


@dataclass
class Region:
    cults: tuple
    phones: tuple
    addrs: tuple
    towns: tuple
    dob: str
    ids: tuple = ()
    iban: str = ""
    mail: tuple = ("gmail.com",)
    firms: tuple = ()


R = {
    "IN": Region(("indian_north", "indian_south", "indian_north", "indian_south", "devanagari"),
                 ("+91 9~%%% %%%%%", "+91 98%%% %%%%%", "9~%%%%%%%%", "07~%%% %%%%%", "+91-8~%%%-%%%%%"),
                 ("Flat {n}, Sai Krupa Apartments, 5th Cross, Indiranagar, Bengaluru 560038",
                  "H.No. {n}-{s}/{a}, Road No. 12, Banjara Hills, Hyderabad 500034",
                  "B-{n}, Gokul Residency, Link Road, Malad West, Mumbai 400064",
                  "Door No. {a}, 3rd Street, Kamaraj Nagar, Adyar, Chennai 600020",
                  "{n}, Sector {s}, Gurugram, Haryana 122018",
                  "Flat {a}C, Lotus Enclave, Baner Road, Pune 411045",
                  "Plot {a}, Vasundhara Colony, Gomti Nagar, Lucknow 226010",
                  "{a}/{s}, Kaloor-Kadavanthra Road, Kochi, Kerala 682017"),
                 ("Bengaluru", "Lucknow", "Coimbatore", "Nagpur", "Vijayawada", "Indore", "Kochi", "Jaipur"),
                 "dmy/", ("aadhaar", "pan"), "", ("gmail.com", "yahoo.co.in", "rediffmail.com",
                     "outlook.com"),
                 ("Tata Consultancy Services", "Bajaj Finserv", "Infosys", "Flipkart", "Godrej Properties")),
    "PK": Region(("pakistani",), ("+92 300 %%%%%%%", "0321-%%%%%%%", "+92 333 %%% %%%%", "03~%-%%%%%%%"),
                 ("House {n}, Street {a}, F-10/2, Islamabad", "{n}-B, Block 13, Gulshan-e-Iqbal, Karachi",
                  "House {n}, Street {s}, DHA Phase 5, Lahore",
                      "Flat {a}, Saima Arcade, Shahrah-e-Faisal, Karachi",
                  "{n}-C, Satellite Town, Rawalpindi", "House {n}, Canal View Housing Society, Lahore"),
                 ("Faisalabad", "Multan", "Sialkot", "Peshawar", "Gujranwala", "Hyderabad (Sindh)"),
                 "dmy/", ("cnic",), "PK", ("gmail.com", "hotmail.com", "yahoo.com"),
                 ("Habib Bank", "Jazz", "Engro", "Daraz")),
    "BD": Region(("bangladeshi",), ("+880 17%%-%%%%%%", "01~%%-%%%%%%", "+880 18%% %%%%%%"),
                 ("House {a}, Road {s}, Dhanmondi, Dhaka 1209",
                     "Flat {a}B, House {n}, Road 11, Banani, Dhaka 1213",
                  "{n} Agrabad C/A, Chattogram 4100", "House {a}, Sector 7, Uttara, Dhaka 1230"),
                 ("Sylhet", "Rajshahi", "Khulna", "Cumilla", "Chattogram", "Bogura"),
                 "dmy-", ("bd_nid",), "", ("gmail.com", "yahoo.com"), ("bKash", "Grameenphone", "Pathao")),
    "LK": Region(("sri_lankan",), ("+94 77 %%% %%%%", "071 %%% %%%%", "+94 76 %%%%%%%"),
                 ("No. {n}, Galle Road, Colombo 03", "{a}/{s}, Temple Road, Nugegoda",
                  "No. {a}, Peradeniya Road, Kandy", "{n}/B, Lake Drive, Rajagiriya"),
                 ("Kandy", "Galle", "Negombo", "Kurunegala", "Matara", "Jaffna"),
                 "ymd-", ("lk_nic",), "", ("gmail.com", "yahoo.com"), ("Dialog", "John Keells", "Daraz")),
    "NG": Region(("yoruba", "igbo", "hausa"), ("0803 %%% %%%%", "+234 80~ %%% %%%%", "0812%%%%%%%",
                                               "+234 (0)70% %%% %%%%", "0906 %%% %%%%"),
                 ("Plot {a}, Admiralty Way, Lekki Phase 1, Lagos",
                     "{a} Adeola Odeku Street, Victoria Island, Lagos",
                  "No. {a}, Aminu Kano Crescent, Wuse 2, Abuja", "{a} Ogui Road, Enugu",
                  "{a}, Allen Avenue, Ikeja, Lagos", "Block {s}, Flat {a}, Gwarinpa Estate, Abuja",
                  "{a} Zoo Road, Kano", "{a} Aba Road, Port Harcourt"),
                 ("Ibadan", "Enugu", "Kano", "Abeokuta", "Onitsha", "Kaduna", "Owerri", "Ilorin"),
                 "dmy/", ("nin", "bvn"), "", ("gmail.com", "yahoo.com", "outlook.com"),
                 ("Dangote Cement", "GTBank", "Jumia", "MTN Nigeria", "Flutterwave")),
    "GH": Region(("akan",), ("+233 24 %%% %%%%", "020 %%% %%%%", "+233 55 %%% %%%%", "027%%%%%%%"),
                 ("House No. {a}, Oxford Street, Osu, Accra", "GA-{n}-{s}{a}, Dzorwulu, Accra",
                  "Plot {a}, Ahodwo Roundabout, Kumasi", "AK-{n}-{a}{s}, Asokwa, Kumasi"),
                 ("Kumasi", "Takoradi", "Tamale", "Cape Coast", "Koforidua", "Ho"),
                 "dmy/", ("gh_card",), "", ("gmail.com", "yahoo.com"), ("MTN Ghana", "Melcom", "Hubtel")),
    "KE": Region(("kenyan",), ("+254 712 %%%%%%", "0722 %%% %%%", "+254 7~% %%% %%%", "0110 %%% %%%"),
                 ("Apartment {a}B, Kindaruma Road, Kilimani, Nairobi",
                     "House {a}, Ngong Road, Karen, Nairobi",
                  "P.O. Box {n}-00100, Moi Avenue, Nairobi", "Plot {a}, Oginga Odinga Street, Kisumu"),
                 ("Kisumu", "Nakuru", "Eldoret", "Mombasa", "Thika", "Nyeri"),
                 "dmy/", ("ke_id", "kra_pin"), "", ("gmail.com", "yahoo.com"),
                 ("Safaricom", "Equity Bank", "Twiga Foods")),
    "ZA": Region(("south_african",), ("+27 82 %%% %%%%", "083 %%% %%%%", "+27 (0)7~ %%% %%%%",
        "060 %%% %%%%"),
                 ("{a} Jan Smuts Avenue, Parktown North, Johannesburg, 2193",
                     "Unit {a}, {n} Long Street, Cape Town, 8001",
                  "{a} Florida Road, Morningside, Durban, 4001",
                      "{n} Church Street, Hatfield, Pretoria, 0083",
                  "{a} Main Road, Rondebosch, Cape Town, 7700",
                      "{n} Vilakazi Street, Orlando West, Soweto, 1804"),
                 ("Soweto", "Stellenbosch", "Polokwane", "Gqeberha", "Bloemfontein", "Pietermaritzburg"),
                 "ymd/", ("za_id",), "", ("gmail.com", "webmail.co.za", "outlook.com"),
                 ("Shoprite", "Discovery", "Takealot", "Capitec")),
    "EG": Region(("egyptian", "arabic_script"), ("+20 10% %%% %%%%", "0122 %%% %%%%", "+20 11 %%%% %%%%"),
                 ("{a} Street 9, Maadi, Cairo", "Apartment {a}, {n} El Tahrir Street, Dokki, Giza",
                  "{a} Abbas El Akkad Street, Nasr City, Cairo", "Villa {a}, Road 90, New Cairo"),
                 ("Alexandria", "Mansoura", "Tanta", "Giza", "Assiut", "Ismailia"),
                 "dmy/", ("eg_nid",), "EG", ("gmail.com", "yahoo.com"), ("Vodafone Egypt", "Fawry",
                     "Talabat")),
    "AE": Region(("gulf_arab", "arabic_script", "indian_south", "pakistani", "filipino", "russian_script"),
                 ("+971 50 %%% %%%%", "055 %%% %%%%", "+971 56 %%%%%%%", "+971-52-%%%-%%%%"),
                 ("Villa {a}, Street {s}, Al Barsha 2, Dubai",
                     "Apartment {n}, Marina Heights Tower, Dubai Marina, Dubai",
                  "Flat {n}, Al Reem Island, Abu Dhabi", "Villa {a}, Al Khawaneej 1, Dubai",
                  "Office {n}, Al Majaz 3, Sharjah", "Villa {a}, Mohammed Bin Zayed City, Abu Dhabi"),
                 ("Sharjah", "Al Ain", "Ajman", "Ras Al Khaimah", "Fujairah", "Abu Dhabi"),
                 "dmy/", ("emirates",), "AE", ("gmail.com", "hotmail.com", "outlook.com"),
                 ("Emirates NBD", "Careem", "Noon", "du")),
    "SA": Region(("gulf_arab", "arabic_script"), ("+966 50 %%% %%%%", "055 %%% %%%%", "+966 5~ %%% %%%%"),
                 ("{n} King Fahd Road, Al Olaya, Riyadh 12214",
                     "Building {n}, Prince Sultan Street, Al Rawdah, Jeddah 23435",
                  "{n} Al Khobar Corniche, Al Khobar 34426", "Villa {a}, Al Malqa District, Riyadh 13524"),
                 ("Jeddah", "Dammam", "Medina", "Abha", "Taif", "Buraidah"),
                 "dmy/", ("saudi",), "SA", ("gmail.com", "hotmail.com"), ("Al Rajhi Bank", "STC", "Jahez")),
    "TR": Region(("turkish", "turkish", "turkish", "russian_script"), ("+90 532 %%% %% %%",
        "0533 %%% %% %%", "+90 (5~%) %%% %% %%",
        "05%% %%% %%%%"),
                 ("Bağdat Caddesi No:{a} Daire:{s}, Kadıköy, İstanbul",
                     "Atatürk Bulvarı No:{n}/{s}, Çankaya, Ankara",
                  "Kıbrıs Şehitleri Cad. No:{a}, Alsancak, Konak, İzmir",
                      "Barbaros Mah. Lale Sok. No:{a} D:{s}, Ataşehir, İstanbul",
                  "Cumhuriyet Mah. Gazi Cad. No:{a}, Nilüfer, Bursa",
                      "Fenerbahçe Mah. Kalamış Cad. No:{n}, Kadıköy, İstanbul"),
                 ("Bursa", "Eskişehir", "Gaziantep", "Trabzon", "Antalya", "Kayseri"),
                 "dmy.", ("tckn",), "TR", ("gmail.com", "hotmail.com.tr", "yandex.com"),
                 ("Koç Holding", "Trendyol", "Turkcell", "Getir")),
    "PH": Region(("filipino",), ("+63 917 %%% %%%%", "0918 %%% %%%%", "+63 9~% %%% %%%%", "0927-%%%-%%%%"),
                 ("Blk {a} Lot {s}, Phase 2, Brgy. San Isidro, Cainta, Rizal",
                     "Unit {n}, Tower 2, Avida Towers, Brgy. Bel-Air, Makati City",
                  "{n} Mabini St., Brgy. Poblacion, Tagbilaran City, Bohol",
                      "{a} Rizal Avenue, Brgy. Lahug, Cebu City",
                  "Purok {s}, Brgy. Talomo, Davao City", "{n} Kalayaan Ave., Brgy. Pinyahan, Quezon City"),
                 ("Cebu City", "Davao City", "Iloilo City", "Bacolod", "Cagayan de Oro", "Baguio"),
                 "mdy/", ("ph_sss", "ph_tin"), "", ("gmail.com", "yahoo.com.ph", "yahoo.com"),
                 ("Jollibee", "Globe Telecom", "GCash", "Lazada")),
    "SG": Region(("chinese", "malay", "indian_south", "hk_chinese"), ("+65 9%%% %%%%", "8%%% %%%%",
        "+65 8%%%-%%%%"),
                 ("Blk {n} Ang Mo Kio Ave 3, #{s}-{a}, Singapore 560{n}",
                     "{a} Tampines Street 81, #{s}-{n}, Singapore 520{a}",
                  "Blk {n} Jurong West St 42, #{s}-{a}, Singapore 640{n}",
                      "{a} Holland Road, #{s}-0{a}, Singapore 278{n}"),
                 ("Tampines", "Jurong West", "Woodlands", "Punggol", "Bedok",
                     "Yishun"), "dmy/", ("nric",), "", ("gmail.com", "singnet.com.sg", "yahoo.com.sg"),
                 ("Grab", "DBS", "Shopee", "Singtel")),
    "MY": Region(("malay", "chinese", "indian_south"), ("+60 12-%%% %%%%", "013-%%%%%%%", "+60 19-%%%-%%%%",
        "011-%%%% %%%%"),
                 ("No. {a}, Jalan SS 2/{s}, SS 2, 47300 Petaling Jaya, Selangor",
                     "Lot {n}, Jalan Tun Razak, 50400 Kuala Lumpur",
                  "{a}, Lorong Kenari {s}, Bayan Lepas, 11900 Pulau Pinang",
                      "No. {a}, Jalan Setia Prima U13/{s}, 40170 Shah Alam",
                  "{a}, Jalan Austin Heights {s}, 81100 Johor Bahru",
                      "No. {a}, Taman Desa Jaya, 08000 Sungai Petani, Kedah"),
                 ("Ipoh", "Kuching", "Kota Kinabalu", "Seremban", "Melaka", "Kuantan"),
                 "dmy/", ("mykad",), "", ("gmail.com", "yahoo.com.my"), ("Petronas", "Maybank", "AirAsia")),
    "ID": Region(("indonesian",), ("+62 812-%%%%-%%%%", "0813 %%%% %%%%", "+62 85~-%%%-%%%",
        "0878-%%%%-%%%%"),
                 ("Jl. Jend. Sudirman Kav. {a}, Jakarta 12190",
                     "Jl. Kemang Raya No. {a}, RT 0{s}/RW 02, Jakarta Selatan 12730",
                  "Jl. Dago No. {n}, Coblong, Bandung 40135",
                      "Perumahan Griya Asri Blok C{s} No. {a}, Bekasi 17148",
                  "Jl. Malioboro No. {a}, Sosromenduran, Yogyakarta 55271",
                      "Jl. Raya Darmo No. {n}, Surabaya 60265"),
                 ("Bandung", "Surabaya", "Medan", "Semarang", "Makassar", "Yogyakarta"),
                 "d_id", ("nik",), "", ("gmail.com", "yahoo.co.id"), ("Tokopedia", "Gojek", "Bank Mandiri")),
    "VN": Region(("vietnamese",), ("+84 912 %%% %%%", "0903 %%% %%%", "+84 9~ %%% %%%%", "0986.%%%.%%%"),
                 ("Số {a} Ngõ {s} Phố Huế, Hai Bà Trưng, Hà Nội",
                     "{n} Nguyễn Trãi, Phường 7, Quận 5, TP. Hồ Chí Minh",
                  "{a} Lê Duẩn, Hải Châu, Đà Nẵng", "{n}/{s} Cách Mạng Tháng Tám, Quận 3, TP. Hồ Chí Minh"),
                 ("Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Nha Trang", "Vũng Tàu"),
                 "dmy/", ("vn_cccd",), "", ("gmail.com", "yahoo.com.vn"), ("Vingroup", "FPT", "Tiki")),
    "TH": Region(("thai",), ("+66 81 %%% %%%%", "089-%%%-%%%%", "+66 9~ %%% %%%%", "06%-%%%-%%%%"),
                 ("{n}/{s} Sukhumvit Soi 39, Khlong Tan Nuea, Watthana, Bangkok 10110",
                     "{a} Nimmanhaemin Road, Suthep, Mueang, Chiang Mai 50200",
                  "{n} Moo {s}, Tambon Chalong, Mueang Phuket 83130",
                      "{n}/{a} Ratchadaphisek Road, Din Daeng, Bangkok 10400"),
                 ("Chiang Mai", "Khon Kaen", "Hat Yai", "Nakhon Ratchasima", "Udon Thani", "Phuket"),
                 "dmy/", ("thai",), "", ("gmail.com", "hotmail.com"), ("CP Group", "Siam Cement",
                     "Line MAN")),
    "CN": Region(("chinese", "chinese_script"), ("+86 138 %%%% %%%%", "139%%%%%%%%", "+86 15~-%%%%-%%%%",
        "186 %%%% %%%%"),
                 ("北京市朝阳区建国路{a}号院{s}号楼",
                     "Room {n}, No. {a} Lane 1288, Changle Road, Xuhui District, Shanghai",
                  "广东省深圳市南山区科技园南路{a}号", "No. {a} Tianfu Avenue, Wuhou District, Chengdu",
                  "上海市浦东新区世纪大道{n}号{s}楼",
                  "Building {s}, No. {a} Wensan Road, Xihu District, Hangzhou"),
                 ("Chengdu", "Wuhan", "Hangzhou", "Xi'an", "Suzhou", "Changsha"),
                 "ymd_cn", ("cnid",), "", ("qq.com", "163.com", "126.com"), ("Huawei", "Alibaba", "JD.com")),
    "HK": Region(("hk_chinese",), ("+852 9%%% %%%%", "6%%% %%%%", "+852 5%%%-%%%%"),
                 ("Flat {s}B, {a}/F, Block 3, Taikoo Shing, Quarry Bay, Hong Kong",
                     "Room {n}, Wing Fat Building, {a} Nathan Road, Mong Kok, Kowloon",
                  "Flat {a}, {s}/F, Tower 2, Kingswood Villas, Tin Shui Wai, N.T.",
                      "{a} Broadway, Mei Foo Sun Chuen, Kowloon"),
                 ("Sha Tin", "Tsuen Wan", "Tuen Mun", "Kwun Tong", "Sai Kung", "Tai Po"),
                 "dmy/", ("hkid",), "", ("gmail.com", "yahoo.com.hk", "netvigator.com"),
                 ("Cathay Pacific", "HKTVmall", "PCCW")),
    "TW": Region(("taiwanese",), ("+886 912 %%% %%%", "0933-%%%-%%%", "+886 9~%-%%%-%%%"),
                 ("No. {a}, Lane {s}, Sec. 4, Zhongxiao E. Rd., Da'an Dist., Taipei City 106",
                     "{a}F, No. {n}, Wenxin Rd., Xitun Dist., Taichung City 407",
                  "No. {n}, Zhongzheng 4th Rd., Qianjin Dist., Kaohsiung City 801",
                  "台北市信義區松仁路{n}號{s}樓"),
                 ("Taichung", "Tainan", "Hsinchu", "Taoyuan", "Kaohsiung", "Keelung"),
                 "ymd/", ("twid",), "", ("gmail.com", "yahoo.com.tw"), ("TSMC", "ASUS", "Chunghwa Telecom")),
    "JP": Region(("japanese", "japanese_script"), ("090-%%%%-%%%%", "080-%%%%-%%%%", "+81 90-%%%%-%%%%",
        "070 %%%% %%%%"),
                 ("〒150-0002 東京都渋谷区渋谷{s}-{a}-{s}", "〒530-0001 大阪府大阪市北区梅田{s}-{a}-{s}",
                  "2-{a}-{s} Jingumae, Shibuya-ku, Tokyo 150-0001",
                  "〒460-0008 愛知県名古屋市中区栄{s}-{a}-{s}",
                  "{s}-{a}-{s} Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023",
                      "〒060-0001 北海道札幌市中央区北1条西{s}-{a}"),
                 ("Yokohama", "Sapporo", "Fukuoka", "Kobe", "Sendai", "Nagoya"),
                 "ymd_ja", ("mynumber",), "", ("gmail.com", "docomo.ne.jp", "yahoo.co.jp"),
                 ("Toyota", "Rakuten", "Uniqlo", "SoftBank")),
    "KR": Region(("korean", "korean_script"), ("010-%%%%-%%%%", "+82 10-%%%%-%%%%", "010 %%%% %%%%"),
                 ("서울특별시 강남구 테헤란로 {n}, {s}층", "{n} Teheran-ro, Gangnam-gu, Seoul 06236",
                  "부산광역시 해운대구 센텀중앙로 {a}",
                  "{a} Gwanggyo-ro, Yeongtong-gu, Suwon-si, Gyeonggi-do"),
                 ("Busan", "Incheon", "Daegu", "Suwon", "Daejeon", "Gwangju"),
                 "ymd.", ("rrn",), "", ("naver.com", "daum.net", "gmail.com"), ("Samsung", "Coupang",
                     "Kakao")),
    "BR": Region(("brazilian",), ("(11) 9%%%%-%%%%", "+55 21 9%%%%-%%%%", "(31) 3%%%-%%%%",
        "+55 (11) 9%%%%-%%%%"),
                 ("Rua Augusta, {n}, apto {a} – Consolação, São Paulo – SP, 01304-001",
                  "Av. N. S. de Copacabana, {n}, apto {a}, Copacabana, Rio de Janeiro – RJ, 22020-001",
                  "Rua da Bahia, {n}, sala {a}, Centro, Belo Horizonte – MG, 30160-011",
                  "Rua Padre Chagas, {a}, Moinhos de Vento, Porto Alegre – RS, 90570-080",
                  "SQS 308, Bloco {s}, apto {n}, Asa Sul, Brasília – DF, 70355-010",
                  "Rua Oscar Freire, {n}, casa {s}, Jardins, São Paulo – SP, 01426-001"),
                 ("Campinas", "Recife", "Curitiba", "Fortaleza", "Salvador", "Goiânia"),
                 "dmy/", ("cpf",), "BR", ("gmail.com", "bol.com.br", "hotmail.com", "uol.com.br"),
                 ("Magazine Luiza", "Nubank", "Mercado Livre", "Natura")),
    "MX": Region(("mexican",), ("+52 55 %%%% %%%%", "55 %%%% %%%%", "+52 1 33 %%%% %%%%", "(81) %%%% %%%%"),
                 ("Av. Insurgentes Sur {n}, Int. {a}, Col. Del Valle, Benito Juárez, 03100 Ciudad de México",
                  "Calle Morelos {a}, Col. Centro, 44100 Guadalajara, Jal.",
                  "Av. Constitución {n} Pte., Col. Centro, 64000 Monterrey, N.L.",
                  "Calle 60 No. {a}, Col. Centro, 97000 Mérida, Yuc.",
                  "Calle Durango {n}, Depto. {s}, Col. Roma Norte, 06700 Ciudad de México",
                  "Blvd. Agua Caliente {n}, Col. Hipódromo, 22020 Tijuana, B.C."),
                 ("Guadalajara", "Puebla", "Querétaro", "León", "Toluca", "Oaxaca"),
                 "dmy/", ("curp", "rfc"), "", ("gmail.com", "hotmail.com", "prodigy.net.mx"),
                 ("Bimbo", "Cemex", "Liverpool", "OXXO")),
    "AR": Region(("argentine",), ("+54 9 11 %%%%-%%%%", "(011) %%%%-%%%%", "11 %%%%-%%%%",
        "+54 9 351 %%% %%%%"),
                 ("Av. Corrientes {n}, Piso {s}, Depto. B, C1043 CABA",
                     "Calle 50 N° {a}, La Plata, Buenos Aires",
                  "Bv. Oroño {n}, S2000 Rosario, Santa Fe", "Av. Colón {n}, 3° A, X5000 Córdoba",
                  "Gorriti {n}, Palermo, C1414 CABA", "San Martín {a}, M5500 Mendoza"),
                 ("Rosario", "Córdoba", "Mendoza", "Mar del Plata", "Salta", "Tucumán"),
                 "dmy/", ("dni", "cuil"), "", ("gmail.com", "hotmail.com", "yahoo.com.ar"),
                 ("Mercado Libre", "YPF", "Arcor")),
    "PL": Region(("polish",), ("+48 512 %%% %%%", "601 %%% %%%", "+48 7~% %%% %%%", "22 %%% %% %%"),
                 ("ul. Marszałkowska {a} m. {s}, 00-624 Warszawa", "ul. Floriańska {a}/{s}, 31-019 Kraków",
                  "ul. Piotrkowska {n}, 90-423 Łódź", "ul. Świdnicka {a}/{s}, 50-066 Wrocław",
                  "al. Grunwaldzka {n}/{s}, 80-241 Gdańsk", "os. Piastowskie {a}/{s}, 61-148 Poznań"),
                 ("Kraków", "Wrocław", "Gdańsk", "Poznań", "Lublin", "Katowice"),
                 "dmy.", ("pesel",), "PL", ("wp.pl", "onet.pl", "gmail.com", "o2.pl"),
                 ("Allegro", "InPost", "PKO BP", "Żabka")),
    "SE": Region(("swedish",), ("+46 70 %%% %% %%", "073-%%% %% %%", "08-%%% %%% %%"),
                 ("Götgatan {a}, lgh 1{s}0{a}, 116 46 Stockholm", "Vasagatan {a}, 411 24 Göteborg",
                  "Storgatan {a}B, 211 42 Malmö", "Drottninggatan {n}, 111 60 Stockholm"),
                 ("Uppsala", "Göteborg", "Malmö", "Västerås", "Örebro", "Linköping"),
                 "ymd-", ("personnummer",), "SE", ("gmail.com", "telia.com", "hotmail.se"),
                 ("IKEA", "Spotify", "Klarna")),
    "DK": Region(("danish",), ("+45 2% %% %% %%", "31 %% %% %%", "+45 4%%% %%%%"),
                 ("Nørrebrogade {a}, 2. th., 2200 København N", "Vesterbrogade {n}, 1620 København V",
                  "Søndergade {a}, 8000 Aarhus C", "Østerbrogade {n}, 3. tv., 2100 København Ø"),
                 ("Aarhus", "Odense", "Aalborg", "Esbjerg", "Roskilde", "Vejle"),
                 "dmy-", ("cpr",), "DK", ("gmail.com", "mail.dk"), ("Maersk", "Carlsberg", "Lego")),
    "NO": Region(("norwegian",), ("+47 4%% %% %%%", "9%% %% %%%", "+47 9%%% %%%%"),
                 ("Thorvald Meyers gate {a}, 0555 Oslo", "Kongens gate {a}, 7011 Trondheim",
                  "Strandgaten {n}, 5013 Bergen", "Bogstadveien {a}, 0355 Oslo"),
                 ("Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen", "Kristiansand"),
                 "dmy.", ("fnr",), "NO", ("gmail.com", "online.no"), ("Equinor", "Telenor", "Vipps")),
    "FI": Region(("finnish",), ("+358 40 %%% %%%%", "050 %%% %%%%", "+358 45 %%%%%%%"),
                 ("Mannerheimintie {a} B {s}, 00100 Helsinki", "Hämeenkatu {a} A {s}, 33100 Tampere",
                  "Aurakatu {a}, 20100 Turku", "Kauppakatu {n}, 40100 Jyväskylä"),
                 ("Tampere", "Turku", "Oulu", "Espoo", "Jyväskylä", "Lahti"),
                 "dmy.", ("hetu",), "FI", ("gmail.com", "elisanet.fi"), ("Nokia", "Kone", "Wolt")),
    "GR": Region(("greek", "greek_script"), ("+30 69% %%% %%%%", "69%%%%%%%%", "+30 210 %%% %%%%"),
                 ("Ερμού {a}, 105 63 Αθήνα", "Tsimiski {n}, 546 24 Thessaloniki",
                  "Leoforos Kifisias {n}, 151 25 Marousi", "Κολοκοτρώνη {a}, 262 21 Πάτρα"),
                 ("Θεσσαλονίκη", "Patra", "Heraklion", "Larisa", "Volos", "Ioannina"),
                 "dmy/", ("amka",), "GR", ("gmail.com", "yahoo.gr", "otenet.gr"), ("Cosmote", "Skroutz",
                     "Jumbo")),
    "IL": Region(("israeli", "hebrew_script", "russian_script"), ("+972 52-%%%-%%%%", "054-%%%-%%%%",
        "+972 50 %%% %%%%"),
                 ("Rothschild Blvd {a}, Apt {s}, Tel Aviv-Yafo 6578{a}", "רחוב הרצל {a}, חיפה",
                  "Emek Refaim St {a}, Jerusalem 93105", "Ibn Gabirol St {n}, Tel Aviv 64078"),
                 ("Haifa", "Be'er Sheva", "Netanya", "Rishon LeZion", "Ra'anana", "Herzliya"),
                 "dmy.", ("il_tz",), "IL", ("gmail.com", "walla.co.il"), ("Teva", "Wix", "Check Point")),
    "US": Region(("anglo", "indian_north", "chinese", "mexican", "korean"),
                 ("(312) %%%-%%%%", "+1 415-%%%-%%%%", "(646) %%% %%%%", "713.%%%.%%%%"),
                 ("{n} W Belmont Ave, Apt {s}, Chicago, IL 60657", "{n} Mission St, San Francisco, CA 94110",
                  "{n} Bergenline Ave, Union City, NJ 07087", "{n} Westheimer Rd, Houston, TX 77006"),
                 ("Chicago", "Sacramento", "Houston", "Columbus", "Newark", "Tucson"),
                 "mdy/", (), "", ("gmail.com", "yahoo.com", "icloud.com"), ("Walmart", "Comcast", "Chase")),
    "GB": Region(("anglo", "pakistani", "indian_north", "polish", "yoruba"),
                 ("07%%% %%%%%%", "+44 7%%% %%%%%%", "020 %%%% %%%%", "0161 %%% %%%%"),
                 ("Flat {s}, {n} Stoke Newington Road, London N16 7XJ",
                     "{a} Wilmslow Road, Rusholme, Manchester M14 5TQ",
                  "{a} Soho Road, Handsworth, Birmingham B21 9SN", "{a} Roundhay Road, Leeds LS8 5AN"),
                 ("Leicester", "Bradford", "Croydon", "Leeds", "Slough", "Cardiff"),
                 "dmy/", (), "GB", ("gmail.com", "hotmail.co.uk", "btinternet.com"), ("Tesco", "Boots",
                     "Vodafone")),
    "CA": Region(("anglo", "filipino", "indian_north", "chinese"), ("(416) %%%-%%%%", "+1 604 %%% %%%%",
        "514-%%%-%%%%"),
                 ("{n} Dundas St W, Unit {s}, Toronto, ON M5T 1H9", "{n} Kingsway, Vancouver, BC V5V 3C9",
                  "{a} Rue Saint-Denis, Montréal, QC H2X 3K2", "{n} 17 Ave SW, Calgary, AB T2S 0A5"),
                 ("Mississauga", "Surrey", "Brampton", "Winnipeg", "Calgary", "Halifax"),
                 "ymd-", ("sin",), "", ("gmail.com", "rogers.com", "outlook.com"), ("Rogers", "Tim Hortons",
                     "Shopify")),
    "AU": Region(("anglo", "vietnamese", "greek", "chinese"), ("0412 %%% %%%", "+61 4%% %%% %%%",
        "(02) %%%% %%%%"),
                 ("Unit {s}, {n} Parramatta Road, Annandale NSW 2038", "{n} Sydney Road, Brunswick VIC 3056",
                  "{a} Hopkins Street, Footscray VIC 3011",
                      "{n} Brunswick Street, Fortitude Valley QLD 4006"),
                 ("Parramatta", "Footscray", "Geelong", "Cabramatta", "Newcastle", "Wollongong"),
                 "dmy/", (), "", ("gmail.com", "bigpond.com", "outlook.com"), ("Woolworths", "Telstra",
                     "Qantas")),
}

_VI_MID = ({"m": "Văn|Minh|Đức|Quốc|Hữu|Công".split("|"), "f": "Thị|Ngọc|Thu|Thanh|Kim|Bích".split("|")})
_MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
}


def fold(s: str) -> str:
    s = s.translate(str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae", "å": "a", "ł": "l",
                                   "Ł": "L", "ı": "i", "ß": "ss"}))
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


@dataclass
class Person:
    cult: str
    sex: str
    given: str
    family: str
    full: str
    dob: _dt.date
    alt: str = ""          # the other order / romanised variant where a culture has one
    latin: bool = True

    @property
    def first(self) -> str:
        return self.given.split()[0] if self.given else self.family


def _mk_person(rng: random.Random, pools: dict, cult: str, sex: str | None = None,
    child: bool = False) -> Person:
    sex = sex or rng.choice("mf")
    if cult == "thai_script":
        m, f, fam = pools["thai_script"]
        g, fa = rng.choice(m if sex == "m" else f), rng.choice(fam)
        style = "native_gf"
    else:
        style, m, f, fam = pools[cult]
        g, fa = rng.choice(m if sex == "m" else f), rng.choice(fam)
    if child:
        dob = _dt.date(rng.randint(2010, 2020), rng.randint(1, 12), rng.randint(1, 28))
    else:
        dob = _dt.date(rng.randint(1952, 2004), rng.randint(1, 12), rng.randint(1, 28))
    full, alt, latin = f"{g} {fa}", "", True
    if style == "in_south":
        if rng.random() < 0.45:
            full = f"{fa[0]}. {g}"
        alt = f"{g} {fa}"
    elif style == "bin":
        if sex == "m" and rng.random() < 0.35:
            fa = rng.choice([x for x in m if x != g] or m).split()[-1]
            full = f"{g} bin {fa}"
    elif style == "malay":
        fa = rng.choice([x for x in m if x != g] or m)
        full = f"{g} {'bin' if sex == 'm' else 'binti'} {fa}"
    elif style == "arab":
        if rng.random() < 0.3:
            fa2 = rng.choice([x for x in m if x != g] or m)
            full = f"{g} bin {fa2} {fa}"
    elif style in ("native_gf", "ru"):
        latin = False
        if style == "ru" and sex == "f":
            fa += "а"
        full = f"{g} {fa}"
    elif style == "native_fg":
        latin = False
        full = f"{fa}{g}"
    elif style == "native_fg_sp":
        latin = False
        full = f"{fa}{rng.choice(['', ' ', '　'])}{g}"
    elif style == "indo":
        if rng.random() < 0.4:
            g, fa = rng.choice(pools["indo_mono"]), ""
            full = g
    elif style == "viet":
        mid = rng.choice(_VI_MID[sex])
        full = f"{fa} {mid} {g}"
        if rng.random() < 0.3:
            full, fa, g = fold(full), fold(fa), fold(g)
        alt = g
    elif style in ("pinyin", "tw", "ja", "ko"):
        if style == "ko" and rng.random() < 0.25:
            g = g.replace("-", "").capitalize()
        if rng.random() < 0.5:
            full, alt = f"{fa} {g}", f"{g} {fa}"
        else:
            full, alt = f"{g} {fa}", f"{fa} {g}"
    elif style == "hk":
        en = rng.choice(pools["hk_en"])
        full = rng.choice([f"{fa} {g}", f"{fa} {g} {en}", f"{en} {fa}"])
        alt = f"{en} {fa}"
    elif style == "iberian2":
        sur = rng.sample(fam, 2)
        fa = f"{sur[0]} {sur[1]}"
        full = f"{g} {fa}"
    return Person(cult, sex, g, fa, full, dob, alt, latin)


def _digits(rng, shape: str) -> str:
    return "".join(str(rng.randint(0, 9)) if ch == "%" else str(rng.randint(1, 9)) if ch == "~" else ch
                   for ch in shape)


def _yy(d):
    return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"


def gen_id(rng: random.Random, kind: str, p: Person) -> str:
    d = p.dob
    D = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    if kind == "aadhaar":
        body = str(rng.randint(2, 9)) + D(10)
        v = body + verhoeff_digit(body)
        return rng.choice([f"{v[:4]} {v[4:8]} {v[8:]}", v, f"{v[:4]}-{v[4:8]}-{v[8:]}"])
    if kind == "pan":
        fam = fold(p.family or p.given).upper()
        fl = fam[0] if fam[:1].isalpha() else "K"
        return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + fl + D(4) + \
            rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    if kind == "cnic":
        last = rng.choice('13579' if p.sex == 'm' else '24680')
        return f"{rng.choice(['35202', '42101', '37405', '61101', '17301'])}-{D(7)}-{last}"
    if kind == "bd_nid":
        return rng.choice([D(10), f"{d.year}{rng.choice(['2691', '1512', '3326'])}{D(9)}"])
    if kind == "lk_nic":
        doy = d.timetuple().tm_yday + (500 if p.sex == "f" else 0)
        return rng.choice([f"{d.year % 100:02d}{doy:03d}{D(4)}V", f"{d.year}{doy:03d}{D(5)}"])
    if kind == "nin":
        return str(rng.randint(1, 9)) + D(10)
    if kind == "bvn":
        return "22" + D(9)
    if kind == "gh_card":
        return f"GHA-{rng.randint(7, 7)}{D(8)}-{D(1)}"
    if kind == "ke_id":
        return str(rng.randint(2, 3)) + D(7)
    if kind == "kra_pin":
        return f"A{rng.choice(['00', '01', '02'])}{D(7)}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"
    if kind == "za_id":
        body = _yy(d) + f"{rng.randint(5000, 9999) if p.sex == 'm' else rng.randint(0, 4999):04d}" + "08"
        v = body + luhn_digit(body)
        return v if rng.random() < 0.7 else f"{v[:6]} {v[6:10]} {v[10:]}"
    if kind == "eg_nid":
        return f"{2 if d.year < 2000 else 3}{_yy(d)}{rng.choice(['01', '02', '21', '12'])}{D(3)}" \
               f"{rng.choice('13579' if p.sex == 'm' else '24680')}{D(1)}"
    if kind == "emirates":
        body = f"784{d.year}{D(7)}"
        v = body + luhn_digit(body)
        return f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14]}"
    if kind == "saudi":
        body = rng.choice("12") + D(8)
        return body + luhn_digit(body)
    if kind == "tckn":
        while True:
            x = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
            x.append(((x[0] + x[2] + x[4] + x[6] + x[8]) * 7 - (x[1] + x[3] + x[5] + x[7])) % 10)
            x.append(sum(x) % 10)
            return "".join(map(str, x))
    if kind == "ph_sss":
        return f"{D(2)}-{D(7)}-{D(1)}"
    if kind == "ph_tin":
        return f"{D(3)}-{D(3)}-{D(3)}-000"
    if kind == "nric":
        pre = "S" if d.year < 2000 else "T"
        body = f"{d.year % 100:02d}" + D(5) if rng.random() < 0.5 else D(7)
        w = [2, 7, 6, 5, 4, 3, 2]
        s = sum(int(body[i]) * w[i] for i in range(7)) + (4 if pre == "T" else 0)
        return pre + body + "JZIHGFEDCBA"[s % 11]
    if kind == "mykad":
        last = rng.choice('13579' if p.sex == 'm' else '24680')
        return f"{_yy(d)}-{rng.choice(['14', '10', '08', '07', '01'])}-{D(3)}{last}"
    if kind == "nik":
        dd = d.day + (40 if p.sex == "f" else 0)
        area = rng.choice(['317401', '327301', '357801', '337405', '517101'])
        return f"{area}{dd:02d}{d.month:02d}{d.year % 100:02d}{D(4)}"
    if kind == "vn_cccd":
        g = (0 if d.year < 2000 else 2) + (1 if p.sex == "f" else 0)
        return f"{rng.choice(['001', '079', '048', '031'])}{g}{d.year % 100:02d}{D(6)}"
    if kind == "thai":
        body = str(rng.randint(1, 8)) + D(11)
        v = body + str((11 - sum(int(body[i]) * (13 - i) for i in range(12)) % 11) % 10)
        return rng.choice([v, f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}",
            f"{v[0]} {v[1:5]} {v[5:10]} {v[10:12]} {v[12]}"])
    if kind == "cnid":
        seq = f"{rng.randint(0, 99):02d}{rng.choice('13579' if p.sex == 'm' else '02468')}"
        body = rng.choice(["110101", "310104", "440305", "510107", "330106",
            "420102"]) + d.strftime("%Y%m%d") + seq
        return body + "10X98765432"[sum(int(body[i]) * _CNW[i] for i in range(17)) % 11]
    if kind == "hkid":
        letter = rng.choice("ACDEGHKPRZ")
        digs = D(6)
        s = 9 * 36 + 8 * (ord(letter) - 55) + sum(int(x) * (7 - i) for i, x in enumerate(digs))
        c = (11 - s % 11) % 11
        return f"{letter}{digs}({'A' if c == 10 else c})"
    if kind == "twid":
        letter = rng.choice("ABFHEL")
        body = ("1" if p.sex == "m" else "2") + D(7)
        n = _TW[letter]
        w = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1]
        s = sum(a * b for a, b in zip(w, [n // 10, n % 10] + [int(x) for x in body]))
        return f"{letter}{body}{(10 - s % 10) % 10}"
    if kind == "mynumber":
        body = D(11)
        s = sum(int(pch) * (n + 1 if n <= 6 else n - 5) for n, pch in enumerate(reversed(body), start=1))
        v = body + str(0 if s % 11 <= 1 else 11 - s % 11)
        return rng.choice([v, f"{v[:4]} {v[4:8]} {v[8:]}", f"{v[:4]}-{v[4:8]}-{v[8:]}"])
    if kind == "rrn":
        g = (1 if p.sex == "m" else 2) + (2 if d.year >= 2000 else 0)
        body = f"{_yy(d)}{g}{D(5)}"
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
        return f"{body[:6]}-{body[6:]}{c}"
    if kind == "cpf":
        x = [rng.randint(0, 9) for _ in range(9)]
        for n in (9, 10):
            s = sum(x[i] * (n + 1 - i) for i in range(n)) % 11
            x.append(0 if s < 2 else 11 - s)
        v = "".join(map(str, x))
        return rng.choice([f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", v])
    if kind in ("curp", "rfc"):
        fam = fold(p.family).upper().replace(" ", "")
        parts = fold(p.family).upper().split()
        given = fold(p.given).upper()
        vowel = next((ch for ch in fam[1:] if ch in "AEIOU"), "X")
        head = parts[0][0] + vowel + (parts[1][0] if len(parts) > 1 else "X") + given[0]
        if kind == "rfc":
            return head + _yy(d) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(3))
        cons = lambda w: next((ch for ch in w[1:] if ch.isalpha() and ch not in "AEIOU"), "X")  # noqa: E731
        body = (head + _yy(d) + ("H" if p.sex == "m" else "M") + rng.choice(["DF", "JC", "NL", "PL", "YN"])
                + cons(parts[0]) + cons(parts[1] if len(parts) > 1 else "XX") + cons(given)
                + (str(rng.randint(0, 9)) if d.year < 2000 else rng.choice("ABCDEF")))
        s = sum(_CURP.index(ch) * (18 - i) for i, ch in enumerate(body))
        return body + str((10 - s % 10) % 10)
    if kind == "dni":
        v = f"{rng.randint(20, 45)}{D(6)}"
        return rng.choice([f"{v[:2]}.{v[2:5]}.{v[5:]}", v])
    if kind == "cuil":
        while True:
            pre = "20" if p.sex == "m" else "27"
            body = pre + f"{rng.randint(20, 45)}{D(6)}"
            w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
            r = 11 - sum(int(a) * b for a, b in zip(body, w)) % 11
            if r != 10:
                r = 0 if r == 11 else r
                return f"{body[:2]}-{body[2:]}-{r}"
    if kind == "pesel":
        mm = d.month + (20 if d.year >= 2000 else 0)
        last = rng.choice('13579' if p.sex == 'm' else '02468')
        body = f"{d.year % 100:02d}{mm:02d}{d.day:02d}{D(3)}{last}"
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        return body + str((10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10)
    if kind == "personnummer":
        body = _yy(d) + D(2) + rng.choice("13579" if p.sex == "m" else "02468")
        v = body + luhn_digit(body)
        return rng.choice([f"{v[:6]}-{v[6:]}", f"{d.year}{v[2:6]}-{v[6:]}"])
    if kind == "fnr":
        while True:
            ind = rng.randint(0, 499) if d.year < 2000 else rng.randint(500, 999)
            body = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{ind:03d}"
            x = [int(c) for c in body]
            k1 = (11 - sum(a * b for a, b in zip([3, 7, 6, 1, 8, 9, 4, 5, 2], x)) % 11) % 11
            if k1 == 10:
                continue
            k2 = (11 - sum(a * b for a, b in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], x + [k1])) % 11) % 11
            if k2 == 10:
                continue
            return f"{body}{k1}{k2}" if rng.random() < 0.6 else f"{body[:6]} {body[6:]}{k1}{k2}"
    if kind == "cpr":
        return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{D(4)}"
    if kind == "hetu":
        num = f"{rng.randint(2, 899):03d}"
        sep = "-" if d.year < 2000 else "A"
        return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{sep}{num}" + \
            "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{num}") % 31]
    if kind == "amka":
        body = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{D(4)}"
        return body + luhn_digit(body)
    if kind == "il_tz":
        body = D(8)
        for c in "0123456789":
            if il_ok(body + c):
                return body + c
    if kind == "sin":
        body = str(rng.randint(1, 7)) + D(7)
        v = body + luhn_digit(body)
        return rng.choice([f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}"])
    raise KeyError(kind)


_CARD_PREFIX = (("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15),
                ("3528", 16), ("6521", 16), ("6082", 16), ("4", 16))


def gen_card(rng: random.Random) -> str:
    pre, n = rng.choice(_CARD_PREFIX)
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(n - len(pre) - 1))
    v = body + luhn_digit(body)
    sep = rng.choice([" ", "-", "", " "])
    if n == 15:
        return f"{v[:4]}{sep}{v[4:10]}{sep}{v[10:]}"
    return sep.join(v[i:i + 4] for i in range(0, 16, 4))


_IBAN = {"PK": "L4D16", "AE": "D19", "SA": "D20", "TR": "D5Z1D16", "EG": "D25", "IL": "D19", "BR": "D23L1A1",
         "PL": "D24", "SE": "D20", "NO": "D11", "DK": "D14", "FI": "D14", "GR": "D7A16", "GB": "L4D14"}


def gen_iban(rng: random.Random, cc: str) -> str:
    out = ""
    for kind, n in re.findall(r"([DLAZ])(\d+)", _IBAN[cc]):
        for _ in range(int(n)):
            out += ("0" if kind == "Z" else str(rng.randint(0, 9)) if kind == "D"
                    else rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if kind == "L"
                    else rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"))
    if cc == "PK":
        out = rng.choice(["HABB", "MEZN", "UNIL", "SCBL", "ALFH"]) + out[4:]
    if cc == "GB":
        out = rng.choice(["BARC", "LOYD", "NWBK", "HBUK", "MIDL"]) + out[4:]
    v = iban_make(cc, out)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if rng.random() < 0.6 else v


_IP_FIRST = (23, 41, 49, 58, 77, 81, 102, 103, 110, 115, 118, 122, 125, 139, 154, 177, 181, 186, 187, 190,
             196, 197, 201, 202, 212, 213)


def gen_ip(rng: random.Random) -> str:
    return f"{rng.choice(_IP_FIRST)}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


_PW_WORDS = ("Mango", "Sunrise", "Kopi", "Chai", "Sakura", "Tiger", "Monsoon", "Falcon", "Pyramid", "Cedar",
             "Lotus", "Samba", "Aurora", "Baobab", "Dragon", "Coral", "Jasmine", "Pepper", "Orbit", "Nimbus")
_ALNUM = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def gen_secret(rng: random.Random, kind: str) -> str:
    if kind == "otp":
        return "".join(str(rng.randint(0, 9)) for _ in range(6))
    if kind == "pin":
        return "".join(str(rng.randint(0, 9)) for _ in range(4))
    if kind == "password":
        w = rng.choice(_PW_WORDS)
        return rng.choice([f"{w}@{rng.randint(10, 9999)}", f"{w.lower()}#{rng.randint(100, 999)}!",
                           f"{w[0].lower()}{w[1:]}{rng.randint(1, 99)}$", f"{w}_{rng.randint(1980, 2009)}"])
    if kind == "apikey":
        return rng.choice(["sk_live_", "AIza", "ghp_",
            "xoxb-"]) + "".join(rng.choice(_ALNUM) for _ in range(28))
    raise KeyError(kind)

# ---------------------------------------------------------------------------------------------------------
# Rendering: templates write labelled values as \x01TYPE\x02value\x03; render() strips the marks into spans.
# ---------------------------------------------------------------------------------------------------------


def M(typ: str, value: str) -> str:
    return f"\x01{typ}\x02{value}\x03"


_MARK = re.compile(r"\x01(\w+)\x02(.*?)\x03", re.S)


def render(raw: str) -> tuple[str, list[dict]]:
    out, spans, pos = [], [], 0
    length = 0
    for m in _MARK.finditer(raw):
        chunk = raw[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        spans.append({"type": m[1], "start": length, "end": length + len(m[2]), "value": m[2]})
        out.append(m[2])
        length += len(m[2])
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), spans


def fmt_date(d: _dt.date, code: str) -> str:
    dd, mm, y = f"{d.day:02d}", f"{d.month:02d}", d.year
    if code.startswith("dmy"):
        return f"{dd}{code[3]}{mm}{code[3]}{y}"
    if code in ("ymd-", "ymd/", "ymd."):
        return f"{y}{code[3]}{mm}{code[3]}{dd}"
    if code == "mdy/":
        return f"{mm}/{dd}/{y}"
    if code == "en_long":
        return f"{d.day} {_MONTHS['en'][d.month - 1]} {y}"
    if code == "us_long":
        return f"{_MONTHS['en'][d.month - 1]} {d.day}, {y}"
    if code == "en_short":
        return f"{d.day}-{_MONTHS['en'][d.month - 1][:3]}-{y}"
    if code in ("d_id", "id"):
        return f"{d.day} {_MONTHS['id'][d.month - 1]} {y}"
    if code in ("ymd_cn", "ymd_ja", "cjk"):
        return f"{y}年{d.month}月{d.day}日"
    if code == "ko":
        return f"{y}년 {d.month}월 {d.day}일"
    if code == "th_be":       # Thai Buddhist-era year
        return f"{dd}/{mm}/{y + 543}"
    if code == "es":
        return f"{d.day} de {_MONTHS['es'][d.month - 1]} de {y}"
    if code == "pt":
        return f"{d.day} de {_MONTHS['pt'][d.month - 1]} de {y}"
    if code == "tr":
        return f"{d.day} {_MONTHS['tr'][d.month - 1]} {y}"
    raise KeyError(code)


class Ctx:
    """What a template draws from: one record's random stream, its region and its half's pools."""

    def __init__(self, rng: random.Random, half: str, region: str, pools: dict, lang: str):
        self.r, self.half, self.reg, self.pools, self.lang = rng, half, region, pools, lang
        self.cults: set[str] = set()
        self.checks: list[list[str]] = []

    # people
    def person(self, cult: str | None = None, sex: str | None = None, child: bool = False,
               reg: str | None = None) -> Person:
        cult = cult or self.r.choice(R[reg or self.reg].cults)
        if cult == "thai" and self.r.random() < 0.2:
            cult = "thai_script"
        return _mk_person(self.r, self.pools, cult, sex, child)

    def people(self, k: int, **kw) -> list[Person]:
        out: list[Person] = []
        tries = 0
        while len(out) < k:
            p = self.person(**kw)
            tries += 1
            strict = tries < 60
            if all(p.full != q.full and p.given != q.given and (p.family != q.family or not strict)
                   for q in out):
                out.append(p)
            if tries > 400:
                raise RuntimeError("name pool too small")
        return out

    def form(self, p: Person, form: str = "full") -> str:
        if p.cult == "malay" and form in ("family", "family_upper", "formal", "slash", "initial"):
            form = {"family": "given", "family_upper": "upper", "initial": "full"}.get(form, "upper")
        fam = p.family or p.given
        if form == "full":
            return p.full
        if form == "given":
            return p.given or p.full
        if form == "first":
            return p.first
        if form == "family":
            return fam
        if form == "alt":
            return p.alt or p.full
        if form == "family_upper":
            return fam.upper()
        if form == "upper":
            return p.full.upper()
        if form == "lower":
            return p.full.lower()
        if form in ("formal", "slash") and p.cult == "vietnamese":
            rest = p.full[len(p.family) + 1:]
            return f"{fam.upper()}, {rest}" if form == "formal" else fold(f"{fam}/{rest}").upper()
        if form == "formal":      # SURNAME, Given
            return f"{fam.upper()}, {p.given}" if p.family and p.latin else p.full.upper()
        if form == "slash":       # airline PNR style
            return f"{fold(fam).upper().replace(' ', '')}/{fold(p.given).upper().replace(' ', '')}" \
                if p.family and p.latin else fold(p.full).upper()
        if form == "initial":
            return f"{p.given[0]}. {p.family}" if p.family and p.latin else p.full
        raise KeyError(form)

    def N(self, p: Person, form: str = "full") -> str:
        self.cults.add(p.cult)
        return M("PERSON", self.form(p, form))

    def hon(self, p: Person) -> str:
        return "Mr." if p.sex == "m" else self.r.choice(["Ms.", "Mrs.", "Ms"])

    # labelled values
    def ph(self, reg: str | None = None) -> str:
        return M("PHONE_NUMBER", _digits(self.r, self.r.choice(R[reg or self.reg].phones)))

    def handle(self, p: Person) -> str:
        g, f = fold(p.first).lower(), fold(p.family).lower().replace(" ", "").replace("'", "")
        if not p.latin or not re.fullmatch(r"[a-z\-]+", g + (f or "x")):
            return self.r.choice(_PW_WORDS).lower() + str(self.r.randint(10, 999))
        f = f or str(self.r.randint(70, 99))
        return self.r.choice([f"{g}.{f}", f"{g}{f}{self.r.randint(1, 99)}", f"{g[0]}{f}", f"{g}_{f}",
                              f"{f}.{g}{self.r.randint(80, 99)}"])

    def em(self, p: Person, domain: str | None = None) -> str:
        return M("EMAIL_ADDRESS", f"{self.handle(p)}@{domain or self.r.choice(R[self.reg].mail)}")

    def ad(self, reg: str | None = None) -> str:
        pat = self.r.choice(_split(R[reg or self.reg].addrs, self.half))
        return M("LOCATION", pat.format(n=self.r.randint(10, 480), a=self.r.randint(1, 99),
            s=self.r.randint(2, 18)))

    def tw(self, reg: str | None = None) -> str:
        return M("LOCATION", self.r.choice(_split(R[reg or self.reg].towns, self.half)))

    def dob(self, p: Person, code: str | None = None) -> str:
        code = code or R[self.reg].dob
        if code == "dmy/" and self.lang == "en" and self.r.random() < 0.25:
            code = self.r.choice(["en_long", "en_short"])
        return M("DATE_OF_BIRTH", fmt_date(p.dob, code))

    def id(self, p: Person, kind: str | None = None) -> str:
        kind = kind or R[self.reg].ids[0]
        v = gen_id(self.r, kind, p)
        if kind in CHECKS:
            self.checks.append([kind, v])
        return M("NATIONAL_ID", v)

    def cc(self) -> str:
        v = gen_card(self.r)
        self.checks.append(["card", v])
        return M("CREDIT_CARD", v)

    def ib(self, cc: str | None = None) -> str:
        v = gen_iban(self.r, cc or R[self.reg].iban)
        self.checks.append(["iban", v])
        return M("IBAN_CODE", v)

    def ip(self) -> str:
        return M("IP_ADDRESS", gen_ip(self.r))

    def sec(self, kind: str = "password") -> str:
        return M("SECRET", gen_secret(self.r, kind))

    # unlabelled values
    def ref(self, shape: str) -> str:
        return "".join(str(self.r.randint(0, 9)) if ch == "%" else self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
                       if ch == "@" else ch for ch in shape)

    def day(self, code: str | None = None) -> str:
        d = _dt.date(2026, 1, 1) + _dt.timedelta(days=self.r.randint(-400, 200))
        return fmt_date(d, code or R[self.reg].dob)

    def amt(self, cur: str, lo: int = 10, hi: int = 9000) -> str:
        return f"{cur}{self.r.randint(lo, hi):,}"

    def firm(self, reg: str | None = None) -> str:
        return self.r.choice(R[reg or self.reg].firms)

    def pick(self, *opts):
        return self.r.choice(opts)


@dataclass
class Tpl:
    name: str
    half: str
    lang: str
    regions: tuple
    fn: object
    neg: str | None = None


TEMPLATES: list[Tpl] = []


def tpl(half: str, lang: str, regions: str, neg: str | None = None):
    def deco(fn):
        TEMPLATES.append(Tpl(fn.__name__.strip("_"), half, lang, tuple(regions.split()), fn, neg))
        return fn
    return deco


# =========================================================================================================
# dev templates: English
# =========================================================================================================


@tpl("dev", "en", "IN IN PK BD LK")
def crm_call_note(c):
    cur = {"IN": "INR ", "PK": "PKR ", "BD": "BDT ", "LK": "LKR "}[c.reg]
    p = c.person()
    rep = c.person()
    return f"""Summarise this call note for the CRM in 3 bullet points and suggest the next action.

Call log – {c.day()} – outbound, {c.r.randint(4, 19)} min
Lead: {c.N(p)} ({c.pick("Sr. Manager, Procurement", "Owner", "Director", "Finance Head")}, {c.firm()})
Mobile: {c.ph()} | WhatsApp same | Email: {c.em(p)}
Based in {c.tw()}, wants demo for {c.r.randint(12, 80)} seats. Budget approx {c.amt(cur, 2, 40)} lakh.
{c.N(p, "first")} asked to loop in their CFO before PO. Said competitor quote was lower by
{c.r.randint(5, 18)}%.
Follow-up fixed {c.day()} 11:30 local. Ticket {c.ref("CRM-%%%%%")}.
— logged by {c.N(rep, "initial")}"""


@tpl("dev", "en", "NG")
def kyc_review_ng(c):
    p = c.person()
    title = c.pick("Mr.", "Mrs.", "Alhaji", "Chief", "Engr.", "Dr.") if p.sex == "m" else c.pick("Mrs.",
        "Miss", "Hajiya", "Dr.")
    return f"""Check this account opening form against our KYC rules and list what is missing or inconsistent.

ACCOUNT OPENING – TIER 3 SAVINGS
Title: {title}
Surname: {c.N(p, "family_upper")}
Other names: {c.N(p, "given")}
Date of birth: {c.dob(p)}
BVN: {c.id(p, "bvn")}     NIN: {c.id(p, "nin")}
Residential address: {c.ad()}
Phone: {c.ph()}   Alt: {c.ph()}
Email: {c.em(p)}
Occupation: {c.pick("Trader", "Civil servant", "Pharmacist", "Software developer", "Contractor")}
Means of ID: {c.pick("NIN slip", "International passport", "Voter's card")} (utility bill dated {c.day()})
Branch: {c.pick("Ikeja GRA", "Wuse II", "Trans-Amadi", "Bompai")}  Officer code: {c.ref("OFF%%%")}"""


@tpl("dev", "en", "PH PH MY")
def delivery_exception(c):
    p = c.person()
    rider = c.person()
    return f"""Rewrite this delivery exception as a short apology
SMS to the customer (max 300 characters) and an internal note.

AWB: {c.ref("%%%%%%%%%%%%")}   Service: {c.pick("Same Day", "Standard", "COD")}   COD amount:
{c.amt("PHP ", 200, 6000)}
Consignee: {c.N(p, c.pick("upper", "formal", "full"))}
Address: {c.ad()}
Contact no.: {c.ph()}
Attempt 1 ({c.day()}): customer not home, gate locked. Rider {c.N(rider, "first")} called, no answer.
Attempt 2: consignee asked to redeliver after 5pm, says landmark is beside the sari-sari store.
Status: RTS pending. Hub: {c.pick("Pasig DC", "Mandaue Hub", "Cainta FM")}"""


@tpl("dev", "en", "ZA")
def payroll_query_za(c):
    p = c.person()
    hr = c.person()
    return f"""Draft a polite reply from HR explaining
how the overtime was calculated. Keep it under 150 words.

---------- Forwarded message ---------
From: {c.N(p)} <{c.em(p)}>
Date: {c.day()}
Subject: Payslip query – {c.pick("March", "June", "October")}

Hi {c.N(hr, "first")},
My payslip shows only {c.r.randint(3, 12)} hours overtime but I worked the stocktake weekend.
Employee no. {c.ref("EMP%%%%%")}, ID {c.id(p, "za_id")}.
Please phone me on {c.ph()} if you need the timesheets.
Thanks,
{c.N(p, "given")}
{c.pick("Warehouse Supervisor", "Cashier", "Admin Clerk")}, {c.firm()}
{M("LOCATION", c.pick("Midrand", "Montague Gardens", "Pinetown"))}"""


@tpl("dev", "en", "AE SA")
def visa_booking(c):
    a, b = c.people(2)
    kid = c.person(child=True)
    return f"""Fill the embassy appointment form below from this WhatsApp message. Output as a table.

"salam, need Schengen visa appointment for family. details:
1) {c.N(a, c.pick("upper", "formal"))} dob {c.dob(a)} ID {c.id(a)}
2) {c.N(b, "upper")} dob {c.dob(b)}
3) {c.N(kid, "given")} (son/daughter) dob {c.dob(kid)}
travel {c.day()} to {c.day()}, hotel booked in Milan. call me {c.ph()} or mail {c.em(a)}
we stay at {c.ad()}"

Form fields: Applicant name | DOB | ID no | Phone | Email | Address | Travel dates
Booking ref: {c.ref("VFS/%%%%/@@%%")}"""


@tpl("dev", "en", "SG")
def rental_sg(c):
    t, ll = c.people(2)
    agent = c.person()
    return f"""Summarise this tenancy enquiry and list the documents the landlord still needs.

Agent: {c.N(agent)} (CEA reg {c.ref("R0%%%%%@")}) – {c.ph()}
Prospective tenant: {c.N(t)}, NRIC {c.id(t)}, works at {c.firm()}
Mobile {c.ph()}, email {c.em(t)}
Unit: {c.ad()}
Asking rent {c.amt("S$", 2400, 5200)}/mth, 2-year lease from {c.day()}.
Landlord {c.N(ll, "family")} ok with 1 month deposit if tenant pays stamp duty.
Tenant currently staying at {c.ad()} until end of month."""


@tpl("dev", "en", "KE GH")
def school_admission(c):
    par = c.person()
    kid = c.person(child=True)
    return f"""Write an acknowledgement e-mail to the parent and a one-line note for the admissions register.

Admission enquiry – Grade {c.r.randint(1, 8)}, Term {c.r.randint(1, 3)}
Pupil: {c.N(kid)}
Date of birth: {c.dob(kid)}
Previous school: {c.pick("St. Mary's Academy", "Hillcrest Junior", "Riverside Primary")}, {c.tw()}
Parent/guardian: {c.N(par)}   Tel: {c.ph()}
Email: {c.em(par)}
Home address: {c.ad()}
Notes: sibling already in Grade {c.r.randint(5, 9)}. Fee deposit
{c.amt("KES " if c.reg == "KE" else "GHS ", 500, 30000)} paid {c.day()}, receipt {c.ref("RC%%%%%")}."""


@tpl("dev", "en", "MY SG")
def clinic_appointment(c):
    p = c.person()
    doc = c.person()
    return f"""Turn this into a confirmation SMS in simple English and Malay.

Klinik appointment request
Patient: {c.N(p, c.pick("upper", "formal"))}
IC/NRIC: {c.id(p, "mykad" if c.reg == "MY" else "nric")}
DOB: {c.dob(p)}
Phone: {c.ph()}
Address: {c.ad()}
Doctor: Dr. {c.N(doc, "family")}, {c.pick("GP", "Paediatrics", "O&G", "Dermatology")}
Slot: {c.day()} {c.pick("9:15am", "2:40pm", "4:00pm")} — follow-up for
{c.pick("blood pressure review", "vaccination", "skin rash")}
Panel: {c.firm()} (claim no. {c.ref("PNL-%%%%%%")})"""


@tpl("dev", "en", "PK AE")
def remittance_dispute(c):
    p = c.person(reg="PK")
    rec = c.person(reg="PK")
    return f"""Draft a complaint to the bank's remittance desk from the customer below. Formal tone.

Customer notes (typed by branch staff):
Name: {c.N(p)}   CNIC: {c.id(p, "cnic")}
Mobile: {c.ph("PK")}
Sent {c.amt("AED ", 500, 9000)} on {c.day()} via {c.firm("AE")} to beneficiary {c.N(rec)}
Beneficiary IBAN: {c.ib("PK")}
Transaction ref {c.ref("TT%%%%%%%%%%")}. Beneficiary bank says amount not received after
{c.r.randint(5, 20)} days.
Customer's own account: {c.ib("AE")}
Customer lives in {c.tw("AE")}, contact email {c.em(p)}."""


@tpl("dev", "en", "ID MY")
def ecommerce_return(c):
    p = c.person()
    return f"""Classify this return request (damaged / wrong
item / changed mind) and draft a reply from customer care.

Order #{c.ref("%%%%%%%%%%%%")} placed {c.day()}
Buyer: {c.N(p)}
Ship to: {c.ad()}
Phone: {c.ph()}
Item: {c.pick("Rice cooker 1.8L", "Wireless earbuds", "Batik shirt size L", "Air fryer 4L")} –
{c.amt("IDR " if c.reg == "ID" else "RM", 90, 900)}
Message from buyer: "received {c.day()} but box was crushed and lid cracked. pls send new one or refund to
my card, i already pay. my email is {c.em(p)}. thank u"
Courier: {c.pick("J&T", "SiCepat", "Ninja Van", "Pos Laju")} tracking {c.ref("JP%%%%%%%%%%")}"""


@tpl("dev", "en", "GH NG KE")
def whatsapp_group(c):
    a, b, d = c.people(3)
    return f"""Summarise this WhatsApp group chat for the team lead. Who needs to do what by when?

[{c.day("dmy/")}, 08:12] {c.N(a)}: Good morning all. Client meeting moved to Thursday 10am
[{c.day("dmy/")}, 08:15] {c.N(b, "first")}: noted. @{c.N(a, "first")} who is bringing the projector?
[{c.day("dmy/")}, 08:17] {c.N(d)}: I will. Also pls send the venue address to {c.N(b, "first")}
[{c.day("dmy/")}, 08:19] {c.N(a)}: venue is {c.ad()}. Call {c.ph()} if gate man gives trouble
[{c.day("dmy/")}, 08:22] {c.ph()}: please who is this number? 😅
[{c.day("dmy/")}, 08:23] {c.N(b, "first")}: that's my new line, save it
[{c.day("dmy/")}, 08:30] {c.N(d, "first")}: ok. Invoice {c.ref("INV-%%%%")} still pending with finance"""


@tpl("dev", "en", "TR GR IL")
def forwarded_signature(c):
    p = c.person()
    me = c.person()
    return f"""Reply to this supplier e-mail confirming the new delivery date. Short and friendly.

-----Original Message-----
From: {c.N(p)} [mailto:{c.em(p, c.pick("gmail.com", "outlook.com"))}]
Sent: {c.day()} 16:{c.r.randint(10, 59)}
To: {c.N(me)}
Subject: RE: PO {c.ref("%%%%%%")} – revised ETA

Dear {c.N(me, "first")},
The container cleared customs this morning; we can deliver on {c.day()}. Please confirm the unloading slot.

Best regards,
{c.N(p)}
Export Sales Manager | {c.firm()}
M: {c.ph()}
{c.ad()}"""


@tpl("dev", "en", "BR")
def spreadsheet_rows_br(c):
    ps = c.people(3)
    rows = "\n".join(f"{c.N(p)}\t{c.id(p, 'cpf')}\t{c.ph()}\t{c.tw()}\t{c.ref('PED-%%%%%')}" for p in ps)
    return f"""These rows are from our loyalty spreadsheet.
Find duplicates and format as a CSV with a header row.

Nome\tCPF\tCelular\tCidade\tPedido
{rows}
{c.N(ps[0], "upper")}\t\t{c.ph()}\t\t{c.ref('PED-%%%%%')}"""


@tpl("dev", "en", "KR JP")
def json_ticket(c):
    p = c.person()
    if p.cult == "korean":
        note = f"called {c.N(p, 'given')}-ssi back, no answer"
    elif p.cult == "korean_script":
        note = f"{c.N(p, 'given')} 씨 callback requested"
    else:
        note = f"{c.N(p, 'family')}-san asked for a callback after 18:00"
    return f"""Explain in plain English what went wrong in this support ticket export and suggest a fix.

{{
  "ticket_id": "{c.ref("TCK-%%%%%%")}",
  "created": "{c.day("ymd-")}T09:{c.r.randint(10, 59)}:00+09:00",
  "customer": {{
    "name": "{c.N(p)}",
    "phone": "{c.ph()}",
    "email": "{c.em(p)}",
    "last_login_ip": "{c.ip()}"
  }},
  "channel": "app",
  "agent_note": "{note}",
  "issue": "payment failed 3 times, card blocked after OTP",
  "agent": "{c.pick("bot", "tier1-queue")}",
  "status": "escalated"
}}"""


@tpl("dev", "en", "PL SE DK FI NO")
def hr_onboarding_eu(c):
    p = c.person()
    hr = c.person()
    return f"""Check this new-joiner form for missing fields and draft the welcome e-mail.

NEW EMPLOYEE – {c.firm()}
Full name: {c.N(p)}
Date of birth: {c.dob(p)}
Personal ID number: {c.id(p)}
Home address: {c.ad()}
Private phone: {c.ph()}   Private e-mail: {c.em(p)}
Salary account (IBAN): {c.ib()}
Start date: {c.day()}   Manager: {c.N(hr)}
Laptop: {c.pick("ThinkPad T14", "MacBook Air", "Dell Latitude 5440")}, asset tag {c.ref("IT-%%%%%")}"""


@tpl("dev", "en", "VN TH")
def chat_transcript(c):
    p = c.person()
    agent = c.person()
    return f"""Summarise this live-chat and flag anything the agent should not have asked for.

Agent {c.N(agent, "first")}: Hello, thank you for contacting us. May I have your full name?
Customer: {c.N(p, "lower")}
Agent {c.N(agent, "first")}: Thank you. Registered phone number?
Customer: {c.ph()}
Agent {c.N(agent, "first")}: And your date of birth for verification?
Customer: {c.dob(p, "th_be" if c.reg == "TH" else "dmy/")}
Agent {c.N(agent, "first")}: I see the order to {c.ad()}. What is the problem?
Customer: app keeps logging me out. i even changed password to {c.sec("password")} yesterday
Customer: and now it sent OTP {c.sec("otp")} but says expired
Agent {c.N(agent, "first")}: I will reset your session. Ticket {c.ref("CS%%%%%%%")}."""


@tpl("dev", "en", "US GB AU CA")
def card_dispute(c):
    p = c.person()
    return f"""Write a dispute letter to the card issuer for this customer. Include the facts only.

Cardholder: {c.N(p)}
Card: {c.cc()} (exp {c.r.randint(1, 12):02d}/{c.r.randint(27, 31)})
Billing address: {c.ad()}
Phone: {c.ph()}   Email: {c.em(p)}
Disputed charge: {c.amt(c.pick("$", "£", "A$"), 40, 2500)} at
{c.pick("ONLINE ELECTRONICS LTD", "TRAVELNOW*BOOKING", "GAMESHOP EU")} on {c.day()}
{c.hon(p)} {c.N(p, "family")} says the card never left the wallet; last genuine purchase was at {c.firm()}.
Login from unknown IP {c.ip()} was flagged the same day."""


@tpl("dev", "en", "JP")
def it_helpdesk_jp(c):
    p = c.person(cult="japanese")
    boss = c.person(cult="japanese")
    return f"""Write the IT ticket summary in English for the global service desk.

From: {c.N(p, "alt")} ({c.N(p, "upper")})
Dept: Sales Planning, {M("LOCATION", c.pick("Osaka", "Kyoto", "Chiba"))} office
Issue: VPN disconnects every 10 min since {c.day()}. Home IP {c.ip()}.
{c.N(p, "family")}-san says manager {c.N(boss, "family")}-san approved temporary password reset.
Current temp password: {c.sec("password")}
Contact: {c.ph()} (mobile), ext. {c.r.randint(2000, 2999)}
Asset: {c.ref("PC-@%%%%")}
Also pasted in the chat by mistake: {c.sec("apikey")}"""


# =========================================================================================================
# dev templates: other languages and mixed
# =========================================================================================================


@tpl("dev", "id", "ID")
def cs_balasan_id(c):
    p = c.person()
    hon = "Bapak" if p.sex == "m" else "Ibu"
    return f"""Tolong buatkan balasan yang sopan untuk keluhan pelanggan ini, maksimal 5 kalimat.

Nama pelanggan: {hon} {c.N(p)}
NIK: {c.id(p, "nik")}
Tanggal lahir: {c.dob(p, "id")}
Alamat: {c.ad()}
No. HP/WA: {c.ph()}
Keluhan: paket belum sampai sejak {c.day("dmy/")}, resi {c.ref("JNE%%%%%%%%%%")}. {hon} {c.N(p, "first")}
sudah telepon call center 3 kali tapi tidak ada jawaban. Minta refund ke rekening
{c.pick("BCA", "BRI", "Mandiri")}."""


@tpl("dev", "vi", "VN")
def don_hang_vi(c):
    p = c.person()
    hon = "Anh" if p.sex == "m" else "Chị"
    return f"""Dịch sang tiếng Anh và tóm tắt yêu cầu đổi trả sau:

Khách hàng: {c.N(p)}
Ngày sinh: {c.dob(p)}
CCCD: {c.id(p, "vn_cccd")}
SĐT: {c.ph()}
Địa chỉ giao hàng: {c.ad()}
Nội dung: {hon} {c.N(p, "alt")} phản ánh máy lọc không khí mua ngày {c.day()} bị lỗi, mã đơn
{c.ref("VN%%%%%%%%")}.
Muốn đổi máy mới, liên hệ qua Zalo số trên hoặc email {c.em(p)}."""


@tpl("dev", "tr", "TR")
def iade_talebi_tr(c):
    p = c.person()
    return f"""Bu müşteri şikayetini özetle ve İngilizce bir yanıt taslağı yaz.

Ad Soyad: {c.N(p, "upper")}
T.C. Kimlik No: {c.id(p, "tckn")}
Doğum tarihi: {c.dob(p)}
Telefon: {c.ph()}
Adres: {c.ad()}
IBAN: {c.ib("TR")}
Açıklama: {c.day()} tarihli {c.ref("TY-%%%%%%%%")} numaralı siparişte ürün eksik geldi.
{c.N(p, "first")} Hanım/Bey iadenin yukarıdaki IBAN'a yapılmasını istiyor."""


@tpl("dev", "pt", "BR")
def cadastro_cliente_pt(c):
    p = c.person()
    return f"""Confira se os dados do cadastro abaixo estão completos e escreva uma mensagem de boas-vindas.

Nome completo: {c.N(p)}
CPF: {c.id(p, "cpf")}
Data de nascimento: {c.dob(p)}
Endereço: {c.ad()}
Celular (WhatsApp): {c.ph()}
E-mail: {c.em(p)}
Plano: {c.pick("Fibra 500 Mega", "Controle 25GB", "Pós 50GB")} — instalação agendada para {c.day()}.
Obs.: cliente pediu para falar com {c.N(c.person(), "first")} da equipe técnica."""


@tpl("dev", "es", "MX")
def solicitud_credito_es(c):
    p = c.person()
    ref = c.person()
    return f"""Resume esta solicitud de crédito en inglés para el comité de riesgos.

Solicitante: {c.N(p)}
CURP: {c.id(p, "curp")}
RFC: {c.id(p, "rfc")}
Fecha de nacimiento: {c.dob(p, "es")}
Domicilio: {c.ad()}
Tel. celular: {c.ph()}
Correo: {c.em(p)}
Ingreso mensual declarado: {c.amt("$", 9000, 60000)} MXN
Referencia personal: {c.N(ref)}, tel. {c.ph()}
Folio: {c.ref("SOL-%%%%%%")}"""


@tpl("dev", "ar", "AE SA EG")
def shakwa_ar(c):
    p = c.person(cult="arabic_script")
    return f"""ترجم هذه الشكوى إلى الإنجليزية ولخصها في ثلاث نقاط.

الاسم: {c.N(p)}
رقم الهوية: {c.id(p)}
رقم الجوال: {c.ph()}
العنوان: {c.ad()}
البريد الإلكتروني: {c.em(p)}
الشكوى: تم خصم مبلغ {c.amt("", 100, 5000)} من بطاقتي بتاريخ {c.day()} ولم يصل الطلب رقم {c.ref("%%%%%%%%")}.
أرجو التواصل معي بعد الساعة الخامسة مساءً."""


@tpl("dev", "ja", "JP")
def toiawase_ja(c):
    p = c.person(cult="japanese_script")
    return f"""以下のお問い合わせ内容を英語に翻訳し、要点をまとめてください。

お名前：{c.N(p)} 様
生年月日：{c.dob(p, "cjk")}
ご住所：{c.ad()}
電話番号：{c.ph()}
メール：{c.em(p)}
個人番号：{c.id(p, "mynumber")}
内容：{c.day("cjk")}に注文した商品（注文番号 {c.ref("%%%-%%%%%%%")}）がまだ届いていません。
至急ご連絡ください。"""


@tpl("dev", "zh", "CN")
def kehu_xinxi_zh(c):
    p = c.person(cult="chinese_script")
    q = c.person(cult="chinese_script")
    return f"""请把下面的客户信息整理成表格，并用英文写一句摘要。

客户姓名：{c.N(p)}
身份证号：{c.id(p, "cnid")}
出生日期：{c.dob(p, "cjk")}
手机：{c.ph()}
邮箱：{c.em(p)}
地址：{c.ad()}
紧急联系人：{c.N(q)}（配偶），电话 {c.ph()}
备注：订单号 {c.ref("JD%%%%%%%%%%")}，客户要求{c.day("ymd-")}前送达。"""


@tpl("dev", "ko", "KR")
def gogaek_munui_ko(c):
    p = c.person(cult="korean_script")
    return f"""다음 고객 문의를 영어로 번역하고 답장 초안을 써 주세요.

고객명: {c.N(p)} 님
생년월일: {c.dob(p, "ko")}
주민등록번호: {c.id(p, "rrn")}
연락처: {c.ph()}
주소: {c.ad()}
문의 내용: {c.day("ymd.")}에 주문한 상품(주문번호 {c.ref("%%%%%%%%%%")})이 파손되어 도착했습니다.
환불은 카드 {c.cc()} 로 부탁드립니다."""


@tpl("dev", "pl", "PL")
def reklamacja_pl(c):
    p = c.person()
    return f"""Przetłumacz tę reklamację na angielski i zaproponuj odpowiedź.

Imię i nazwisko: {c.N(p)}
PESEL: {c.id(p, "pesel")}
Data urodzenia: {c.dob(p)}
Adres: {c.ad()}
Telefon: {c.ph()}
E-mail: {c.em(p)}
Numer rachunku do zwrotu: {c.ib("PL")}
Treść: paczka {c.ref("%%%%%%%%%%%%%%%%%%%%%%%%")} nie dotarła do paczkomatu. Proszę o zwrot
{c.amt("", 50, 900)} zł."""


@tpl("dev", "hi-en", "IN")
def hinglish_society(c):
    a, b = c.people(2)
    return f"""Is message ko proper English notice mein convert karo for the society notice board.

"Namaste sabko 🙏 {c.N(a, "given")} ji ({c.N(a)}, Flat B-{c.r.randint(101, 1404)}) ne complaint kiya hai ki
parking mein unki car ko scratch hua. CCTV footage chahiye toh secretary {c.N(b)} se baat karo – {c.ph()}.
Maintenance {c.amt("₹", 2000, 6000)} is month {c.day()} tak jama karna hai. UPI pe bhejo aur screenshot
{c.em(b)} pe mail karo. Jinko naya address chahiye for courier: {c.ad()}. Dhanyavaad!" """


@tpl("dev", "tl-en", "PH")
def taglish_hr(c):
    p = c.person()
    hr = c.person()
    return f"""Paki-summarize in English itong message ng employee para sa HR ticket.

"Hi Ma'am {c.N(hr, "first")}, good morning po! Si {c.N(p)} po ito from
{c.pick("Finance", "Ops", "CSR Team 3")}.
Ask ko lang po bakit wala pa yung 13th month ko. SSS ko po ay {c.id(p, "ph_sss")} at TIN {c.id(p, "ph_tin")}.
Nagpalit na rin po ako ng number, bago ko: {c.ph()}. Lumipat din po ako sa {c.ad()}.
Birthday ko po pala {c.dob(p)} kasi mali yung nasa HRIS. Salamat po!" """


# =========================================================================================================
# dev templates: negatives
# =========================================================================================================


@tpl("dev", "en", "IN NG PH", neg="ordinary")
def policy_question(c):
    return f"""Our company is opening a shared-services centre and we need a clear work-from-home policy.
Draft a one-page policy covering: eligibility after probation, core hours ({c.pick("10am-4pm", "11am-5pm")}
local time), equipment allowance of
{c.amt(c.pick("INR ", "NGN ", "PHP "), 3000, 20000)} per year, data security on home
Wi-Fi, and how managers should approve requests. Keep the
tone friendly but firm, use headings, and add a short FAQ
at the end with five questions employees usually ask. Assume about {c.r.randint(150, 900)} staff across two
shifts."""


@tpl("dev", "en", "SG MY ID TH", neg="ordinary")
def product_copy(c):
    item = c.pick("bamboo fibre lunch box", "cold-brew coffee maker", "rechargeable desk fan",
        "batik print tote bag")
    return f"""Write three versions of product copy (30, 60 and 120 words) for our online shop.
Product: {item}. Price point: mid-range. Audience: young office workers in Southeast Asian cities who commute
by train and eat at their desks. Highlight: BPA-free, fits in a backpack, {c.r.randint(2, 5)} colour options,
{c.r.randint(6, 24)}-month warranty. Avoid exaggerated health claims and do not mention competitors.
Also suggest five short hashtags and a subject line for the launch newsletter."""


@tpl("dev", "en", "AE SA EG TR", neg="ordinary")
def market_summary(c):
    return f"""Summarise this paragraph for a board slide (max 4 bullets):

Regional e-commerce grew an estimated {c.r.randint(11, 29)}% year on year, driven by grocery delivery and
buy-now-pay-later adoption. Saudi Arabia and the UAE together account for roughly two thirds of online spend,
while Egypt shows the fastest growth in first-time buyers. Cash on delivery is declining but still above
{c.r.randint(20, 45)}% of orders outside the Gulf. Logistics costs rose after fuel subsidies were cut, and
last-mile delivery times in secondary cities remain about twice those in capitals."""


@tpl("dev", "en", "BR MX AR PL", neg="ordinary")
def spreadsheet_formula(c):
    return f"""I have a sheet with order dates in column A, region codes in B and amounts in C (rows 2 to
{c.r.randint(400, 5000)}).
I need a formula that sums C only for region "{c.pick("LATAM-S", "MX-N", "PL-01", "BR-SE")}" and only for
the last 90 days,
and a second formula that returns the month with the highest total. It should work in both Excel and Google
Sheets. Please explain each part of the formula and warn me about common mistakes with date formats like
DD/MM/YYYY versus MM/DD/YYYY when the file is opened on a laptop set to a different locale."""


@tpl("dev", "en", "JP KR VN GR", neg="ordinary")
def travel_advice(c):
    city = c.pick("Osaka", "Busan", "Hanoi", "Thessaloniki", "Kyoto", "Da Nang")
    return f"""I am planning a 4-day business trip to {city} in
{c.pick("April", "October", "late November")} with two free evenings.
Suggest neighbourhoods to stay in close to public transport, a realistic daily budget in local currency,
three dishes I should try, and etiquette tips for dinner with clients. I do not drink alcohol, so suggest
polite ways to decline. Also: is a local SIM or an eSIM better for a short stay, and do I need cash?"""


@tpl("dev", "en", "IN NG KE PH", neg="order_and_tracking_numbers")
def tracking_numbers(c):
    return f"""Make a table of these shipments with columns: AWB, status, next step.

AWB {c.ref("%%%%%%%%%%%%")} – held at hub, address incomplete, shipper to confirm
AWB {c.ref("%%%%%%%%%%")} – delivered {c.day()}, POD uploaded
Invoice {c.ref("INV/%%%%/%%%%")} – COD remitted {c.amt("", 1000, 90000)}
PNR {c.ref("@@@@@@")} / e-ticket {c.ref("%%%-%%%%%%%%%%")} – date change requested by travel desk
SKU {c.ref("%%%%-%%%%-%%%%")} – out of stock at {c.pick("Bhiwandi", "Apapa", "Mombasa", "Laguna")} warehouse
Manifest {c.ref("MF%%%%%%%%%%%%")}, seal {c.ref("%%%%%%%")}, container {c.ref("@@@U%%%%%%%")}
Support line for all queries: {c.firm()} hotline
{c.pick("1800 208 9898", "0700 600 0000", "(02) 8888 1111")}"""


@tpl("dev", "en", "IN NG KR PH", neg="company_and_brand")
def brand_comparison(c):
    return f"""Write a short comparison (one paragraph each) of how these groups built their consumer
brands: Tata, Dangote, Samsung and Jollibee. Mention how
family names became brand names (Tata Motors, Dangote Cement,
Jollibee Foods), their best-known products, and one lesson for a mid-sized FMCG company entering
{c.pick("East Africa", "Southeast Asia", "the Gulf")}. Use only widely known public facts and keep it under
350 words."""


@tpl("dev", "en", "ZA US BR IN", neg="public_figures")
def news_public_figures(c):
    return f"""Summarise this news paragraph in two sentences for our internal newsletter:

President Cyril Ramaphosa met Prime Minister Narendra Modi and President Luiz Inácio Lula da Silva on the
sidelines of the summit, where leaders discussed trade in agricultural goods and a common payments platform.
Later that evening, footballer Lionel Messi and cricketer Virat Kohli appeared at a charity gala, and author
Chimamanda Ngozi Adichie gave the keynote on African publishing. Markets reacted calmly; the rand and the
rupee were little changed by {c.pick("noon", "the close")}."""


@tpl("dev", "en", "PH IN MX GB", neg="placeholders")
def form_placeholders(c):
    return """Improve the wording of this sample form we show new users (keep the sample values as they are):

Full name: Juan dela Cruz
Alternative sample: Max Mustermann / Ram Kumar (sample)
Email: name@example.com
Mobile: +00 000 000 0000
Card number: XXXX-XXXX-XXXX-1234
ID number: [ID NUMBER]
Address: [Street], [City], [Postcode]
Signature: ____________  Date: DD/MM/YYYY
Note: replace [NAME] and [COMPANY] before sending."""


@tpl("dev", "en", "NG ID EG", neg="places_as_topics")
def city_report(c):
    city = c.pick("Lagos", "Jakarta", "Cairo")
    return f"""Turn this into a 5-slide outline for a logistics pitch:

{city} is one of the fastest-growing megacities in its region, with traffic congestion costing businesses an
estimated {c.r.randint(2, 9)} billion dollars a year. Ring roads and new rail lines are under construction,
but last-mile delivery still depends on motorbike couriers. Warehouses are moving to the city's outskirts,
near the port and the airport, while demand for same-day delivery keeps rising in central districts."""


@tpl("dev", "en", "CN TW KR JP", neg="product_codes_and_versions")
def product_codes(c):
    return f"""Explain the differences between these firmware builds to a non-technical buyer:

Model {c.ref("@@-%%%%")} rev {c.ref("%.%")} – firmware v{c.ref("%.%%.%%%")} (build {c.ref("%%%%%%%%")})
Model {c.ref("@@-%%%%@")} – firmware v{c.ref("%.%%.%%%")}, bootloader {c.ref("%%%%.%%.%%")}
Part no. {c.ref("%%%-%%%%%-%%")}, batch {c.ref("@%%%%%%")}, HS code {c.ref("%%%%.%%.%%")}
Serial range {c.ref("@@%%%%%%%%")} to {c.ref("@@%%%%%%%%")}, certificate {c.ref("@@@-%%%%-%%%%")}"""


# =========================================================================================================
# test templates: English
# =========================================================================================================


@tpl("test", "en", "EG")
def sales_followup_eg(c):
    p = c.person()
    me = c.person()
    return f"""Draft a follow-up e-mail after this sales visit and list open questions.

Visit report – {c.day()}
Prospect: Eng. {c.N(p)}, Facilities Manager, {c.firm()}
Met at their office in {c.tw()}; he/she was with colleague {c.N(c.person(), "given")}.
Interested in {c.r.randint(20, 120)} units of the smart meter, wants pilot first.
Direct mobile {c.ph()}, personal email {c.em(p)} (prefers WhatsApp on the same number).
Competitor price EGP {c.r.randint(900, 4000)}/unit. Next step: send proposal by {c.day()}.
Rep: {c.N(me, "initial")}"""


@tpl("test", "en", "IN")
def kyc_onboarding_in(c):
    p = c.person(cult=c.pick("indian_north", "indian_south"))
    hon = c.pick("Sri", "Shri", "Mr.") if p.sex == "m" else c.pick("Smt.", "Ms.", "Kumari")
    return f"""Verify this KYC record: does the PAN's 5th letter
match the surname, and is anything missing? Answer in bullets.

CUSTOMER ONBOARDING – VIDEO KYC
Name (as per PAN): {hon} {c.N(p, "upper")}
Father's name: {c.N(c.person(cult=c.pick("indian_north", "indian_south"), sex="m"), "upper")}
DOB: {c.dob(p)}
PAN: {c.id(p, "pan")}
Aadhaar (last verified {c.day()}): {c.id(p, "aadhaar")}
Permanent address: {c.ad()}
Mobile linked to Aadhaar: {c.ph()}
Email: {c.em(p)}
Agent remarks: face match {c.r.randint(82, 99)}%, signature on file. Case {c.ref("VKYC%%%%%%%")}."""


@tpl("test", "en", "NG")
def courier_failed_ng(c):
    p = c.person()
    title = c.pick("Mr", "Alhaji", "Barr.", "Pastor") if p.sex == "m" else c.pick("Mrs", "Hajiya", "Barr.")
    return f"""Write a WhatsApp message to the customer to
reschedule this failed delivery. Friendly Nigerian English.

Shipment {c.ref("GIG%%%%%%%%%")} – {c.pick("Failed delivery", "Address not found", "Customer unreachable")}
Receiver: {c.N(p)} ({title} {c.N(p, "family")})
Tel: {c.ph()} / {c.ph()}
Address given: {c.ad()}
Dispatch rider note: "Estate security said nobody by that name in block. Called twice, line busy."
Item: {c.pick("Phone", "Documents", "Generator parts", "Fabric")}, declared {c.amt("₦", 5000, 250000)}.
Sender: {c.firm()}"""


@tpl("test", "en", "PH")
def leave_payroll_ph(c):
    p = c.person()
    sup = c.person()
    return f"""Fill the payroll adjustment form from this e-mail. Output as key: value lines.

Subject: Salary loan deduction + leave conversion
Hi Payroll team,
Requesting correction for {c.N(p, "formal")} (Emp ID {c.ref("%%%%%")},
{M("LOCATION", c.pick("Makati", "Ortigas", "Cebu IT Park"))} site).
SSS: {c.id(p, "ph_sss")}  TIN: {c.id(p, "ph_tin")}
Her/his SL balance of {c.r.randint(2, 9)} days should be converted to cash this cutoff ({c.day()}).
Approved by TL {c.N(sup)}. Employee can be reached at {c.ph()} or {c.em(p)}.
Thank you!"""


@tpl("test", "en", "SA AE")
def flight_booking(c):
    a, b = c.people(2)
    return f"""Check these two passengers' details against the
booking and tell me what must be corrected before ticketing.

PNR {c.ref("@@@@@@")}  {c.pick("RUH-LHR", "DXB-MNL", "JED-CAI", "AUH-BOM")}  {c.day()}
1. {c.N(a, "slash")} {"MR" if a.sex == "m" else "MRS"}  DOB {c.dob(a, "en_short")}  ID {c.id(a)}
2. {c.N(b, "slash")} {"MR" if b.sex == "m" else "MS"}  DOB {c.dob(b, "en_short")}
Contact: {c.ph()} – {c.em(a)}
Fare basis {c.ref("@@@%%@@")}, ticket time limit {c.day()} 23:59. Paid with card {c.cc()}.
Home address on file: {c.ad()}"""


@tpl("test", "en", "HK")
def tenancy_hk(c):
    t = c.person()
    ll = c.person()
    return f"""Draft a short tenancy confirmation letter from the landlord based on these notes.

Landlord: {c.N(ll)} (HKID {c.id(ll, "hkid")})
Tenant: {c.N(t)}, HKID {c.id(t, "hkid")}, tel {c.ph()}, email {c.em(t)}
Premises: {c.ad()}
Rent HK${c.r.randint(9, 38)},{c.r.randint(100, 900)} per month, 2 months deposit, first payment {c.day()}.
Management office phone: 2{c.ref("%%%-%%%%")} (do not share tenant mobile with them).
Tenant currently lives in {c.tw()} and moves in after renovation."""


@tpl("test", "en", "ZA")
def enrolment_za(c):
    par = c.person()
    kid = c.person(child=True)
    return f"""Summarise this enrolment form for the class teacher, leaving out anything she does not need.

LEARNER ENROLMENT – GRADE R TO 7
Learner: {c.N(kid, "formal")}
Date of birth: {c.dob(kid)}   ID no.: {c.id(kid, "za_id")}
Home language: {c.pick("isiZulu", "Afrikaans", "Sesotho", "English")}
Parent/guardian: {c.N(par)}   ID no.: {c.id(par, "za_id")}
Cell: {c.ph()}   Work: {c.firm()} switchboard 0{c.ref("%% %%% %%%%")}
Residential address: {c.ad()}
Medical: asthma pump in bag. Transport: lift club with the {c.N(c.person(), "family")} family."""


@tpl("test", "en", "TH")
def clinic_booking_th(c):
    p = c.person()
    return f"""Translate this hospital booking note into clear English for the international desk.

International patient booking
Name: {c.N(p, "upper")}
Thai ID: {c.id(p, "thai")}
Birth date: {c.dob(p, c.pick("en_long", "th_be"))}
Tel: {c.ph()}
Hotel / address in Thailand: {c.ad()}
Appointment: {c.pick("Orthopaedics", "Dental", "Check-up Package B")} on {c.day()} 10:00 with Dr.
{c.N(c.person(), "given")}
Insurance: {c.pick("AIA", "Allianz Ayudhya", "Muang Thai Life")}, policy {c.ref("@%%%%%%%%")}
Remark: khun {c.N(p, "first")} needs interpreter (Thai-English)."""


@tpl("test", "en", "TR")
def bank_dispute_tr(c):
    p = c.person()
    return f"""Prepare an English summary of this customer dispute for our correspondent bank.

Müşteri / Customer: {c.N(p)}
T.C. Kimlik No: {c.id(p, "tckn")}
Account IBAN: {c.ib("TR")}
Card used: {c.cc()}
Phone: {c.ph()}
Address: {c.ad()}
Complaint: EFT of TRY {c.r.randint(2000, 90000)} sent on
{c.day()} (ref {c.ref("EFT%%%%%%%%%")}) returned without reason.
Customer was born in {c.tw()} and travels often; last login from {c.ip()}."""


@tpl("test", "en", "MX AR")
def marketplace_return_latam(c):
    p = c.person()
    return f"""Answer this marketplace return request in English and Spanish (two short paragraphs).

Order {c.ref("%%%%%%%%%%")} –
{c.pick("Licuadora", "Audífonos inalámbricos", "Tenis running talla 27", "Cafetera")}
Buyer: {c.N(p)}
Shipping address: {c.ad()}
Phone: {c.ph()}
Message: "hola, the product arrived {c.day()} and it doesn't turn on. i want a refund, not a replacement.
you can also reach me at {c.em(p)}. gracias"
Seller: {c.firm()} Store · Claim {c.ref("RCL-%%%%%%")}"""


@tpl("test", "en", "IN")
def whatsapp_society_in(c):
    a, b, d = c.people(3)
    return f"""Extract action items from this apartment association WhatsApp export.

{c.day("dmy/")}, 9:02 pm - {c.N(a)}: Water tanker coming tomorrow 7am, pls keep motor off
{c.day("dmy/")}, 9:04 pm - {c.ph()}: which block?
{c.day("dmy/")}, 9:05 pm - {c.N(a)}: all blocks. @{c.N(b, "given")} please inform security
{c.day("dmy/")}, 9:11 pm - {c.N(b)}: ok sir. Also lift AMC renewal due, vendor quote
{c.amt("₹", 40000, 180000)}
{c.day("dmy/")}, 9:15 pm - {c.N(d, "lower")}: my new number {c.ph()}, pls update in directory
{c.day("dmy/")}, 9:20 pm - {c.N(a)}: done. Courier for {c.N(d, "given")} kept at {c.ad()}"""


@tpl("test", "en", "IL GR")
def fwd_email_signature_eu(c):
    p = c.person()
    me = c.person()
    return f"""Translate the key points of this forwarded thread for my manager and propose a reply.

Begin forwarded message:
From: {c.N(p)} <{c.em(p)}>
Subject: Invoice {c.ref("%%%%%")} and bank details
Date: {c.day()}

Hi {c.N(me, "given")}, please note our new account for the consulting fee: {c.ib()}
I am working from {c.tw()} this month.

--
{c.N(p)}
Independent consultant
ID: {c.id(p)}
Tel {c.ph()}
{c.ad()}"""


@tpl("test", "en", "CN")
def sheet_rows_cn(c):
    ps = c.people(3, cult="chinese")
    rows = "\n".join(f"{k + 1},{c.N(p, c.pick('full', 'upper'))},{c.id(p, 'cnid')},{c.ph()},{c.tw()}"
                     for k, p in enumerate(ps))
    return f"""Convert this CSV into a markdown table and mark
any row whose ID birth date does not match the DOB column.

no,name,resident_id,mobile,city
{rows}
dob column: {c.dob(ps[0], "ymd-")}; {c.dob(ps[1], "ymd-")}; {c.dob(ps[2], "ymd-")}
export by {c.firm()} HR system, batch {c.ref("B%%%%%%")}"""


@tpl("test", "en", "AR")
def json_crm_ar(c):
    p = c.person()
    return f"""What fields in this CRM JSON should we mask before sending it to the vendor? Explain briefly.

{{"lead": {{"id": {c.r.randint(10000, 99999)},
  "nombre": "{c.N(p, "given")}", "apellido": "{c.N(p, "family")}",
  "dni": "{c.id(p, "dni")}", "cuil": "{c.id(p, "cuil")}",
  "telefono": "{c.ph()}", "email": "{c.em(p)}",
  "direccion": "{c.ad()}",
  "fecha_nac": "{c.dob(p, "dmy/")}",
  "origen": "{c.pick("landing-promo", "referido", "feria")}", "score": {c.r.randint(1, 99)}}}}}"""


@tpl("test", "en", "SE DK NO FI")
def onboarding_nordic(c):
    p = c.person()
    return f"""Translate to English and check this onboarding e-mail has everything payroll needs.

Hej! Here are my details for the contract:
Name: {c.N(p)}
ID number: {c.id(p)}
Born: {c.dob(p)}
Address: {c.ad()}
Bank (IBAN): {c.ib()}
Mobile: {c.ph()}
I start on {c.day()} in the {M("LOCATION", c.pick("Stockholm", "Oslo", "Copenhagen", "Helsinki"))} office,
reporting to {c.N(c.person(), "given")}.
/{c.N(p, "given")}"""


@tpl("test", "en", "BD LK")
def chat_transcript_bd(c):
    p = c.person()
    agent = c.person()
    return f"""Summarise this call-centre chat in 3 lines
and tell me if the agent followed the security script.

[{c.day()} 14:02] Agent {c.N(agent, "given")}: Assalamualaikum / Ayubowan, how can I help?
[14:03] Customer: my mobile wallet is blocked. name is {c.N(p)}
[14:03] Agent: Please share your NID number for verification.
[14:04] Customer: {c.id(p)}
[14:05] Customer: also my wallet PIN is {c.sec("pin")} if u need it, and the OTP just now {c.sec("otp")}
[14:06] Agent: Sir/Madam, never share PIN or OTP. Your alt number?
[14:06] Customer: {c.ph()}"""


@tpl("test", "en", "GB US CA AU")
def card_fraud_report(c):
    p = c.person()
    return f"""Turn these fraud-team notes into a timeline table (time, event, source).

Customer {c.N(p)} called at 09:14 from {c.ph()}.
Card {c.cc()} used for three online purchases overnight.
Login to online banking from {c.ip()} at 02:31, then password change; customer says they did not do it.
Customer confirmed home address as {c.ad()} and e-mail {c.em(p)}.
Card blocked, replacement ordered to branch. Case {c.ref("FR-%%%%%%")}. Customer was born in {c.tw()}."""


@tpl("test", "en", "TW")
def vpn_ticket_tw(c):
    p = c.person()
    return f"""Write the incident summary for this VPN ticket
and say which details should be removed before sharing.

Requester: {c.N(p)} ({c.N(p, "alt")})
National ID: {c.id(p, "twid")}
Office: {M("LOCATION", c.pick("Tainan", "Taoyuan", "Keelung"))} plant, ext {c.r.randint(3000, 3999)}
Mobile: {c.ph()}
Problem: cannot log in from home ({c.ip()}) since {c.day()}.
User typed the new password in the ticket: {c.sec("password")}
Also pasted API token: {c.sec("apikey")}"""


# =========================================================================================================
# test templates: other languages and mixed
# =========================================================================================================


@tpl("test", "id", "ID")
def data_karyawan_id(c):
    p = c.person()
    hr = c.person()
    return f"""Ringkas data karyawan baru ini dalam bahasa Inggris untuk tim payroll regional.

Nama lengkap: {c.N(p, "upper")}
Tempat/tgl lahir: {c.tw()}, {c.dob(p, "id")}
NIK KTP: {c.id(p, "nik")}
Alamat domisili: {c.ad()}
HP: {c.ph()}   Email pribadi: {c.em(p)}
Mulai kerja: {c.day("dmy/")}, atasan langsung Pak/Bu {c.N(hr, "first")}
Catatan: {c.N(p, "first")} minta gaji ditransfer ke rekening BNI, nomor menyusul."""


@tpl("test", "vi", "VN")
def ho_so_vi(c):
    p = c.person()
    return f"""Viết email xác nhận lịch hẹn bằng tiếng Anh dựa trên thông tin sau.

Họ và tên: {c.N(p, "upper")}
Sinh ngày: {c.dob(p)}
Số CCCD: {c.id(p, "vn_cccd")}
Điện thoại: {c.ph()}
Email: {c.em(p)}
Địa chỉ thường trú: {c.ad()}
Nội dung: đăng ký khám sức khỏe định kỳ ngày {c.day()} lúc 8 giờ sáng, gói {c.pick("Cơ bản", "Nâng cao")}.
Quê quán: {c.tw()}"""


@tpl("test", "tr", "TR")
def ise_alim_tr(c):
    p = c.person()
    ik = c.person()
    return f"""Aşağıdaki işe giriş bilgilerini kontrol et, eksikleri listele ve İngilizce özetle.

Personel: {c.N(p)}
Doğum tarihi: {c.dob(p, "tr")}   Doğum yeri: {c.tw()}
TCKN: {c.id(p, "tckn")}
Cep: {c.ph()}
E-posta: {c.em(p)}
Ev adresi: {c.ad()}
Maaş hesabı: {c.ib("TR")}
İK sorumlusu: {c.N(ik)} — işe başlama {c.day()}"""


@tpl("test", "pt", "BR")
def atendimento_pt(c):
    p = c.person()
    att = c.person()
    return f"""Resuma este atendimento em inglês e diga qual é o próximo passo.

Atendente {c.N(att, "given")}: Boa tarde! Pode confirmar seu nome completo e CPF?
Cliente: {c.N(p, "lower")}, CPF {c.id(p, "cpf")}
Atendente: Obrigado. Data de nascimento?
Cliente: {c.dob(p)}
Cliente: o boleto veio com valor errado e quero trocar o endereço de cobrança para {c.ad()}
Atendente: Certo. Telefone para contato?
Cliente: {c.ph()}
Protocolo {c.ref("%%%%%%%%%%%%")}."""


@tpl("test", "es", "AR")
def reclamo_es(c):
    p = c.person()
    return f"""Traducí este reclamo al inglés y redactá una respuesta breve.

Nombre y apellido: {c.N(p)}
DNI: {c.id(p, "dni")}
Fecha de nacimiento: {c.dob(p, "es")}
Domicilio: {c.ad()}
Celular: {c.ph()}
Mail: {c.em(p)}
Reclamo: compré un aire acondicionado el {c.day()} (factura {c.ref("A-%%%%-%%%%%%%%")}) y el técnico nunca
vino.
Pagué con la tarjeta {c.cc()} en {c.r.randint(3, 12)} cuotas."""


@tpl("test", "ar", "EG SA")
def talab_tawzif_ar(c):
    p = c.person(cult="arabic_script")
    return f"""لخص طلب التوظيف التالي باللغة الإنجليزية.

الاسم الكامل: {c.N(p)}
تاريخ الميلاد: {c.dob(p)}
مكان الإقامة: {c.tw()}
رقم الهوية الوطنية: {c.id(p)}
الجوال: {c.ph()}
البريد: {c.em(p)}
الوظيفة المطلوبة: {c.pick("محاسب", "مهندس مبيعات", "ممثل خدمة عملاء")}
الخبرة: {c.r.randint(2, 15)} سنوات في شركة {c.firm()}."""


@tpl("test", "ja", "JP")
def rirekisho_ja(c):
    p = c.person(cult="japanese_script")
    return f"""次の応募者情報を英語の表にしてください。

氏名：{c.N(p)}
推薦者：{c.N(c.person(cult="japanese"), "upper")}
生年月日：{c.dob(p, "cjk")}
現住所：{c.ad()}
携帯：{c.ph()}
メール：{c.em(p)}
出身地：{c.tw()}
希望職種：{c.pick("営業", "経理", "カスタマーサポート")}、面接日 {c.day("ymd/")}"""


@tpl("test", "zh", "HK TW")
def kehu_jilu_zh_hant(c):
    p = c.person()
    return f"""請將以下客戶紀錄翻譯成英文，並列出需要跟進的事項。

客戶：{c.N(p)}
身份證號碼：{c.id(p)}
出生日期：{c.dob(p)}
電話：{c.ph()}
電郵：{c.em(p)}
地址：{c.ad()}
備註：客戶於{c.day()}致電查詢保單 {c.ref("POL%%%%%%%%")}，要求更改受益人。"""


@tpl("test", "ko", "KR")
def ipsa_seoryu_ko(c):
    p = c.person(cult="korean_script")
    return f"""아래 입사 서류 내용을 영어로 요약하고 빠진 항목을 알려 주세요.

성명: {c.N(p)}
비상 연락처: {c.N(c.person(cult="korean"), "upper")}
생년월일: {c.dob(p)}
주민등록번호: {c.id(p, "rrn")}
휴대폰: {c.ph()}
이메일: {c.em(p)}
주소: {c.ad()}
담당자 메모: {c.N(p, "given")} 씨 건강검진 결과 미제출
급여 계좌: {c.pick("국민은행", "신한은행")} (계좌번호 별도 제출), 입사일 {c.day()}"""


@tpl("test", "el", "GR")
def aitisi_el(c):
    p = c.person(cult="greek_script")
    return f"""Μετάφρασε στα αγγλικά και συνόψισε την παρακάτω αίτηση.

Ονοματεπώνυμο: {c.N(p)}
Ημερομηνία γέννησης: {c.dob(p)}
ΑΜΚΑ: {c.id(p, "amka")}
Διεύθυνση: {c.ad()}
Κινητό: {c.ph()}
Email: {c.em(p)}
IBAN: {c.ib("GR")}
Αίτημα: επιστροφή χρημάτων για την παραγγελία {c.ref("%%%%%%%")} της {c.day()}."""


@tpl("test", "hi", "IN")
def shikayat_hi(c):
    p = c.person(cult="devanagari")
    return f"""इस शिकायत का अंग्रेज़ी में सार लिखिए और ग्राहक के लिए जवाब तैयार कीजिए।

नाम: {c.N(p)}
जन्म तिथि: {c.dob(p)}
आधार संख्या: {c.id(p, "aadhaar")}
मोबाइल: {c.ph()}
पता: {c.ad()}
शिकायत: मेरे खाते से {c.amt("₹", 500, 50000)} कट गए लेकिन रिचार्ज नहीं हुआ। लेनदेन आईडी
{c.ref("UPI%%%%%%%%%%%%")} है।
कृपया {c.em(p)} पर जवाब दें।"""


@tpl("test", "ar-latn", "EG AE SA")
def arabizi_chat(c):
    p = c.person(cult=c.pick("egyptian", "gulf_arab"))
    return f"""Translate this Arabizi chat to English and summarise what the customer wants.

customer: salam, ana {c.N(p, "lower")}, el order beta3i {c.ref("%%%%%%%%")} lessa ma weslsh
customer: 3ayez/3ayza a8ayar el 3enwan l {c.ad()}
agent: ahlan ya {c.N(p, "first")}, momken raqam el mobile?
customer: {c.ph()}
customer: w el email {c.em(p)}
customer: w law 7abeb el ID {c.id(p)}
agent: shokran, hanetwasal ma3ak khelal 24 sa3a"""


# =========================================================================================================
# test templates: negatives
# =========================================================================================================


@tpl("test", "en", "SG IN PL", neg="ordinary")
def code_review(c):
    return f"""Why does this Python function return the
wrong total when the CSV has a header row? Suggest a fix.

def total_amount(path):
    total = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.strip().split(",")
            total += float(parts[{c.r.randint(2, 5)}])
    return round(total, 2)

The file comes from our ERP export and uses a comma as the thousands separator in some regions."""


@tpl("test", "en", "KE GH ZA", neg="ordinary")
def news_paragraph(c):
    return f"""Rewrite this paragraph in plain English for a staff newsletter (max 90 words):

Mobile money transaction values across East and West Africa rose by roughly {c.r.randint(12, 30)}% last year,
according to industry estimates, as more merchants accepted QR payments and regulators allowed wallets to
interoperate. Kenya remains the most mature market, while Ghana and Nigeria recorded the strongest growth
in new accounts. Analysts warn that transaction levies could slow adoption among small traders."""


@tpl("test", "en", "AE PH VN", neg="ordinary")
def hr_policy_question(c):
    return f"""Our contact centre runs three shifts. How should we calculate night differential and holiday
pay for agents who work on a public holiday that falls on
their rest day? Give a worked example with a basic monthly
salary of {c.amt("", 18000, 40000)} and a {c.r.randint(8, 10)}-hour shift, and list what we should check in
local labour law.
Also suggest how to explain this to team leads in a five-minute huddle."""


@tpl("test", "en", "MY ID TH", neg="ordinary")
def holiday_email_template(c):
    return f"""Write a short internal e-mail announcing the office closure for the festive holidays. The
office closes from {c.day()} to {c.day()}; urgent IT issues go
to the service desk portal; customer orders placed during the
break ship on the first working day. Mention that the cafeteria will be closed and the car park gates will
open only from 8am to 6pm. Warm tone, under 150 words, with a subject line."""


@tpl("test", "en", "BR MX JP KR", neg="ordinary")
def meeting_agenda(c):
    return f"""Create a 60-minute agenda for our quarterly operations review. Topics: on-time delivery
(currently {c.r.randint(82, 97)}%), return rate by product
category, call-centre average handling time, the new warehouse
management system go-live, and hiring for the peak season. Add time boxes, owners by role (not names), and
three questions the regional director is likely to ask."""


@tpl("test", "en", "AE SA EG MY", neg="order_and_tracking_numbers")
def booking_refs(c):
    return f"""Reconcile these references from the travel desk export and flag duplicates:

Booking {c.ref("%%%%%%%%%")} · PNR {c.ref("@@@%@@")} · {c.ref("%%%-%%%%%%%%%%")} · {c.amt("AED ", 800, 9000)}
Booking {c.ref("%%%%%%%%%")} · PNR {c.ref("@@@%@@")} · tkt {c.ref("%%%-%%%%%%%%%%")} · {c.ref("HV%%%%%%")}
Visa application {c.ref("@@%%%%%%%%%")} (status: in process) · courier AWB {c.ref("%%%%%%%%%%")}
Refund request {c.ref("RF-%%%%%%%")} dated {c.day()} · invoice {c.ref("%%%%/%%/%%%%")}
Call the agency's central reservations line 800 {c.ref("%%%%")} for changes."""


@tpl("test", "en", "JP MX GH TR", neg="company_and_brand")
def founder_brands(c):
    return f"""Draft a 200-word blog intro on companies named after their founders: Toyota, Honda and Suzuki
in Japan, Koç and Sabancı in Turkey, and Dangote in Nigeria. Mention that many
customers never think of Honda or Suzuki as surnames, and that family-run conglomerates still dominate
{c.pick("automotive", "retail", "food")} in several emerging markets. Neutral tone, no invented quotes."""


@tpl("test", "en", "IN PH KE BR", neg="public_figures")
def sports_news(c):
    return f"""Summarise this sports roundup in three bullet points:

Sachin Tendulkar opened the new stadium wing, while Manny Pacquiao announced a charity bout for flood relief.
In athletics, Eliud Kipchoge confirmed he will run the {c.pick("Berlin", "Tokyo", "London")} marathon, and
Neymar returned to
training after injury. Prime Minister Ferdinand Marcos Jr. and President William Ruto sent congratulations to
the junior teams that qualified for the continental finals."""


@tpl("test", "en", "PL GB IN", neg="placeholders")
def template_placeholders(c):
    return """Translate this letter template into Polish and German, keeping the placeholders as they are:

Dear [CUSTOMER NAME],
Thank you for your order {{order_id}}. We will deliver to {{address_line_1}}, {{city}} on {{delivery_date}}.
If you did not place this order, call us and quote reference REF-XXXXXX.
Example filled in for training: Jan Kowalski, Max Mustermann or John Doe, card ending **** **** **** 0000.
Kind regards,
[AGENT NAME], Customer Care"""


@tpl("test", "en", "VN BD PH", neg="places_as_topics")
def city_traffic(c):
    return f"""Write a short market-entry note on last-mile delivery in
{c.pick("Ho Chi Minh City", "Dhaka", "Metro Manila")}.

Points to cover: motorbike-heavy traffic and flooding in the rainy season, the growth of pickup lockers in
shopping malls, the main industrial parks on the city's edge, how far Hanoi, Chittagong or Cebu differ, and
typical delivery windows customers expect. Keep it to about 250 words, neutral tone."""


@tpl("test", "en", "KR TW CN US", neg="product_codes_and_versions")
def release_notes(c):
    return f"""Rewrite these release notes for customers:

App {c.ref("%.%%.%")} ({c.ref("%%%%%")}) – fixes crash, Android {c.r.randint(11, 15)}, chip {c.ref("@@%%%%")}
Firmware {c.ref("V%.%.%%")}-{c.ref("@@%%")} for router model {c.ref("@@-@%%%%")} – improves 5 GHz stability
SDK {c.ref("%.%.%")} – deprecates /v{c.r.randint(1, 3)}/orders/bulk; EAN {c.ref("%%%%%%%%%%%%%")} reassigned
Known issue: ticket {c.ref("@@@-%%%%%")} (Bluetooth pairing on model {c.ref("@%%%%")})"""


# =========================================================================================================
# longer templates (threads, exports, transcripts), both halves
# =========================================================================================================

_DISCLAIMER = ("This e-mail and any attachments are confidential and intended solely for the addressee. "
               "If you have received it in error, please notify the sender and delete it. Opinions expressed "
               "are those "
               "of the author and not necessarily of the company.")


@tpl("dev", "en", "KE EG AR TW NO US")
def supplier_thread(c):
    a, b = c.people(2)
    firm = c.firm()
    box = c.pick("accounts", "procurement", "info", "orders")
    return f"""Summarise this e-mail thread in 4 bullets
and draft my reply agreeing to the revised payment terms.

---------- Forwarded message ----------
From: {c.N(a)} <{c.em(a)}>
Date: {c.day()}
To: {box}@{fold(firm).lower().replace(" ", "").replace(".", "")}.com
Cc: {c.N(b)}

Hello team,
Following our call with {c.N(b, "given")} last week, we can accept 60-day terms on PO {c.ref("%%%%%%")} if the
first instalment of {c.amt("USD ", 2000, 40000)} is paid by {c.day()}. The remaining balance would be split
into two equal payments. Please also update our delivery
address to {c.ad()}; the old warehouse closes this month.
For anything urgent call me directly on {c.ph()} rather than the switchboard.

Kind regards,
{c.N(a)}
Head of Sales | {firm}
{_DISCLAIMER}

> On {c.day()}, {c.N(b)} wrote:
> Dear {c.N(a, "given")}, we cannot release the second container until the credit note {c.ref("CN-%%%%")}
> is issued. Our finance lead is travelling until {c.day()}; you can reach me on {c.ph()}.
> Best, {c.N(b, "given")}"""


@tpl("dev", "en", "US GB CA AU KE AR")
def csv_export_crm(c):
    ps = c.people(c.r.randint(4, 8))
    rows = "\n".join(f"{c.r.randint(1000, 9999)},{c.N(p)},{c.em(p)},{c.ph()},{c.tw()},{c.day('ymd-')},"
                     f"{c.pick('lead', 'customer', 'churned', 'trial')}" for p in ps)
    return f"""This is an export from our CRM. Group the contacts by status, count them, and write a one-line
summary per group. Do not change the data.

crm_id,full_name,email,phone,city,created,status
{rows}
# exported by the weekly job; questions to crm-admin@{c.pick("northwind", "acme-ops", "bluepeak")}.io"""


@tpl("dev", "en", "EG AR NO TW KE")
def call_summary_long(c):
    p = c.person()
    agent = c.person()
    return f"""Write a call summary for the ticket (issue,
verification, actions, next steps) from this transcript.

[00:00] Agent ({c.N(agent, "given")}): Thank you for calling, this call is recorded. Who am I speaking with?
[00:04] Caller: Hi, it's {c.N(p)}.
[00:07] Agent: Thanks. For security, can you confirm your date of birth?
[00:10] Caller: {c.dob(p, "en_long")}.
[00:14] Agent: And the address on the account?
[00:16] Caller: {c.ad()}. I moved there in spring but I think I updated it.
[00:25] Agent: I can see it. What can I help you with?
[00:27] Caller: I was charged twice for the annual plan, {c.amt("USD ", 60, 400)} each, on {c.day()}.
[00:41] Agent: I see both charges. The second one is a duplicate authorisation. I will raise a refund.
[00:55] Caller: Good. Can you also send the confirmation to my personal e-mail, {c.em(p)}?
[01:02] Agent: Of course. And a callback number in case we need you?
[01:05] Caller: {c.ph()}.
[01:09] Agent: Thank you. Refund reference {c.ref("RF%%%%%%%")}, 5 to 7 working days.
[01:15] Caller: Thanks, and please don't call my office line, it goes to reception.
[01:19] Agent: Noted. Anything else today?
[01:21] Caller: No, that's all."""


@tpl("test", "en", "PK MY GH PL DK US")
def escalation_thread(c):
    a, b = c.people(2)
    mgr = c.person()
    return f"""Read this escalation thread and tell me (1) what the customer is asking for, (2) what we
promised, (3) what is still open. Then draft a reply for {c.N(mgr, "given")} to send today.

From: {c.N(a)} <{c.em(a)}>
Sent: {c.day()} 18:42
To: Customer Care <care@{c.pick("metroline", "suncrest", "halcyon")}-services.com>
Subject: Third complaint – installation still not done

To whom it may concern,
This is my third e-mail. Your technician was booked for {c.day()} between 9 and 12 and nobody came. I took
a day off work. My address is {c.ad()} and my mobile is {c.ph()} – nobody called it.
I want the installation fee of {c.amt("", 50, 400)} refunded and a firm date in writing.
{c.N(a, "given")}

---
From: {c.N(b)} (Customer Care)
Sent: {c.day()} 10:05
Dear {c.hon(a)} {c.N(a, "family")}, we apologise. I have escalated to the field team lead, {c.N(mgr)}, who
will call you within 24 hours. Your case number is {c.ref("CC-%%%%%%")}.
Regards, {c.N(b, "given")}
{_DISCLAIMER}"""


@tpl("test", "en", "GH KE PK MY PL GB")
def tsv_roster(c):
    ps = c.people(c.r.randint(4, 7))
    rows = "\n".join(f"{c.N(p, c.pick('full', 'formal', 'upper'))}\t{c.dob(p)}\t{c.ph()}\t{c.tw()}"
                     for p in ps)
    return f"""Here is the staff roster for the new branch, copied from Excel. Sort it by date of birth,
flag anyone under 21, and give me the result as a markdown table with the same columns.

Name\tDate of birth\tMobile\tHome town
{rows}
(Branch office reception: use the main line only for deliveries.)"""


@tpl("test", "en", "KE PK MY GH PL")
def complaint_call_long(c):
    p = c.person()
    agent = c.person()
    return f"""Summarise this call for the complaints register
and score the agent on empathy (1-5) with one reason.

Agent {c.N(agent, "given")}: Good afternoon, complaints desk, how may I help?
Customer: Yes, good afternoon. My name is {c.N(p)}, I've called three times about the same thing.
Agent: I'm sorry to hear that. Can you confirm your phone number on the account?
Customer: {c.ph()}.
Agent: And your date of birth, please?
Customer: {c.dob(p)}.
Agent: Thank you {c.hon(p)} {c.N(p, "family")}. What happened?
Customer: The meter reader came on {c.day()} and the bill doubled. I live alone at {c.ad()}.
Nothing changed in the house.
Agent: I understand. I'll request a meter test. It takes about ten working days.
Customer: Ten days? Last time they said five.
Agent: I'll mark it urgent. I'm also sending a confirmation to your e-mail, is it {c.em(p)}?
Customer: Yes, that's the one. Please don't send letters to my work address in {c.tw()}.
Agent: Noted. Your reference is {c.ref("CMP%%%%%%")}. Is there anything else?
Customer: No. Thank you for listening, at least."""


# =========================================================================================================
# Generation
# =========================================================================================================

NEG_CLASSES = ("order_and_tracking_numbers", "company_and_brand", "public_figures", "placeholders",
               "places_as_topics", "product_codes_and_versions")


# How people top and tail a request (English prompts only; drawn per record).
_OPENERS = ("", "", "", "", "Hi! ", "Quick one: ", "Please help. ", "hey, ", "Urgent – ")
_CLOSERS = ("", "", "", "", "\n\nThanks!", "\n\nKeep it short please.", "\n\nThanks in advance 🙏",
            "\n\nUse simple English, the reader is not a native speaker.",
            "\n\nDon't invent details that are not in the text.", "\n\nReply in bullet points.")


def _problems(text: str, spans: list[dict], negative: bool) -> bool:
    if not 150 <= len(text) <= 1500:
        return True
    if negative:
        return bool(spans)
    for a, b in zip(spans, spans[1:]):
        gap = text[a["end"]:b["start"]]
        if a["end"] > b["start"] or not gap or (not gap.strip() and "\n" not in gap and "\t" not in gap):
            return True
    covered = [False] * len(text)
    for s in spans:
        for k in range(s["start"], s["end"]):
            covered[k] = True

    def outside(m) -> bool:
        return not all(covered[m.start():m.end()])

    for s in spans:
        v = s["value"]
        if len(v) < 2:
            return True
        asc = v.isascii()
        pat = (r"(?<!\w)" + re.escape(v) + r"(?!\w)") if asc else re.escape(v)
        if any(outside(m) for m in re.finditer(pat, text, re.I)):
            return True
        if s["type"] == "PERSON":
            for tok in v.replace(",", " ").split():
                tok = tok.strip(".")
                if (len(tok) >= 3 and tok[0].isalpha()) or (not tok.isascii() and len(tok) >= 2):
                    tp = (r"(?<!\w)" + re.escape(tok) + r"(?!\w)") if tok.isascii() else re.escape(tok)
                    if any(outside(m) for m in re.finditer(tp, text)):
                        return True
    return False


def _plan(half: str, seed: int) -> dict[str, list[Tpl]]:
    mine = [t for t in TEMPLATES if t.half == half]
    groups = {
        "en": [t for t in mine if t.neg is None and t.lang == "en"],
        "other": [t for t in mine if t.neg is None and t.lang != "en"],
        "ordinary": [t for t in mine if t.neg == "ordinary"],
    }
    for cls in NEG_CLASSES:
        groups[cls] = [t for t in mine if t.neg == cls]
    for k, v in groups.items():
        random.Random(f"c15|{seed}|{half}|order|{k}").shuffle(v)
    return groups


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}")
    n = SIZES[half] if n is None else n
    pools = _pools(half)
    groups = _plan(half, seed)
    used = {k: 0 for k in groups}
    out = []
    for i in range(n):
        if i % 4 == 3:
            j = i // 4
            key = "ordinary" if j % 2 == 0 else NEG_CLASSES[(j // 2) % len(NEG_CLASSES)]
        else:
            key = "other" if i % 4 == 2 else "en"
        t = groups[key][used[key] % len(groups[key])]
        used[key] += 1
        for attempt in range(200):
            rng = random.Random(f"c15|{seed}|{half}|{i}|{attempt}")
            region = rng.choice(t.regions)
            c = Ctx(rng, half, region, pools, t.lang)
            raw = t.fn(c)
            if t.lang == "en":
                raw = rng.choice(_OPENERS) + raw + rng.choice(_CLOSERS)
            text, spans = render(raw)
            if not _problems(text, spans, t.neg is not None):
                break
        else:
            raise RuntimeError(f"template {t.name} could not be drawn cleanly")
        meta = {"template": t.name, "lang": t.lang, "region": region,
                "kind": "negative" if t.neg else "positive"}
        if t.neg:
            meta["neg_class"] = t.neg
        else:
            meta["cultures"] = sorted(c.cults)
            meta["checks"] = c.checks
        out.append({"id": f"c15-{half}-{i}", "text": text, "spans": spans, "meta": meta})
    return out


def main(argv=None) -> int:
    return write_half(generate, __doc__.splitlines()[0], DEFAULT_SEED, argv)


if __name__ == "__main__":
    raise SystemExit(main())
