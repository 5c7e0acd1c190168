"""Names in Korean (Hangul), Chinese (Han) and Hebrew script, which no model of ours reads (issue #19).

A name is found by its shape and by what stands next to it, never by its letters alone:

- Korean: a name (a common family-name syllable and one or two more, or a given name alone) before a title
  or honorific ("김민준 과장님", "서연 씨", "박 대리"), as a chat speaker ("민준: …" on two lines or more),
  in a field ("참석자: 김민수, 이지은"), before a signature's "드림"/"올림", called by name ("민준아",
  "지우야"), or shaped as a family name and two given-name syllables before a particle ("박서연은",
  "송지아입니다");
- Chinese: a common family name and one or two characters before a title ("王伟先生", "张总"), before a
  person's verb ("李娜提出", "陈建国负责"), as a speaker in minutes ("杨帆：汇报了…"), in a field
  ("参会人员：王伟、李娜"), or signed under "此致";
- Hebrew: one or two words after a greeting, a title or an introduction ("שלום דנה", "שמי איתי מזרחי"), a
  chat speaker, a field, a signature after "בברכה"; a given name of a short list (written for this file)
  before a person's verb or before a listed family name ("יוסי כהן").

Then every other occurrence of a name found in the text is a name too (these scripts glue particles and
titles to a name, so the word-bounded repetition of ``name_filters.repeated_names`` does not find them).
"""

import bisect
import re as stdlib_re

import regex as re
from presidio_analyzer import AnalysisExplanation, Pattern, RecognizerResult

from scrubber.recognizers._gated import GatedPatternRecognizer

# ---- Korean -------------------------------------------------------------------------------------------
_KO_SURNAMES = ("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민"
                "진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예봉경")
_KO_COMPOUND = "남궁|선우|제갈|독고|황보|사공|서문|동방"
# Syllables common in given names: a word shaped as family name + two of these is taken as a name even
# without a title ("박서연은"). Syllables of ordinary words that names rarely use (메 of 이메일, 어 of 한국어,
# 화 of 최소화) are left out on purpose.
_KO_GIVEN = frozenset(
    "가건결경광규균근기나남녕다덕도동라란람래령례룡루리린림필식말명무미민배범병보복봄빈빛상서석선설섭성세소솔송수숙"
    "순슬승시신심아안애양억언엄여연열영예오옥온완용우욱운웅원월유윤율은익인임자재정조종주준중지진찬"
    "창채천철청춘충태하학한해혁현형혜호홍환효후훈휘희솜별혁찬")
# Syllables that end a word far more often than a name: particles and verb endings ("함수가", "조율해").
_KO_NOT_LAST = frozenset("가도만의해하한할된될적")
_KO_KIN = ("형", "누나", "언니", "오빠")  # said after a friend's or colleague's given name
_KO_TITLES = (
    "선생님|교수님|박사님|원장님|과장님|부장님|차장님|대리님|팀장님|사장님|대표님|이사님|실장님|회장님|상무님"
    "|전무님|본부장님|소장님|주임님|선배님|작가님|기자님|고객님|매니저님|의원님|변호사님|선생|교수|박사"
    "|원장|과장"
    "|부장|차장|대리|팀장|사장|대표|이사|실장|회장|상무|전무|본부장|소장|주임|사원|선배|후배|작가|기자"
    "|매니저|의원"
    "|변호사|간호사|조교|쌤|책임님|선임님|수석님|프로님|계장님|주무관님|형|누나|언니|오빠|님|씨|군|양"
)
# Words before a title that are no name: roles, "our", subjects ("우리 팀장님", "영어 선생님", "고객님").
_KO_NOT_NAMES = frozenset(
    "우리 저희 제 내 그 이 저 고객 손 사모 따 아드 형 누 하느 부처 주 선생 교수 박사 원장 과장 부장 차장 "
    "대리 "
    "팀장 사장 대표 이사 실장 회장 상무 전무 본부장 소장 주임 사원 선배 후배 작가 기자 매니저 의원 변호사 "
    "간호사 "
    "조교 담임 영어 수학 국어 과학 음악 미술 체육 담당 부서 회사 본사 지점 신임 전임 후임 새 각 모든 여러 "
    "해당 관련 현 전 前 새로운 마케팅 영업 인사 총무 재무 개발 기획 홍보 연구 교육 보안 운영 관리 "
    "일시 장소 안건 결정 내용 참석자 참석 제목 주제 날짜 시간 요약 결론 비고 담당자 작성자 이름 성명 연락처 "
    "주소 메모 참고 질문 답변 문의 상담원 직원 사회자 고객센터 공지 안내 결과 목적 배경 일정 예산 비용 "
    "이메일 이번 정보 정리 조정 조정안 최소화 최대한 최적화 최우선 정상화 안정화 한국어 전화 전화번호 "
    "오늘 내일 어제 지금 이제 나도 저도 안녕 안녕하세요 감사 감사합니다 수고 여러분 모두 다들 "
    "서비스 신규 기존 진행 확인 검토 공유 전달 보고 회의 회의록 자료 문서 파일 메일 답장 요청 승인 "
    "신청서 안정성 방문자 전문가 한국 미국 중국 일본 대학 신입 전원 전체 본인 없음 미정 "
    # two-syllable nouns that begin with a family name's syllable: with a particle glued on they have a
    # name's three syllables ("기준은", "정보도")
    "기준 수준 조건 정보 방법 방식 방향 안건 문서 문제 전화 정리 진행 성과 주제 주소 장소 조직 조정 공유 "
    "공지 "
    "구성 구조 변경 변화 서류 서명 신청 안내 유지 이유 이상 이하 이후 이전 이미 하루 한번 오후 오전 주말 "
    "주간 "
    "강의 고민 고장 공간 공부 공사 구매 구입 권한 남자 노력 도움 마감 문의 민원 박스 배송 백업 성능 성별 "
    "손님 명의 원자재 환자 주민 시민 송금 신분 심사 안전 양식 연락 연말 연휴 예약 예정 오류 우선 원인 위치 "
    "유형 인원 인증 인사 임시 "
    "장비 전송 정책 제품 조회 주문 지급 지원 진단 차량 채용 천천 최근 최종 추가 하나 한도 현재 "
    "홍보 황금".split())
_KO_PARTICLES = (
    "께서는|께서|에게서|에게|한테|이랑|입니다|이에요|예요|이고|이라고|라고|하고|님께|님이|님은|님을|님의"
    "|이|가|은|는|을|를|께|와|과|의|도|만|랑"
)
_KO_SIGN = "드림|올림|배상"
# A team, a department, an office: what signs or attends for a group ("인사팀 드림", "참석: 개발팀")
_KO_GROUPS = tuple("팀 부 과 실 센터 일동 국 본부 그룹 위원회 사무소 지점 직원".split())
_KO_FIELDS = ("(?:작성|담당|신청|참석|발표|보호|예약|수신|발신|책임|대표|요청|승인|검토"
              "|결재|관리|기안|처리|등록|계약"
              "|보고|주최|추천|면접|응시|수령|가입|당첨|수상|신고|문의|접수|진행|기록|발제)자|참석|불참"
              "|이름|성명|작성자|담당자|담당|보낸 사람|받는 사람|보낸사람|받는사람|수신자|수신|발신자"
              "|발신|참조|대표자|신청자|예약자|고객명|환자명|보호자|사회자|기록자|서기|진행자|발표자|작성")
_HANGUL = "[가-힣]"
_KO_FIELD_WORD = re.compile(_KO_FIELDS)

# ---- Chinese ------------------------------------------------------------------------------------------
_ZH_SURNAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖董袁潘蒋"
    "蔣蔡余杜叶葉程苏蘇魏吕呂丁沈姚卢盧姜崔钟鍾谭譚陆陸汪范廖贾賈夏韦韋邹鄒孟熊秦邱江尹薛闫段雷侯龙龍史陶黎贺"
    "賀顾顧毛郝龚龔邵钱錢严嚴覃武戴莫孔汤湯温溫牛樊葛邢乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿焦俞左柳"
    "甘祝阮柯纪紀梅童凌毕畢裴霍涂苗谷盛翁冉骆駱蓝藍游辛靳柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤穆卓缪繆简簡芦蘆"
    "麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂佟臧闵閔苟邬鄔卞姬栾欒隋刁巫寇甄丛叢仲虞敖巩鞏邝鄺"
    "匡班储儲楚鄢谌諶冼蔺藺郜阚闞朴盖蓋狄索宣晋晉扈晁芮阙闕浦邸雍辜羊裘邰赫杭况況逯诸諸嵇高金方石白田万萬任付"
    # (frequent family names that are common words too, in the cues' positions, are left out: 于 向 和 时 常)
    "成文安康施关關季齐齊兰蘭车車项項古吉荣榮应應边邊"
    "赖賴萧蕭傅鐘凃粘")
# Family names of the Hundred Family Surnames that are rarer or more often a word (舒 "comfortable", 洪
# "flood"): taken only in a field's list or in a list with a name found (then found again elsewhere).
_ZH_SURNAMES_MORE = ("奚郎昌凤鳳酆廉湛禹伏谈談茅舒昝管贲郁洪钮滑荀於惠曲封羿汲邴糜隗宓蓬郗伊宁寧仇钭厉厲戎"
                     "祖符束司韶蓟薄鄂屠池阴胥闻聞莘贡劳勞逄扶堵宰郦璩桑濮燕冀郏尚农農阎閻慕连連茹宦庾暨衡"
                     "沃蔚夔厍訾沙鞠丰巢蒯荆荊竺权權桓于时時常向关關"
                     "包全国國居鄞麻查益幸")
_ZH_COMPOUND = ("欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|司徒|东方|東方|夏侯|皇甫|尉迟|尉遲"
                "|公孙|公孫|慕容|令狐|长孙|長孫|宇文")
