"""The eighth corpus: informal and spoken text as people paste it into AI tools to summarise or answer, with
every piece of personal data labelled, and a third of negatives that only look like personal data.

What: call-centre and meeting transcripts from speech recognition (lower case, little punctuation, "um",
speaker labels, numbers read out digit by digit), voice-note summaries, WhatsApp / Slack / Teams / Discord
exports with handles and timestamps, SMS threads, forum and support posts with typos, texting style (lower
case, no accents), ALL-CAPS complaints, hurried e-mails, code-switched messages (Hinglish, Taglish,
Spanglish, Denglisch, franglais, portunhol) and dictated forms ("Ngozi, N G O Z I"). About half English,
the rest German, French, Spanish, Italian, Portuguese (BR), Dutch, Polish, Turkish, Swedish and mixed.
People come from many cultures (West and East African, Arabic, Persian, Turkish, South Asian, Vietnamese,
Filipino, Indonesian, Chinese, Korean, Japanese, Brazilian, Hispanic, Polish, Ukrainian in Latin and
Cyrillic script, Greek, Nordic, Dutch/Flemish, Irish/Scottish, Hebrew, and local German, French, Italian
and English names), from name lists written here by hand, and are written every way people write them:
full name, first or last name alone, nickname, "Last, First", initial and surname, lower case without
accents, upper case, spelled out letter by letter, chat handle.
Labels: PERSON, PHONE_NUMBER, EMAIL_ADDRESS, LOCATION (a street address as one span; a city only where it
says where a person lives, works, was born or is going), DATE_OF_BIRTH, US_SSN, CREDIT_CARD (Luhn-valid),
IBAN_CODE (valid check digits), IP_ADDRESS and SECRET (passwords, PINs, door codes, Wi-Fi keys, API keys,
one-time codes read out), every occurrence. Negatives (``meta.neg_class``) are informal texts without
personal data but with brands named after people, song and film titles, places as business context, common
words that are also names, times, order / ticket / tracking numbers, versions, prices, hashes, room and
flight numbers, team and code names.

How it was written: by hand, without reading the scrubber or the other corpora. A template is text with
slots: upper-case slots are labelled values (``{P1}`` a person, ``{P1.f}`` the first name, ``{PH1.sp}`` a
phone number read out, ``{AD1!lc}`` an address in lower case without accents, ...), lower-case slots are
unlabelled context (``{time}``, ``{order}``, ...). Values are built here from a per-record seeded Random
(no Faker). A record is redrawn when a labelled value, or a word of a labelled name, also occurs unlabelled
in its text (compared without case or accents), so labels stay complete.

Halves: ``dev`` (may be tuned on) and ``test`` (never read by the tuner, scored in aggregate only) use
disjoint templates, disjoint name lists (each culture's first and last names split by a stable hash), the
UK instead of the US, Austria instead of Germany, ... where a language has more than one country, and
different seeds.

    python -m benchmarks.corpus8 --half test --n 20
"""

import re
import unicodedata
import zlib
from collections.abc import Sequence
from random import Random

from benchmarks.halves_cli import write_half

HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 300}
POSITIVE_SHARE = 0.65
DEFAULT_SEED = 80818
TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "US_SSN", "CREDIT_CARD",
         "IBAN_CODE", "IP_ADDRESS", "SECRET")
LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "sv", "mixed")
NEG_CLASSES = ("brands_after_people", "titles_and_media", "places_as_context", "name_like_words",
               "numbers_and_codes", "teams_and_code_names")

# ---------------------------------------------------------------- people, written by hand per culture
# A first name is "Name", "Name|Nick" or, for Cyrillic cultures, "Latin/Кириллица|Nick".  Gendered surnames
# (Greek) come as "masculine/feminine"; first names are tagged m: or f: where that matters.

CULTURES: dict[str, dict[str, list[str]]] = {
    "yoruba": {"first": ["Oluwaseun|Seun", "Adebayo|Bayo", "Folasade|Sade", "Olumide|Mide", "Temitope|Tope",
                         "Adetokunbo|Tokunbo", "Oluwakemi|Kemi", "Babatunde|Tunde", "Yetunde",
                         "Abimbola|Bimbo", "Olufemi|Femi", "Modupe|Dupe", "Ayomide", "Oreoluwa|Ore"],
               "last": ["Adeyemi", "Ogunleye", "Oyelaran", "Adebanjo", "Olatunji", "Akinola", "Babalola",
                        "Ogundipe", "Oyinlola", "Fashola", "Adeleke", "Ayodele-Cole", "Adesanya", "Okunola"]},
    "igbo": {"first": ["Ngozi", "Chukwuemeka|Emeka", "Chiamaka|Amaka", "Obinna", "Nkechi", "Ifeanyi|Ify",
                       "Chinonso", "Uchenna|Uche", "Adaeze|Ada", "Kelechi", "Chidinma", "Ikenna",
                       "Somtochukwu|Somto", "Ebuka"],
             "last": ["Okafor", "Nwosu", "Eze", "Okonkwo", "Nwachukwu", "Okeke", "Onyekachi", "Uzoma",
                      "Anyanwu", "Ezeani", "Obi-Nwankwo", "Chukwu", "Nwankwo", "Igwe"]},
    "akan": {"first": ["Kwame", "Ama", "Kofi", "Akosua", "Yaw", "Abena", "Kwabena", "Efua", "Kojo", "Adwoa",
                       "Kwesi", "Afua", "Yaa", "Kwaku"],
             "last": ["Mensah", "Asante", "Owusu", "Boateng", "Osei", "Agyeman", "Appiah", "Ofori-Atta",
                      "Darko", "Amoah", "Frimpong", "Nkansah", "Acheampong", "Antwi"]},
    "wolof": {"first": ["Mamadou", "Fatou", "Cheikh", "Aminata", "Ousmane", "Awa", "Moussa", "Ndèye",
                        "Abdoulaye|Abdou", "Khady", "Ibrahima", "Coumba", "Modou", "Astou"],
              "last": ["Diop", "Ndiaye", "Fall", "Sow", "Gueye", "Sarr", "Faye", "Mbaye", "Thiam", "Cissé",
                       "Diouf", "Seck", "Ndour", "Camara"]},
    "east_african": {"first": ["Wanjiru", "Achieng", "Baraka", "Njeri", "Amani", "Zawadi", "Tesfaye",
                               "Meseret", "Abebe", "Mulugeta", "Hamisi", "Nyambura", "Makena", "Juma",
                               "Selamawit", "Kiprono"],
                     "last": ["Otieno", "Kamau", "Mwangi", "Wambui", "Ochieng", "Kiprotich", "Mutua", "Haile",
                              "Bekele", "Tadesse", "Njoroge", "Odhiambo", "Wekesa", "Gebremedhin"]},
    "arabic": {"first": ["Mohammed|Mo", "Fatima", "Yousef", "Layla", "Omar", "Noor", "Khalid", "Mariam",
                         "Tariq", "Huda", "Karim", "Rania", "Abdulrahman|Abdul", "Samira", "Hamza", "Yasmin"],
               "last": ["Al-Sayed", "El-Masri", "Haddad", "Al-Hashimi", "Nasser", "Khoury", "Abdel-Rahman",
                        "Mansour", "Al-Farsi", "Saleh", "Darwish", "Qasim", "Ben Youssef", "Benali"]},
    "persian": {"first": ["Dariush", "Shirin", "Arash", "Niloufar|Nilou", "Kourosh", "Parisa", "Babak",
                          "Maryam", "Farhad", "Leila", "Siavash", "Roya", "Behnaz", "Kaveh"],
                "last": ["Tehrani", "Hosseini", "Rahimi", "Karimi", "Moradi", "Jafari", "Ghorbani", "Sadeghi",
                         "Ahmadinejad-Far", "Farahani", "Mirzaei", "Rostami", "Kazemi", "Shirazi"]},
    "turkish": {"first": ["Emre", "Zeynep", "Mehmet", "Elif", "Burak", "Ayşe", "Oğuzhan|Oğuz", "Şule",
                          "Murat", "Gülşen", "İrem", "Çağla", "Hakan", "Büşra", "Tuğba", "Serkan"],
                "last": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan",
                         "Kılıç", "Koç", "Güneş", "Karaca", "Erdem", "Yıldız", "Özdemir", "Polat", "Aksoy"]},
    "hindi": {"first": ["Priya", "Rahul", "Ananya", "Vikram|Vicky", "Pooja", "Arjun", "Neha", "Aditya|Adi",
                        "Sneha", "Rohan", "Kavita", "Siddharth|Sid", "Shruti", "Abhishek|Abhi"],
              "last": ["Sharma", "Verma", "Gupta", "Agarwal", "Mishra", "Chaturvedi", "Srivastava", "Tiwari",
                       "Joshi", "Kapoor", "Malhotra", "Bhatnagar", "Saxena", "Pandey"]},
    "tamil": {"first": ["Karthik", "Lakshmi", "Senthil", "Divya", "Murugan", "Kavya", "Arul", "Meenakshi",
                        "Balaji", "Revathi", "Venkatesh|Venky", "Shanthi", "Dinesh", "Gayathri"],
              "last": ["Subramaniam", "Ramasamy", "Krishnan", "Venkataraman", "Natarajan", "Palaniappan",
                       "Sundaram", "Rajendran", "Arumugam", "Ilango", "Selvaraj", "Chandrasekaran",
                       "Annamalai", "Velusamy"]},
    "bengali": {"first": ["Arnab", "Sourav", "Rituparna|Ritu", "Debashis", "Moumita", "Tanmoy", "Sharmila",
                          "Anirban", "Paromita", "Sayan", "Nusrat", "Rafiq", "Sudipta", "Tahmina"],
                "last": ["Chatterjee", "Banerjee", "Mukherjee", "Bhattacharya", "Ganguly", "Dasgupta",
                         "Chowdhury", "Haque", "Rahman", "Majumdar", "Sengupta", "Talukdar", "Bhowmik",
                         "Roychoudhury"]},
    "punjabi": {"first": ["Gurpreet", "Harjit", "Manpreet", "Jaspreet", "Navdeep", "Simran", "Harpreet",
                          "Kulwinder", "Amritpal", "Baljit", "Parminder", "Rajveer", "Sukhdeep", "Inderjit"],
                "last": ["Sandhu", "Gill", "Dhillon", "Grewal", "Sidhu", "Bains", "Brar", "Randhawa",
                         "Cheema", "Sekhon", "Aulakh", "Bajwa", "Johal", "Virk", "Chahal", "Dhaliwal", "Toor",
                         "Mann"]},
    "vietnamese": {"first": ["Minh", "Thảo", "Huy", "Linh", "Tuấn", "Trang", "Dũng", "Phương", "Quang",
                             "Hương", "Khoa", "Ngọc", "Thắng", "Hạnh"],
                   "last": ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Huỳnh",
                            "Ngô", "Dương", "Trương", "Lý"]},
    "filipino": {"first": ["Maria Cristina|Tina", "Jose Miguel|Migs", "Rowena", "Jericho|Echo", "Marites",
                           "Ligaya", "Dindo", "Analyn", "Rodel", "Jovelyn|Jov", "Mark Anthony|Macky",
                           "Ma. Luisa|Luisa", "Arnel", "Kristine Joy|Joy"],
                 "last": ["dela Cruz", "Bautista", "Macapagal", "Villanueva", "Dimaculangan", "Pangilinan",
                          "Tolentino", "de Guzman", "Manalastas", "Mercado", "Dizon", "Soriano", "Panganiban",
                          "Lacson"]},
    "indonesian": {"first": ["Budi", "Siti", "Agus", "Dewi", "Putu", "Wayan", "Rina", "Eko", "Bambang", "Ayu",
                             "Hendra", "Indah", "Fajar", "Ratna"],
                   "last": ["Santoso", "Wijaya", "Hidayat", "Kusuma", "Susanto", "Prasetyo", "Setiawan",
                            "Nugroho", "Halim", "Sutanto", "Gunawan", "Wibowo", "Siregar", "Simanjuntak"]},
    "chinese": {"first": ["Wei", "Xiaoling", "Jun", "Meiling", "Hao", "Zhiwei", "Lihua", "Jiahui", "Zihan",
                          "Xinyi", "Yuxuan", "Ka-wing", "Wing-yan", "Chun-hei"],
                "last": ["Wang", "Zhang", "Liu", "Chen", "Zhao", "Huang", "Zhou", "Xu", "Guo", "Chan",
                         "Cheung", "Leung", "Wong", "Tsang"]},
    "korean": {"first": ["Ji-woo", "Min-jun", "Seo-yeon", "Hyun-woo", "Eun-ji", "Jae-hyun", "Soo-ah",
                         "Dong-hyun", "Ha-eun", "Sung-min", "Yeon-woo", "Ye-jin", "Tae-yang", "Bo-ra",
                         "Da-eun", "Seung-ho", "Min-seo", "Joon-young"],
               "last": ["Kim", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Shin", "Hwang",
                        "Baek", "Seo", "Moon"]},
    "japanese": {"first": ["Haruto", "Yui", "Sota", "Aoi", "Hina", "Takumi", "Sakura", "Kenji", "Daisuke",
                           "Naoko", "Shun", "Misaki", "Ryota", "Emiko"],
                 "last": ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
                          "Kobayashi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu"]},
    "brazilian": {"first": ["João Pedro|JP", "Ana Clara", "Thiago", "Letícia|Lê", "Gustavo|Gu",
                            "Fernanda|Nanda", "Rafael|Rafa", "Juliana|Ju", "Guilherme|Gui", "Beatriz|Bia",
                            "Luiz Felipe", "Camila|Cami", "Vinícius|Vini", "Thaís"],
                  "last": ["da Silva", "Oliveira", "Souza", "Pereira", "Rodrigues", "Almeida", "Nascimento",
                           "Carvalho", "Ferreira", "dos Santos", "Araújo", "Cavalcanti", "Gonçalves",
                           "Ribeiro"]},
    "hispanic": {"first": ["José", "María José|Majo", "Alejandro|Alex", "Guadalupe|Lupe", "Francisco|Paco",
                           "Ximena", "Santiago|Santi", "Valentina|Vale", "Jesús|Chuy", "Dolores|Lola",
                           "Ignacio|Nacho", "Itziar", "Maricarmen|Mari", "Joaquín"],
                 "last": ["García", "Rodríguez", "Martínez", "Hernández", "González-Ruiz", "Pérez", "Sánchez",
                          "Ramírez", "Núñez", "Domínguez", "de la Fuente", "Ibarra", "Etxeberria",
                          "Villalobos"]},
    "polish": {"first": ["Krzysztof|Krzysiek", "Agnieszka|Aga", "Małgorzata|Gosia", "Wojciech|Wojtek",
                         "Katarzyna|Kasia", "Grzegorz|Grzesiek", "Magdalena|Magda", "Łukasz", "Zofia|Zosia",
                         "Jędrzej", "Bartłomiej|Bartek", "Joanna|Asia", "Przemysław|Przemek", "Dorota"],
               "last": ["Nowak", "Wójcik", "Kowalczyk", "Woźniak", "Mazur", "Krawczyk", "Kaczmarek", "Zając",
                        "Wieczorek", "Pawlak", "Michalak", "Szczepaniak", "Sikora-Bąk", "Grabowiec"]},
    "ukrainian": {"first": ["Oleksandr/Олександр|Sasha", "Olena/Олена", "Dmytro/Дмитро|Dima",
                            "Iryna/Ірина|Ira", "Taras/Тарас", "Nataliia/Наталія|Natasha", "Serhii/Сергій",
                            "Svitlana/Світлана|Sveta", "Yevhen/Євген|Zhenya", "Anastasiia/Анастасія|Nastya",
                            "Bohdan/Богдан", "Oksana/Оксана", "Andrii/Андрій", "Yuliia/Юлія|Yulia"],
                  "last": ["Shevchenko/Шевченко", "Kovalenko/Коваленко", "Bondarenko/Бондаренко",
                           "Tkachenko/Ткаченко", "Melnyk/Мельник", "Kravets/Кравець", "Savchuk/Савчук",
                           "Polishchuk/Поліщук", "Marchenko/Марченко", "Rudenko/Руденко",
                           "Hrytsenko/Гриценко", "Boiko/Бойко", "Koval/Коваль", "Moroz/Мороз"]},
    "greek": {"first": ["m:Giorgos", "m:Dimitris|Dimitri", "m:Konstantinos|Kostas", "m:Nikos", "m:Yannis",
                        "m:Christos", "m:Stavros", "f:Eleni", "f:Katerina", "f:Despina", "f:Vasiliki|Vaso",
                        "f:Ioanna", "f:Georgia", "f:Chrysoula"],
              "last": ["Papadopoulos/Papadopoulou", "Nikolaidis/Nikolaidou", "Karagiannis/Karagianni",
                       "Vlachos/Vlachou", "Georgiou", "Oikonomou", "Papageorgiou", "Antoniou", "Alexiou",
                       "Makris/Makri", "Dimitriou", "Konstantinidis/Konstantinidou", "Theodorou",
                       "Panagiotopoulos/Panagiotopoulou"]},
    "nordic": {"first": ["Sigrid", "Björn", "Åsa", "Søren", "Ingrid", "Magnus", "Freja", "Henrik", "Liv",
                         "Torbjørn", "Solveig", "Eirik", "Jussi", "Aino", "Astrid", "Lasse", "Kerstin", "Ole",
                         "Maja", "Håkan", "Frida", "Tuva", "Mikkel"],
               "last": ["Johansson", "Lindqvist", "Bergström", "Nørgaard", "Halvorsen", "Sjöberg",
                        "Østergaard", "Virtanen", "Korhonen", "Åkesson", "Dahl", "Lundgren", "Haugen",
                        "Mäkinen", "Eriksson", "Lindholm", "Sandberg", "Rasmussen"]},
    "dutch": {"first": ["Joost", "Marieke", "Sander", "Femke", "Bram", "Lotte", "Thijs", "Sanne", "Wouter",
                        "Annelies", "Pieter-Jan", "Griet", "Koen", "Lieve"],
              "last": ["van der Berg", "de Vries", "van Dijk", "Bakker", "de Jong", "Vermeulen",
                       "van den Broeck", "Janssens", "Peeters", "De Smet", "van 't Hof", "ter Horst",
                       "Verbruggen", "Wuyts"]},
    "gaelic": {"first": ["Siobhán", "Niamh", "Ciarán", "Aoife", "Pádraig|Paddy", "Saoirse", "Eoghan",
                         "Caoimhe", "Oisín", "Róisín", "Callum", "Ailsa", "Iain", "Morag", "Eilidh",
                         "Fergus"],
               "last": ["O'Neill", "MacLeod", "Ó Súilleabháin", "McCarthy", "O'Sullivan", "MacDonald",
                        "Fitzgerald", "Mac Giolla Phádraig", "Gallagher", "MacKinnon", "Doherty", "O'Connell",
                        "McGillivray", "Ní Bhriain"]},
    "hebrew": {"first": ["Noa", "Yael", "Avi", "Tamar", "Eitan", "Shira", "Yossi", "Michal", "Oren", "Talia",
                         "Nadav", "Moshe", "Hadas", "Itai"],
               "last": ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Katz", "Ben-David",
                        "Avraham", "Dahan", "Shapiro", "Goldberg", "Ben-Ami", "Azoulay"]},
    "german": {"first": ["Jürgen", "Anneliese", "Dieter", "Birgit", "Matthias|Matze", "Ulrike|Ulli",
                         "Torsten", "Heike", "Sebastian|Basti", "Franziska|Franzi", "Wolfgang", "Gudrun",
                         "Jörg", "Renate"],
               "last": ["Müller", "Schäfer", "Groß", "Hoffmann", "Weißenborn", "Köhler", "Zimmermann",
                        "Schulze-Brinkmann", "Krüger", "von Arnim", "Wagenknecht", "Lehmkuhl", "Brandt",
                        "Pfeiffer"]},
    "french": {"first": ["François", "Hélène", "Gaëlle", "Jean-Baptiste|JB", "Clémence", "Thibault",
                         "Ségolène", "Benoît", "Maëlys", "Grégoire", "Aurélie", "Loïc", "Océane", "Jérôme",
                         "Solène", "Anne-Sophie", "Mathis", "Bérénice"],
               "last": ["Lefèvre", "Dubois", "Moreau", "Girard", "Fontaine", "Chevalier", "Lemaire",
                        "Rousselot", "Mercier", "Boucher", "Leclerc", "de Villiers", "Faure", "Perrin"]},
    "italian": {"first": ["Giuseppe|Peppe", "Chiara", "Lorenzo|Lollo", "Francesca|Fra", "Salvatore|Totò",
                          "Giulia", "Alessandro|Ale", "Federica|Fede", "Gianluca", "Martina", "Vincenzo|Enzo",
                          "Rosaria", "Niccolò", "Ilaria"],
                "last": ["Esposito", "Russo", "De Luca", "Lo Bianco", "Ferrari", "Romano", "Colombo", "Bruno",
                         "Greco", "Marchetti", "Ricci", "D'Amico", "Barbieri", "Caruso"]},
    "anglo": {"first": ["Jordan", "Ashley", "Kayleigh", "Bradley|Brad", "Courtney", "Tyler", "Brittany",
                        "Dwayne", "Shannon", "Gareth", "Bethany|Beth", "Declan", "Stacey", "Wesley|Wes"],
              "last": ["Whitfield", "Pemberton", "Hargreaves", "Thornton", "Atkinson", "Fairbairn",
                       "Coleridge", "Blackwood", "Ashworth", "Pennington", "Haworth", "Kettering", "Lockwood",
                       "Bramley"]},
}

