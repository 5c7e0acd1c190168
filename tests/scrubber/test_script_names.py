"""Names in Korean, Chinese and Hebrew script (issue #19), found by the words next to them: titles, chat
speakers, fields, signatures, a person's verbs, particles; then again wherever the text repeats them.
Names and sentences are written for this test; ordinary text in the same scripts (with the same cue words,
and words that begin with a family name's character) must stay unmasked."""

import pytest

from scrubber.recognizers import PII_RECOGNIZERS
from scrubber.recognizers.script_names import ScriptNameRecognizer

RECOGNIZER = ScriptNameRecognizer()


def found(text: str) -> set[str]:
    return {text[r.start:r.end] for r in RECOGNIZER.analyze(text, ["PERSON"], None)}


CAUGHT = [
    # Korean: titles and honorifics, glued or after a space; a family name alone before a rank
    ("내일 박지훈 과장님도 오신대요", "박지훈"),
    ("괜찮아요 하은 씨, 천천히 오세요", "하은"),
    ("견적서는 박 대리에게 보내 주세요", "박"),
    ("강민호 교수님께서 세미나를 취소하셨습니다", "강민호"),
    ("민준 형, 내일 봐요", "민준"),
    # a signature, a vocative, the friendly 이, a particle after a family name and two given syllables
    ("첨부 파일 확인 부탁드립니다.\n한소희 드림", "한소희"),
    ("태희야 몇 시야?", "태희"),
    ("동욱아 늦지 마", "동욱"),
    ("민준이가 온대", "민준"),
    ("저녁에 윤아랑 밥 먹기로 했어", "윤아"),
    ("저는 송지아입니다. 주문한 상품이 안 왔어요", "송지아"),
    ("남편 조현우 명의로 주문했습니다", "조현우"),
    # chat speakers (two or more), a chat export's stamps, fields
    ("서연: 2시요\n하은: 저는 조금 늦어요", "하은"),
    ("[김민준] [오후 3:25] 네 알겠습니다\n[이서연] [오후 3:26] 감사합니다", "이서연"),
    ("2024. 3. 5. 오후 3:25, 민준 : 네\n2024. 3. 5. 오후 3:26, 서연 : 넵", "서연"),
    ("참석자: 김민수, 이지은 팀장, 박성호", "이지은"),
    # Chinese: titles (a family name alone too), a person's verb at a clause's start, lists, fields
    ("请联系王伟先生确认合同。", "王伟"),
    ("张总也参加了会议。", "张"),
    ("昨天黄晓明经理和林志玲开会讨论了预算", "黄晓明"),
    ("昨天黄晓明经理和林志玲开会讨论了预算", "林志玲"),
    ("本季度销售额增长，张秀英同意。\n陈建国负责下周的客户回访。", "陈建国"),
    ("欧阳娜娜说她会在周五前提交报告。", "欧阳娜娜"),
    ("会上王伟、李娜和张秀英负责测试。", "王伟"),
    ("参会人员：王伟、李娜、张秀英", "张秀英"),
    ("执行人：杨帆\n审核员：徐静", "徐静"),
    ("会议记录\n1. 杨帆：汇报了项目进度。\n2. 徐静：建议推迟上线。", "杨帆"),
    ("请联系我们的项目经理孙浩，电话已附上。", "孙浩"),
    ("王伟（技术部）提出了新的方案。", "王伟"),
    ("小李说可以，老赵也同意。", "李"),
    ("主持人：王伟（总经理）\n出席：李娜 张敏 刘洋", "张敏"),
    ("（1）杨帆：汇报进度\n一、徐静：建议推迟", "徐静"),
    ("出席人员：技术部王伟、市场部李娜", "李娜"),
    ("- 孙丽和周强对此表示赞同。", "周强"),
    ("感谢吴刚的辛勤付出。", "吴刚"),
    ("参与者：王伟、李娜、张敏", "张敏"),
    ("参会人员：舒婷、洪涛\n洪涛：补充两点", "洪涛"),
    ("感谢您的来访。\n此致\n周杰", "周杰"),
    # Hebrew: greetings, titles, introductions, roles, signatures, listed names, before a person's verb
    ("שלום דנה, ראיתי שהפגישה נדחתה", "דנה"),
    ('לכבוד ד"ר שרה פרידמן,', "שרה פרידמן"),
    ("שמי איתי מזרחי ואני פונה אליך", "איתי מזרחי"),
    ("הלקוח משה אברהם התקשר שוב", "משה אברהם"),
    ("תודה,\nעומר", "עומר"),
    ("ראיתי שהפגישה עם יוסי כהן נדחתה", "יוסי כהן"),
    ("תוכלי לעדכן את רונית?", "רונית"),
    ("אני אעדכן את שירה", "שירה"),
    ("גיל: אורי אמר שהוא יחזור\nתמר: תודה", "אורי"),
    ("נפגשתי עם רוני אלמוג אתמול", "רוני אלמוג"),
    ("ברק גלבוע אמר שהוא יגיע מחר.", "ברק גלבוע"),
    ("שלום שגית עכשיו אני פנוי", "שגית"),
    ("תנסח הודעה לאבי ברק ולשירה כץ שהפגישה בוטלה", "שירה כץ"),
    ('שלחתי את זה לעו"ד רון לבנון אתמול', "רון לבנון"),
    ("התקשרה מיכל אברהם בנוגע לחשבון", "מיכל אברהם"),
    ("העובדת החדשה, מאיה רוזן, מתחילה ביום ראשון", "מאיה רוזן"),
    ("[12/03/2024, 10:15:32] דנה ברקוביץ: מתי הפגישה?\n[12/03/2024, 10:16:01] עמרי: מחר", "דנה ברקוביץ"),
    # Japanese: a frequent family name, a space and a given name (session 14)
    ('MEMBER = {"氏名": "佐藤 結衣", "メール": "yui@example.jp"}', "佐藤 結衣"),
    ("# テストデータ（担当: 高橋 さくら ）", "高橋 さくら"),
    ("INFO new order from 渡辺 健太 (kenta@example.jp)", "渡辺 健太"),
]