# Characters that practically never stand in a given name: function words, verbs of the cues, measure and
# place words. A "name" holding one is a phrase ("的项目", "测试已").
_ZH_NOT_GIVEN = frozenset(
    "的了是在不有这那们个与及等对就也都而或被把将要能说表示上下时后前里外去到过着给让向从由以于之其所此已还"
    "再又很最更太没非么什怎哪谁吗呢吧啊呀嘛我你您他她它咱各每某该本请需会议部门组处科室司团队项目经总监任"
    "姐师负责认参席联汇报补充议调指介绍确馈告跟"
    "额费价钱款税率量数次号周点分秒件条份张台套期季度层楼市省区县镇街室场所院厂店"
    "做用看想觉得开关进出回起放拿送收写读听问答买卖换试测改删加减乘除算计划案法式型类种样"
    "务營营域购購品牌目场場户戶术術间間務系统統据據格单單色河包例地事落二三四五六七八九十百千")
_ZH_TITLES = ("先生|女士|小姐|老师|老師|经理|經理|总监|總監|主任|教授|同学|同學|博士"
              "|医生|醫生|律师|律師|部长|部長"
              "|主管|组长|組長|工程师|工程師|院长|院長|处长|處長|科长|科長|局长|局長|董事长|董事長|总经理"
              "|總經理|副总|副總"
              "|秘书|秘書|助理|师傅|師傅|阿姨|大夫|护士|護士|会长|會長|校长|校長|老板|老闆|同志"
              "|总(?![结是体共部之计额数量算的"
              "裁监經经])|總(?![結是體共部之計額數量算的裁監經经])")
_ZH_VERBS = ("表示|说道|说|說|提出|认为|認為|负责|負責|提交|参加|參加|出席|联系|聯繫"
             "|发言|發言|汇报|匯報|同意|反对|反對"
             "|指出|强调|強調|补充|補充|建议|建議|介绍|介紹|询问|詢問|回答|确认|確認|反馈|反饋|报告|報告"
             "|跟进|跟進|牵头"
             "|牽頭|主持|协助|協助|希望|要求|承诺|承諾|答应|答應|来电|來電|致电|致電|回复|回覆|解释|解釋"
             "|透露|签署|簽署"
             "|批准|审批|審批|邀请|邀請|请假|請假|出差|离职|離職|入职|入職|加入|发现|發現|通知|讲|講|问|問"
             "|称|稱|将|將"
             "|开会|開會|讨论|討論|沟通|溝通|见面|見面|商量|提议|提議|赞同|贊同|赞成|贊成|说明|說明"
             "|决定|決定|宣布|安排|推荐|推薦|总结|總結|讲话|講話|主张|主張|质疑|質疑|担心|擔心|回应|回應"
             "|提醒|分享|演示|讲解|講解|提问|提問|配合|核实|核實|整理|起草|撰写|撰寫|审核|審核|督促"
             "|打电话|打電話|休假|可以|正在|刚|剛|想|要|准备|準備|收到|发来|發來|打算|计划|計劃"
             # a time after the subject: "陈静下周休假"
             "|下周|下週|上周|上週|明天|今天|昨天|下午|上午|晚上|早上"
             "|会|會|已|也|还|還|和|与|與|及")
# Verbs that are also a function word: a name before them needs a clause start before it ("，李娜也…").
_ZH_WEAK_VERBS = frozenset("将將会會已也还還和与與及想要刚剛")
_ZH_FIELDS = (r"\p{Han}{1,4}[人员員]|\p{Han}{0,4}(?:姓名|名字)|"
              "姓名|联系人|聯繫人|联络人|聯絡人|负责人|負責人|收件人|发件人|發件人|寄件人|收信人|参会人员"
              "|參會人員|参会人"
              "|參會人|出席人员|出席人員|出席|与会人员|與會人員|与会者|與會者|参加人员|參加人員|记录人"
              "|記錄人|记录|記錄"
              "|主持人|主持|申请人|申請人|经办人|經辦人|审批人|審批人|发言人|發言人|汇报人|匯報人|抄送"
              "|客户姓名|客戶姓名"
              "|作者|签名|簽名|签字|簽字|署名|缺席|列席|对接人|對接人|组长|組長|成员|成員|记录员|記錄員"
              "|主讲人|主講人|与会|與會|参会|參會|嘉宾|嘉賓"
              # Japanese: attendees, absentees, author… ("出席者", "欠席者"), in charge, name, chair, minutes
              r"|\p{Han}{1,3}者|担当|氏名|名前|司会|書記|宛先|差出人")
# Field or line labels that begin with a family name's character ("金额：", "方案：", "周期：").
_ZH_NOT_NAMES = frozenset(
    "温馨 温暖 安静 江山 黄昏 白领 金牌 高手 高端 林立 "
    "王国 高兴 周末 张开 方面 方法 方案 方向 方式 高度 高级 高效 黄金 金额 金融 林业 石油 白色 白天 马上 "
    "叶子 陈述 "
    "程序 程度 安全 安排 安装 文件 文档 文字 文化 万一 周期 周报 周一 周二 周三 周四 周五 周六 周日 周年 "
    "高层 "
    "常见 常用 成本 成功 成员 成为 关于 关键 关注 司机 明天 明年 明确 时间 时候 平台 平均 计划 计算 国家 "
    "国际 "
    "国内 原因 原则 原来 项目 车辆 华为 路线 云端 海外 和平 来源 都是 都有 信息 信用 元旦 任务 任何 江湖 "
    "龙头 温度 康复 施工 牛奶 易用 管理 管道 包括 包装 宁可 尚未 单位 单独 季度 连续 连接 司马 公司 公开 "
    "公共 "
    "利用 利润 利益 居然 干部 但是 元素 展示 展开 智能 幸福 富有 由于 向上 向下 任职 齐全 和谐 全部 全体 "
    "全面 "
    "应该 应用 师生 商业 商务 沙发 荣誉 方便 方针 高速 邮件 左右 左边 柳树 甘肃 宋体 江苏 海南 云南 湖南 "
    "上官 东方 班 周会 成都 武汉 南京 苏州 郑州 宁波 温州 常州 唐山 石家庄 沈阳 包头 海口 柳州 安徽 江西 "
    "吉林 "
    " 简单 严格 相对 全员 无 暂无 待定 "
    # in brackets after an amount or a word: units and qualities ("（万元）", "（高清）")
    "万元 万人 万股 高清 高管 高中 高配 低配 马克 "
    # alone on a line in an English text: thanks, simplified script, dialect, idiom
    "谢谢 謝謝 简体 簡體 方言 成语 成語 "
    # words that begin with a rarer family name's letter ("全世界", "国务院", "居委会")
    "全世 全国 全球 全市 全省 全县 全校 全班 全组 全队 全家 全新 国务 国企 国资 国税 国有 国产 国外 国货 "
    "国民 国庆 居委 居民 居住 居然 包装 包含 包括 包裹 包邮 查询 查看 查找 查验 益处 幸运 幸好 麻烦".split())

# ---- Hebrew -------------------------------------------------------------------------------------------
# Hebrew given and family names, written for this file; the ones that are ordinary words too (תמר "date",
# שירה "poetry", גיל "age", טל "dew") are in _HE_GIVEN_WORDS: they count only next to a cue.
_HE_GIVEN = frozenset(
    "יוסי יוסף משה דוד אבי אברהם יעקב יצחק שמואל דניאל מיכאל איתי יונתן ערן עידו תומר אייל אליהו יהודה "
    "גלעד אמיר ליאור רועי אלעד אופיר בועז עמוס צחי קובי מוטי שלומי רפאל אהרון מנחם בנימין יהושע אליעזר "
    "נחום ישי אבנר ירון רמי שמעון ראובן לוי נתנאל עוזי "
    "שרה רחל לאה רבקה מרים דנה נועה מיכל יעל רונית אורית ענת לימור הילה טליה אפרת ליאת סיגל אביגיל אסתר "
    "רות דבורה יהודית אילנה גלית מורן שרית אושרת עדי ליה אורלי מירב ענבל רוני שולמית צביה חוה אביטל "
    "אלינור רינת אודליה נעמה "
    "אהוד אליאור אלחנן אמנון אפרים גדעון הראל יהונתן יואב יואל יחזקאל ינון מאור מיכה מרדכי נחמן ניסים "
    "עמרי עקיבא פנחס שגיא שמשון שניר תמיר יאיר אביה אורטל אורנה אילת איריס אלמה אנה בתיה גאיה הגר הודיה "
    "יפית יונית יוכבד כרמית לינוי מיה מירי נאוה נטלי סיוון עדינה פזית צופיה ציפורה רוית רננה שלומית "
    "שרון תהל דפנה זהבה".split())
_HE_GIVEN_WORDS = frozenset(
    "אורי תמר שירה גיל טל גל חן שי דור אור רון ניר אלון ברק שקד נוי ורד סתיו יובל עומר נועם אריאל הדס מאיה "
    "אלה נטע רותם שני אביב חנה קרן הדר נגה חיים מאיר אסף עמית אורן צבי זאב תהילה אוהד שלמה מעיין אלי "
    "אתי דודי אדם דן גד דוב אגם גילה זוהר שחר הלל עוז עדן רז רן תום מזל שמחה תקווה מלכה טובה נורית "
    "לילך כרמל שושנה פנינה ניצן סהר עינב ענבר דליה מור כפיר צור אריה נתן שאול גיא נדב אילן איתן ארז "
    "אביב".split())