# Female and unisex first names (the rest are male): templates that say "she", "mija", "señor" ask for one.
FEMALE = frozenset("""Folasade Oluwakemi Yetunde Modupe Ngozi Chiamaka Nkechi Adaeze Chidinma Ama Akosua
Abena Efua Adwoa Afua Yaa Fatou Aminata Awa Ndèye Khady Coumba Astou Wanjiru Achieng Njeri Zawadi Meseret
Nyambura Makena Selamawit Fatima Layla Mariam Huda Rania Samira Yasmin Shirin Niloufar Parisa Maryam Leila
Roya Behnaz Zeynep Elif Ayşe Şule Gülşen İrem Çağla Büşra Tuğba Priya Ananya Pooja Neha Sneha Kavita Shruti
Lakshmi Divya Kavya Meenakshi Revathi Shanthi Gayathri Rituparna Moumita Sharmila Paromita Nusrat Tahmina
Simran Thảo Trang Hương Hạnh Rowena Marites Ligaya Analyn Jovelyn Siti Dewi Rina Ayu Indah Ratna Xiaoling
Meiling Lihua Xinyi Wing-yan Seo-yeon Eun-ji Soo-ah Ha-eun Ye-jin Bo-ra Da-eun Min-seo Yui Hina Sakura Naoko
Misaki Emiko Thaís Letícia Fernanda Juliana Beatriz Camila Guadalupe Ximena Valentina Dolores Itziar
Maricarmen Agnieszka Małgorzata Katarzyna Magdalena Zofia Joanna Dorota Olena Iryna Nataliia Svitlana
Anastasiia Oksana Yuliia Eleni Katerina Despina Vasiliki Ioanna Georgia Chrysoula Sigrid Åsa Ingrid Freja
Liv Solveig Aino Astrid Kerstin Maja Frida Tuva Marieke Femke Lotte Sanne Annelies Griet Lieve Siobhán Niamh
Aoife Saoirse Caoimhe Róisín Ailsa Morag Eilidh Noa Yael Tamar Shira Michal Talia Hadas Anneliese Birgit
Ulrike Heike Franziska Gudrun Renate Hélène Gaëlle Clémence Ségolène Maëlys Aurélie Océane Solène
Anne-Sophie Bérénice Chiara Francesca Giulia Federica Martina Rosaria Ilaria Kayleigh Courtney Brittany
Shannon Stacey Bethany""".split()
                   + ["Maria Cristina", "Ma. Luisa", "Kristine Joy", "Ana Clara", "María José"])
UNISEX = frozenset("""Temitope Ayomide Oreoluwa Abimbola Kelechi Chinonso Uchenna Somtochukwu Amani Noor
Sudipta Gurpreet Harjit Manpreet Jaspreet Navdeep Harpreet Parminder Sukhdeep Baljit Inderjit Kulwinder Linh
Phương Ngọc Putu Wayan Jiahui Zihan Yuxuan Ka-wing Wei Jun Yeon-woo Ji-woo Aoi Ashley Jordan""".split())


def _gender(entry: str) -> str:
    """"f", "m" or "u" (either) for a first-name entry of CULTURES."""
    if ":" in entry:
        return entry.split(":")[0]
    first = entry.split("|")[0].split("/")[0]
    return "f" if first in FEMALE else "u" if first in UNISEX else "m"


# Which cultures are local where (the rest come from everywhere).
LOCAL = {"us": ["anglo", "hispanic"], "gb": ["anglo", "gaelic"], "de": ["german", "turkish"],
         "at": ["german"], "fr": ["french", "wolof"], "ch": ["french", "german"], "es": ["hispanic"],
         "mx": ["hispanic"], "it": ["italian"], "br": ["brazilian"], "nl": ["dutch"],
         "be": ["dutch", "french"], "pl": ["polish", "ukrainian"], "tr": ["turkish"], "se": ["nordic"],
         "in": ["hindi", "tamil", "bengali", "punjabi"], "ph": ["filipino"]}


def _half_of(name: str) -> str:
    """The half a name belongs to, by a stable hash of its spelling."""
    return "dev" if zlib.crc32(name.encode()) % 2 == 0 else "test"


def _names(half: str) -> dict[str, dict[str, list[str]]]:
    """Each culture's first and last names of one half."""
    return {c: {k: [v for v in lst if _half_of(v.split("|")[0].split("/")[0].split(":")[-1]) == half]
                for k, lst in d.items()} for c, d in CULTURES.items()}


_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i",
                       "æ": "ae", "Æ": "AE", "œ": "oe"})


def fold(s: str) -> str:
    """``s`` without accents (the way people text: "jose", "francois", "lukasz")."""
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


