"""Names in lower-case notes, in Chinese and Japanese minutes written without spaces, and in
spoken transcripts (names19b): a lower-case given name of the lists after a person's cue
or as a stand- up's speaker ("1:1 w/ sanjay", "- ravi: done"), a Japanese full name
without a space in a field, a list, before a verb or alone ("出席者：佐藤花子、高橋誠", "Action items:
田中健太 to …"), a Chinese name alone in brackets or on its line, a rarer Chinese family name
before a verb or in a list with listed names ("麻品睿提出…"), a French intro in Franglais chat
("c'est Gwenaëlle"), a lower-case name after a spoken introduction ("do is da florian",
"doña chayo", "main kavita bol rahi hoon"), and Hinglish words that the lower-case second
look no longer takes for names. Names and texts are written for this test; the look-alikes
beside them (Chinese and Japanese words that begin with a family name's letter, lower-case
words, French weekdays) stay clean."""

import pytest

from scrubber.recognizers.script_names import ScriptNameRecognizer

# (text, the name that must be covered by a detection)
PEOPLE = [
    # lower-case notes and stand-ups
    ("1:1 w/ sanjay - he wants to move to the platform team", "sanjay"),
    ("ping olumide re: invoices before eod", "olumide"),
    ("talked to priya and tomasz about the rollout, both ok with friday", "tomasz"),
    ("standup\nyesterday: paired w/ lucia on the cache bug\nblockers: waiting on kofi", "lucia"),
    ("standup\nyesterday: paired w/ lucia on the cache bug\nblockers: waiting on kofi", "kofi"),
    ("standup 03/04\n- ravi: done with auth\n- mei: on pto\n- bogdan: reviewing", "ravi"),
    ("standup 03/04\n- ravi: done with auth\n- mei: on pto\n- bogdan: reviewing", "bogdan"),
    ("recruiter notes: spoke w/ aditi raman, 6 yrs backend, wants remote", "aditi raman"),
    ("- olumide johnson: strong, move to onsite\n- tsegaye brown: pass", "tsegaye brown"),
    # Chinese and Japanese minutes
    ("会议记录\n出席：项俊銘、李娜、田中健太\n决议：下周上线", "田中健太"),
    ("出席者：佐藤花子、高橋誠、伊藤美咲", "高橋誠"),
    ("担当：鈴木花子", "鈴木花子"),
    ("会議メモ：鈴木一郎、田中健太、佐藤花子が参加。", "鈴木一郎"),
    ("周会纪要：鈴木花子汇报了日本市场情况，李娜负责跟进。", "鈴木花子"),
    ("本周由鈴木花子负责值班。", "鈴木花子"),
    ("Action items: 田中健太 to send the deck; 张敏 to review", "田中健太"),
    ("议程：\n- 预算审查（王芳）\n- 招聘进展（李强）", "王芳"),
    ("Proofread this letter for me.\n\n陈静\n2224 Elgin Dr\nHalifax", "陈静"),
    ("Minutes\n参会人员：王伟、麻品睿、鈴木花子\n王伟：介绍进度", "麻品睿"),
    ("会议纪要\n1. 麻品睿提出新的预算方案。\n2. 国世昌负责联系客户。", "国世昌"),
    ("王伟：我同意\n包欣怡：好的", "包欣怡"),
    ("参会：王伟、全麗雪、居斌", "居斌"),
    # transcripts and voice messages
    ("okay so my name is uh fernanda ribeiro and i'm calling about my order", "fernanda ribeiro"),
    ("hola buenas tardes mi nombre es guadalupe hernández y llamo por la factura", "guadalupe hernández"),
    ("grüß gott ich bin die frau huber von der buchhaltung", "huber"),
    ("haan main vikram bol raha hoon, card block karna hai", "vikram"),
    ("hello, main kavita bol rahi hoon, mere husband ka card block karna hai", "kavita"),
    ("servus, do is da florian, i wollt nur sagn dass da termin passt", "florian"),
    ("bueno, habla el contador rubén, la tarjeta de la señora", "rubén"),
    ("sí, buenas, le hablo de parte de doña chayo, su tarjeta quedó bloqueada", "chayo"),
    ("oi é o thiago falando, pode me ligar de volta", "thiago"),
    ("Hello la team, c'est Gwenaëlle, je suis à la front desk, ping moi", "Gwenaëlle"),
    ("demande à Bruno pour le badge", "Bruno"),
]

# (text, a word that must not be detected as anything)
CLEAN = [
    ("ping me re: invoices, still waiting on review from the team", "review"),
    ("ping me re: invoices, still waiting on review from the team", "team"),
    ("- todo: fix the build\n- note: later\n- done: nothing", "todo"),
    ("next steps: ship it\naction items: none\nroot cause: dns", "root cause"),
    ("nhân viên: Lan\nkhách hàng: công ty ABC", "nhân viên"),
    ("a nova palavra-passe: ver abaixo", "palavra-passe"),
    ("haan bhai kal ka meeting reschedule kar do", "haan"),
    ("hi this is neha from hr, basically mujhe aapka leave confirm karna tha", "mujhe"),
    ("grüß gott ich ruf an wegen der rechnung", "grüß"),
    ("C'est Lundi demain, c'est Paris qui gagne", "Lundi"),
    ("é a primeira vez, é o mesmo problema, é a chave do pix", "primeira"),
    ("é a primeira vez, é o mesmo problema, é a chave do pix", "chave"),
    ("señora mía, habla español muy bien", "español"),
    ("the main branch is red, main thing is to fix it, soy milk is out", "branch"),
    ("ich bin die neue in der abteilung, hier spricht die polizei", "polizei"),
]

# (text, Han words that are no name)
NOT_NAMES = [
    "中山大学表示欢迎。山本先生来了。松本城很美。",
    "（万元）（周一）（黄色）（高清）",
    "高兴、安全、质量",
    "石川県、中村区、山田電機",
    "中山公园、上野公園、平野区",
    "麻烦确认一下。全公司表示。国内外同意。全部负责。包括提出。查询结果表示。全世界希望。国务院通知。居委会通知。",
    "会议纪要\n时间：周一\n地点：三楼",
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_names_are_found(scrubber, text, name):
    start = text.index(name)
    spans = scrubber.analyze(text)
    assert any(s.start <= start and s.end >= start + len(name) for s in spans), \
        [(s.type, text[s.start:s.end]) for s in spans]


@pytest.mark.parametrize(("text", "word"), CLEAN)
def test_look_alikes_stay_clean(scrubber, text, word):
    start = text.index(word)
    spans = scrubber.analyze(text)
    assert not any(s.start < start + len(word) and s.end > start for s in spans), \
        [(s.type, text[s.start:s.end]) for s in spans]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_han_words_are_no_names(text):
    assert ScriptNameRecognizer().analyze(text, ["PERSON"]) == []