_HE_FAMILY = frozenset(
    "כהן לוי מזרחי פרץ ביטון דהן אברהם פרידמן שפירא אזולאי גולן אוחיון חדד גבאי עמר כץ רוזן גולדברג שטרן "
    "קליין וייס אשכנזי יוסף מלכה סויסה אדלר זילברמן לנדאו חזן שמעוני רבינוביץ ויסמן הררי נחום אוחנה "
    "בוזגלו אלמוג סגל לוין נגר חסון שושן ששון ברגר הלוי קפלן גרינברג רוזנברג וולף אלקיים "
    "בן-דוד בן-עמי אלבז עזרא זכאי גורדון פישר שוורץ הורוביץ ליבוביץ ברקוביץ אוזן גבריאלי".split())
_HE_STOPS = frozenset(
    "כולם לכולם לכם לך לכן רב רבה רבים וברכה עולם חברים חברות צוות יקרים יקרות שוב מה איך אתה את אתם אני "
    "הוא היא הם הן זה זו זאת על של עם אל כי אשר גם רק כל לא כן אם או בבקשה תודה בוקר ערב טוב טובה שלום "
    "בנוגע לגבי היום מחר אתמול עכשיו בעניין ואני אנחנו יש אין הזה הזאת אבל מראש שוב ענק מכל הלב".split())
_HE_VERBS = ("אמר|אמרה|ביקש|ביקשה|כתב|כתבה|שלח|שלחה|התקשר|התקשרה|הודיע|הודיעה|יגיע|תגיע|הגיע|הגיעה|אישר"
             "|אישרה|חוזר|חוזרת|יחזור|תחזור|צריך|צריכה|רוצה|מבקש|מבקשת|פנה|פנתה|יטפל|תטפל|טיפל|טיפלה|סיפר"
             "|סיפרה|הציע|הציעה|שאל|שאלה|ענה|ענתה|יודע|יודעת|חושב|חושבת|עדכן|עדכנה|יעדכן|תעדכן|מ(?=ה)")
_HE_PREFIXES = "ולשמבכ"  # and, to, that, from, in, as: written glued to the next word
_HE_TITLES = r"מר|גב['׳]?|גברת|ד[\"״]ר|עו[\"״]ד|פרופ['׳]?|רו[\"״]ח"
_HE_CUES = (rf"(?:שלום|היי|הי|אהלן|בוקר טוב|ערב טוב|לכבוד|{_HE_TITLES}|שמי|קוראים לי|הלקוח|הלקוחה|העובד"
            r"|העובדת|המטופל|המטופלת|הנציג|הנציגה|המנהל|המנהלת|המורה|השכן|השכנה|חברי|חברתי|אחי|אחותי|בעלי"
            r"|אשתי"
            r"|המועמד|המועמדת|הרופא|הרופאה|השוכר|השוכרת|המשכיר|המשכירה|הסטודנט|הסטודנטית|התלמיד|התלמידה|בני"
            r"|בתי"
            r"|אמי|שמו|שמה|ששמו|ששמה|בשם|עבור|הבוס|המנכ[\"״]ל|הקולגה|העמית|העמיתה|המתאם|המתאמת"
            rf"|תודה)(?:[ \t]+(?:{_HE_TITLES}))?[ \t]+"
            r"|תודה[ \t]+ל|(?:מאת|אל|שם|שם מלא|איש קשר|נציג|לקוח|משתתפים|נוכחים)[ \t]*:[ \t]*")
_HE_SIGN = r"בברכה|תודה|תודה רבה|בהוקרה|שלך|שלכם|להתראות"
_HE_WORD = r"\p{Hebrew}[\p{Hebrew}'׳\"״-]*\p{Hebrew}|\p{Hebrew}{2,}"
_HE_LABELS = frozenset("שם טלפון כתובת תאריך נושא הערות הערה מאת אל סיכום לקוח נציג שאלה תשובה סטטוס "
                       "משתתפים נוכחים החלטה החלטות מיקום שעה".split())

# ---- Devanagari (Hindi, Marathi, Nepali), Thai, Georgian ---------------------------------------------------
# Indian given and family names in Devanagari, written for this file. A listed given name is a name, with
# the word after it when that is a listed family name or no function word ("राहुल शर्मा ने", "अनीता देसाई
# अगले"); a listed family name is a name with the word before it ("सुनीता वर्मा को"); a word or two after a
# title or a greeting, or before the honorific जी, is a name ("श्री मोहन लाल", "प्रिय अंकिता,", "मोहन जी").
_HI_GIVEN = frozenset(
    "राहुल अमित सुनील अनिल विकास विजय राजेश रमेश सुरेश महेश दिनेश गणेश मुकेश राकेश संजय अजय अभिषेक आदित्य "
    "अर्जुन रोहित मोहित सचिन सौरभ गौरव नितिन प्रवीण प्रदीप प्रकाश प्रमोद मनोज विनोद अशोक आनंद अरुण वरुण "
    "करण रवि राज श्याम गोपाल हरीश दीपक आकाश विवेक विशाल अंकित अनुराग हर्ष कुणाल निखिल पंकज पवन योगेश "
    "तरुण उमेश भरत सिद्धार्थ आरव विहान इशान कबीर यश ऋषभ मयंक अक्षय जितेंद्र धर्मेंद्र सुरेंद्र नरेंद्र "
    "महेंद्र राजेंद्र वीरेंद्र देवेंद्र इमरान आमिर सलमान फ़ैसल फैसल मोहम्मद मोहन सोहन रोहन किशोर कमल "
    "हरि अमर सूरज चंदन नवीन सतीश जगदीश रघु राघव माधव केशव मनीष आशीष आशुतोष अतुल अंकुर प्रशांत "
    "प्रिया सुनीता अनीता गीता सीता पूजा नेहा स्नेहा अंजलि दीपिका काजल रिया श्रेया आरती कविता ममता "
    "सविता सरिता रेखा रीता नीता मीना मीरा राधा लक्ष्मी पार्वती उषा आशा निशा दिव्या भावना अर्चना वंदना "
    "साक्षी स्वाति ज्योति शिल्पा पल्लवी रश्मि मनीषा सोनिया सोनम नंदिनी कीर्ति अदिति आयशा फ़ातिमा फातिमा "
    "ज़ोया शबनम इशिता तान्या अनन्या अनुष्का वैष्णवी माधुरी हेमा सुषमा शालिनी मालती कमला विमला शारदा "
    "अंकिता प्रियंका रुचि शीतल सपना सुमन नीलम पुष्पा मधु किरण".split())
_HI_FAMILY = frozenset(
    "शर्मा वर्मा गुप्ता सिंह कुमार कुमारी पटेल शाह मेहता जोशी मिश्रा मिश्र तिवारी त्रिपाठी पांडे पाण्डेय "
    "पांडेय दुबे चौबे उपाध्याय शुक्ला श्रीवास्तव सक्सेना अग्रवाल बंसल गोयल जैन मित्तल सिंघल खन्ना कपूर "
    "मल्होत्रा चोपड़ा अरोड़ा भाटिया सेठी आहूजा बत्रा ग्रोवर यादव चौहान राठौर राठौड़ ठाकुर चौधरी रेड्डी "
    "राव नायर मेनन पिल्लई अय्यर नायडू देसाई देशपांडे कुलकर्णी पाटिल पवार जाधव शिंदे गायकवाड़ बनर्जी "
    "चटर्जी मुखर्जी भट्टाचार्य घोष बोस दत्ता सरकार चक्रवर्ती खान अंसारी कुरैशी सिद्दीकी शेख हुसैन "
    "अहमद मलिक गिल संधू ढिल्लों बाजवा वालिया भट्ट नेगी रावत बिष्ट त्यागी सैनी प्रसाद शास्त्री दीक्षित "
    "वाजपेयी भारद्वाज कश्यप सहगल मेहरा धवन वोहरा ओबेरॉय".split())
# postpositions, pronouns, conjunctions and auxiliaries: never half of a name
_HI_STOPS = frozenset(
    "ने को से का की के में पर और या है हैं था थी थे जी ही भी तो कि यह वह ये वे इस उस इन उन एक कोई कुछ "
    "सब आप हम मैं तुम मेरा मेरी मेरे हमारा हमारी आपका आपकी आपके नहीं न कृपया लिए साथ बाद पहले तक "
    "आज कल अब फिर बहुत जो जब तब क्या कौन कहाँ कैसे धन्यवाद नमस्ते".split())
_HI_CUES = ("श्रीमती|श्री|सुश्री|कुमारी|डॉ\\.?|डॉक्टर|प्रिय|आदरणीय|नमस्ते|नमस्कार|धन्यवाद|मेरा नाम|नाम[ \\t]*:"
            "|ग्राहक|कर्मचारी|मरीज़|मरीज|संपर्क[ \\t]*:")
_DEVA = r"\p{Devanagari}"
_HI_WORD = re.compile(rf"(?<!{_DEVA}){_DEVA}+(?!{_DEVA})")
_HI_AFTER_CUE = re.compile(rf"(?<!{_DEVA})(?:{_HI_CUES})[ \t]*,?[ \t]*(?P<v>{_DEVA}+(?:[ \t]{_DEVA}+)?)")
_HI_BEFORE_JI = re.compile(rf"(?<!{_DEVA})(?P<v>{_DEVA}+(?:[ \t]{_DEVA}+)?)[ \t]जी(?!{_DEVA})")
_DEVA_LETTER = stdlib_re.compile("[\u0900-\u097f]")
# Thai: a name after the polite title (คุณ, glued) or Mr, Mrs, Miss, Dr, with the surname after one space
_TH_NAME = re.compile(r"(?:คุณ|นางสาว|นาย|นาง|ดร\.|ด\.ช\.|ด\.ญ\.)[ \t]?"
                      r"(?P<v>\p{Thai}{2,20}(?:[ \t]\p{Thai}{2,14})?)(?!\p{Thai})")