class Person:
    """One person: first name, surname (both maybe also in Cyrillic), nickname, culture."""

    def __init__(self, culture: str, first: str, last: str):
        self.culture = culture
        gender = first.split(":")[0] if ":" in first else ""
        first = first.split(":")[-1]
        first, _, nick = first.partition("|")
        self.first, _, self.first_cyr = first.partition("/")
        self.nick = nick or self.first
        if "/" in last and culture != "ukrainian":  # gendered surname: masculine/feminine
            m, f = last.split("/")
            self.last, self.last_cyr = (f if gender == "f" else m), ""
        else:
            self.last, _, self.last_cyr = last.partition("/")

    def form(self, name: str, r: Random) -> str:
        """The person written one way (see the module doc)."""
        f, la = self.first, self.last
        if name == "":
            return f"{f} {la}"
        if name == "f":
            return f
        if name == "l":
            return la
        if name == "n":
            return self.nick
        if name == "lf":
            return f"{la}, {f}"
        if name == "i":
            return f"{f[0]}. {la}"
        if name == "sp":
            return " ".join(ch for ch in fold(f).upper() if ch.isalpha())
        if name == "spl":
            return " ".join(ch for ch in fold(la).upper() if ch.isalpha())
        if name == "cyr":
            return f"{self.first_cyr or f} {self.last_cyr or la}"
        if name == "cyrf":
            return self.first_cyr or f
        if name == "h":
            a, b = fold(f).lower().replace(" ", ""), fold(la).lower().replace(" ", "").replace("'", "")
            return r.choice([f"{a}.{b[0]}", f"{a}_{b}", f"{a[:4]}{b[:3]}", f"{b}.{a}",
                             f"{a}{r.randint(80, 99)}"])
        raise ValueError(f"unknown person form {name}")


# ---------------------------------------------------------------- places, numbers, keys

# region -> (country for dev, country for test)
COUNTRY = {"en": ("us", "gb"), "de": ("de", "at"), "fr": ("fr", "ch"), "es": ("es", "mx"), "it": ("it", "it"),
           "pt": ("br", "br"), "nl": ("nl", "be"), "pl": ("pl", "pl"), "tr": ("tr", "tr"), "sv": ("se", "se"),
           "in": ("in", "in"), "ph": ("ph", "ph")}
# mixed-language templates: "mx-<code>" -> (region, language of read-out digits)
MIXED = {"mx-hi": ("in", "en"), "mx-tl": ("ph", "en"), "mx-es": ("en", "es"), "mx-de": ("de", "de"),
         "mx-fr": ("fr", "fr"), "mx-pt": ("pt", "pt")}

CITIES = {"us": ["Chicago", "Houston", "Tacoma", "Fresno", "Tulsa", "Raleigh", "Boise", "Albuquerque"],
          "gb": ["Leeds", "Bristol", "Glasgow", "Cardiff", "Leicester", "Norwich", "Belfast", "Sheffield"],
          "de": ["Bochum", "Kassel", "Leipzig", "Freiburg", "Dortmund", "Mannheim", "Würzburg", "Rostock"],
          "at": ["Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "Wels"],
          "fr": ["Lyon", "Nantes", "Lille", "Rennes", "Toulouse", "Grenoble", "Montpellier", "Saint-Étienne"],
          "ch": ["Lausanne", "Genève", "Fribourg", "Neuchâtel", "Sion", "Yverdon-les-Bains"],
          "es": ["Zaragoza", "Valencia", "Bilbao", "Málaga", "Murcia", "Alicante", "Valladolid", "Vigo"],
          "mx": ["Guadalajara", "Monterrey", "Puebla", "Toluca", "Querétaro", "Mérida"],
          "it": ["Torino", "Bologna", "Bari", "Verona", "Palermo", "Padova", "Cagliari", "Trieste"],
          "br": ["Campinas", "Recife", "Curitiba", "Fortaleza", "Goiânia", "Belém", "Niterói", "Manaus"],
          "nl": ["Utrecht", "Eindhoven", "Groningen", "Tilburg", "Zwolle", "Haarlem", "Nijmegen", "Leiden"],
          "be": ["Gent", "Antwerpen", "Leuven", "Brugge", "Mechelen", "Hasselt"],
          "pl": ["Wrocław", "Poznań", "Gdańsk", "Łódź", "Lublin", "Katowice", "Białystok", "Rzeszów"],
          "tr": ["İzmir", "Bursa", "Eskişehir", "Antalya", "Konya", "Kayseri", "Trabzon", "Mersin"],
          "se": ["Göteborg", "Malmö", "Uppsala", "Umeå", "Västerås", "Örebro", "Linköping", "Luleå"],
          "in": ["Pune", "Chennai", "Kolkata", "Lucknow", "Jaipur", "Kochi", "Indore", "Coimbatore"],
          "ph": ["Quezon City", "Cebu City", "Davao", "Pasig", "Makati", "Iloilo", "Bacolod", "Taguig"]}

STREETS = {"us": ["Maple Ave", "W Division St", "Oak Ridge Dr", "N Halsted St", "Cedar Ln", "Sunset Blvd",
                  "Pine Hollow Rd", "E 14th St"],
           "gb": ["Harehills Lane", "Cowley Road", "Victoria Street", "Station Road", "Kingsway", "Mill Lane",
                  "Church Street", "Albert Road"],
           "de": ["Hauptstraße", "Lindenallee", "Goethestraße", "Am Mühlbach", "Bahnhofstr.", "Kastanienweg",
                  "Schillerplatz", "Ringstraße"],
           "at": ["Mariahilfer Straße", "Annenstraße", "Linzer Gasse", "Herrengasse", "Dorfstraße",
                  "Lendplatz"],
           "fr": ["rue de la République", "avenue Jean Jaurès", "rue des Lilas", "boulevard Victor Hugo",
                  "impasse des Tilleuls", "chemin du Moulin", "rue Pasteur", "allée des Peupliers"],
           "ch": ["rue du Simplon", "avenue de la Gare", "chemin des Vignes", "rue de Lausanne",
                  "route de Berne", "rue du Marché"],
           "es": ["calle Mayor", "avenida de la Constitución", "calle del Carmen", "paseo de Gracia",
                  "calle San Vicente", "plaza de España", "calle Real", "ronda de Triana"],
           "mx": ["calle Hidalgo", "avenida Juárez", "calle Morelos", "calzada Independencia",
                  "avenida Revolución", "calle 5 de Mayo"],
           "it": ["via Roma", "corso Garibaldi", "via Dante", "viale dei Mille", "piazza Cavour",
                  "via delle Rose", "via Verdi", "vicolo del Pozzo"],
           "br": ["Rua das Flores", "Av. Paulista", "Rua Sete de Setembro", "Rua Augusta",
                  "Av. Boa Viagem", "Travessa São José", "Rua do Sol", "Alameda Santos"],
           "nl": ["Kerkstraat", "Dorpsstraat", "Oudegracht", "Molenweg", "Stationsplein", "Lange Nieuwstraat",
                  "Prinsengracht", "Rozenlaan"],
           "be": ["Veldstraat", "Meir", "Kerkstraat", "Naamsestraat", "Stationsstraat", "Groenplaats"],
           "pl": ["ul. Piotrkowska", "ul. Długa", "ul. Mickiewicza", "al. Jerozolimskie", "ul. Słowackiego",
                  "ul. Kwiatowa", "ul. Lipowa", "ul. Ogrodowa"],
           "tr": ["Atatürk Cad.", "Cumhuriyet Mah. Gül Sok.", "İstiklal Cad.", "Bağdat Cad.",
                  "Kordon Boyu", "Menekşe Sok.", "Fevzi Paşa Blv.", "Çınar Sok."],
           "se": ["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Björkvägen", "Skolgatan",
                  "Ringvägen", "Östra Hamngatan"],
           "in": ["MG Road", "Link Road", "Nehru Nagar", "Anna Salai", "Park Street", "Civil Lines",
                  "Sector 21", "Gandhi Chowk"],
           "ph": ["Rizal St.", "Mabini St.", "Katipunan Ave.", "Aurora Blvd.", "Osmeña Blvd.",
                  "Bonifacio St.",
                  "Quirino Ave.", "Del Pilar St."]}

DIGITS = {"en": "zero one two three four five six seven eight nine",
          "de": "null eins zwei drei vier fünf sechs sieben acht neun",
          "fr": "zéro un deux trois quatre cinq six sept huit neuf",
          "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
          "it": "zero uno due tre quattro cinque sei sette otto nove",
          "pt": "zero um dois três quatro cinco seis sete oito nove",
          "nl": "nul een twee drie vier vijf zes zeven acht negen",
          "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
          "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
          "sv": "noll ett två tre fyra fem sex sju åtta nio"}
AT_DOT = {"en": ("at", "dot"), "de": ("at", "punkt"), "fr": ("arobase", "point"), "es": ("arroba", "punto"),
          "it": ("chiocciola", "punto"), "pt": ("arroba", "ponto"), "nl": ("apenstaartje", "punt"),
          "pl": ("małpa", "kropka"), "tr": ("et", "nokta"), "sv": ("snabel-a", "punkt")}
MONTHS = {"en": "January February March April May June July August September October November December",
          "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
          "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
          "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
          "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
                "dicembre",
          "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
          "nl": "januari februari maart april mei juni juli augustus september oktober november december",
          "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada "
                "grudnia",
          "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
          "sv": "januari februari mars april maj juni juli augusti september oktober november december"}
MAIL_DOMAINS = {"us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"],
                "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "sky.com"],
                "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
                "at": ["gmx.at", "aon.at", "gmail.com", "chello.at"],
                "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
                "ch": ["bluewin.ch", "gmail.com", "sunrise.ch", "protonmail.ch"],
                "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
                "mx": ["gmail.com", "hotmail.com", "prodigy.net.mx", "outlook.com"],
                "it": ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it"],
                "br": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br"],
                "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
                "be": ["telenet.be", "skynet.be", "gmail.com", "proximus.be"],
                "pl": ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"],
                "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"],
                "se": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
                "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
                "ph": ["gmail.com", "yahoo.com.ph", "outlook.com", "ymail.com"]}
WORDS = ["mango", "falcon", "tulip", "harbor", "pepper", "comet", "velvet", "cactus", "orbit", "maple",
         "biscuit", "lagoon", "tiger", "violet", "pixel", "rocket", "sunny", "walnut", "marble", "zebra"]
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
IBAN_SPEC = {"de": ("DE", "n18"), "at": ("AT", "n16"), "fr": ("FR", "n23"), "ch": ("CH", "n5c12"),
             "es": ("ES", "n20"), "it": ("IT", "a1n10c12"), "pt": ("PT", "n21"), "br": ("BR", "n23a1c1"),
             "nl": ("NL", "a4n10"), "be": ("BE", "n12"), "pl": ("PL", "n24"), "tr": ("TR", "n5z1c16"),
             "se": ("SE", "n20"), "gb": ("GB", "a4n14")}