@pytest.mark.parametrize(("text", "name"), CAUGHT)
def test_names_in_other_scripts_are_found(text: str, name: str) -> None:
    assert name in found(text)


def test_a_name_found_once_is_found_again() -> None:
    """The same person again, with a particle or a title glued on, and a Korean given name alone."""
    text = "참석자: 박지훈\n지훈 과장님한테 자료를 보냈고 박지훈 님이 확인했습니다."
    spans = [(r.start, r.end) for r in RECOGNIZER.analyze(text, ["PERSON"], None)]
    assert [text[s:e] for s, e in spans].count("박지훈") == 2
    assert "지훈" in {text[s:e] for s, e in spans}
    chinese = "主持人：王伟\n王伟表示同意，会后王伟将发邮件。"
    assert [chinese[r.start:r.end] for r in RECOGNIZER.analyze(chinese, ["PERSON"], None)].count("王伟") == 3


NOT_NAMES = [
    # Korean: ordinary words that begin with a family name's syllable, roles before titles, labels, teams
    "이번 주 회의는 수요일로 변경되었습니다. 정보 보안 교육은 필수입니다.",
    "한국어 맞춤법 검사 부탁해: 이메일을 확인해야 해요. 조정안을 검토하고 최소화 방안을 마련해야 한다.",
    "일시: 3월 5일 오후 2시\n장소: 본사 3층 회의실\n안건: 신규 서비스 출시 일정\n결정: 한 주 연기한다.",
    "고객님 문의 사항은 고객센터로 안내합니다. 우리 팀장님께 보고 예정. 영어 선생님께 여쭤볼게요.",
    "이 코드에서 메모리 누수가 발생하는 이유를 설명해 줘. 함수가 호출될 때마다 배열이 새로 생성돼.",
    "마감을 일주일 앞당기자고 하셨어요. 팀별로 일정을 조율해 주세요. 원인은 원자재 가격 상승입니다.",
    "참석: 개발팀, 기획팀\n인사팀 드림",
    "사용자: 비밀번호를 잊어버렸어요\n상담원: 비밀번호 찾기를 눌러 주세요\n사용자: 감사합니다",
    # Chinese: words that begin with a family name's character, titles after roles, labels, places
    "本周五公司将举行年度总结大会，各部门需要提前准备汇报材料。高兴地宣布新产品上线。",
    "会议时间：周一上午十点\n地点：三楼会议室\n主题：季度预算\n结论：方案通过，下周开始执行。",
    "黄金价格本周上涨，周末市场休市。方法论部分需要补充，张开双臂迎接变化。",
    "技术部负责系统升级，市场部提出推广计划。高级经理和班主任都同意了。",
    "客服：您好，请问有什么可以帮您？\n用户：我的订单还没有发货。\n客服：请提供订单号。",
    # Hebrew: greetings to all, thanks, a team's signature, labels, article words after a cue
    "שלום לכולם, רציתי לעדכן שהמשרד יהיה סגור בחג. בברכה,\nצוות משאבי אנוש",
    "בוקר טוב, רציתי לשאול אם אפשר לדחות את הפגישה. תודה מראש.",
    "לקוח: שלום, האינטרנט לא עובד\nנציג: האם ניסית להפעיל מחדש את הנתב?\nלקוח: כן, זה לא עזר",
    "סיכום פגישה\nתאריך: 12.3\nנושא: תקציב רבעוני\nהחלטות: להגדיל את תקציב השיווק",
    "Explain the difference: בית ספר, בית חולים, מר ומתוק.",
    'דובר צה"ל אמר שהאירוע הסתיים. גוגל הודיעה על מוצר חדש. מישהו שאל על התקציב.',
    "תוכל לעזור לי לנסח מייל ללקוח? יש בעיה אצל חברת השילוח.",
    "小米发布了新手机。小时候我住在北京。老板说明天放假。",
    "董事会决定下调全年业绩目标。温馨提醒：请勿吸烟。段落一介绍了背景，段落二说明了方法。",
    "钱包、手机、钥匙都放在桌上。黄色、白色、红色三种颜色可选。周例会将在下周举行。",
    "权限：管理员\n农业：无\n曲线：见附件",
    "פנה אלינו לקוח עם שאלה על החשבונית. גל חום צפוי בסוף השבוע עם ברק ורעם בצפון.",
    "תודה רבה על העזרה!\nבברכה,\nמחלקת משאבי אנוש",
    "会议纪要\n（1）项目进度：前端完成\n（2）风险：接口未对接\n出席：技术部 市场部",
    "中村区の天気は晴れ。山田電機の新店舗が森ビルに入ります。",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_ordinary_text_in_these_scripts_is_not_a_name(text: str) -> None:
    assert found(text) == set()


def test_registered_and_masked_by_the_scrubber(scrubber) -> None:
    """Registered among the PII recognizers, and its names reach the scrubber's output masked."""
    assert ScriptNameRecognizer in PII_RECOGNIZERS
    text = "회의록\n참석자: 김민수, 이지은\n김민수: 매출 보고 드리겠습니다.\n이지은: 예산은 승인되었습니다."
    values = {text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "PERSON"}
    assert {"김민수", "이지은"} <= values