_TH_LETTER = stdlib_re.compile("[\u0e00-\u0e7f]")
# Georgian family names end in -ძე, -შვილი, -ია, -ავა, -ური, -ანი (case endings aside): with the given name
# before them; a word after ბატონი or ქალბატონი (Mr, Mrs)
_KA = r"\p{Georgian}"
_KA_ENDS = "(?:ძე|შვილი|ია|ავა|ური|ანი)"
_KA_FAMILY = re.compile(rf"(?<!{_KA})(?P<v>(?:{_KA}{{2,}}[ \t])?{_KA}{{2,}}{_KA_ENDS}"
                        rf"(?:ს|მ|ის|ით|ზე)?)(?!{_KA})|(?:ბატონ|ქალბატონ)(?:ი|ო|მა|ს)?[ \t]"
                        rf"(?P<w>{_KA}{{2,}}(?:[ \t]{_KA}{{2,}}{_KA_ENDS}{_KA}{{0,3}})?)")
_KA_LETTER = stdlib_re.compile("[\u10a0-\u10ff]")


def _hindi(text: str) -> list[tuple[int, int, float]]:
    """Names in Devanagari by the lists, after a title or greeting and before जी (see the section)."""
    out = [(*m.span("v"), SCORE_CUE) for p in (_HI_AFTER_CUE, _HI_BEFORE_JI) for m in p.finditer(text)
           if m.group("v").split()[0] not in _HI_STOPS]
    words = list(_HI_WORD.finditer(text))
    for i, m in enumerate(words):
        word = m.group()
        nxt = words[i + 1] if i + 1 < len(words) and _spaced(text, m, words[i + 1]) else None
        prev = words[i - 1] if i and _spaced(text, words[i - 1], m) else None
        if word in _HI_GIVEN:
            family = nxt is not None and nxt.group() not in _HI_STOPS
            out.append((m.start(), nxt.end() if family else m.end(), SCORE_SHAPE))
        elif word in _HI_FAMILY and prev is not None and prev.group() not in _HI_STOPS:
            out.append((prev.start(), m.end(), SCORE_SHAPE))
    return [(s, e, sc) for s, e, sc in out if e > s]


def _thai_georgian(text: str) -> list[tuple[int, int, float]]:
    out = []
    if _TH_LETTER.search(text):
        out += [(*m.span("v"), SCORE_CUE) for m in _TH_NAME.finditer(text)]
    if _KA_LETTER.search(text):
        out += [(*m.span(g), SCORE_SHAPE) for m in _KA_FAMILY.finditer(text) for g in ("v", "w")
                if m.group(g)]
    return out


# (above the English model's guesses, 0.85, on text in a script it cannot read: "송지아입니다" a LOCATION)
SCORE_CUE = 0.9  # a title, a field, a speaker or a signature next to it: a person
SCORE_SHAPE = 0.86  # its shape and a list's names only (a particle after a Korean name, a person's verb)
SCORE_AGAIN = 0.86  # the same name again elsewhere in the text

# Japan's most frequent family names (written by hand): with a space and a given name after them they are a
# person's name as Japanese forms, fixtures and records write it ("山田 花子", "中村　美咲")
_JA_FAMILY = ("佐藤|鈴木|高橋|田中|伊藤|渡辺|渡邊|山本|中村|小林"
              "|加藤|吉田|山田|佐々木|山口|松本|井上|木村|斎藤"
              "|斉藤|清水|山崎|池田|橋本|阿部|石川|山下|中島|石井"
              "|小川|前田|岡田|長谷川|藤田|後藤|近藤|村上|遠藤"
              "|青木|坂本|福田|太田|西村|藤井|金子|岡本|藤原|中野"
              "|三浦|原田|中川|松田|竹内|小野|田村|中山|和田|石田"
              "|森田|上田|柴田|酒井|工藤|横山|宮崎|宮本|内田|高木"
              "|安藤|島田|谷口|大野|丸山|今井|高田|藤本|武田|村田"
              "|上野|杉山|増田|平野|大塚|千葉|久保|松井|小島|岩崎"
              "|桜井|野口|松尾|野村|木下|菊地|佐野|大西|杉本|新井"
              "|浜田|菅原|市川|水野|小松|森|林")
# what follows a family name in a place's or a firm's name, never in a given name ("中村区", "山田電機")
_JA_NOT_GIVEN = "[区市町村県都府駅店社局署館園院校線橋港会屋堂部課科電機銀行工業商事製薬病所寺宮城]"
# A Japanese full name written without a space, as Chinese and Japanese minutes and lists write it
# ("鈴木花子", "高橋誠"): a frequent family name of two letters or more and a given name of one or two Han
# letters, none a place's or firm's word, no title ("先生", "部長") or "family" (田中家) after the family name
_JA_FULL = re.compile(rf"(?P<family>{_JA_FAMILY})(?P<given>(?:(?!{_JA_NOT_GIVEN})\p{{Han}}){{1,2}})")
_JA_NOT_GIVENS = frozenset("先生 係長 主任 次長 専務 常務 教授 博士 代表 議員 大学 一家 夫妻 夫人 家族 "
                           "社員 工場 公園 地区 大橋 本店 支店".split())
_JA_GIVEN_NEVER = frozenset("氏様殿君家的了是在有这那们个与及等对就也都而或被把将要能说时后里外去到过着给让向"
                            "从由以于之其所此已还再又很最更没么什怎哪谁吗呢吧我你您他她它各每某该请需议门组处室"
                            "司团队项目经总监任员长長园场厂站馆路街湖河江海岛庙楼区县镇学")
_ZH_NAME = rf"(?:{_ZH_COMPOUND}|[{_ZH_SURNAMES}])"
_ZH_WIDE_NAME = rf"(?:{_ZH_COMPOUND}|[{_ZH_SURNAMES}{_ZH_SURNAMES_MORE}])"
_HE_NAME = rf"(?:{_HE_WORD})(?:[ \t](?:{_HE_WORD}))?"  # one or two Hebrew words
# The scripts' letters (plain ranges: scanned many times faster than Unicode properties); Japanese kana: Han
# characters in Japanese text are not Chinese (name_cues reads Japanese names before さん, 様…).
_KO_LETTER = stdlib_re.compile("[\uac00-\ud7a3]")
_ZH_LETTER = stdlib_re.compile("[\u4e00-\u9fff\u3400-\u4dbf]")
_HE_LETTER = stdlib_re.compile("[\u05d0-\u05ea]")
_ANY_LETTER = stdlib_re.compile("[\uac00-\ud7a3\u4e00-\u9fff\u3400-\u4dbf\u05d0-\u05ea\u0900-\u097f"
                                 "\u0e00-\u0e7f\u10a0-\u10ff]")
_KANA = stdlib_re.compile("[\u3040-\u30ff]")


def _closed(syllable: str) -> bool:
    """Whether a Hangul syllable ends in a consonant (then 아 and 이 follow a name, else 야 and 랑)."""
    return (ord(syllable) - 0xAC00) % 28 != 0