def _luhn_complete(digits: str) -> str:
    """``digits`` plus the check digit that makes them Luhn-valid."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return digits + str((10 - total % 10) % 10)


def _iban(country: str, r: Random) -> str:
    """A random IBAN of ``country`` (by IBAN_SPEC) with valid check digits."""
    code, spec = IBAN_SPEC.get(country, IBAN_SPEC["gb"])
    bban = ""
    for kind, count in re.findall(r"([nacz])(\d+)", spec):
        pool = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "c": "0123456789ABCDEFGHJKLMNPRSTUVWXYZ",
                "z": "0"}[kind]
        bban += "".join(r.choice(pool) for _ in range(int(count)))
    num = "".join(str(int(ch, 36)) for ch in bban + code + "00")
    return f"{code}{98 - int(num) % 97:02d}{bban}"


def _phone(country: str, r: Random) -> tuple[str, str]:
    """(as written, national digits to read out) for a mobile number of ``country``."""
    d = lambda k: "".join(r.choice("0123456789") for _ in range(k))  # noqa: E731
    if country == "us":
        a, b, c = f"{r.choice('2345678')}{d(2)}", f"{r.choice('23456789')}{d(2)}", d(4)
        w = r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}"])
        return w, a + b + c
    if country == "gb":
        a, b = f"7{r.choice('3456789')}{d(2)}", d(6)
        return r.choice([f"0{a} {b}", f"+44 {a} {b}", f"0{a}{b}", f"+44 (0){a} {b[:3]} {b[3:]}"]), "0" + a + b
    if country in ("de", "at"):
        p, rest = (f"15{d(1)}", d(8)) if country == "de" else (f"66{d(1)}", d(7))
        cc = "49" if country == "de" else "43"
        return r.choice([f"0{p} {rest}", f"+{cc} {p} {rest}", f"0{p}/{rest}",
                         f"0{p}-{rest[:4]} {rest[4:]}"]), \
            "0" + p + rest
    if country in ("fr", "ch"):
        if country == "ch":
            a, b = f"7{r.choice('6789')}", d(7)
            return r.choice([f"0{a} {b[:3]} {b[3:5]} {b[5:]}",
                             f"+41 {a} {b[:3]} {b[3:5]} {b[5:]}"]), "0" + a + b
        a, b = r.choice("67"), d(8)
        pairs = " ".join(b[i:i + 2] for i in range(0, 8, 2))
        return r.choice([f"0{a} {pairs}", f"+33 {a} {pairs}", f"0{a}{b}",
                         f"0{a}.{pairs.replace(' ', '.')}"]), \
            "0" + a + b
    if country == "es":
        a = r.choice("67") + d(8)
        return r.choice([f"{a[:3]} {a[3:5]} {a[5:7]} {a[7:]}", f"+34 {a[:3]} {a[3:6]} {a[6:]}", a]), a
    if country == "mx":
        a = r.choice(["55", "33", "81"]) + d(8)
        return r.choice([f"{a[:2]} {a[2:6]} {a[6:]}", f"+52 {a[:2]} {a[2:6]} {a[6:]}", f"+52 1 {a}"]), a
    if country == "it":
        a = "3" + r.choice("2345") + d(8)
        return r.choice([f"{a[:3]} {a[3:6]} {a[6:]}", f"+39 {a[:3]} {a[3:]}", a, f"{a[:3]}/{a[3:]}"]), a
    if country == "br":
        ddd, a = r.choice(["11", "21", "31", "41", "81", "85", "62"]), "9" + d(8)
        return r.choice([f"({ddd}) {a[:5]}-{a[5:]}", f"+55 {ddd} {a[:5]}-{a[5:]}", f"{ddd} {a}",
                         f"+55 ({ddd}) {a[:5]} {a[5:]}"]), ddd + a
    if country in ("nl", "be"):
        if country == "be":
            a = "4" + r.choice("789") + d(7)
            return r.choice([f"0{a[:3]} {a[3:5]} {a[5:7]} {a[7:]}",
                             f"+32 {a[:3]} {a[3:5]} {a[5:7]} {a[7:]}"]), \
                "0" + a
        a = d(8)
        return r.choice([f"06-{a}", f"06 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}", f"+31 6 {a}",
                         f"+316{a}"]), "06" + a
    if country == "pl":
        a = r.choice("5678") + d(8)
        return r.choice([f"{a[:3]} {a[3:6]} {a[6:]}", f"+48 {a[:3]} {a[3:6]} {a[6:]}",
                         f"{a[:3]}-{a[3:6]}-{a[6:]}"]), a
    if country == "tr":
        a = "5" + r.choice("0345") + d(8)
        return r.choice([f"0{a[:3]} {a[3:6]} {a[6:8]} {a[8:]}", f"+90 {a[:3]} {a[3:6]} {a[6:]}",
                         f"0{a}"]), "0" + a
    if country == "se":
        a = "7" + r.choice("0236") + d(7)
        return r.choice([f"0{a[:2]}-{a[2:5]} {a[5:7]} {a[7:]}", f"+46 {a[:2]} {a[2:5]} {a[5:7]} {a[7:]}",
                         f"0{a}"]), "0" + a
    if country == "in":
        a = r.choice("6789") + d(9)
        return r.choice([f"+91 {a[:5]} {a[5:]}", f"{a[:5]} {a[5:]}", f"+91-{a}", a]), a
    if country == "ph":
        a = "9" + r.choice("1234") + d(8)
        return r.choice([f"0{a[:3]} {a[3:6]} {a[6:]}", f"+63 {a[:3]} {a[3:6]} {a[6:]}", f"0{a}"]), "0" + a
    raise ValueError(country)


def _spoken(digits: str, lang: str, r: Random, groups: Sequence[int] = ()) -> str:
    """``digits`` read out one by one as speech recognition writes them, in ``groups`` (or random ones)."""
    words = DIGITS[lang].split()
    out, i, groups = [], 0, list(groups)
    while i < len(digits):
        k = groups.pop(0) if groups else r.choice([2, 3, 3, 4])
        group = []
        for ch in digits[i:i + k]:
            group.append("oh" if lang == "en" and ch == "0" and r.random() < 0.4 else words[int(ch)])
        out.append(" ".join(group))
        i += k
    return r.choice([", ", " ", " ... "]).join(out)


PC_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
BARANGAYS = ["San Roque", "Malinis", "Poblacion", "Bagong Silang"]


def _address(country: str, r: Random) -> str:
    """A street address, one line, as people write it in ``country``."""
    street, city = r.choice(STREETS[country]), r.choice(CITIES[country])
    n = str(r.randint(1, 180))
    d = lambda k: "".join(r.choice("0123456789") for _ in range(k))  # noqa: E731
    if country == "us":
        state = {"Chicago": "IL", "Houston": "TX", "Tacoma": "WA", "Fresno": "CA", "Tulsa": "OK",
                 "Raleigh": "NC", "Boise": "ID", "Albuquerque": "NM"}[city]
        apt = r.choice(["", f" apt {r.randint(2, 40)}", f" #{r.randint(100, 999)}"])
        return f"{r.randint(100, 9999)} {street}{apt}, {city}, {state} {r.choice('12345678')}{d(4)}"
    if country == "gb":
        area = {"Leeds": "LS", "Bristol": "BS", "Glasgow": "G", "Cardiff": "CF", "Leicester": "LE",
                "Norwich": "NR", "Belfast": "BT", "Sheffield": "S"}[city]
        pc = f"{area}{r.randint(1, 20)} " \
             f"{r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        return r.choice([f"{n} {street}, {city} {pc}",
                         f"Flat {r.randint(1, 12)}, {n} {street}, {city}, {pc}"])
    if country in ("de", "at", "ch", "nl", "be", "pl", "se", "tr"):
        pc = {"de": d(5), "at": str(r.randint(1, 9)) + d(3), "ch": str(r.randint(1, 9)) + d(3),
              "nl": f"{r.randint(1, 9)}{d(3)} {r.choice(PC_LETTERS)}{r.choice(PC_LETTERS)}",
              "be": str(r.randint(1, 9)) + d(3), "pl": f"{d(2)}-{d(3)}", "se": f"{d(3)} {d(2)}",
              "tr": d(5)}[country]
        if country == "ch":
            return f"{street} {n}, {pc} {city}"
        if country == "pl":
            return f"{street} {n}/{r.randint(1, 60)}, {pc} {city}"
        if country == "tr":
            return f"{street} No: {n} D: {r.randint(1, 20)}, {pc} {city}"
        return f"{street} {n}{r.choice(['', '', 'a', 'b'])}, {pc} {city}"
    if country == "fr":
        return f"{n}{r.choice(['', '', ' bis'])} {street}, {d(5)} {city}"
    if country in ("es", "mx"):
        if country == "mx":
            return f"{street} {n}, col. Centro, {d(5)} {city}"
        return f"{street} {n}, {r.randint(1, 8)}º {r.choice('ABCD')}, {d(5)} {city}"
    if country == "it":
        return f"{street} {n}, {d(5)} {city}"
    if country == "br":
        return f"{street}, {n}, apto {r.randint(11, 904)}, {city}, CEP {d(5)}-{d(3)}"
    if country == "in":
        return f"Flat {r.randint(101, 905)}, {street}, {city} {r.randint(1, 8)}{d(5)}"
    if country == "ph":
        return f"{n} {street}, Brgy. {r.choice(BARANGAYS)}, {city}"
    raise ValueError(country)


def _dob(lang: str, country: str, r: Random, long: bool) -> str:
    """A birth date written the local way (``long``: with the month's name)."""
    y, m, d = r.randint(1948, 2006), r.randint(1, 12), r.randint(1, 28)
    lang = lang if lang in MONTHS else "en"
    month = MONTHS[lang].split()[m - 1]
    if long:
        return {"en": r.choice([f"{month} {d}, {y}", f"{d} {month} {y}"]), "de": f"{d}. {month} {y}",
                "es": f"{d} de {month} de {y}", "pt": f"{d} de {month} de {y}"}.get(lang, f"{d} {month} {y}")
    if country == "us":
        return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}"])
    if country == "se":
        return r.choice([f"{y}-{m:02d}-{d:02d}", f"{y}{m:02d}{d:02d}"])
    if country in ("de", "at", "ch", "pl", "tr"):
        return r.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}"])
    if country in ("nl", "be"):
        return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}"])
    return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}"])


def _secret(kind: str, r: Random) -> str:
    """A password, PIN, door code, Wi-Fi key, API key or one-time code as people share them."""
    rd = lambda k: "".join(r.choice("0123456789") for _ in range(k))  # noqa: E731
    ra = lambda k: "".join(r.choice(ALNUM) for _ in range(k))  # noqa: E731
    if kind == "PW":
        w = r.choice(WORDS)
        return r.choice([f"{w.capitalize()}{r.choice('!#$%*?')}{rd(r.randint(2, 4))}", f"{w}{rd(4)}",
                         f"{w.capitalize()}{rd(2)}{r.choice(WORDS).capitalize()}!",
                         f"{w[0].upper()}{w[1:].replace('o', '0').replace('a', '@')}{rd(3)}"])
    if kind == "PIN":
        return rd(r.choice([4, 4, 6]))
    if kind == "DOOR":
        return r.choice([rd(4), rd(4) + "#", "*" + rd(5), rd(3) + "X"])
    if kind == "WIFI":
        return r.choice([f"{r.choice(WORDS)}-{r.choice(WORDS)}-{rd(4)}",
                         ra(16), f"{r.choice(WORDS).upper()}{rd(6)}"])
    if kind == "KEY":
        return r.choice([f"sk_live_{ra(24)}", f"ghp_{ra(36)}", f"xoxb-{rd(11)}-{rd(12)}-{ra(24)}",
                         "AKIA" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)),
                         f"AIza{ra(35)}", f"sk-proj-{ra(40)}", f"glpat-{ra(20)}"])
    if kind == "OTP":
        return rd(6)
    raise ValueError(kind)


def _card(r: Random) -> str:
    """A Luhn-valid card number, grouped the way it is printed."""
    kind = r.choice(["visa", "visa", "mc", "amex"])
    if kind == "amex":
        n = _luhn_complete(r.choice(["34", "37"]) + "".join(r.choice("0123456789") for _ in range(12)))
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    head = "4" if kind == "visa" else str(r.randint(51, 55))
    n = _luhn_complete(head + "".join(r.choice("0123456789") for _ in range(15 - len(head))))
    return r.choice([" ", "-", " ", ""]).join(n[i:i + 4] for i in range(0, 16, 4))


def _ssn(r: Random) -> str:
    """A US social security number in a valid range."""
    area = r.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def _ip(r: Random, v6: bool) -> str:
    """An IPv4 (home router, office VPN, public) or IPv6 address."""
    if v6:
        return f"2a02:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xfff):x}:{r.randint(0x100, 0xffff):x}::" \
               f"{r.randint(1, 0xfff):x}"
    return r.choice([f"192.168.{r.randint(0, 2)}.{r.randint(2, 250)}",
                     f"10.{r.randint(0, 40)}.{r.randint(0, 255)}."
                     f"{r.randint(2, 250)}", f"{r.randint(77, 95)}.{r.randint(1, 254)}.{r.randint(1, 254)}."
                     f"{r.randint(1, 254)}"])


# ---------------------------------------------------------------- unlabelled context

CURRENCY = {"us": "${}.{}", "gb": "£{}.{}", "in": "₹{}", "ph": "₱{}", "br": "R$ {},{}", "pl": "{},{} zł",
            "tr": "{},{} TL", "se": "{} kr", "ch": "CHF {}.{}", "mx": "${} MXN"}
WEEKDAYS = {"en": "monday tuesday wednesday thursday friday",
"de": "Montag Dienstag Mittwoch Donnerstag Freitag",
            "fr": "lundi mardi mercredi jeudi vendredi", "es": "lunes martes miércoles jueves viernes",
            "it": "lunedì martedì mercoledì giovedì venerdì", "pt": "segunda terça quarta quinta sexta",
            "nl": "maandag dinsdag woensdag donderdag vrijdag",
            "pl": "poniedziałek wtorek środa czwartek piątek", "tr": "pazartesi salı çarşamba perşembe cuma",
            "sv": "måndag tisdag onsdag torsdag fredag"}


def _price(rec) -> str:
    """A price in the record's currency."""
    r = rec.r
    whole, cents = str(r.randint(9, 1499)), r.choice(["00", "99", "49", "90", "50"])
    return CURRENCY.get(rec.country, "€{},{}").format(whole, cents)


def _time(rec) -> str:
    """A clock time, 12-hour in English texts."""
    r = rec.r
    if rec.lang == "en" and rec.country == "us" or rec.lang == "en" and r.random() < 0.5:
        return f"{r.randint(1, 11)}:{r.choice(['00', '15', '30', '45', '20'])}{r.choice(['am', 'pm', ' pm'])}"
    return f"{r.randint(7, 21)}:{r.choice(['00', '15', '30', '45', '10'])}"