class ScriptNameRecognizer(GatedPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [
        # Korean: before a title or honorific, glued or after one space ("김민준님", "서연 씨", "박 대리님")
        Pattern("korean name before title",
                rf"(?<!{_HANGUL})(?P<ko_title>)(?P<value>(?:{_KO_COMPOUND})?{_HANGUL}{{1,4}}?)[ \t]?"
                rf"(?=(?P<title>{_KO_TITLES})님?(?:{_KO_PARTICLES}|이나|으로|들)?(?!{_HANGUL}))",
                SCORE_CUE),
        Pattern("korean signature",
                rf"(?<!{_HANGUL})(?P<ko_cue>)(?P<value>{_HANGUL}{{2,4}})[ \t]?(?:{_KO_SIGN})(?!{_HANGUL})",
                SCORE_CUE),
        # called by name: 아 after a closed syllable, 야 after an open one ("민준아", "지우야")
        Pattern("korean vocative",
                rf"(?<!{_HANGUL})(?P<ko_voc>)(?P<value>{_HANGUL}{{2}})(?P<particle>[아야])"
                r"(?=[ \t]*[,.!?~\n]|[ \t]|$)",
                SCORE_CUE),
        # a given name before a particle that takes a person: the friendly 이 after a closed syllable
        # ("민준이가", "지훈이랑"), 랑 after an open one ("윤아랑"), "to" ("서연에게", "하은한테")
        Pattern("korean given name before particle",
                rf"(?<!{_HANGUL})(?P<ko_given>)(?P<value>{_HANGUL}{{2}})"
                rf"(?P<particle>이(?:가|는|랑|도|를|한테|에게|의|하고|야|와)|랑|에게|한테|께)(?!{_HANGUL})",
                SCORE_SHAPE),
        # family name and two given-name syllables, alone or before a particle ("박서연은", "송지아입니다")
        Pattern("korean full name",
                rf"(?<!{_HANGUL})(?P<ko_full>)(?P<value>(?:{_KO_COMPOUND}|[{_KO_SURNAMES}]){_HANGUL}{{2}})"
                rf"(?=(?:{_KO_PARTICLES})?(?!{_HANGUL}))", SCORE_SHAPE),
        # Chinese: before a title, a family name alone too ("王伟先生", "张总", "黄晓明经理")
        Pattern("chinese name before title",
                rf"(?P<zh_title>)(?P<value>{_ZH_NAME}\p{{Han}}{{0,2}}?)(?={_ZH_TITLES})", SCORE_CUE),
        # before a person's verb, at a clause's start or after "by", "and", "ask"… ("。李娜提出…",
        # "由王伟负责")
        Pattern("chinese name before verb",
                rf"(?:(?<!\p{{Han}})|(?<=[由和与與及请請让讓向给給对對跟同被叫找令]))(?P<zh_verb>)"
                rf"(?P<value>(?:{_JA_FAMILY})\p{{Han}}{{1,2}}?|{_ZH_NAME}\p{{Han}}{{1,2}}?)"
                rf"(?:[（(][^）)\n]{{1,12}}[）)])?(?P<verb>{_ZH_VERBS})",
                SCORE_SHAPE),
        # a rarer family name and two given letters at a clause's start before a person's verb of two
        # letters or more ("麻品睿提出…", "。包欣怡负责…")
        Pattern("chinese rarer name before verb",
                rf"(?:(?<!\p{{Han}})|(?<=[由和与與及请請让讓向给給对對跟同被叫找令]))(?P<zh_rare>)"
                rf"(?P<value>[{_ZH_SURNAMES_MORE}]\p{{Han}}{{2}})(?P<verb>{_ZH_VERBS})", SCORE_SHAPE),
        # a family name after 小, 老 or 阿, as colleagues call each other ("小王说", "老李，")
        Pattern("chinese family name called",
                rf"(?:(?<!\p{{Han}})|(?<=[由和与與及请請让讓向给給对對跟同被叫找令]))[小老阿](?P<zh_called>)"
                rf"(?P<value>[{_ZH_SURNAMES}])(?=[，,。.、：:；;！!？?\s]|$|{_ZH_VERBS})", SCORE_SHAPE),
        # after a role or an introduction, before punctuation or a verb ("项目经理孙浩，", "我叫王伟。")
        Pattern("chinese name after role",
                r"(?<=经理|經理|老师|老師|主任|同事|同学|同學|客户|客戶|总监|總監|主管|助理|秘书|秘書"
                r"|律师|律師|医生|醫生|工程师|工程師|专员|專員|顾问|顧問|代表|组长|組長|部长|部長|朋友"
                r"|名叫|我叫|我是|叫做|感谢|感謝|谢谢|謝謝|恭喜|祝贺|祝賀|欢迎|歡迎"
                # contact, send or hand to, tell, notify, copy, reply to, visit, ask
                r"|联系|聯繫|聯系|发给|發給|交给|交給|转给|轉給|告诉|告訴|通知|抄送|回复|回覆|拜访|拜訪|询问|詢問"
                r"|请教|請教)"
                rf"(?P<zh_cue>)(?P<value>{_ZH_NAME}\p{{Han}}{{1,2}}?)"
                rf"(?=[，,。.、；;：:！!？?\s（()）的]|$|{_ZH_VERBS})", SCORE_CUE),
        Pattern("chinese signature",
                r"(?:此致|顺祝|順祝|祝好|谢谢|謝謝)[^\n]{0,12}\n(?:[ \t]*(?:敬礼|敬禮)[!！]?[ \t]*\n)?[ \t]*"
                rf"(?P<zh_cue>)(?P<value>{_ZH_NAME}\p{{Han}}{{1,2}})[ \t]*(?:\n|$)"
                rf"|(?<!\p{{Han}})(?P<zh_cue>)(?P<value>{_ZH_NAME}\p{{Han}}{{1,2}}?)"
                r"(?:敬上|谨上|謹上|上)(?!\p{Han})",
                SCORE_CUE),
        # Japanese: a frequent family name and a given name of one or two Han letters before a particle
        # ("佐藤花子が資料を準備します")
        Pattern("japanese full name before particle",
                rf"(?<![\p{{Han}}\p{{Hiragana}}\p{{Katakana}}])(?P<ja_full>)"
                rf"(?P<value>(?:{_JA_FAMILY})(?:(?!{_JA_NOT_GIVEN})\p{{Han}}){{1,2}})"
                r"(?=[がはにをとの](?!\p{Hiragana}{2}))",
                SCORE_SHAPE),
        # Japanese: a frequent family name, a space and a given name of one to three Han or kana letters
        Pattern("japanese family name and given name",
                rf"(?<![\p{{Han}}\p{{Hiragana}}\p{{Katakana}}])(?P<ja_full>)"
                rf"(?P<value>(?:{_JA_FAMILY})[ \t]"
                r"(?:\p{Han}{1,3}|\p{Hiragana}{2,4}|\p{Katakana}{2,4}))"
                r"(?![\p{Han}\p{Hiragana}\p{Katakana}])",
                SCORE_SHAPE),
        # Hebrew: after a greeting, a title, an introduction, a role ("שלום דנה", "הלקוח משה אברהם")
        Pattern("hebrew name after cue",
                rf"(?<!\p{{Hebrew}})[{_HE_PREFIXES}]?(?:{_HE_CUES})(?P<he_cue>)(?P<value>{_HE_NAME})"
                r"(?!\p{Hebrew})",
                SCORE_CUE),
        Pattern("hebrew signature",
                rf"(?<!\p{{Hebrew}})(?:{_HE_SIGN})[ \t]*[,.!]?[ \t]*\n?[ \t]*(?P<he_sign>)"
                rf"(?P<value>{_HE_NAME})[ \t]*[\"”']?[ \t]*(?:\n|$)", SCORE_CUE),
    ]
    # Each pattern only on texts with a letter of its script; no pattern on texts with none of them.
    GATES = {**dict.fromkeys(("korean name before title", "korean signature", "korean vocative",
                              "korean given name before particle", "korean full name"), _KO_LETTER),
             **dict.fromkeys(("chinese name before title", "chinese name before verb",
                              "chinese rarer name before verb",
                              "chinese name after role", "chinese signature", "chinese family name called"),
                             _ZH_LETTER),
             "japanese family name and given name": _ZH_LETTER,
             "japanese full name before particle": _ZH_LETTER,
             **dict.fromkeys(("hebrew name after cue", "hebrew signature"), _HE_LETTER)}
    HINT = _ANY_LETTER
    CONTEXT: list[str] = []

    def accept_match(self, match: re.Match) -> bool:
        """Each pattern's checks on the name it found: ordinary words, roles and labels are no name."""
        groups, value = match.re.groupindex, match.group("value")
        kind = next(k for k in _KINDS if k in groups and match.group(k) is not None)
        if kind.startswith("zh") and _japanese(match.string):
            return False
        return _CHECKS[kind](match, value)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None) -> list:
        """The patterns' names, then speakers, fields, Hebrew names by the lists, names listed with a
        Chinese name found, and every occurrence again of a name found."""
        if not _ANY_LETTER.search(text):
            return []
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        found = [(r.start, r.end, r.score) for r in results]
        found += _speakers(text) + _fields(text)
        if _ZH_LETTER.search(text):
            found += _chinese_enumerations(text) + _han_alone(text)
        if _DEVA_LETTER.search(text):
            found += _hindi(text)
        found += _thai_georgian(text)
        if _HE_LETTER.search(text):
            found += _hebrew_before_verb(text) + _hebrew_listed(text) + _hebrew_subjects(text) \
                + _hebrew_callers(text)
        spans: dict[tuple[int, int], float] = {}
        for start, end, score in found:
            if end > start:
                spans[start, end] = max(score, spans.get((start, end), 0))
        if _ZH_LETTER.search(text) and not _japanese(text):
            spans.update(dict.fromkeys(_chinese_lists(text, spans), SCORE_SHAPE) | spans)
        for (start, end), score in list(spans.items()):  # "שלום דנה היום": the name without "today"
            trimmed = _he_trimmed(text, start, end)
            if trimmed != end:
                del spans[start, end]
                spans[start, trimmed] = max(score, spans.get((start, trimmed), 0))
        # each name once, the longest first: a given name is not taken again inside a full name found again
        names = {p for start, end in spans for p in _parts(text[start:end])}
        for part in sorted(names, key=len, reverse=True):
            spans.update(dict.fromkeys(_again(text, part, _Taken(spans)), SCORE_AGAIN))
        return [self._result_at(start, end, score) for (start, end), score in sorted(spans.items())]

    def _result_at(self, start: int, end: int, score: float) -> RecognizerResult:
        explanation = AnalysisExplanation(self.name, score,
                                          textual_explanation="name in Hangul, Han or Hebrew")
        return RecognizerResult(self.ENTITY, start, end, score, analysis_explanation=explanation,
                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})


_last_kana: tuple = (None, False)


def _japanese(text: str) -> bool:
    """Whether the text holds kana (kept for the last text: every Chinese match asks)."""
    global _last_kana
    if _last_kana[0] is not text:
        _last_kana = (text, _KANA.search(text) is not None)
    return _last_kana[1]


# ---- the patterns' checks, by the empty group that marks each pattern --------------------------------


def _ko_title(match: re.Match, value: str) -> bool:
    title = match.group("title")
    glued = match.end("value") == match.start("title")
    if value in _KO_NOT_NAMES:
        return False
    if len(value) == 1:  # "박 대리", "김과장님": a family name alone, before a title (not 님, 씨 alone)
        return value in _KO_SURNAMES and title not in ("님", "씨", "군", "양")
    if title in ("군", "양") and not _ko_name_shaped(value):
        return False  # 양 is also "amount", 군 "county"
    given = all(s in _KO_GIVEN for s in value)
    if title in _KO_KIN and not (given or _ko_name_shaped(value)):
        return False  # "민준 형", "서연 언니": a given name; not "우리 형"
    if glued and title not in ("님", "씨") and value[0] not in _KO_SURNAMES \
            and not (title in _KO_KIN and given):
        return False  # "앞당기자고": a word's syllables, not a name before 기자
    return not (glued and title == "님" and len(value) > 3)


def _ko_cue(match: re.Match, value: str) -> bool:  # a signature
    return value not in _KO_NOT_NAMES and not value.endswith(_KO_GROUPS)


def _ko_voc(match: re.Match, value: str) -> bool:
    return _closed(value[-1]) == (match.group("particle") == "아") and value not in _KO_NOT_NAMES \
        and all(s in _KO_GIVEN for s in value)


def _ko_given(match: re.Match, value: str) -> bool:
    particle = match.group("particle")
    if particle.startswith("이") and not _closed(value[-1]) or particle == "랑" and _closed(value[-1]):
        return False
    return value not in _KO_NOT_NAMES and all(s in _KO_GIVEN for s in value)


def _ko_full(match: re.Match, value: str) -> bool:
    return _ko_name_shaped(value) and value not in _KO_NOT_NAMES and value[:2] not in _KO_NOT_NAMES \
        and not _KO_FIELD_WORD.fullmatch(value)  # "신청자", "기안자": a role, not a name


def _zh_title(match: re.Match, value: str) -> bool:  # also after a role, and signatures
    ja = _JA_FULL.fullmatch(value)
    if ja and len(ja.group("family")) >= 2:  # a Japanese family name's shape: its checks ("中山大学" no)
        return _ja_name(value)
    return value not in _ZH_NOT_NAMES and not any(c in _ZH_NOT_GIVEN for c in value[1:])


def _zh_verb(match: re.Match, value: str) -> bool:
    if not _zh_title(match, value):
        return False
    verb = match.group("verb")
    if verb in _ZH_WEAK_VERBS or len(verb) == 1:
        # "王伟也…", "李娜说": a full name (two characters or three), at a clause's start, and the verb no
        # part of a word ("周例会议", "将来")
        start = match.start("value")
        if match.string[match.end("verb"):match.end("verb") + 1] in _ZH_WORD_AFTER.get(verb, ""):
            return False
        return len(value) >= 2 and (start == 0 or match.string[start - 1] in _ZH_CLAUSE_START)
    return True


def _zh_rare(match: re.Match) -> bool:
    """A rarer family name's full name before a verb: no function, unit or place letter, no label word,
    and the verb of two letters or more, no function word ("国内外也" no)."""
    verb, value = match.group("verb"), match.group("value")
    return len(verb) >= 2 and verb not in _ZH_WEAK_VERBS and _zh_loose(value) \
        and value[:2] not in _ZH_NOT_NAMES


_ZH_WORD_AFTER = {"会": "议谈上后前中员长场计", "會": "議談上後前中員長場計", "将": "来军", "將": "來軍",
                  "还": "款原", "還": "款原"}
_ZH_CLAUSE_START = frozenset("\n，,。.：:；;、！!？? \t（(“\"「")


def _he_cue(match: re.Match, value: str) -> bool:
    first = value.split()[0]
    if first in _HE_GIVEN or first in _HE_GIVEN_WORDS:
        return True
    # no function word, no word with the article or "and" ("שלום לכולם", "מר ומתוק")
    return first not in _HE_STOPS and not first.startswith(("ה", "ו"))


def _he_sign(match: re.Match, value: str) -> bool:
    words = value.split()
    return all(w not in _HE_STOPS for w in words) and not words[0].startswith(("צוות", "ה"))


def _zh_called(match: re.Match, value: str) -> bool:
    return value not in "米马馬牛龙龍" or match.group(0)[0] == "老"  # 小米 a brand, 小马 a pony


_CHECKS = {"ko_title": _ko_title, "ko_cue": _ko_cue, "ko_voc": _ko_voc, "ko_given": _ko_given,
           "ko_full": _ko_full, "zh_title": _zh_title, "zh_verb": _zh_verb, "zh_cue": _zh_title,
           "zh_called": _zh_called, "zh_rare": lambda match, value: _zh_rare(match),
           "he_cue": _he_cue, "he_sign": _he_sign, "ja_full": lambda match, value: True}
_KINDS = tuple(_CHECKS)


def _ko_name_shaped(value: str) -> bool:
    """A family name (one syllable or a compound) and one or two given-name syllables, the last no particle
    or verb ending glued to a word ("함수가", "설명해")."""
    if value[-1] in _KO_NOT_LAST:
        return False
    for family in (value[:2], value[:1]):
        if (family in _KO_COMPOUND.split("|") or len(family) == 1 and family in _KO_SURNAMES) \
                and 1 <= len(value) - len(family) <= 2 and all(s in _KO_GIVEN for s in value[len(family):]):
            return True
    return False


def _ja_name(value: str) -> bool:
    """A frequent Japanese family name of two letters or more and a given name of one or two Han letters
    (see ``_JA_FULL``): "鈴木花子", "高橋誠"; not "中山大学", "山本先生", "松本城"."""
    m = _JA_FULL.fullmatch(value)
    return m is not None and len(m.group("family")) >= 2 and m.group("given") not in _JA_NOT_GIVENS \
        and not any(c in _JA_GIVEN_NEVER for c in m.group("given"))


def _zh_name(value: str, wide: bool = False) -> bool:
    """A Chinese family name and one or two given characters, no label word ("金额", "方案"); ``wide``: a
    family name of the longer list too (where a field or a list of names vouches for it)."""
    family = value[:2] if value[:2] in _ZH_COMPOUND.split("|") else value[:1]
    given = value[len(family):]
    return (family in _ZH_SURNAMES or family in _ZH_COMPOUND or wide and family in _ZH_SURNAMES_MORE) \
        and 1 <= len(given) <= 2 \
        and value not in _ZH_NOT_NAMES and not any(c in _ZH_NOT_GIVEN for c in given)


# ---- speakers, fields, lists ----------------------------------------------------------------------
# A chat speaker at a line's start: "민준: …", "杨帆：…", "תמר: …", after a list number, a time or a chat
# export's date and time ("[12/03/2024, 10:15:32] ", "12.03.24, 10:15 - ", "2024. 3. 5. 오후 3:25, ")
_STAMP = (r"(?:\[?(?:\d{1,4}[./-][ \t]?\d{1,2}[./-][ \t]?\d{1,4}\.?,?[ \t]*)?(?:오전|오후|上午|下午)?[ \t]?"
          r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\]?[ \t]*[-,]?[ \t]*)?")
_SPEAKER_NAME = rf"{_HANGUL}{{2,4}}|\p{{Han}}{{2,4}}|{_HE_NAME}"
_SPEAKER = re.compile(
    rf"(?m:^[ \t>*•-]*(?:[（(]?\d{{1,2}}[.、)）][ \t]*|[一二三四五六七八九十]{{1,3}}[、.．][ \t]*)?{_STAMP}"
    rf"(?P<value>{_SPEAKER_NAME})[ \t]*[:：][ \t]*"
    r"(?P<said>[^\n]*))"
    # KakaoTalk's export ("[김민준] [오후 3:25] 네"), a messenger's "王伟 10:15" line above the message
    rf"|(?m:^[ \t]*\[(?P<value>{_SPEAKER_NAME})\][ \t]*\[(?:오전|오후)?[ \t]?\d{{1,2}}:\d{{2}}\]"
    r"(?P<said>[^\n]*))"
    rf"|(?m:^[ \t]*(?P<value>{_HANGUL}{{2,4}}|\p{{Han}}{{2,4}})[ \t]+(?:오전|오후|上午|下午)?[ \t]?"
    r"\d{1,2}:\d{2}[ \t]*\n(?P<said>[^\n]*))")


def _speakers(text: str) -> list[tuple[int, int, float]]:
    """Speakers at lines' starts: in Korean and Hebrew, a chat's (two speakers or more, or three lines: one
    label line is a form's field), no label or role; in Chinese, a family name's shape and no label."""
    lines = [m for m in _SPEAKER.finditer(text) if m.group("said").strip()]
    chat = [m for m in lines if not _ZH_LETTER.match(m.group("value")) and _chat_speaker(m.group("value"))]
    han = [m.group("value") for m in lines if _ZH_LETTER.match(m.group("value"))]
    # a rarer family name's speaker where another speaker has a family name of the main list
    wide = not _japanese(text) and any(_zh_name(v) for v in han)
    out = [(*m.span("value"), SCORE_CUE) for m in lines if _ZH_LETTER.match(m.group("value")) and (
        not _japanese(text) and _zh_name(m.group("value"), wide) or _ja_name(m.group("value")))]
    if len({m.group("value") for m in chat}) >= 2 or len(chat) >= 3:
        out += [(*m.span("value"), SCORE_CUE) for m in chat]
    return out


def _chat_speaker(value: str) -> bool:
    words = value.split()
    if _HE_LETTER.match(value):
        return value not in _HE_LABELS and not any(w in _HE_STOPS for w in words) \
            and (not words[0].startswith("ה") or words[0] in _HE_GIVEN or words[0] in _HE_GIVEN_WORDS)
    return value not in _KO_NOT_NAMES and not value.endswith(_KO_GROUPS)


_HE_FIELDS = "משתתפים|נוכחים|שם|שם מלא|איש קשר|מאת|אל|נציג|לקוח|לקוחה|מטפל|מטפלת|רופא|רופאה|עובד|עובדת"
# (a label is looked for only right before a colon: the labels' alternation tried at every letter cost most)
_FIELD = re.compile(
    rf"(?:(?<!{_HANGUL})(?P<ko>{_KO_FIELDS})|(?P<zh>{_ZH_FIELDS})|(?<!\p{{Hebrew}})(?P<he>{_HE_FIELDS}))"
    r"[ \t]*$")
_COLON = re.compile("[:：]")
_LIST = re.compile(r"[ \t]*(?P<list>[^\n]+)")
_ITEM = re.compile(r"[^,，、;；/|·\t]+")
_KO_TITLE_END = re.compile(rf"[ \t]*(?:{_KO_TITLES})$")
_KO_ITEM = re.compile(rf"{_HANGUL}{{1,4}}")
_ZH_ITEM = re.compile(r"\p{Han}{2,5}")
_HE_ITEM = re.compile(rf"(?:{_HE_WORD})(?:[ \t](?:{_HE_WORD})){{0,2}}")