UNLABELLED = {
    "time": _time,
    "price": _price,
    "day": lambda rec: rec.r.choice(WEEKDAYS[rec.lang].split()),
    "order": lambda rec: rec.r.choice([f"#{rec.r.randint(100000, 999999)}",
                                       f"A-{rec.r.randint(1000000, 9999999)}",
                                       f"{rec.r.randint(4000000000, 4999999999)}"]),
    "ticket": lambda rec: rec.r.choice([f"INC{rec.r.randint(1000000, 9999999)}",
                                        f"SR-{rec.r.randint(10000, 99999)}",
                                        f"#{rec.r.randint(40000, 99999)}"]),
    "track": lambda rec: rec.r.choice(["1Z" + "".join(rec.r.choice("0123456789ABCDEFGHJKLMNPRSTVWXY")
                                                      for _ in range(16)),
                                       f"JJD{rec.r.randint(10**17, 10**18 - 1)}",
                                       f"{rec.r.randint(10**11, 10**12 - 1)}"]),
    "ver": lambda rec: f"{rec.r.randint(1, 17)}.{rec.r.randint(0, 30)}.{rec.r.randint(0, 12)}",
    "hash": lambda rec: "".join(rec.r.choice("0123456789abcdef")
                                for _ in range(rec.r.choice([7, 8, 12, 40]))),
    "room": lambda rec: str(rec.r.randint(100, 4999)),
    "n": lambda rec: str(rec.r.randint(2, 14)),
    # an order or reference number read out digit by digit (not a phone number)
    "said": lambda rec: _spoken(str(rec.r.randint(10**6, 10**10)), rec.lang, rec.r),
}

SLOT = re.compile(r"\{([A-Za-z]+)(\d*)(?:@(\w+))?(?:\.(\w+))?(?:!(\w+))?\}")
LABEL = {"P": "PERSON", "PH": "PHONE_NUMBER", "EM": "EMAIL_ADDRESS", "AD": "LOCATION", "CI": "LOCATION",
         "DOB": "DATE_OF_BIRTH", "SSN": "US_SSN", "CC": "CREDIT_CARD", "IBAN": "IBAN_CODE",
         "IP": "IP_ADDRESS",
         "PW": "SECRET", "PIN": "SECRET", "DOOR": "SECRET", "WIFI": "SECRET", "KEY": "SECRET",
         "OTP": "SECRET"}


class _Record:
    """The values of one record: people, numbers and keys, drawn once per slot key and reused."""

    def __init__(self, half: str, lang: str, r: Random, cultures: dict[str, tuple[str | None, str | None]]):
        self.r, self.half = r, half
        region, self.digit_lang = MIXED.get(lang, (lang, lang))
        self.lang = self.digit_lang
        self.country = COUNTRY[region][0 if half == "dev" else 1]
        self.names = _names(half)
        self.cultures = cultures
        self.values: dict[str, object] = {}
        self.used_names: set[str] = set()

    def person(self, key: str) -> Person:
        """Person ``key`` (P1, P2, ...): from a culture local to the record's country a third of the time."""
        if key not in self.values:
            r = self.r
            culture, gender = self.cultures.get(key, (None, None))
            if culture is None:
                culture = r.choice(LOCAL[self.country]) if r.random() < 0.35 else r.choice(sorted(CULTURES))
            names = self.names[culture]
            firsts = [f for f in names["first"] if gender is None or _gender(f) in (gender, "u")]
            while True:
                p = Person(culture, r.choice(firsts), r.choice(names["last"]))
                if p.first not in self.used_names and p.last not in self.used_names:
                    break
            self.used_names |= {p.first, p.last}
            self.values[key] = p
        return self.values[key]

    def value(self, kind: str, idx: str, form: str) -> str:
        """The value of labelled slot ``{kind idx . form}``."""
        r, key = self.r, kind + idx
        if kind == "P":
            p = self.person(key)
            if form == "h":  # one handle per person and record
                return self.values.setdefault(key + ".h", p.form("h", r))
            return p.form(form, r)
        if kind == "PH":
            written, digits = self.values.setdefault(key, _phone(self.country, r))
            return _spoken(digits, self.digit_lang, r) if form == "sp" else written
        if kind == "EM":
            local, domain = self.values.setdefault(key, self._mail("P" + idx))
            if form == "sp":
                at, dot = AT_DOT[self.digit_lang]
                return f"{local.replace('.', f' {dot} ').replace('_', ' underscore ')} {at} " \
                       f"{domain.replace('.', f' {dot} ')}"
            return f"{local}@{domain}"
        if kind == "AD":
            return self.values.setdefault(key, _address(self.country, r))
        if kind == "CI":
            return self.values.setdefault(key, r.choice(CITIES[self.country]))
        if kind == "DOB":
            return self.values.setdefault(key + form, _dob(self.lang, self.country, r, form == "long"))
        if kind == "SSN":
            v = self.values.setdefault(key, _ssn(r))
            return _spoken(v.replace("-", ""), "en", r, (3, 2, 4)) if form == "sp" else v
        if kind == "CC":
            v = self.values.setdefault(key, _card(r))
            return _spoken(re.sub(r"\D", "", v), self.digit_lang, r) if form == "sp" else v
        if kind == "IBAN":
            v = self.values.setdefault(key, _iban(self.country, r))
            return v if form == "plain" else " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        if kind == "IP":
            return self.values.setdefault(key, _ip(r, form == "v6"))
        if kind in ("PW", "PIN", "DOOR", "WIFI", "KEY", "OTP"):
            v = self.values.setdefault(key, _secret(kind, r) if form != "sp" else _secret("PIN", r))
            return _spoken(v, self.digit_lang, r) if form == "sp" else v
        raise ValueError(f"unknown slot {kind}")

    def _mail(self, person_key: str) -> tuple[str, str]:
        """(local part, domain) of a private address built from person ``person_key``'s name."""
        r = self.r
        p = self.person(person_key)
        a = fold(p.first).lower().replace(" ", "").replace("'", "").replace(".", "")
        b = fold(p.last).lower().replace(" ", "").replace("'", "")
        local = r.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{r.randint(70, 99)}", f"{b}.{a}{r.randint(1, 9)}",
                          f"{a}_{b[:3]}"])
        return local, r.choice(MAIL_DOMAINS[self.country])


def _render(body: str, rec: _Record) -> tuple[str, list[dict]]:
    """Fill ``body``'s slots; the text and the labelled spans."""
    out, spans, pos, cache = [], [], 0, {}
    last = 0
    for m in SLOT.finditer(body):
        kind, idx, _culture, form, mod = m.groups()
        out.append(body[last:m.start()])
        pos += m.start() - last
        last = m.end()
        if kind in LABEL:
            v = rec.value(kind, idx, form or "")
        elif kind in UNLABELLED:
            v = cache.setdefault(kind + idx, UNLABELLED[kind](rec))
        else:
            raise ValueError(f"unknown slot {m.group(0)}")
        if mod == "lc":
            v = fold(v).lower()
        elif mod == "up":
            v = v.upper()
        elif mod == "fold":
            v = fold(v)
        out.append(v)
        if kind in LABEL:
            spans.append({"type": LABEL[kind], "start": pos, "end": pos + len(v), "value": v})
        pos += len(v)
    out.append(body[last:])
    return "".join(out), spans


# Parts of names that are not names on their own ("van der Berg", "de la Fuente", "Ó Súilleabháin").
PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "dela", "la", "le", "lo", "van", "von", "der",
                       "den", "ter", "'t", "mac", "ó", "ní", "ben", "ma", "di", "al", "el"})


def _complete(text: str, spans: list[dict]) -> bool:
    """Whether every labelled value, and every word of a labelled name, occurs only inside labelled spans
    (compared without case and accents)."""
    folded = fold(text).lower()
    if len(folded) != len(text):  # a letter folded into two: compare as is
        folded = text.lower()
    covered = [False] * len(text)
    for s in spans:
        covered[s["start"]:s["end"]] = [True] * (s["end"] - s["start"])
    needles = set()
    for s in spans:
        needles.add(s["value"])
        if s["type"] == "PERSON":
            words = re.split(r"[\s,.]+", s["value"])
            needles |= {w for w in words if len(w) >= 2 and w.lower() not in PARTICLES}
    for needle in sorted(needles):
        n = fold(needle).lower() if len(fold(needle)) == len(needle) else needle.lower()
        for m in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", folded):
            if not all(covered[m.start():m.end()]):
                return False
    return True