def _fields(text: str) -> list[tuple[int, int, float]]:
    """The names in a field's list: "참석자: 김민수, 이지은", "参会人员：王伟、李娜", "משתתפים: דנה לוי, יוסי"
    (no team, role or article word)."""
    out = []
    for colon in _COLON.finditer(text):
        m = _FIELD.search(text, max(0, colon.start() - 12), colon.start())
        items = m and _LIST.match(text, colon.end())
        if not items:
            continue
        named, loose = len(out), []
        for item in _ITEM.finditer(text, items.start("list"), items.end("list")):
            value = _KO_TITLE_END.sub("", _BRACKET_END.sub("", item.group().strip().rstrip("。.等")))
            if not value:
                continue
            start = item.start() + item.group().index(value)
            after_unit = _ZH_AFTER_UNIT.search(value) if m.group("zh") else None
            if _field_name(text, m, value):
                out.append((start, start + len(value), SCORE_CUE))
            elif m.group("zh") and _zh_loose(value):
                loose.append((start, start + len(value), SCORE_SHAPE))
            elif after_unit and _zh_name(after_unit.group("name"), wide=True) and not _japanese(text):
                out.append((start + after_unit.start("name"), start + after_unit.end("name"), SCORE_CUE))
            elif not m.group("he"):  # names separated by spaces: "王伟 李娜", "김민수 이지은"
                out += [(start + w.start(), start + w.end(), SCORE_CUE) for w in _NO_SPACE.finditer(value)
                        if _field_name(text, m, w.group())]
        if len(out) > named:  # a name of the lists in the field's list: its other Han items too ("麻品睿")
            out += loose
    return out


def _zh_loose(value: str) -> bool:
    """Two or three Han letters that may be a Chinese name of a rarer family name, in a list with names of
    the lists: no function, place or unit letter, no label word."""
    return _ZH_ITEM.fullmatch(value) is not None and len(value) <= 3 and value not in _ZH_NOT_NAMES \
        and not any(c in _JA_GIVEN_NEVER for c in value)


_BRACKET_END = re.compile(r"[ \t]*[（(][^）)]*[）)]$")  # "王伟（总经理）", "김민수 (팀장)"
_NO_SPACE = re.compile(r"\S+")
_ZH_AFTER_UNIT = re.compile(r"(?:部|组|組|处|處|科|室|中心|公司|团队|團隊|办|辦)"
                            rf"(?P<name>{_ZH_WIDE_NAME}\p{{Han}}{{1,2}})$")


def _field_name(text: str, field: re.Match, value: str) -> bool:
    """A name in a field's list of its script: no team, role or article word."""
    if field.group("zh"):
        return _ZH_ITEM.fullmatch(value) is not None and (_zh_name(value, wide=True) and not _japanese(text)
                                                          or _ja_name(value))
    if field.group("ko"):
        return _KO_ITEM.fullmatch(value) is not None and value not in _KO_NOT_NAMES \
            and not value.endswith(_KO_GROUPS) and (len(value) >= 2 or value in _KO_SURNAMES)
    return _HE_ITEM.fullmatch(value) is not None \
        and not any(w in _HE_STOPS or w.startswith("ה") for w in value.split())


# After a Chinese name: more names in the same list ("王伟、李娜和张秀英"); before it likewise.
_ZH_NEXT = re.compile(rf"[、，,和与與及跟][ \t]*"
                      rf"(?P<value>(?:{_JA_FAMILY})\p{{Han}}{{1,2}}?|{_ZH_WIDE_NAME}\p{{Han}}{{1,2}}?)"
                      rf"(?=[、，,。.；;：:！!？?\s和与與及跟（()）对對都也各均一共分]|$|{_ZH_VERBS})")
_ZH_BEFORE = re.compile(rf"(?P<value>(?:{_JA_FAMILY})\p{{Han}}{{1,2}}|{_ZH_WIDE_NAME}\p{{Han}}{{1,2}})"
                        r"[ \t]*[、和与與及跟][ \t]*$")


_ZH_ENUMERATION = re.compile(
    r"(?<!\p{Han})\p{Han}{2,5}(?:[ \t]*、[ \t]*\p{Han}{2,5})+(?!\p{Han})")
_ZH_ENUM_ITEM = re.compile(r"\p{Han}+")


def _chinese_enumerations(text: str) -> list[tuple[int, int, float]]:
    """A list of two names or more joined by the enumeration comma, each of a name's shape and no label
    word: "王伟、李娜、张敏", "鈴木一郎、田中健太" (not "高兴、安全"); with two names or more, items of a
    rarer family name too, as many as the names at most ("王伟、麻品睿、李娜"). In Japanese text, Japanese
    names only (its Han words are not Chinese)."""
    japanese, out = _japanese(text), []
    for m in _ZH_ENUMERATION.finditer(text):
        items = [i.group() for i in _ZH_ENUM_ITEM.finditer(text, m.start(), m.end())]
        names = sum(_ja_name(i) or not japanese and _zh_name(i) for i in items)
        if names == len(items) or not japanese and names >= max(2, len(items) - names) \
                and all(_ja_name(i) or _zh_name(i) or _zh_loose(i) for i in items):
            out += [(*i.span(), SCORE_SHAPE) for i in _ZH_ENUM_ITEM.finditer(text, m.start(), m.end())]
    return out


_HAN_RUN = re.compile(r"(?<![\p{Han}\p{Hiragana}\p{Katakana}々])\p{Han}{3,5}"
                      r"(?![\p{Han}\p{Hiragana}\p{Katakana}々])")
_ZH_BRACKETED = re.compile(r"[（(](?P<value>\p{Han}{2,3})[）)]")
_HAN_LINE = re.compile(r"^[ \t>]*(?P<value>\p{Han}{2,3})[ \t]*$", re.M)


def _han_alone(text: str) -> list[tuple[int, int, float]]:
    """A Han name standing alone: a Japanese full name between letters of no Han or kana ("Action items:
    田中健太 to …", "出席：高橋誠、…"); in Chinese text, a name alone in brackets ("预算审查（王芳）"); in a
    text mostly of another script, a Chinese name alone on its line (a letter's sender, a signature)."""
    out = [(*m.span(), SCORE_SHAPE) for m in _HAN_RUN.finditer(text) if _ja_name(m.group())]
    if _japanese(text):
        return out
    out += [(*m.span("value"), SCORE_SHAPE) for m in _ZH_BRACKETED.finditer(text)
            if _zh_name(m.group("value")) and m.group("value")[:2] not in _ZH_NOT_NAMES]
    if len(_ZH_LETTER.findall(text)) <= 12:
        out += [(*m.span("value"), SCORE_SHAPE) for m in _HAN_LINE.finditer(text)
                if _zh_name(m.group("value")) and m.group("value") not in _ZH_NOT_NAMES]
    return out


def _chinese_lists(text: str, spans: dict) -> list[tuple[int, int]]:
    """Names in a list with a Chinese name found: "王伟、李娜和张秀英负责", "李娜和王伟表示"."""
    out: list[tuple[int, int]] = []
    todo = [(s, e) for s, e in spans if _ZH_LETTER.match(text, s)]
    seen = set(todo)
    while todo:
        start, end = todo.pop()
        for m in (_ZH_NEXT.match(text, end), _ZH_BEFORE.search(text, max(0, start - 8), start)):
            if m is not None and (_zh_name(m.group("value"), wide=True) or _ja_name(m.group("value"))) \
                    and m.span("value") not in seen:
                seen.add(m.span("value"))
                out.append(m.span("value"))
                todo.append(m.span("value"))
    return out


# ---- Hebrew by the name lists -----------------------------------------------------------------------
_HE_BEFORE_VERB = re.compile(
    rf"(?<!\p{{Hebrew}})(?P<value>{_HE_NAME})[ \t]+(?:{_HE_VERBS})(?!\p{{Hebrew}})")


def _hebrew_before_verb(text: str) -> list[tuple[int, int, float]]:
    """A given name (listed, also one that is an ordinary word) before a person's verb: "מיכל אמרה",
    "אורי אמר", "רחל מהמשרד"; with the word before it when the given name comes first ("דנה לוי אמרה")."""
    out = []
    for m in _HE_BEFORE_VERB.finditer(text):
        words = m.group("value").split()
        if len(words) == 2 and (words[0] in _HE_GIVEN or words[0] in _HE_GIVEN_WORDS):
            out.append((*m.span("value"), SCORE_SHAPE))
        elif words[-1] in _HE_GIVEN or words[-1] in _HE_GIVEN_WORDS:
            out.append((m.end("value") - len(words[-1]), m.end("value"), SCORE_SHAPE))
    return out


# Verbs of speech, writing and calling: their subject at a clause's start is a person ("דנה ברקוביץ ביקשה")
_HE_SPEECH = ("אמר|אמרה|ביקש|ביקשה|כתב|כתבה|שלח|שלחה|התקשר|התקשרה|הודיע|הודיעה|סיפר|סיפרה|שאל|שאלה|ענה|ענתה"
              "|הציע|הציעה|אישר|אישרה|טען|טענה|הסביר|הסבירה|ציין|ציינה|הוסיף|הוסיפה"
              # "will come, will be able, will take part", and "not" before any of them ("… לא תוכל להגיע")
              "|יגיע|תגיע|יוכל|תוכל|ישתתף|תשתתף|יחזור|תחזור|יצטרף|תצטרף|לא")
_HE_SUBJECT = re.compile(
    rf"(?:^[ \t]*|(?<=[.,;:!?\"”(—–«»-])[ \t]*)(?P<value>{_HE_NAME})[ \t]+(?:{_HE_SPEECH})"
    r"(?!\p{Hebrew})", re.M)
# Subjects of those verbs that are no name: pronouns, "someone", relatives and roles without the article
_HE_NOT_SUBJECTS = frozenset("מישהו מישהי אחד אחת אחר אחרת מי כל אף אבא אמא סבא סבתא אחי אחותי בעלי אשתי "
                             "הבן הבת הבוס מנהל מנהלת לקוח לקוחה עובד עובדת רופא רופאה דובר דוברת שר שרת "
                             "ראש נשיא נשיאת חבר חברת נציג נציגת מנכ\"ל מנכ״ל יו\"ר יו״ר ח\"כ ח״כ צה\"ל צה״ל "
                             "גוגל אפל מיקרוסופט אמזון פייסבוק משרד מחלקת צוות".split())