def _template_people(body: str) -> dict[str, tuple[str | None, str | None]]:
    """(culture, gender) a template asks for its people: ``{P1@ukrainian}``, ``{P1@f}``,
    ``{P1@ukrainian_m}``."""
    out = {}
    for m in SLOT.finditer(body):
        if m.group(3):
            culture, _, gender = m.group(3).rpartition("_")
            if gender not in ("f", "m"):
                culture, gender = m.group(3), ""
            if culture in ("f", "m"):
                culture, gender = "", culture
            out[m.group(1) + m.group(2)] = (culture or None, gender or None)
    return out


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records (default ``SIZES[half]``) of the ``dev`` or ``test`` half, the same for the same seed."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}")
    n = SIZES[half] if n is None else n
    r = Random(seed * 11 + (0 if half == "dev" else 5))
    pos_t, neg_t = TEMPLATES[half]
    n_pos = round(n * POSITIVE_SHARE)
    pos_order = list(pos_t)
    r.shuffle(pos_order)
    plan: list[tuple[str, tuple]] = [("positive", pos_order[i % len(pos_order)]) for i in range(n_pos)]
    by_class = {c: [t for t in neg_t if t[3] == c] for c in NEG_CLASSES}
    for ts in by_class.values():
        r.shuffle(ts)
    classes = list(NEG_CLASSES)
    r.shuffle(classes)
    for i in range(n - n_pos):
        ts = by_class[classes[i % len(classes)]]
        plan.append(("negative", ts[(i // len(classes)) % len(ts)]))
    r.shuffle(plan)
    records = []
    for i, (kind, t) in enumerate(plan):
        name, lang, genre, body = t[0], t[1], t[2], t[-1]
        rec_seed = r.randrange(2 ** 32)
        for attempt in range(80):
            rec = _Record(half, lang, Random(rec_seed + attempt * 1_000_003), _template_people(body))
            text, spans = _render(body, rec)
            if kind == "negative" or _complete(text, spans):
                break
        else:  # pragma: no cover - a template that never renders completely is a bug
            raise RuntimeError(f"template {name} never rendered with complete labels")
        if kind == "negative" and spans:
            raise RuntimeError(f"negative template {name} has labelled slots")
        meta = {"template": f"c8-{half}-{name}", "half": half, "kind": kind, "genre": genre,
                "lang": "mixed" if lang.startswith("mx-") else lang}
        if lang.startswith("mx-"):
            meta["mix"] = lang[3:] + "-en"
        if kind == "negative":
            meta["neg_class"] = t[3]
        records.append({"id": f"c8-{half}-{i:04d}", "text": text, "spans": spans, "meta": meta})
    return records


def main(argv: Sequence[str] | None = None) -> int:
    """Write one half as JSONL on standard output (see ``benchmarks.halves_cli``)."""
    return write_half(generate, "Write one half of corpus 8 (informal and spoken text) as JSONL.",
                      DEFAULT_SEED, argv)


# ---------------------------------------------------------------- templates
# Positive: (name, lang, genre, text).  Negative: (name, lang, genre, neg_class, text).
# lang "mx-hi" etc. is a code-switched text (meta lang "mixed").

DEV_POS: list[tuple] = [
    ("callcentre-card-swallowed", "en", "call_transcript", """summarise this call for the CRM pls

agent: thank you for calling, you're through to cards, my name is {P1.f!lc} how can i help
caller: yeah hi um my card got swallowed by the machine this morning
agent: sorry to hear that, can i take your full name
caller: it's {P2!lc}
agent: and the long number on the card if you have it
caller: uh yeah {CC1.sp}
agent: thanks and your date of birth
caller: {DOB1.long!lc}
agent: perfect, and a mobile number in case we get cut off
caller: {PH1.sp}
agent: ok {P2.f!lc} i've blocked that card, the new one goes out to the address we hold"""),
    ("meeting-asr-deposit", "en", "meeting_transcript", """[00:00:03] SPEAKER_01: ok so um are we recording \
yes ok
[00:00:09] SPEAKER_02: so {P1@f.f!lc} from the landlord side emailed again
[00:00:14] SPEAKER_01: the one about the flat on {AD1!lc}
[00:00:18] SPEAKER_02: yeah she's moving out end of month and wants the deposit sent to her uk account
[00:00:25] SPEAKER_01: can you uh read it out
[00:00:27] SPEAKER_02: {IBAN1.plain} i think, it's in the email from {EM1}
[00:00:40] SPEAKER_01: ok and {P2.l!lc} is still the other tenant right
[00:00:44] SPEAKER_02: yep yep
can you write the action items from this"""),
    ("whatsapp-family-wifi", "en", "whatsapp_export", """[12/03/25, 19:41:07] {P1.n}: can someone send me \
mums wifi password again the router reset itself
[12/03/25, 19:43:15] {P2.f}: its {WIFI1}
[12/03/25, 19:43:51] {P1.n}: legend
[12/03/25, 19:44:02] {P2.f}: and the alarm code changed to {DOOR1} dont lose it this time
[12/03/25, 20:02:30] {P3}: also whoever is picking up grandpa on sunday his new address is {AD1}
[12/03/25, 20:05:11] {P1.n}: 👍
can you summarise what i need to remember from this chat"""),
    ("sms-room-viewing", "en", "sms_thread", """Me: hi is this {P1.f}? got your number from the craigslist \
ad for the room
{P1.f}: yes hi! still available. viewing sat?
Me: sat works. whats the address
{P1.f}: {AD1}. buzz the side door, or call me on {PH1} if the buzzer is dead again
Me: great. my name's {P2} btw
{P1.f}: see you sat {P2.f!lc}
help me write a polite reply asking if bills are included"""),
    ("forum-router-typos", "en", "forum_post", """Title: cant log in to router admin anymore HELP
posted by {P1.h}

hi all so my isp tech (guy called {P2.f} something) came round and changed stuff and now i cant get into
the admin page at {IP1} at all. he set the admin password to {PW1} he said but it says wrong password. my
wan ip is {IP2} if that matters. tried reseting with paperclip no luck. any idea??
edit: spelling
---
reply to this post with troubleshooting steps"""),
    ("caps-no-callback", "en", "caps_complaint", """WHY HAS NOBODY CALLED ME BACK. I HAVE RANG FOUR TIMES. \
MY NAME IS {P1!up} AND THE ACCOUNT IS UNDER {EM1!up}. YOUR ENGINEER {P2.f!up} SAID TUESDAY. NOBODY CAME. \
CALL ME ON {PH1} TODAY OR I AM CANCELLING!!!
rewrite this calmer before i send it"""),
    ("hurried-pay-contractor", "en", "hurried_email", """hi {P1.f!lc} - sorry in a rush, boarding. can u \
pls pay the contractor today, details:
name {P2}
acct {IBAN1}
ref kitchen deposit
my card if the transfer doesnt work: {CC1} exp 09/28
thx, {P3.n}
(sent from phone)
---
tidy this up into a proper email"""),
    ("voice-note-new-starter", "en", "voice_note", """Voice note transcript (auto): hey it's {P1.f!lc} um \
quick one so the new starter {P2@f!lc} her first day is monday she needs a laptop and a building pass um her \
personal email for the welcome pack is {EM2.sp} and she's coming down from {CI1} so she might be a bit late \
on the first day, ok thanks bye
-- turn this into a checklist for IT"""),
    ("dictated-intake-form", "en", "dictated_form", """caller dictating the form, please fill in the fields:
first name {P1.f}, that's {P1.sp}, surname {P1.l}, spelled {P1.spl}
date of birth {DOB1}
social is {SSN1.sp}
home phone {PH1}
and the address is {AD1}"""),
    ("slack-vpn-and-key", "en", "slack_export", """#it-helpdesk export
{P1.h}  9:14 AM
anyone know the vpn gateway ip again, new laptop
{P2.h}  9:15 AM
@{P1.h} its {IP1}, and the shared test account is qa-bot / {PW1}
{P2.h}  9:15 AM
and pls dont paste our api key in here again lol ({KEY1})
{P1.h}  9:17 AM
my bad 🙈
summarise what happened here for the security review"""),
    ("teams-card-read-out", "en", "teams_chat", """[Teams] {P1.lf} 10:02
@{P2.f} the customer on the phone is {P3@f}, she says the refund went to an old card... actually she just \
read the whole thing out: {CC1}
[Teams] {P2.lf} 10:03
omg dont paste that here. she wants a callback on {PH1}, i'll do it after lunch
please redact and summarise"""),
    ("support-refund-typos", "en", "support_post", """hello support,, i ordered twice by mistake (order \
{order}) please refund one. name on acount is {P1!lc}, email {EM1}. i moved since so please dont send \
anything to the old adress, new one is {AD1}. my phone {PH1}
thank u
-> draft a reply confirming the refund"""),
    ("discord-steam-login", "en", "discord_chat", """{P1.h} — Today at 11:42 PM
bro can u log into my steam for me and grab the trading card, user is {P1.h} pass {PW1}
{P2@m.h} — Today at 11:43 PM
it wants a code
{P1.h} — Today at 11:45 PM
{OTP1}
{P2.h} — Today at 11:46 PM
ok in
explain why this is a bad idea (for an online safety talk to teens)"""),
    ("callcentre-verify-ssn", "en", "call_transcript", """agent ({P1.f!lc}): ok and to verify can you give \
me the last, actually the full social
customer: {SSN1}
agent ({P1.f!lc}): and your date of birth
customer: {DOB1}
agent ({P1.f!lc}): great mr {P2@m.l!lc} and is {AD1!lc} still your mailing address
customer: no we moved to {CI1} last year
write a call summary without the personal details"""),
    ("de-whatsapp-paket", "de", "whatsapp_export", """[03.02.25, 08:12:44] {P1.n}: Morgen! Kann jemand \
heute das Paket für {P2.f} annehmen? Lieferung an {AD1}
[03.02.25, 08:15:02] {P3.f}: ich bin ab 14 uhr da
[03.02.25, 08:15:40] {P1.n}: danke!! der Türcode unten ist {DOOR1}
[03.02.25, 08:20:11] {P2.f}: sorry leute, meine neue nummer ist übrigens {PH1}
Fass den Chat kurz zusammen"""),
    ("de-mailbox-rechnung", "de", "voicemail_asr", """Mailbox-Transkript: ja hallo hier ist {P1!lc} ähm ich \
ruf an wegen der Rechnung ich hab zweimal bezahlt glaub ich ähm meine IBAN ist {IBAN1} die Kundennummer \
weiß ich grad nicht aber geboren bin ich am {DOB1} und Sie erreichen mich unter {PH1.sp} also danke tschüss
Bitte schreib eine kurze Antwort-Mail"""),
    ("fr-sms-voisine", "fr", "sms_thread", """{P1@f.f!lc}: slt c {P1.f!lc} la nouvelle voisine du 3e, tu \
peux me redonner le code du portail stp
Moi: oui c {DOOR1}
{P1.f!lc}: merci!! et le wifi de la salle commune?
Moi: {WIFI1}
{P1.f!lc}: top. au fait mon num c'est {PH1} si besoin
Réponds-lui de façon sympa pour l'inviter à l'apéro de l'immeuble"""),
    ("fr-forum-box", "fr", "forum_post", """[Forum assistance] Sujet : box qui redémarre sans arrêt
Posté par {P1.h}
bonjour, depuis mardi ma box redemarre toute les 10 min. Jhabite {AD1} (fibre). Le technicien {P2} est \
passé mais rien. Mon ip fixe c'est {IP1} si ca aide. Merci d'avance
Résume le problème en 3 points"""),
    ("es-audio-seguro", "es", "voice_note", """transcripción de audio de whatsapp: oye {P1.f!lc} soy \
{P2.n!lc} oye te paso los datos de mi prima para lo del seguro se llama {P3@f!lc} nació el {DOB1.long!lc} \
vive en {CI1} y el móvil es {PH1.sp} vale un beso
Resume los datos que hay que meter en el formulario"""),
    ("es-chat-netflix", "es", "whatsapp_export", """[10/4/25 21:03] {P1.n}: chicos alguien tiene la \
contraseña de netflix?? me echó
[10/4/25 21:05] {P2.f}: {PW1} jajaja
[10/4/25 21:05] {P1.n}: gracias {P2.f}!!
[10/4/25 21:09] {P3}: y para el bizum de la cena mandadlo a {PH1}
Hazme un resumen"""),
    ("it-sms-agenzia", "it", "sms_thread", """{P1.f}: Ciao sono {P1} dell'agenzia, le confermo la visita di \
domani per l'appartamento in {AD1}
Io: perfetto grazie
{P1.f}: Per la caparra mi serve l'IBAN per l'eventuale rimborso e una mail
Io: {IBAN1} e {EM2}
Scrivimi una risposta per chiedere se posso portare il cane"""),
    ("pt-zap-presente", "pt", "whatsapp_export", """[15/06/2025 09:31] {P1.n}: gente o pix pro presente da \
{P2@f.f} é {EM1} tá?
[15/06/2025 09:33] {P3.f}: manda o celular que é mais fácil
[15/06/2025 09:34] {P1.n}: {PH1}
[15/06/2025 09:40] {P2.f}: eu tô vendo isso hein kkkkk
[15/06/2025 09:41] {P1.n}: 🙈 a entrega é na casa da {P4@f.f}, {AD1}
resume pra mim"""),
    ("pt-call-cartao", "pt", "call_transcript", """atendente: boa tarde, central de atendimento, falo com \
quem?
cliente: {P1@m!lc}
atendente: senhor {P1.l!lc} pode confirmar a data de nascimento
cliente: {DOB1}
atendente: e o cartão... pode ler o número completo
cliente: {CC1.sp}
atendente: obrigado, o senhor ainda mora em {CI1}?
cliente: moro sim
faça um resumo do atendimento"""),
    ("nl-app-sleutelkluis", "nl", "whatsapp_export", """[21-05-25 17:02] {P1.f}: hoi! kan iemand morgen de \
sleutel ophalen bij {P2.f} op {AD1}?
[21-05-25 17:10] {P3.n}: ik kan om 6 uur
[21-05-25 17:11] {P1.f}: top, de pincode van de sleutelkluis is {PIN1}
[21-05-25 17:15] {P2.f}: bel even op {PH1} als je er bent
maak een korte samenvatting"""),
    ("pl-sms-wakacje", "pl", "sms_thread", """{P1@f.n}: hej tu {P1.n}, zmieniłam numer, nowy to {PH1}
Ja: ok dzięki. a przelew za wakacje na jakie konto?
{P1.n}: {IBAN1}, tytułem "domek {P2.l}"
Ja: a mail do {P2.f}?
{P1.n}: {EM2}
napisz mi krótkie przypomnienie do grupy"""),
    ("tr-sesli-alarm", "tr", "voice_note", """sesli mesaj dökümü: {P1@m.f!lc} abi merhaba ben {P2.f!lc} ya \
şimdi dükkanın alarm şifresi değişti yeni şifre {DOOR1.sp} unutma ha bir de {P3@f!lc} hanım aradı {PH1.sp} \
numarasından dönüş bekliyor
Bunu kısa bir not haline getir"""),
    ("sv-mejl-hyresgast", "sv", "hurried_email", """hej {P1.f!lc}! snabbt bara - nya hyresgästen heter \
{P2}, född {DOB1}, flyttar in på {AD1} den 1a. mejl {EM2} och tel {PH1}. swisha depositionen sen. mvh {P3.i}
gör om det här till ett ordentligt mejl"""),
    ("de-telegram-elternchat", "de", "telegram_export", """Telegram-Export, Elternchat Klasse 3b
{P1@ukrainian.cyr}, 07:41: Guten Morgen, hier {P1@ukrainian}, Elternteil von \
{P2@ukrainian.cyrf}. {P2@ukrainian.cyrf} ist heute krank, Fieber
{P3.n}, 07:45: gute Besserung! Wenn du Hilfe brauchst, ruf an: {PH1}
{P1@ukrainian.cyr}, 07:46: Danke! Meine Nummer ist {PH2}, unsere Adresse: {AD1}
Schreib eine kurze Antwort an die Lehrerin auf Deutsch"""),
    ("hinglish-flat-address", "mx-hi", "whatsapp_export", """[05/01/25, 10:12 pm] {P1.n}: yaar {P2.f} ka \
number de na, uska phone switched off hai
[05/01/25, 10:13 pm] {P3.f}: {PH1} try kar, new sim liya hai usne
[05/01/25, 10:14 pm] {P1.n}: thanks. aur naya flat ka address?
[05/01/25, 10:16 pm] {P3.f}: {AD1}, 3rd floor, lift kharab hai 😂
summarise in english"""),
    ("taglish-gcash", "mx-tl", "sms_thread", """Ate {P1@f.f}: uy {P2.n} pa-send naman ng gcash number mo, \
babayaran ko na yung utang ko hehe
{P2.n}: {PH1} po ate, under {P2!up}
Ate {P1.f}: ok sent na. otp daw {OTP1} haha joke lang wag mo ipakita kahit kanino
{P2.n}: hahaha ok ate ingat sa biyahe pa-{CI1}!
translate to english and summarise"""),
    ("spanglish-quince", "mx-es", "sms_thread", """mija {P1@f.n} text me back!! your tía {P2@f.f} wants the \
address for the quince, es {AD1}
and tell your cousin {P3.f} que me mande el zelle, my email es {EM4}
llámame al {PH1} cuando puedas
---
help me reply in english, short"""),
]

DEV_NEG: list[tuple] = [
    ("brands-office-snacks", "en", "slack_export", "brands_after_people", """#office-snacks
9:02 AM  ok who finished the ben & jerry's in the freezer
9:04 AM  wasn't me, i'm on a tim hortons double double diet
9:05 AM  ordering for friday: 2x dr pepper, the wendy's catering box and some hershey's for the bowl. \
budget {price}
9:07 AM  also the ford transit for the offsite is booked
summarise the snack order"""),
    ("brands-caps-boots", "en", "caps_complaint", "brands_after_people", """MY DR. MARTENS SPLIT AFTER TWO \
WEEKS AND THE JOHN LEWIS STORE WONT TAKE THEM BACK. ORDER {order}. I PAID {price} FOR THESE. DISGRACEFUL. \
ALSO THE CALVIN KLEIN BELT WAS THE WRONG SIZE!!!
rewrite this politely for their customer service form"""),
    ("brands-de-einkauf", "de", "whatsapp_export", "brands_after_people", """[02.03.25, 18:20] Mama: \
bringst du vom Aldi noch Dr. Oetker Pizza mit und Kinder Riegel
[02.03.25, 18:22] ich: ja, und vom Rossmann Zahnpasta?
[02.03.25, 18:22] Mama: ja. und Opa will seinen Jacobs Kaffee, den mit der blauen Packung
Mach daraus eine Einkaufsliste"""),
    ("titles-karaoke", "en", "discord_chat", "titles_and_media", """karaoke-night channel
queue so far: "Jolene", "Roxanne", "Hey Jude", "Billie Jean", "Sweet Caroline", "Valerie"
someone also wants "Layla" and "Mr. Brightside" lol
reminder: karaoke starts {time}, back room {room}
make a poster text for this"""),
    ("titles-es-cine", "es", "whatsapp_export", "titles_and_media", """[8/2/25 22:10] hermana: q vemos hoy? \
"Amélie", "Forrest Gump" o "Matilda"
[8/2/25 22:11] yo: forrest gump otra vez no porfa
[8/2/25 22:12] hermana: vale pues "Amélie", empieza a las {time} en el cine de la esquina
resume"""),
    ("titles-nl-podcast", "nl", "voice_note", "titles_and_media", """spraakmemo: oké dus voor de podcast \
aflevering {n} bespreken we 'Pippi Langkous' en 'Nijntje' en misschien 'Dikkie Dik', opname donderdag om \
{time} in studio {room}, niet vergeten de microfoons op te laden
maak hier een takenlijstje van"""),
    ("places-shipment-call", "en", "call_transcript", "places_as_context", """agent: thanks for calling, \
how can i help
caller: yeah hi our shipment to brazil is stuck in customs, the one from the rotterdam warehouse
agent: ok can i get the tracking number
caller: {track}
agent: thanks, so it left the berlin hub on {day} and it's waiting on paperwork in são paulo
caller: ok and the invoice total was {price}
summarise for the logistics team"""),
    ("places-fr-salon", "fr", "hurried_email", "places_as_context", """slt l'équipe, vite fait : le salon \
de Lyon est décalé, on passe d'abord par l'agence de Lille puis le client à Bruxelles. Le stand arrive de \
l'entrepôt de Marseille, commande {order}. Budget total {price}. Merci!
Reformule ce mail proprement"""),
    ("places-hinglish-office", "mx-hi", "slack_export", "places_as_context", """#facilities
guys Bangalore office ka wifi phir se down hai, Mumbai team ne ticket {ticket} raise kiya hai
Hyderabad se spare router bhej rahe hain, kal tak aa jayega
Chennai warehouse wala issue alag hai, woh next week
summarise in english please"""),
    ("words-sms-chores", "en", "sms_thread", "name_like_words", """me: will you grab milk on the way
them: yes. also the rose bush in the garden needs cutting back
me: mark it on the calendar for june, can't do it before
them: ok. and the gas bill came, {price}
me: ugh fine, pay it and i'll sort you
make a to-do list from this"""),
    ("words-caps-billing", "en", "caps_complaint", "name_like_words", """I WILL NOT PAY THIS BILL TWICE. \
THE GRACE PERIOD ENDED IN MAY AND YOU STILL CHARGED ME IN JUNE. MARK MY WORDS, IF THIS ISN'T FIXED BY \
{day!up} I AM GOING TO THE OMBUDSMAN. REF {ticket}
make it sound professional"""),
    ("words-pt-luz", "pt", "sms_thread", "name_like_words", """amiga a luz acabou de novo aqui, que graça \
né. pelo menos a vitória do time ontem compensou kkkk. a conta veio {price}, divide comigo? ah e a rosa do \
vaso morreu
responde ela de um jeito engraçado"""),
    ("numbers-app-report", "en", "support_post", "numbers_and_codes", """app keeps crashing since update \
{ver} (build {hash}). order {order} shows paid but ticket {ticket} says pending. tracking {track}. also my \
flight LH 4410 on {day} at {time} didnt sync to the calendar. room {room} booking gone too
-> write a bug report from this"""),
    ("numbers-pl-faktura", "pl", "sms_thread", "numbers_and_codes", """Hej, zamówienie {order} doszło, ale \
faktura FV/2025/03/{n} ma złą kwotę, powinno być {price}. Reklamacja ma numer {ticket}. Kurier mówił że \
jutro o {time}.
napisz krótką odpowiedź do sklepu"""),
    ("numbers-tr-kargo", "tr", "whatsapp_export", "numbers_and_codes", """[14.02.25 11:20] ben: kargo takip \
no {track}, sipariş {order}
[14.02.25 11:22] kardeşim: tamam. uçuş TK 1981 saat {time}'da, kapı B{n}
[14.02.25 11:23] ben: fiyat {price} mı oldu sonunda?
özetle"""),
    ("teams-standup", "en", "teams_chat", "teams_and_code_names", """standup notes from the chat:
- project Falcon: blocked on the Athena dashboard, release {ver} slips to {day}
- team Apollo picked up the Phoenix migration, PR {hash}
- Jarvis bot is spamming #alerts again
turn this into a status update"""),
    ("teams-sv-projekt", "sv", "slack_export", "teams_and_code_names", """#utveckling
team Björnen tar över projekt Ugglan från team Vargen nästa sprint
release {ver} är taggad, commit {hash}
fika kl {time} i rum {room}
sammanfatta för ledningen"""),
    ("teams-it-progetto", "it", "teams_chat", "teams_and_code_names", """aggiornamento veloce: il progetto \
Gelato passa al team Vespa, la squadra Tramontana resta sul backend. rilascio {ver} previsto per {day}, \
ticket {ticket}
riassumi in due righe"""),
    ("numbers-asr-order", "en", "call_transcript", "numbers_and_codes", """agent: ok and what's the order \
number
caller: um it's {said}
agent: thank you and that was the blue one, the size nine
caller: yeah size nine, it cost {price}
agent: right so i've raised a return, reference {ticket}, the courier comes {day} between {time} and six
summarise the call in two lines"""),
    ("teams-discord-guild", "en", "discord_chat", "teams_and_code_names", """#raid-planning
guild Ironclad vs Wolfpack tonight {time}
tanks: team Granite, healers: team Willow
patch {ver} nerfed the Basilisk boss again lol
write the announcement"""),
]

TEST_POS: list[tuple] = [
    ("callcentre-broadband-move", "en", "call_transcript", """Transcript, call ref {ticket}
AGENT: you're speaking with {P1.f!lc} how can i help today
CUSTOMER: hiya yeah im moving house and want to take the broadband with me
AGENT: lovely can i start with the account holder's name
CUSTOMER: {P2!lc}
AGENT: and the new address
CUSTOMER: it's {AD1!lc}
AGENT: and a contact number
CUSTOMER: {PH1.sp}
AGENT: and for security the last four of the card on the account
CUSTOMER: oh i'll just give you the whole thing {CC1}
AGENT: um ok thank you {P2.l!lc}
write the case notes"""),
    ("zoom-asr-contractor", "en", "meeting_transcript", """Zoom auto-transcript (unedited)
{P1}: ok can everyone hear me, great. so first thing, {P3.f} is off sick so i'm covering the payroll bit
{P2}: um before that, the new contractor sent bank details by text which i don't love
{P1}: yeah read them out and we'll verify on a call
{P2}: it's {IBAN1} in the name of {P4}
{P1}: and where is {P4.l} based, for the contract
{P2}: {CI1} i think
{P1}: ok
list the decisions and risks"""),
    ("sms-dog-sitter", "en", "sms_thread", """Thu 18:02 {P1.n}: hiya its {P1.n} the dog sitter! just \
confirming sat-mon
Thu 18:05 me: yes! key safe code is {DOOR1}, wifi is "{WIFI1}"
Thu 18:06 {P1.n}: perfect. and someone to call in case?
Thu 18:09 me: vet is on the fridge. my sister {P2@f} is nearby if anything, {PH1}
make a checklist for the sitter from this"""),
    ("whatsapp-uni-login", "en", "whatsapp_export", """[04/10/2025, 23:14:02] {P1.f}: who has the login for \
the journal database, mine expired
[04/10/2025, 23:15:40] {P2.n}: use mine {EM2} / {PW1} but dont tell anyone lol
[04/10/2025, 23:16:01] {P3.lf}: 😂 {P2.n} you're a saint
[04/10/2025, 23:20:55] {P1.f}: also group meeting at mine tmrw? {AD1}
rewrite as a short group announcement"""),
    ("forum-deposit-throwaway", "en", "forum_post", """post title: "landlord keeping deposit, what do i do"
throwaway acc. my landlord {P1@m} (or {P1.l!lc} as he signs his texts) is refusing to return my £900 deposit \
from {AD1}. i have texts from his number {PH1} saying it would be returned "in full". i moved to {CI1} for \
work in june. do i have a case???
summarise the key facts"""),
    ("caps-wrong-house", "en", "caps_complaint", """THIS IS THE THIRD TIME YOUR DRIVER HAS LEFT MY PARCEL \
AT THE WRONG HOUSE. I LIVE AT {AD1!up} NOT NEXT DOOR. THE NAME IS {P1!up}. RING ME ON {PH1} OR EMAIL {EM1}. \
SORT IT OUT
make this a firm but polite complaint"""),
    ("hurried-reference", "en", "hurried_email", """sorry typing on my phone - reference for {P1.f} \
({P1.lf} on the application), yes worked w/ me 3 yrs, reliable. their dob for your form is {DOB1} and \
current addr {AD1}. call me on {PH1} if u need more. {P2.i}
polish this into a short reference email"""),
    ("voice-memo-prescription", "en", "voice_note", """[voice memo, 0:48, auto-transcribed] note to self um \
call the GP surgery about mum's prescription her name's {P1@f!lc} date of birth {DOB1} the nhs login is her \
email {EM1} and password {PW1} um she's at {AD1} now not the old place
tidy this into a to-do"""),
    ("dictated-passport", "en", "dictated_form", """Dictation: surname {P1.l!up}, {P1.spl}. Given names \
{P1.f}, {P1.sp}. Born {DOB1.long}, in {CI1}. Contact {PH1}, email {EM1.sp}.
Fill in the form fields from this dictation"""),
    ("slack-prod-password", "en", "slack_export", """{P1.h} [14:02]: who changed the prod db password
{P2.h} [14:03]: me, sorry. new one is {PW1}
{P1.h} [14:03]: ...in a public channel
{P2.h} [14:04]: rotating it now. btw {P3.f}'s laptop at {IP1} is still hitting the old endpoint
{P1.h} [14:05]: also the token {KEY1} in the runbook is expired
write the incident summary"""),
    ("teams-hr-sick", "en", "teams_chat", """{P1.f} (HR) 08:41: {P2@f.f} called in sick again, third monday. \
her emergency contact is {P3}, {PH1}
{P4.f} 08:45: do we have her home address for the letter?
{P1.f} (HR) 08:46: {AD1}
help me write a kind check-in message"""),
    ("discord-hacked-account", "en", "discord_chat", """#support | {P1.h}: my account got hacked, they \
changed the email from {EM1} to some random one
#support | mod-bot: please DM staff, never post passwords
#support | {P1.h}: my old password was {PW1} if that helps. i logged in from {IP1} last
#support | {P2.h}: @{P1.h} dont post that here!!
draft the staff reply"""),
    ("sms-hi-mum-scam", "en", "sms_thread", """unknown number: Hi mum, it's {P1.f}, I've dropped my phone \
in the loo, this is my new number. Can you send me the code you just got?
Mum: ok love its {OTP1}
unknown number: thanks, and can you pay this invoice for me, to {P2}, IBAN {IBAN1}
is this a scam? explain to my mum kindly"""),
    ("expat-tax-ssn", "en", "hurried_email", """hi, writing for my dad who's a US citizen living over here \
- he needs his 1040 sorted. his details: {P1@m}, SSN {SSN1}, born {DOB1}, lives at {AD1}. his US bank sends \
statements to {EM1}. he reads his ssn as {SSN2.sp} on the phone so be careful it's not the same one lol
make a list of what documents he still needs"""),
    ("de-at-sprachnachricht", "de", "voice_note", """Sprachnachricht (automatisch transkribiert): servus \
{P1.n!lc} i bins {P2.f!lc} du hör zu der {P3@m!lc} hat die wohnung in {AD1!lc} jetzt fix genommen und \
braucht noch den wlan schlüssel des is {WIFI1} und ruf ihn an unter {PH1.sp} baba
Fass das bitte in zwei Sätzen zusammen"""),
    ("de-teams-urlaub", "de", "teams_chat", """[Teams] {P1.lf}, 09:12: Kurze Info, ich bin ab morgen im \
Urlaub. Falls was mit dem Server {IP1} ist, bitte {P2.f} anrufen: {PH1}
[Teams] {P2.lf}, 09:14: passt. Das root-Passwort ist noch {PW1}?
[Teams] {P1.lf}, 09:15: ja, aber bitte nicht hier posten 🙈
Schreib eine Übergabe-Notiz daraus"""),
    ("fr-ch-vocal-chalet", "fr", "voice_note", """message vocal transcrit : coucou {P1.f!lc} c'est \
{P2.n!lc} euh pour la location du chalet j'ai versé l'acompte depuis mon compte {IBAN1} et euh le proprio \
c'est {P3@m} il habite à {CI1} son natel c'est {PH1} voilà bisous
résume en une phrase"""),
    ("fr-caps-remboursement", "fr", "caps_complaint", """MADAME, MONSIEUR, CELA FAIT TROIS SEMAINES QUE \
J'ATTENDS MON REMBOURSEMENT. JE M'APPELLE {P1@f!up}, NÉE LE {DOB1}, CLIENTE NUMÉRO {order}. MON ADRESSE : \
{AD1!up}. RÉPONDEZ-MOI À {EM1} !!!
Reformule ce message de manière polie"""),
    ("es-mx-llamada-tarjeta", "es", "call_transcript", """operador: buenas tardes, le atiende {P1.f!lc}, \
con quién tengo el gusto
cliente: eh sí, habla {P2@m!lc}
operador: me confirma su fecha de nacimiento
cliente: {DOB1.long!lc}
operador: y un número de contacto
cliente: {PH1.sp}
operador: gracias señor {P2.l!lc}, su tarjeta con terminación... me la puede leer completa para verificar
cliente: {CC1}
operador: le acaba de llegar un código por sms, me lo lee por favor
cliente: {OTP1.sp}
haz un resumen de la llamada"""),
    ("es-foro-fianza", "es", "forum_post", """Foro Vivienda > Tema: "el casero no me devuelve la fianza"
Escrito por {P1.h}
hola a todos, vivo en {AD1} y el dueño ({P2@m}) no me contesta. su correo es {EM2} y su cel {PH1}. alguien \
sabe que hacer???
Resume el caso en tres puntos"""),
    ("it-vocale-condominio", "it", "voice_note", """trascrizione vocale: ciao {P1.f!lc} sono {P2.n!lc} ti \
giro i dati per l'amministratore del condominio allora il nuovo inquilino è {P3@m!lc} abita all'interno 4 di \
{AD1!lc} e il suo cellulare è {PH1.sp} ciao ciao
fai un riassunto"""),
    ("pt-audio-chave-pix", "pt", "voice_note", """transcrição do áudio: oi {P1.f!lc} é a {P2@f.n!lc} então a \
chave pix da minha tia é o email dela {EM3.sp} o nome dela é {P3@f!lc} ela mora em {CI1} beijo
resume o recado"""),
    ("pt-sms-casa-sogra", "pt", "sms_thread", """{P1.n}: amor qual a senha do wifi da casa da sua mãe
eu: {WIFI1}
{P1.n}: e o endereço pro uber?
eu: {AD1}
{P1.n}: e o código do portão?
eu: {DOOR1}
organiza essas informações pra eu salvar"""),
    ("nl-be-loodgieter", "nl", "sms_thread", """{P1.f}: dag {P2.f}, hier {P1} van de loodgieter. ik kom \
donderdag langs op {AD1}. kan u mij de code van de garagepoort sturen?
{P2.f}: ja hoor, {DOOR1}. mijn gsm is {PH1} als er iets is
{P1.f}: prima, tot dan
schrijf een korte bevestiging"""),
    ("pl-messenger-bilety", "pl", "whatsapp_export", """Messenger, 18:40
{P1.n}: siema, masz numer do {P2@m.f}? ma mi oddać kasę za bilety
{P3.n}: {PH1}, a konto ma w mbanku: {IBAN1}
{P1.n}: dzięki, a gdzie on teraz mieszka?
{P3.n}: miasto {CI1}, przeprowadził się w maju
streść rozmowę"""),
    ("pl-viber-mieszkanie", "pl", "viber_export", """Viber, wczoraj 20:14
{P1@ukrainian.cyr}: Dzień dobry, tu {P1@ukrainian}, piszę w sprawie mieszkania na \
{AD1}. Czy jest jeszcze wolne?
{P1@ukrainian.cyr}: mój numer {PH1}, e-mail {EM1}. Pracuję w mieście {CI1}
Ja: tak, zapraszam w sobotę
streść i zaproponuj odpowiedź"""),
    ("tr-whatsapp-kira", "tr", "whatsapp_export", """[07.03.2025 21:10] {P1.f}: {P2@f.f} hanım kira bu ay \
{IBAN1} hesabına mı yatacak?
[07.03.2025 21:14] {P2.f}: evet, alıcı adı {P3} olsun
[07.03.2025 21:15] {P1.f}: tamam. bu arada telefonum değişti {PH1}
[07.03.2025 21:16] {P2.f}: kaydettim 👍
sohbeti özetle"""),
    ("sv-sms-barnvakt", "sv", "sms_thread", """{P1.f}: hej! det är {P1.f} barnvakten, vad är portkoden?
Jag: {DOOR1}, vi bor på {AD1}
{P1.f}: tack! och om nåt händer?
Jag: ring {P2@f.f} (mormor) {PH1} eller mig
gör en lapp till barnvakten"""),
    ("hinglish-card-block", "mx-hi", "call_transcript", """agent: namaste, main {P1@f.f!lc} bol rahi hoon, \
how may i help you
customer: haan ji, mera credit card block karwana hai, number hai {CC1.sp}
agent: sure sir, aapka naam aur date of birth
customer: {P2@m!lc}, {DOB1}
agent: registered mobile {PH1} pe OTP aayega, please share mat karna
customer: ok ok
summarise in english"""),
    ("denglisch-onboarding", "mx-de", "slack_export", """{P1.h}: kurzes update, der neue kollege {P2@m} \
startet am montag, kann jemand sein laptop setup machen?
{P3.h}: klar. welche private mail für den invite?
{P1.h}: {EM2}, und sein handy ist {PH1}
{P3.h}: ok, das temp passwort ist {PW1}, muss er beim ersten login ändern
summarise in english"""),
    ("portunhol-airbnb", "mx-pt", "sms_thread", """hey {P1.n}! tudo bem? so the airbnb host is {P2@m}, o \
check-in é self service, lockbox code {DOOR1}. endereço: {AD1}. if anything goes wrong liga pra ele {PH1} \
ok? bjs
summarise in english"""),
    ("franglais-coworking", "mx-fr", "whatsapp_export", """[20/02/2025 13:02] {P1.f}: guys le meeting de \
demain est cancelled, {P2.f} est malade
[20/02/2025 13:05] {P3.n}: ok no worries. btw c'est quoi le code du wifi au coworking
[20/02/2025 13:06] {P1.f}: {WIFI1}
[20/02/2025 13:07] {P3.n}: merci! et {P2.f} habite toujours à {CI1}? je peux passer avec des croissants
summarise"""),
]

TEST_NEG: list[tuple] = [
    ("brands-uk-lunch", "en", "whatsapp_export", "brands_after_people", """[11/03/2025, 12:01] lads: greggs \
or nando's?
[11/03/2025, 12:02] lads: marks & spencer meal deal tbh
[11/03/2025, 12:02] lads: sainsbury's is closer. or wetherspoons after work, {price} a pint
[11/03/2025, 12:04] lads: fine, m&s then the spoons
summarise where we're going"""),
    ("brands-caps-garage", "en", "caps_complaint", "brands_after_people", """MY FORD FOCUS HAS BEEN IN YOUR \
GARAGE FOR THREE WEEKS. THE COURTESY CAR WAS A DIRTY OLD CHRYSLER AND NOW YOU SAY THE DODGE PARTS ARE ON \
BACKORDER. JOB {ticket}. QUOTE WAS {price}. UNACCEPTABLE
rewrite as a formal complaint"""),
    ("brands-fr-shopping", "fr", "sms_thread", "brands_after_people", """tu passes chez Yves Rocher en \
rentrant? prends aussi des Kinder et un pot de Nutella. et si t'as le temps regarde les sacs Louis Vuitton \
en solde (lol non). total max {price}
fais-moi une liste"""),
    ("titles-playlist", "en", "discord_chat", "titles_and_media", """#music | playlist for the road trip: \
"Angie", "Lola", "Hey There Delilah", "Eleanor Rigby", "Jessie's Girl", "Daniel", "Gloria"
#music | add "Mrs. Robinson" pls
#music | leaving {day} at {time}
make a fun announcement"""),
    ("titles-de-filmabend", "de", "whatsapp_export", "titles_and_media", """[19.01.25, 20:02] Schwester: \
Filmabend? "Heidi", "Lola rennt" oder "Toni Erdmann"
[19.01.25, 20:03] ich: Lola rennt!! und danach Biene Maja für die Kleine
[19.01.25, 20:04] Schwester: ok, ich bring Chips, so um {time}
fass zusammen"""),
    ("titles-pl-seriale", "pl", "sms_thread", "titles_and_media", """oglądasz jeszcze "Ranczo"? ja zaczęłam \
"Świat według Kiepskich" od nowa haha. a w szkole dzieci czytają "Pana Tadeusza", masakra. kino w piątek o \
{time}?
odpisz krótko i zabawnie"""),
    ("places-depot-memo", "en", "voice_note", "places_as_context", """voice memo: reminder the leeds depot \
closes early friday so the manchester hub takes the overflow, the shipment to poland is {track}, and the \
glasgow office wants the new price list by {day}
turn into a task list"""),
    ("places-es-oficinas", "es", "teams_chat", "places_as_context", """equipo: la oficina de Madrid cierra \
en agosto, los envíos a Chile salen desde el almacén de Valencia y el cliente de Sevilla pide presupuesto \
antes del {day}. pedido {order}
resume en tres puntos"""),
    ("places-taglish-branch", "mx-tl", "whatsapp_export", "places_as_context", """[3/5/25, 8:01 AM] team: \
guys sarado yung Makati branch bukas, lipat muna tayo sa Ortigas office
[3/5/25, 8:03 AM] team: yung delivery galing Cebu warehouse darating {day}, order {order}
[3/5/25, 8:04 AM] team: noted po
summarise in english"""),
    ("words-garden-frank", "en", "sms_thread", "name_like_words", """can you bill the client for april \
before friday? also the ivy is taking over the fence again. be frank with the landlord about the damp. \
weather looks sunny so fingers crossed, hope the drains hold up. grace period on the rent ends soon
make a to-do list"""),
    ("words-nl-roos", "nl", "whatsapp_export", "name_like_words", """[02-06-25 09:12] ik: de roos in de \
tuin bloeit eindelijk! en er zit een mees in het vogelhuisje
[02-06-25 09:15] buurvrouw: leuk! waarom die heg zo scheef staat mag Joost weten haha
[02-06-25 09:16] ik: zaterdag {time} snoeien?
vat samen"""),
    ("words-it-serena", "it", "sms_thread", "name_like_words", """giornata serena oggi, vado in marina con \
la bici rosa. che gioia! la speranza è che domani non piova. costa {price} il noleggio
rispondi in modo simpatico"""),
    ("numbers-trip-email", "en", "hurried_email", "numbers_and_codes", """quick recap for the trip: flight \
BA 2490 on {day}, gate {n}, hotel room {room}, checkout {time}. conference ticket {ticket}, invoice total \
{price}, the hire car booking is {order}
turn this into an itinerary"""),
    ("numbers-call-reference", "en", "call_transcript", "numbers_and_codes", """agent: ok so your reference \
number is four seven two two nine, and the engineer slot is between eight and one on {day}
customer: great and the router is the archer one, firmware {ver}
agent: perfect that's fine. the fee is {price}, ticket {ticket}
summarise the call"""),
    ("numbers-sv-paket", "sv", "sms_thread", "numbers_and_codes", """paketet {track} är på väg, ordernummer \
{order}. tåget 541 går kl {time} från spår {n}. biljetten kostade {price}
gör en kort påminnelse"""),
    ("teams-hackathon", "en", "slack_export", "teams_and_code_names", """#hackathon
team Kraken vs team Yeti, project Nightingale demo at {time}
Orion service deployed {ver}, commit {hash}
Hermes queue lagging again
write the announcement"""),
    ("teams-tr-proje", "tr", "teams_chat", "teams_and_code_names", """ekip Kartal projeyi Martı ekibine \
devrediyor, Poyraz sürümü {ver} {day} çıkıyor, ticket {ticket}
kısa bir özet yaz"""),
    ("teams-pt-squad", "pt", "slack_export", "teams_and_code_names", """#squads
o squad Jabuti assume o projeto Caju, e o time Sabiá fica com o app. deploy {ver} hoje às {time}, commit \
{hash}
resume pra diretoria"""),
    ("words-asr-minutes", "en", "meeting_transcript", "name_like_words", """[00:01:12] SPEAKER_00: ok so \
um the grant application, we will need the summer numbers
[00:01:20] SPEAKER_01: yeah june and july are in, august is still a guess
[00:01:31] SPEAKER_00: and can we bill the pilot customer before the april close
[00:01:40] SPEAKER_01: sure, i'll mark it in the tracker, ticket {ticket}
write the minutes"""),
    ("brands-voice-shopping", "en", "voice_note", "brands_after_people", """voice note: ok shopping list \
um heinz beans, two packs of mccain chips, the kellogg's ones for the kids, and a bottle of jack daniel's \
for saturday, oh and the tommy hilfiger return, receipt number {order}
make a list"""),
]

TEMPLATES = {"dev": (DEV_POS, DEV_NEG), "test": (TEST_POS, TEST_NEG)}

if __name__ == "__main__":
    raise SystemExit(main())