_HE_CALLED = re.compile(rf"(?<!\p{{Hebrew}})(?:התקשר|התקשרה|פנה|פנתה|הגיע|הגיעה|צלצל|צלצלה)"
                        rf"(?:[ \t]+אלינו|[ \t]+אליי)?[ \t]+(?P<value>{_HE_NAME})(?!\p{{Hebrew}})")


def _hebrew_callers(text: str) -> list[tuple[int, int, float]]:
    """A name after a verb of calling or coming, with the word after it ("התקשרה מיכל אברהם", "התקשר
    אלעזר ויינברג"): Hebrew often puts such a verb first. A listed given name, or any word that is no function
    word, role, verb or word with the article ("הגיע הזמן": the time has come)."""
    out = []
    for m in _HE_CALLED.finditer(text):
        words = m.group("value").split()
        first = words[0]
        if first in _HE_ANY_GIVEN or not (_no_subject(first) or first in ("ימינה", "שמאלה")):
            end = m.end("value") if len(words) == 2 and _he_family_like(text, _HE_RUN.search(
                text, m.end("value") - len(words[1])), end=False) else m.start("value") + len(words[0])
            out.append((m.start("value"), end, SCORE_SHAPE))
    return out


def _no_subject(word: str) -> bool:
    """A word no name is: a function word, a pronoun or role, a word with the article or "and", a verb."""
    return word in _HE_STOPS or word in _HE_NOT_SUBJECTS or word.startswith(("ה", "ו")) \
        or re.fullmatch(_HE_VERBS, word) is not None


def _hebrew_subjects(text: str) -> list[tuple[int, int, float]]:
    """One or two words at a clause's start before a verb of speech, writing or calling: a person's name
    whatever the lists hold ("ברק גלבוע אמר", "עמרי ביקש") — no pronoun, article, "and" or role word."""
    out = []
    for m in _HE_SUBJECT.finditer(text):
        words = m.group("value").split()
        if not any(_no_subject(w) for w in words):
            out.append((*m.span("value"), SCORE_SHAPE))
    return out


_HE_RUN = re.compile(rf"(?<!\p{{Hebrew}})(?:{_HE_WORD})(?!\p{{Hebrew}})")
_HE_TWO_PREFIXES = ("ול", "וב", "ומ", "וש", "וכ", "כש")
# Before these a word without the article is a proper name ("את רונית", "אצל שגית"); after "with", "of"
# it is as often a common noun ("עם ברק ורעם": with lightning)
_HE_WEAK_CUES = frozenset("את אצל".split())
_HE_ANY_GIVEN = _HE_GIVEN | _HE_GIVEN_WORDS
# Family names that are ordinary words or given names too: only after a listed given name.
_HE_FAMILY_WORDS = frozenset("נגר חזן שושן עזרא יוסף אברהם לוי נחום כהן".split())
_HE_CUE_WORDS = frozenset("מר גברת גב' גב׳ ד\"ר ד״ר עו\"ד עו״ד פרופ' הרב לכבוד שלום היי".split())
_HE_CLAUSE_END = re.compile(rf"[ \t]*(?:[,.;:!?)\n\"”]|$|(?:{_HE_VERBS})(?!\p{{Hebrew}}))")


def _hebrew_listed(text: str) -> list[tuple[int, int, float]]:
    """A given name of the list (a prefix letter aside: "ליוסי", "ודנה"), with the family name after it when
    listed or when the clause ends with it ("יוסי כהן", "דנה גרינשטיין,"); a given name that is a word too
    only after "את", "עם"… or before a family name; an unlisted word before a listed family name."""
    out = []
    words = list(_HE_RUN.finditer(text))
    for i, m in enumerate(words):
        word, start = m.group(), m.start()
        prefixed = False
        for cut in (1, 2):  # one or two prefix letters: "ליוסי", "ולשירה" (not "משאבי": resources)
            if word not in _HE_ANY_GIVEN and word[cut:] in _HE_ANY_GIVEN and (
                    cut == 1 and word[0] in _HE_PREFIXES or word[:2] in _HE_TWO_PREFIXES):
                word, start, prefixed = word[cut:], start + cut, True
        nxt = words[i + 1] if i + 1 < len(words) and _spaced(text, m, words[i + 1]) else None
        prev = words[i - 1] if i and _spaced(text, words[i - 1], m) else None
        if nxt is not None and nxt.group() in ("בן", "בת") and i + 2 < len(words) \
                and _spaced(text, nxt, words[i + 2]) and _he_family_like(text, words[i + 2], end=False):
            nxt = words[i + 2]  # "son of", "daughter of": "עומר בן דוד"
        # the family name: listed, a given name's word too ("אבי ברק"), or after a listed given name that is
        # no ordinary word, any word but a function word, a verb or a word with the article ("מיכל
        # אברמוביץ לא תוכל"); after one that is, only a word ending the clause
        family = nxt is not None and (nxt.group() in _HE_FAMILY or word in _HE_GIVEN and (
            nxt.group() in _HE_ANY_GIVEN or _he_family_like(text, nxt, end=False)))
        if word in _HE_GIVEN or word in _HE_GIVEN_WORDS and (
                nxt is not None and nxt.group() in _HE_FAMILY  # a word too: "שאלה" is "ש" + "אלה"
                or not prefixed and (family or prev is not None and prev.group() in _HE_WEAK_CUES)):
            out.append((start, nxt.end() if family else m.end(), SCORE_SHAPE))
        elif word in _HE_FAMILY - _HE_FAMILY_WORDS and prev is not None \
                and _he_family_like(text, prev, end=False) and prev.group() not in _HE_CUE_WORDS:
            out.append((prev.start(), m.end(), SCORE_SHAPE))  # "רוני אלמוג", "עמרי גרינברג"
    return out


def _he_trimmed(text: str, start: int, end: int) -> int:
    """The end of a Hebrew name of two words without its second word when that is a function word, a verb or
    a word with the article ("שגית עכשיו", "דנה הגיעה")."""
    value = text[start:end]
    if " " not in value or not _HE_LETTER.match(value):
        return end
    last = value.rsplit(" ", 1)[1]
    if last in _HE_STOPS or _article_or_and(last) or re.fullmatch(_HE_VERBS, last):
        return start + len(value.rsplit(" ", 1)[0])
    return end


def _article_or_and(word: str) -> bool:
    """A word with the article or "and" glued on; not a name spelled with a double vav ("ויינברג")."""
    return word.startswith(("ה", "ו")) and not word.startswith(("וו", "ויי"))


def _spaced(text: str, first: re.Match, second: re.Match) -> bool:
    return text[first.end():second.start()] in (" ", "\t")


def _he_family_like(text: str, m: re.Match, end: bool = True) -> bool:
    """A word next to a listed name that may be the other half of it: no function word, no verb, no word with
    the article or "and"; after a given name, the clause ends with it ("יוסי גרינשטיין, …")."""
    word = m.group()
    if word in _HE_STOPS or _article_or_and(word) or re.fullmatch(_HE_VERBS, word):
        return False
    return not end or _HE_CLAUSE_END.match(text, m.end()) is not None


# ---- the same name again ------------------------------------------------------------------------------


def _parts(name: str) -> list[str]:
    """A name and what may stand for it alone: a Korean or Chinese given name (the name less its family
    name), a Hebrew name's words."""
    if _HE_LETTER.match(name):
        return [name, *[w for w in name.split() if len(w) > 1 and w not in _HE_STOPS and " " in name]]
    if len(name) == 3 and (name[0] in _KO_SURNAMES or name[0] in _ZH_SURNAMES):
        return [name, name[1:]]
    return [name]


# after a Korean name: only a title, a particle or what calls a person ("지훈 과장님한테", "지훈이가")
_KO_AFTER = re.compile(rf"[ \t]?(?:{_KO_TITLES})?님?(?:{_KO_PARTICLES}|이|아|야|이가|이는|이랑|이도|이를"
                       rf"|에게|한테|께|랑)?(?!{_HANGUL})")


class _Taken:
    """The spans found, to ask whether one of them holds a stretch of text (without a pass over all)."""

    def __init__(self, spans) -> None:
        self.starts, self.reach, furthest = [], [], -1
        for start, end in sorted(spans):
            furthest = max(furthest, end)
            self.starts.append(start)
            self.reach.append(furthest)  # the furthest end of the spans starting here or before

    def holds(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and self.reach[i] >= end


def _again(text: str, name: str, taken: _Taken) -> list[tuple[int, int]]:
    """Other occurrences of ``name`` (two letters or more) not inside a span found: the same person named
    again, with a particle or a title glued to it ("지훈 과장님한테", "王伟表示"). Korean and Hebrew words
    are separated by spaces: there the name begins a word (a Hebrew prefix letter aside) and ends one (a
    Korean particle or title aside)."""
    if len(name) < 2 or name.isascii():
        return []
    hebrew, korean = _HE_LETTER.match(name) is not None, _KO_LETTER.match(name) is not None
    out = []
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        before = text[at - 1] if at else ""
        if hebrew:
            fits = (not before or not _HE_LETTER.match(before)
                    or before in _HE_PREFIXES and (at == 1 or not _HE_LETTER.match(text[at - 2]))) \
                and (end == len(text) or not _HE_LETTER.match(text[end]))
        elif korean:
            fits = (not before or not _KO_LETTER.match(before)) and _KO_AFTER.match(text, end) is not None
        else:
            fits = True
        if fits and not taken.holds(at, end):
            out.append((at, end))
        at = text.find(name, at + 1)
    return out
