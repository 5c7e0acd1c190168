"""Street addresses in the local formats of Asia, Africa, the Gulf and Latin America, each found whole.

Reported as LOCATION, one span from the address's first element (block, house number, lane, province) to its
postcode or town, never past the end of its line. Each family is keyed to the words and numbering its country
uses, and skipped (by a cheap gate) in texts without them:

- Singapore HDB: ``Blk 323 Jurong West St 42, #10-70, Singapore 640323``
- the Philippines: ``Blk 26 Lot 13, Phase 2, Brgy. San Isidro, Cainta, Rizal``, ``Purok 7, Brgy. Talomo,
  Davao City``
- Vietnam: ``Số 88 Ngõ 6 Phố Huế, Hai Bà Trưng, Hà Nội``, ``93 Lê Duẩn, Hải Châu, Đà Nẵng``, ``Số 12 Nguyễn
  Huệ``, and typed without diacritics: ``45 Ly Tu Trong, Phuong Ben Nghe, Quan 1, TP HCM``
- Chinese and Japanese script: ``北京市朝阳区建国路59号院11号楼``, ``東京都渋谷区渋谷2-21-1``, ``〒453-1647
  金沢市本町1-3-1``, and Japan's romanised form: ``1-2-3 Jingumae, Shibuya-ku``
- Korea: ``서울특별시 강남구 테헤란로 35, 13층``, ``…판교역로 235, 에이치스퀘어 N동 7층``
- Thailand: ``347/13 Sukhumvit Soi 39, Khlong Tan Nuea, Watthana, Bangkok 10110`` (and in Thai script)
- the Gulf's numbered streets: ``Villa 12, Street 7, Al Barsha 2, Dubai``
- post-office boxes with their town: ``P.O. Box 18-00100, Moi Avenue, Nairobi``
- Indonesia's RT/RW, kelurahan and kecamatan: ``Jl. Melati No. 5 RT 03/RW 07, Kel. Cempaka Baru, Kec.
  Kemayoran, Jakarta Pusat 10640``, and housing estates' blocks: ``Perumahan Griya Asri Blok C2 No. 14``
- Turkey's mahalle, cadde/sokak and door numbers: ``Cumhuriyet Mah. Atatürk Cad. No: 15 D: 4,
  Kadıköy/İstanbul``
- Turkey's numbered streets and district/province: ``Gül Mahallesi 153. Sokak, 06690 Çankaya/Ankara``,
  ``Kadıköy/İstanbul``
- Russia: ``420111, г. Казань, ул. Садовая, д. 119, кв. 14``; Greece: ``Οδός Αγίου Δημητρίου 125, 262 21
  Πάτρα``; Spain's floor inside the street line: ``Calle Jazmín 7, bajo, 30008 Murcia``
- Argentina's letter-led postcodes: ``Bv. Oroño 10, S2000 Rosario, Santa Fe``
- Arabic and Hebrew script: ``شارع التحرير 15، الدقي، الجيزة``, ``רחוב הרצל 12, תל אביב``
"""

import re as stdlib_re

import regex as re
from presidio_analyzer import Pattern

from scrubber.recognizers._gated import GatedPatternRecognizer

# A capitalised word of a place name in a Latin script (no dots: a sentence's full stop ends the address)
_CAP = r"\p{Lu}[\p{L}'’-]*"
# A place name of one to four words, which may hold a number ("Al Barsha 2", "Wuse 2", "Phase 1")
# (or a sector's code, Pakistan's "Sector G-10/2", "F-8/3")
_SECTOR = r"[A-Z]-\d{1,2}(?:/\d{1,2})?(?![\w/-])"
_PLACE = rf"{_CAP}(?:[ \t]+(?:{_SECTOR}|{_CAP}|de|del|la|\d{{1,3}}(?!\d)))" + "{0,3}"
# More comma-separated place names after the street: district, town, province
_MORE_PLACES = rf"(?:,[ \t]*{_PLACE})"

# Singapore: "Blk 323 Jurong West St 42, #10-70, Singapore 640323" (the unit, the town and postcode optional)
_SG_STREET_WORDS = (r"Ave|Avenue|St|Street|Rd|Road|Dr|Drive|Cres|Crescent|Lor|Lorong|Cl|Close|Walk|Way|Link"
                    r"|Central|Ring[ \t]+Rd|Place|Pl|Terrace|View|Jalan|Jln")
_SG_HDB = (
    rf"\b(?:Blk|BLK|Block)[ \t]*\d{{1,4}}[A-Z]?[ \t]+(?:{_CAP}[ \t]+){{0,4}}(?:{_SG_STREET_WORDS})\.?"
    r"(?:[ \t]+\d{1,3}[A-Z]?)?(?!\w)"
    r"(?:,?[ \t]*#\d{1,3}-\d{1,5}[A-Z]?)?"
    r"(?:,?[ \t]*(?:\p{Lu}[\p{L}'-]*[ \t]+){0,3}Singapore[ \t]*\d{5,6}(?!\d))?"
)
_BLOCK_GATE = stdlib_re.compile(r"(?:Blk|BLK|Block)[ \t]*\d")
# A Singapore unit and postcode without the block before it: "#10-70, Singapore 640323"
_SG_UNIT = r"#\d{1,3}-\d{1,5}[A-Z]?,?[ \t]*(?:\p{Lu}[\p{L}'-]*[ \t]+){0,3}Singapore[ \t]*\d{5,6}(?!\d)"

# The Philippines: block and lot, phase, purok, barangay, then the town and province
_PH_LEAD = (r"(?:(?:Blk|BLK|Block)[ \t]*\d{1,4}[A-Z]?,?[ \t]*(?:Lot|L)[ \t]*\d{1,4}[A-Z]?"
            r"(?:,?[ \t]*(?:Phase|Ph\.?)[ \t]*\d{1,2}[A-Z]?)?,?[ \t]*"
            rf"(?:(?!(?:Brgy|Bgy|Barangay|Purok)\b){_PLACE},[ \t]*)?)")
_PH_PUROK = r"(?:(?:Purok|Sitio|Zone)[ \t]+(?:\d{1,3}[A-Z]?|\p{Lu}[\p{L}'-]*),?[ \t]*)"
_PH_BARANGAY = rf"(?:Brgy\.?|Bgy\.|Barangay)[ \t]+{_PLACE}"
_PH_ADDRESS = (
    rf"\b(?:{_PH_LEAD}{_PH_PUROK}?{_PH_BARANGAY}|{_PH_PUROK}{_PH_BARANGAY}|{_PH_LEAD}{_PH_PUROK}?{_PLACE}"
    rf"|{_PH_BARANGAY})(?:{_MORE_PLACES}){{0,3}}"
)

_PH_GATE = stdlib_re.compile(r"(?:Blk|BLK|Block)[ \t]*\d|Brgy|Bgy\.|Barangay")

# Vietnam: "Số 88 Ngõ 6 Phố Huế, Hai Bà Trưng, Hà Nội", "93 Lê Duẩn, Hải Châu, Đà Nẵng"
_VN_LOWER = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
_VN_LETTER = _VN_LOWER + _VN_LOWER.upper()
_VN_GATE = stdlib_re.compile(f"[{_VN_LETTER}]")
_VN_WORD = r"\p{Lu}\p{Ll}*"
_VN_NAME = rf"{_VN_WORD}(?:[ \t]+{_VN_WORD}){{0,4}}"
_VN_LANE = r"(?:Ngõ|Ngách|Hẻm|Kiệt|ngõ|ngách|hẻm|kiệt)[ \t]+\d{1,4}[A-Za-z]?(?:/\d{1,4})*"
_VN_AREA = (r"(?:(?:Phường|Quận|Huyện|Xã|Thị[ \t]+xã|Thị[ \t]+trấn|Thành[ \t]+phố|Tỉnh|TP\.?|Tp\.?|P\.|Q\.)"
            r"[ \t]*(?:\d{1,2}(?!\d)|" + _VN_NAME + r")|" + _VN_NAME + r")")
_VN_ADDRESS = (
    r"(?<![\w/])(?:(?:Số|số|SN|Nhà)[ \t]+)?\d{1,4}[A-Za-z]?(?:/\d{1,4})*"
    rf"(?:[ \t]+{_VN_LANE})*,?[ \t]+"
    r"(?:(?:Phố|Đường|đường|phố|Đ\.)[ \t]+)?" + _VN_NAME
    + rf"(?:,[ \t]*{_VN_AREA}){{1,4}}"
)
# ... the house number and street alone after "Số" (number): "Số 12 Nguyễn Huệ"
_VN_NUMBERED = (r"\b(?:Số|số)[ \t]+\d{1,4}[A-Za-z]?(?:/\d{1,4})?[ \t]+\p{Lu}[\p{L}]*"
                r"(?:[ \t]+\p{Lu}[\p{L}]*){0,3}")
_VN_NUMBERED_GATE = stdlib_re.compile(r"[Ss]ố[ \t]+\d")
# ... and typed without diacritics, with a ward's, district's or city's word after the street: "45 Ly Tu
# Trong, Phuong Ben Nghe, Quan 1, TP HCM" (two places after the street at least: ``accept_match``)
_VN_PLAIN_WORD = r"\p{Lu}[\p{L}]*"
_VN_PLAIN_NAME = rf"{_VN_PLAIN_WORD}(?:[ \t]+{_VN_PLAIN_WORD}){{0,4}}"
_VN_PLAIN_AREA_WORD = r"(?:Phuong|Quan|Huyen|Xa|Thi[ \t]+xa|Thi[ \t]+tran|Thanh[ \t]+pho|Tinh|TP\.?|Tp\.)"
_VN_PLAIN_AREA = rf"(?:{_VN_PLAIN_AREA_WORD}[ \t]*(?:\d{{1,2}}(?!\d)|{_VN_PLAIN_NAME})|{_VN_PLAIN_NAME})"
_VN_PLAIN_ADDRESS = (
    r"(?<![\w/])(?:(?:So|SN|Nha)[ \t]+)?\d{1,4}[A-Za-z]?(?:/\d{1,4})*"
    r"(?:[ \t]+(?:Ngo|Ngach|Hem|Kiet|ngo|ngach|hem|kiet)[ \t]+\d{1,4}[A-Za-z]?(?:/\d{1,4})*)*,?[ \t]+"
    rf"(?:(?:Pho|Duong|pho|duong)[ \t]+)?{_VN_PLAIN_NAME}(?:,[ \t]*{_VN_PLAIN_AREA}){{0,2}}"
    rf",[ \t]*{_VN_PLAIN_AREA_WORD}[ \t]*(?:\d{{1,2}}(?!\d)|{_VN_PLAIN_NAME})"
    rf"(?:,[ \t]*{_VN_PLAIN_AREA}){{0,3}}"
)
_VN_PLAIN_SURE = re.compile(r"(?:Phuong|Quan|Huyen)[ \t]*\d|,[ \t]*(?:TP\.?|Tp\.|Thanh[ \t]+pho|Tinh"
                            r"|Thi[ \t]+xa|Thi[ \t]+tran)[ \t]+\p{Lu}|Phuong[^,]*,[ \t]*(?:Quan|Huyen)\b")
_VN_PLAIN_GATE = stdlib_re.compile(r",[ \t]*(?:Phuong|Quan|Huyen|Xa|Thi|Thanh[ \t]+pho|Tinh|TP|Tp\.)[ \t]")

# A Chinese address's building, floor and room, the building's name maybe first ("太古汇2座1501室")
_ZH_UNITS = (r"(?:[ \t]?(?:\p{Han}{1,8}?[ \t]?)?(?:[A-Za-z]?[ \t]?\d{1,4}|[A-Za-z](?=[ \t]?[座栋棟幢]))[ \t]?"
             r"(?:号楼|號樓|幢|栋|棟|座|单元|單元|楼|樓|层|層|室|号|號|F))*")
# Chinese (and Taiwanese) addresses: province, city, district, road and number, then building, floor, room
_HAN = r"\p{Han}"
_ZH_ADDRESS = (
    # (a cue before the address, "我住在…", "寄到…", is read but not reported)
    rf"(?<!\p{{Han}})(?:{_HAN}{{0,4}}?(?:住在|住址|位于|位於|寄到|送到|发到|發到|改为|改為|改成|地址是|地址为|在|是|至))?"
    rf"(?P<value>(?:{_HAN}{{2,6}}?(?:省|自治区|自治區))?"
    rf"(?:{_HAN}{{2,6}}?市)?"
    rf"(?:{_HAN}{{1,6}}?(?:区|區|县|縣|旗))?"
    rf"(?:{_HAN}{{1,6}}?(?:街道|镇|鎮|乡|鄉))?"
    rf"(?:[{_HAN}]|[ \t]?\d[ \t]?){{1,10}}?(?:路|街|大道|道|巷|弄|胡同)"
    r"(?:[一二三四五六七八九十]{1,3}段|[ \t]?\d{1,3}[ \t]?段)?(?:[ \t]?\d{1,4}[ \t]?[巷弄])*"
    r"[ \t]?\d{1,5}(?:-\d{1,4})?(?:[ \t]?之[ \t]?\d{1,3})?[ \t]?[号號]"
    # (then the building, its name maybe first: "太古汇2座1501室", "东部软件园1号楼302室")
    rf"(?:院)?{_ZH_UNITS})"
)
# ... or a district's estate or park and its building, without a road: "深圳市南山区科技园南区8栋"
_ZH_ESTATE = (
    rf"(?<!\p{{Han}})(?:{_HAN}{{0,4}}?(?:住在|住址|位于|位於|寄到|送到|发到|發到|地址是|地址为|在|是|至))?"
    rf"(?P<value>(?:{_HAN}{{2,6}}?(?:省|自治区|自治區))?{_HAN}{{2,6}}?市{_HAN}{{1,6}}?(?:区|區|县|縣)"
    # (the estate's word right before the building's number: not "南山区有3座公园")
    rf"(?:[{_HAN}]|[ \t]?\d[ \t]?){{0,16}}?"
    r"(?:园|園|苑|区|區|庭|府|大厦|大廈|广场|廣場|中心|村|公寓|城|里|庄|湾|灣|居)"
    r"[ \t]?(?:[A-Za-z]?[ \t]?\d{1,4}|[A-Za-z])[ \t]?(?:栋|棟|幢|号楼|號樓|座|单元|單元|室)"
    rf"{_ZH_UNITS})"
)
# Japan (its three forms here, one place): prefecture, city or ward, district and block numbers
# ("東京都渋谷区渋谷2-21-1"); the postal mark, the postcode and the address written after it ("〒453-1647
# 金沢市本町1-3-1"; written glued, a space only before a number, as the detection copy sets digits apart);
# romanised, block numbers, district, then ward or city ("1-2-3 Jingumae, Shibuya-ku", "4-5-6 Namba, Chuo-ku")
_JP_KANA = r"\p{Han}\p{Hiragana}\p{Katakana}ー"
# a building's name in kana or kanji (or Latin letters) and its room after the block numbers: "… 3-7-1
# パークハイツ405", "… 2-8-1 グリーンビル 5F", "… 1-2-3 メゾン青山 201号室"
_JP_BUILDING = (r"(?:[ \t　]?[\p{Katakana}ー\p{Han}A-Za-z][\p{Katakana}ー\p{Han}\p{Hiragana}A-Za-z・ ]{0,15}?"
                r"[ \t]?[0-9０-９]{1,4}(?:[ \t]?(?:号室|号|階|F))?(?![\d月日年時时点%～~]))")
_JP_AFTER_POSTAL_MARK = (
    r"〒[ \t]?\d{3}-?\d{4}[ \t]*(?:[\p{Han}\p{Hiragana}\p{Katakana}ー々]+"
    r"|[ \t]*[0-9０-９]+(?:[-－][0-9０-９]+)*(?:[ \t]*(?:丁目|番地|番|号))?)*"
    rf"{_JP_BUILDING}?"
)
_JP_ROMANISED = (
    r"\b\d{1,2}-\d{1,3}(?:-\d{1,3})?,?[ \t]+\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)?,[ \t]*"
    r"\p{Lu}\p{L}+-(?:ku|shi|cho|chō|machi|mura|gun)\b"
)
_JP_ROMANISED_GATE = stdlib_re.compile(r"-(?:ku|shi|cho|chō|machi|mura|gun)")
# (the prefecture, or a designated city's ward without it: "大阪市北区梅田3-1-3", "札幌市中央区北1条西2丁目";
# its own word, or after a particle: "は大阪市…"; the district may hold a number, "北1条西"; not a range of
# months or days: "上海市浦东区5-6月")
_JP_ADDRESS = (
    rf"(?:(?<![{_JP_KANA}])|(?<=[はにでをへがもの]))"
    rf"(?:[\p{{Han}}]{{1,3}}(?:都|道|府|県)[{_JP_KANA}]{{1,10}}?(?:市|区|郡|町|村)"
    rf"|[\p{{Han}}]{{1,4}}市[\p{{Han}}]{{1,4}}?区)"
    rf"(?:[{_JP_KANA}]|[ \t]?\d{{1,2}}[ \t]?条){{0,10}}?"
    r"[ \t]?\d{1,4}(?:(?:[ \t]?(?:丁目|番地?|[-－‐ー])[ \t]?\d{1,4}){1,3}(?:[ \t]?号)?|[ \t]?丁目)"
    r"(?![ \t]?[\d月日年時时点%～~])"
    rf"{_JP_BUILDING}?"
)
_CJK_GATE = stdlib_re.compile(r"\d[ \t]?[号號]|[都道府県市][^\n]{1,20}?\d")

# Korea: (province or metropolitan city) district, road or street name and building number, floor, room
_KO_REGION = (r"(?<![가-힣])(?:[가-힣]{1,8}(?:특별시|광역시|특별자치시|특별자치도|도|시)[ \t]+)?"
              r"[가-힣]{1,6}(?:구|군|시)[ \t]+(?:[가-힣]{1,6}(?:구|읍|면)[ \t]+)?")
# (a building's name before its wing or floor: "…로 235, 에이치스퀘어 N동 7층")
_KO_UNITS = (r"(?:,?[ \t]*(?:[가-힣A-Za-z0-9]{1,12}[ \t]+)?"
             r"(?:[가-힣A-Za-z0-9]{1,10}[ \t]?동[ \t]*)?\d{1,4}[ \t]?(?:층|호))*")
_KO_ADDRESS = (
    _KO_REGION
    + r"(?:[가-힣]|[ \t]?\d[ \t]?){1,12}(?:로|길)(?:[ \t]*\d{1,4}[ \t]?(?:번)?길)?"
    r"[ \t]*\d{1,5}(?:-\d{1,4})?(?!\d)"
    + _KO_UNITS
)
_KO_GATE = stdlib_re.compile(r"[로길][ \t]?\d")
# ... or by its lot number in the neighbourhood (jibun):
# "경기도 성남시 분당구 정자동 178-1 파크뷰 301동 1203호"
_KO_LOT_ADDRESS = (
    _KO_REGION
    + r"[가-힣]{1,6}\d?(?:동|리|가)[ \t]+\d{1,5}(?:-\d{1,4})?(?:[ \t]?번지)?(?!\d)"
    + _KO_UNITS
)
_KO_LOT_GATE = stdlib_re.compile(r"[동리가][ \t]\d")

# India in Devanagari: house and lane numbers, then locality, town and PIN ("मकान नं. 45, गली नं. 3, लाजपत
# नगर, नई दिल्ली 110024")
_HI_HOUSE = r"मकान|फ्लैट|फ़्लैट|प्लॉट|हाउस|घर"
_HI_ADDRESS = (rf"(?:{_HI_HOUSE})[ \t]*(?:नं\.?|नंबर|संख्या|क्रमांक)?[ \t]*\d[\d/-]*"
               r"(?:,[ \t]*[\p{Devanagari}\d][\p{Devanagari}\d. ]{1,30}){1,5}")
_HI_GATE = stdlib_re.compile(_HI_HOUSE)

# Thailand in Latin letters: house number (moo), street, soi, khwaeng/tambon, khet/amphoe, province, postcode
_TH_WORDS = r"Soi|Moo|Thanon|Tambon|Khet|Amphoe|Khwaeng|Mu"
_TH_ADDRESS = (
    r"(?<![\w/])\d{1,5}(?:/\d{1,4})?(?:[ \t]+(?:Moo|Mu|M\.)[ \t]*\d{1,2})?,?[ \t]+"
    rf"(?:{_CAP}[ \t]+){{0,3}}?(?:Soi|Thanon|Moo|Mu)[ \t]+(?:\d{{1,3}}(?!\d)|{_CAP})(?:[ \t]+{_CAP})*"
    rf"(?:[ \t]+(?:Road|Rd\.?))?"
    rf"(?:,[ \t]*(?:(?:Tambon|Khet|Amphoe|Khwaeng|Changwat)[ \t]+)?{_PLACE}){{1,4}}"
    r"(?:[ \t]+\d{5}(?!\d))?"
)
# Thailand in Thai script: "99/1 หมู่ 4 ซอยสุขุมวิท 39 แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110"
_TH_MARK = r"หมู่(?:ที่)?|ม\.|ซอย|ซ\.|ถนน|ถ\.|แขวง|ตำบล|ต\.|เขต|อำเภอ|อ\.|จังหวัด|จ\."
_TH_SCRIPT_ADDRESS = (
    r"(?<![\d/])\d{1,5}(?:/\d{1,4})?[ \t]*"
    rf"(?:(?:{_TH_MARK})[ \t]*[\p{{Thai}}\d]+\.?(?:[ \t]+\d{{1,4}}(?![\d/]))?[ \t]*){{1,7}}"
    r"(?:[\p{Thai}]+[ \t]*)?(?:\d{5}(?!\d))?"
)
_TH_SCRIPT_GATE = stdlib_re.compile(r"ซอย|ถนน|แขวง|ตำบล|หมู่|อำเภอ|เขต")

# The Gulf (and Egypt, Cambodia): a villa, office or flat on a numbered street, then the area and emirate
_GULF_ADDRESS = (
    r"\b(?:Villa|Office|Flat|Apartment|Apt\.?|Shop|Unit|House|Building|Bldg\.?)[ \t]*(?:No\.?[ \t]*)?"
    r"\d{1,5}[A-Z]?,[ \t]*(?:Street|St\.?|Road|Rd\.?|Sikka|Sikkat)[ \t]*\d{1,4}[A-Z]?"
    rf"(?:{_MORE_PLACES}){{1,4}}"
)

_GULF_GATE = stdlib_re.compile(r"(?:Street|St\.?|Road|Rd\.?|Sikka|Sikkat)[ \t]*\d")

# A post-office box, its street and town: "P.O. Box 18-00100, Moi Avenue, Nairobi"
_PO_BOX = (
    r"\b(?:P\.?[ \t]?O\.?|G\.?P\.?O\.?|Post[ \t]+Office)[ \t]*Box[ \t]*\d{1,6}(?:-\d{3,5})?"
    rf"(?:{_MORE_PLACES}){{1,4}}"
)
_BOX_GATE = stdlib_re.compile(r"Box[ \t]*\d")

_ID_NAME = rf"(?!(?:No|Nomor|Kav|Blok|RT|RW)\b){_CAP}"
# Indonesia: "Jl. Melati No. 5 RT 03/RW 07, Kel. Cempaka Baru, Kec. Kemayoran, Jakarta Pusat 10640"
_ID_NUMBER = r"(?:,?[ \t]*(?:No\.?|Nomor|Kav\.?|Blok)[ \t]*[A-Z]?\d{1,4}[A-Z]?(?:[-/]\d{1,4}[A-Z]?)?)"
_ID_ADDRESS = (
    r"\b(?:(?:Jl\.|Jln\.|Jalan|Gg\.|Gang)[ \t]*(?:(?:Jend|Raya|H|KH|Dr|Ir|Prof)\.?[ \t]+)?"
    rf"{_ID_NAME}(?:[ \t]+(?:{_ID_NAME}|\d{{1,3}}(?:/\d{{1,3}})?(?!\d))){{0,3}}{_ID_NUMBER}*"
    # (or a housing estate's block and number: "Perumahan Griya Asri Blok C2 No. 14")
    rf"|(?:Perumahan|Perum\.?|Komplek|Kompleks|Komp\.|Ruko)[ \t]+{_ID_NAME}(?:[ \t]+{_ID_NAME}){{0,3}}"
    rf"{_ID_NUMBER}+)"
    r"(?:,?[ \t]*(?:RT|RW)[ \t.]*\d{1,3}(?:[ \t]*/[ \t]*(?:RW[ \t.]*)?\d{1,3})?)*"
    r"(?:,[ \t]*(?:(?:Kel\.|Kelurahan|Desa|Ds\.|Kec\.|Kecamatan|Kab\.|Kabupaten|Kota|Prov\.|Provinsi)"
    r"[ \t]*)?"
    rf"{_PLACE}){{0,5}}(?:,?[ \t]+\d{{5}}(?!\d)(?:[ \t]+{_PLACE})?{_MORE_PLACES}?)?"
)

# Turkey: "Cumhuriyet Mah. Atatürk Cad. No: 15 D: 4, Kadıköy/İstanbul"
_TR_STREET_WORD = r"(?:Cad\.|Caddesi|Cd\.|Sok\.|Sk\.|Sokak|Sokağı|Bulvarı|Blv\.|Bulv\.)"
_TR_ADDRESS = (
    rf"\b(?:{_PLACE}[ \t]+(?:Mah\.|Mahallesi|Mh\.),?[ \t]*)?{_PLACE}[ \t]+{_TR_STREET_WORD},?[ \t]*"
    r"(?:No|NO|Nu)[ \t]*[:.]?[ \t]*\d{1,4}[A-Z]?(?:/\d{1,4}[A-Z]?)?"
    r"(?:,?[ \t]*(?:D|Daire|Kat|K|Blok)[ \t]*[:.]?[ \t]*\d{1,4}[A-Z]?)*"
    rf"(?:,?[ \t]*\d{{5}}(?!\d))?(?:(?:,[ \t]*|[ \t]*/[ \t]*|(?<=\d)[ \t]+){_PLACE}){{0,3}}"
)

# ... the mahalle and a numbered street ("Gül Mahallesi 153. Sokak, 06690 Çankaya/Ankara"), door and flat
# optional
_TR_NUMBERED_STREET = (
    rf"\b{_PLACE}[ \t]+(?:Mahallesi|Mah\.|Mh\.),?[ \t]*"
    rf"(?:\d{{1,4}}\.[ \t]*(?:Sokak|Sokağı|Sk\.|Cadde|Caddesi|Cad\.|Cd\.)|{_PLACE}[ \t]+{_TR_STREET_WORD})"
    r"(?:,?[ \t]*(?:No|NO|Nu)[ \t]*[:.]?[ \t]*\d{1,4}[A-Z]?(?:/\d{1,4}[A-Z]?)?)?"
    r"(?:,?[ \t]*(?:D|Daire|Kat|K|Blok)[ \t]*[:.]?[ \t]*\d{1,4}[A-Z]?)*"
    rf"(?:,?[ \t]*\d{{5}}(?!\d))?(?:(?:,[ \t]*|[ \t]*/[ \t]*|(?<=\d)[ \t]+){_PLACE}){{0,3}}"
)
_TR_NUMBERED_GATE = stdlib_re.compile(r"Mah\.|Mahallesi|Mh\.")
# ... and a district, a slash and its province, Turkey's way of naming a town ("Kadıköy/İstanbul")
_TR_PROVINCES = (
    "Adana|Adıyaman|Afyonkarahisar|Aksaray|Amasya|Ankara|Antalya|Ardahan|Artvin|Aydın|Ağrı|Balıkesir|Bartın"
    "|Batman|Bayburt|Bilecik|Bingöl|Bitlis|Bolu|Burdur|Bursa|Denizli|Diyarbakır|Düzce|Edirne|Elazığ|Erzincan"
    "|Erzurum|Eskişehir|Gaziantep|Giresun|Gümüşhane|Hakkâri|Hakkari|Hatay|Isparta|Iğdır|Kahramanmaraş|Karabük"
    "|Karaman|Kars|Kastamonu|Kayseri|Kilis|Kocaeli|Konya|Kütahya|Kırklareli|Kırıkkale|Kırşehir|Malatya|Manisa"
    "|Mardin|Mersin|Muğla|Muş|Nevşehir|Niğde|Ordu|Osmaniye|Rize|Sakarya|Samsun|Siirt|Sinop|Sivas|Tekirdağ"
    "|Tokat|Trabzon|Tunceli|Uşak|Van|Yalova|Yozgat|Zonguldak|Çanakkale|Çankırı|Çorum|İstanbul|Istanbul|İzmir"
    "|Izmir|Şanlıurfa|Şırnak"
)
# (the district one word, not right after a capitalised one: "Zeynep Öztürk Kadıköy/İstanbul şehrine …" puts
# her name first, which the model would run on over the place)
_TR_DISTRICT_PROVINCE = (rf"(?<![\w/])(?<!\p{{Lu}}\p{{Ll}}+[ \t])\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?"
                         rf"[ \t]?/[ \t]?(?:{_TR_PROVINCES})(?![\w/])")

# Russia (and its neighbours' Cyrillic): "420111, г. Казань, ул. Садовая, д. 119, кв. 14", "пер. Липовый,
# д. 4", the town and postcode after the street too ("ул. Ленина, д. 5, кв. 2, г. Томск, 634050")
_RU_TOWN = r"(?:г\.|город|пос\.|пгт|с\.)[ \t]*\p{Lu}[\p{L}-]+(?:[ \t]\p{Lu}[\p{L}-]+)?"
_RU_STREET = (r"(?:ул\.|улица|пр\.|просп\.|проспект|пр-т|пер\.|переулок|ш\.|шоссе|б-р|бульвар|наб\.|пл\."
              r"|мкр\.|проезд|туп\.)[ \t]*(?:\d{1,2}-(?:я|й)[ \t]+)?\p{Lu}[\p{L}-]+"
              r"(?:[ \t]+\p{L}[\p{L}-]+){0,2}")
_RU_ADDRESS = (
    rf"(?<![\w])(?:\d{{6}},?[ \t]*)?(?:{_RU_TOWN},?[ \t]*)?{_RU_STREET},?[ \t]*"
    r"(?:д\.|дом)[ \t]*\d{1,4}(?:[ \t]?[а-я](?![\p{L}]))?(?:/\d{1,3})?"
    r"(?:,?[ \t]*(?:кв\.|квартира|корп\.|к\.|стр\.|оф\.|эт\.)[ \t]*\d{1,4})*"
    rf"(?:,[ \t]*{_RU_TOWN})?(?:,[ \t]*\d{{6}}(?!\d))?"
)
_RU_GATE = stdlib_re.compile(r"(?:д\.|дом)[ \t]*\d")

# Greece: "Οδός Αγίου Δημητρίου 125, 262 21 Πάτρα", "Λεωφόρος Κηφισίας 44, 151 25 Μαρούσι", and the street
# without its word before the postcode ("Πλαστήρα 75, 453 32 Ιωάννινα")
_EL_WORD = r"\p{Lu}[\p{Greek}.'-]*"
_EL_ADDRESS = (
    rf"(?<!\w)(?:(?:Οδός|Οδ\.|Λεωφόρος|Λεωφ\.|Πλατεία|Πλ\.)[ \t]+{_EL_WORD}(?:[ \t]+{_EL_WORD}){{0,3}}"
    r"[ \t]+\d{1,4}[Α-Ωα-ω]?(?!\d)(?:,[ \t]*(?:ΤΚ|Τ\.Κ\.)?[ \t]*\d{3}[ \t]?\d{2}(?!\d)"
    rf"(?:[ \t]+{_EL_WORD}(?:[ \t]+{_EL_WORD})?)?)?"
    rf"|{_EL_WORD}(?:[ \t]+{_EL_WORD}){{0,3}}[ \t]+\d{{1,4}}[Α-Ωα-ω]?,[ \t]*(?:ΤΚ|Τ\.Κ\.)?[ \t]*"
    rf"\d{{3}}[ \t]\d{{2}}(?!\d)[ \t]+{_EL_WORD}(?:[ \t]+{_EL_WORD})?)"
)
_EL_GATE = stdlib_re.compile(r"Οδός|Οδ\.|Λεωφ|Πλατεία|Πλ\.|\d{3} \d{2} \w")

# Spain: a street line with its floor and door inside, then the postcode and town ("Calle Jazmín 7, bajo,
# 30008 Murcia", "Calle Mayor 22, 4º izq., 30008 Murcia", "Calle del Almendro 136, 2º B, 50009 Zaragoza")
_ES_FLOOR = (r"(?:bajo|Bajo|entresuelo|Entlo\.|ático|Ático|principal|Pral\.|\d{1,2}[ºª°o]"
             r"(?:[ \t]*(?:[A-H]|izq(?:\.|da\.?|uierda)?|dcha?\.?|derecha|centro|ctro\.)(?![\p{L}]))?)\.?"
             r"(?:[ \t]+(?:[A-H]|izq(?:\.|da\.?|uierda)?|dcha?\.?|derecha|centro)(?![\p{L}])\.?)?")
_ES_ADDRESS = (
    r"\b(?:Calle|C/|Avda\.|Avenida|Av\.|Paseo|Pº|Plaza|Pza\.|Camino|Ronda|Travesía|Carrer|Rúa|Glorieta)"
    rf"[ \t]*(?:(?:de|del|de[ \t]+la|de[ \t]+los|de[ \t]+las)[ \t]+)?{_CAP}"
    rf"(?:[ \t]+(?:{_CAP}|de|del|la|los|las|y))"
    r"{0,4},?[ \t]+(?:n\.?º[ \t]*)?\d{1,4}[A-Za-z]?"
    rf"(?:,?[ \t]*{_ES_FLOOR})+,[ \t]*\d{{5}}(?!\d)[ \t]+{_PLACE}"
)
_ES_GATE = stdlib_re.compile(r"bajo|Bajo|entresuelo|ático|Ático|principal|Pral\.|Entlo|\d[ºª°]")

# Argentina: street and number, then the letter-led postcode (CPA) and town: "Bv. Oroño 10, S2000 Rosario"
_AR_ADDRESS = (
    rf"\b(?:(?:Bv|Bvd|Blvd|Av|Avda|Pje|Diag|Calle)\.?[ \t]+)?{_CAP}(?:[ \t]+(?:{_CAP}|de|del|y)){{0,3}}"
    r"[ \t]+\d{1,5}(?:,?[ \t]*(?:Piso|Depto|Dpto|Dto|Of|Oficina|Local|PB)\.?[ \t]*[\dA-Z]{0,4}\.?)*"
    rf",[ \t]*[A-Z]\d{{4}}(?:[A-Z]{{3}})?[ \t]+{_PLACE}(?:{_MORE_PLACES}){{0,2}}"
)
_AR_GATE = stdlib_re.compile(r",[ \t]*[A-Z]\d{4}")

# Arabic script: "شارع التحرير 15، الدقي، الجيزة", "حي النزهة، شارع الأمير سلطان، جدة"
_AR_WORD = r"(?:(?![٠-٩])\p{Arabic})+"
_ARABIC_ADDRESS = (
    # (a town may come first: "الرياض، حي العليا، طريق الملك فهد 110")
    rf"(?<![\p{{Arabic}}\d])(?:{_AR_WORD}(?:[ \t]+{_AR_WORD})?[ \t]*[،,][ \t]*)?"
    r"(?:[\d٠-٩]{1,5}[ \t]+)?(?:شارع|طريق|حي|جادة|ش\.|زقاق|ميدان)[ \t]+"
    rf"{_AR_WORD}(?:[ \t]+{_AR_WORD}){{0,3}}(?:[ \t]+(?:رقم[ \t]*)?[\d٠-٩]{{1,5}})?"
    rf"(?:[ \t]*[،,][ \t]*(?:(?:شارع|حي|مبنى|عمارة|شقة|رقم)[ \t]*)?(?:{_AR_WORD}|[\d٠-٩]{{1,5}})"
    rf"(?:[ \t]+(?:{_AR_WORD}|[\d٠-٩]{{1,5}})){{0,3}}){{0,4}}"
)
_ARABIC_GATE = stdlib_re.compile(r"شارع|طريق|حي |جادة|ش\.|زقاق|ميدان")
# Hebrew: "רחוב הרצל 12, תל אביב", "שד' רוטשילד 46 דירה 5, תל אביב-יפו"
_HE_WORD = r"[\p{Hebrew}][\p{Hebrew}\"'׳״-]*"
_HEBREW_ADDRESS = (
    r"(?<!\p{Hebrew})(?:רחוב|רח'|רח׳|שדרות|שד'|שד׳|דרך|סמטת|כיכר)[ \t]+"
    rf"{_HE_WORD}(?:[ \t]+{_HE_WORD}){{0,3}}[ \t]+\d{{1,4}}(?:[א-ת])?(?!\d)"
    r"(?:[ \t]*,?[ \t]*(?:דירה|דיר'|קומה|כניסה)[ \t]*\d{1,4})*"
    rf"(?:[ \t]*,[ \t]*{_HE_WORD}(?:[ \t]+{_HE_WORD}){{0,2}})?(?:[ \t]*,?[ \t]*\d{{5,7}}(?!\d))?"
)
# or without the street word: name, house number, a comma and the town ("הרצל 12, תל אביב")
_HEBREW_BARE_ADDRESS = (
    # (only after an address cue: "כתובת:", "גר ב…", "משלוח ל…"; prose has "בן 12, אבל")
    r"(?<=(?:כתובת|כתובתי|כתובת למשלוח)[ \t]*:?[ \t]*|(?:גר|גרה|מתגורר|מתגוררת|גרים)[ \t]+ב|משלוח[ \t]+ל)"
    rf"{_HE_WORD}(?:[ \t]+{_HE_WORD}){{0,2}}[ \t]+\d{{1,4}}(?:[א-ת])?(?!\d)"
    r"(?:[ \t]*,?[ \t]*(?:דירה|דיר'|קומה|כניסה)[ \t]*\d{1,4})*"
    rf"[ \t]*,[ \t]*{_HE_WORD}(?:[ \t]+{_HE_WORD}){{0,2}}(?:[ \t]*,?[ \t]*\d{{5,7}}(?!\d))?"
)
_HE_NUMBER_GATE = stdlib_re.compile(r"[\u05d0-\u05ea] \d{1,4}[\u05d0-\u05ea]? ?,")
_HEBREW_GATE = stdlib_re.compile(r"רחוב|רח['׳]|שדרות|שד['׳]|דרך |סמטת|כיכר")


# Ireland: a county, then its Eircode ("Co. Mayo, F23 F2X0", "County Cork T12 X8E4"); the lines before it
# (house, street, town) are taken in by scrubber/addresses.py
_IE_COUNTY_EIRCODE = (r"\b(?:Co\.?|County)[ \t]+\p{Lu}\p{Ll}+,?[ \t]+(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?"
                      r"[0-9AC-FHKNPRTV-Y]{4}(?![\w-])")

# Directions by landmarks, where streets have no numbers (East Africa, South Asia): a street and a landmark
# ("Kenyatta Avenue, off Moi Avenue, near Hilton Hotel, Nairobi") or two landmarks ("opposite Shell petrol
# station, behind Mama Ngina School, Kisumu"), then the town, at the end of a clause
_LANDMARK_CUE = (r"(?:[Oo]ff|[Nn]ear|[Oo]pposite|[Oo]pp\.|[Bb]ehind|[Bb]eside|[Nn]ext[ \t]+to"
                 r"|[Cc]lose[ \t]+to|[Aa]djacent[ \t]+to|[Aa]long)")
_LANDMARK = rf"{_LANDMARK_CUE}[ \t]+[\p{{L}}\d'’&-]+(?:[ \t]+[\p{{L}}\d'’&.-]+){{0,5}}"
_STREET_WITHOUT_NUMBER = (rf"{_CAP}(?:[ \t]+{_CAP}){{0,3}}[ \t]+"
                          r"(?:Street|Road|Avenue|Lane|Drive|Crescent|Close|Highway|Way|Boulevard|Rd\.|Ave\.)")
_LANDMARK_ADDRESS = (rf"\b(?:{_STREET_WITHOUT_NUMBER}|{_LANDMARK})(?:,[ \t]*{_LANDMARK}){{1,3}}"
                     rf"(?:,[ \t]*{_PLACE}){{1,2}}(?=[ \t]*(?:[.;\n]|$))")
_LANDMARK_GATE = ("off ", "near ", "opposite ", "opp. ", "behind ", "beside ", "next to ", "close to ",
                  "adjacent to ", "along ")


# The letters of the scripts a family is written in, and which script each range is
_SCRIPT_LETTER = stdlib_re.compile(
    r"[\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _script(ch: str) -> str:
    if ch <= "\u05ff":
        return "hebrew"
    if ch <= "\u06ff":
        return "arabic"
    if ch <= "\u0e7f":
        return "thai"
    return "hangul" if ch >= "\uac00" else "han"


class WorldAddressRecognizer(GatedPatternRecognizer):
    ENTITY = "LOCATION"
    PATTERNS = [
        Pattern("singapore hdb address", _SG_HDB, 0.86),
        Pattern("singapore unit and postcode", _SG_UNIT, 0.86),
        Pattern("philippine address", _PH_ADDRESS, 0.86),
        Pattern("vietnamese street address", _VN_ADDRESS, 0.86),
        Pattern("vietnamese numbered street", _VN_NUMBERED, 0.6),
        Pattern("vietnamese address without diacritics", _VN_PLAIN_ADDRESS, 0.86),
        Pattern("chinese street address", _ZH_ADDRESS, 0.86),
        Pattern("chinese estate address", _ZH_ESTATE, 0.86),
        Pattern("japanese street address", _JP_ADDRESS, 0.86),
        Pattern("japanese address after the postal mark", _JP_AFTER_POSTAL_MARK, 0.9),
        Pattern("japanese address", _JP_ROMANISED, 0.6),
        Pattern("korean road address", _KO_ADDRESS, 0.86),
        Pattern("korean lot address", _KO_LOT_ADDRESS, 0.86),
        Pattern("hindi address", _HI_ADDRESS, 0.86),
        Pattern("thai address", _TH_ADDRESS, 0.86),
        Pattern("thai script address", _TH_SCRIPT_ADDRESS, 0.86),
        Pattern("gulf numbered street", _GULF_ADDRESS, 0.86),
        Pattern("post office box with town", _PO_BOX, 0.86),
        Pattern("indonesian address", _ID_ADDRESS, 0.86),
        Pattern("turkish address", _TR_ADDRESS, 0.86),
        Pattern("turkish mahalle and numbered street", _TR_NUMBERED_STREET, 0.86),
        Pattern("turkish district and province", _TR_DISTRICT_PROVINCE, 0.86),
        Pattern("russian address", _RU_ADDRESS, 0.86),
        Pattern("greek address", _EL_ADDRESS, 0.86),
        Pattern("spanish street with floor", _ES_ADDRESS, 0.86),
        Pattern("argentine postcode address", _AR_ADDRESS, 0.86),
        Pattern("arabic script address", _ARABIC_ADDRESS, 0.86),
        Pattern("hebrew script address", _HEBREW_ADDRESS, 0.86),
        Pattern("hebrew address without a street word", _HEBREW_BARE_ADDRESS, 0.86),
        Pattern("irish county and eircode", _IE_COUNTY_EIRCODE, 0.86),
        Pattern("directions by landmarks", _LANDMARK_ADDRESS, 0.86),
    ]
    FLAGS = re.MULTILINE
    GATES = {
        "singapore hdb address": _BLOCK_GATE,
        "singapore unit and postcode": ("singapore",),
        "philippine address": _PH_GATE,
        "vietnamese street address": _VN_GATE,
        "vietnamese numbered street": _VN_NUMBERED_GATE,
        "vietnamese address without diacritics": _VN_PLAIN_GATE,
        "chinese street address": _CJK_GATE,
        "chinese estate address": _CJK_GATE,
        "japanese street address": _CJK_GATE,
        "japanese address after the postal mark": stdlib_re.compile("〒"),
        "japanese address": _JP_ROMANISED_GATE,
        "korean road address": _KO_GATE,
        "korean lot address": _KO_LOT_GATE,
        "hindi address": _HI_GATE,
        "thai address": ("soi ", "moo ", "mu ", "thanon"),
        "thai script address": _TH_SCRIPT_GATE,
        "gulf numbered street": _GULF_GATE,
        "post office box with town": _BOX_GATE,
        "indonesian address": ("jl.", "jln.", "jalan", "gg.", "gang", "perum", "komp", "ruko"),
        "turkish address": ("cad.", "caddesi", "cd.", "sok.", "sk.", "sokak", "bulvar", "blv."),
        "turkish mahalle and numbered street": _TR_NUMBERED_GATE,
        "turkish district and province": ("/",),
        "russian address": _RU_GATE,
        "greek address": _EL_GATE,
        "spanish street with floor": _ES_GATE,
        "argentine postcode address": _AR_GATE,
        "arabic script address": _ARABIC_GATE,
        "hebrew script address": _HEBREW_GATE,
        "hebrew address without a street word": _HE_NUMBER_GATE,
        "irish county and eircode": ("co.", "co ", "county"),
        "directions by landmarks": _LANDMARK_GATE,
    }

    # Families written in a script of their own: skipped at once in a text without a letter of it (found for
    # all of them in one scan of the text)
    SCRIPTS = {"chinese street address": "han", "chinese estate address": "han",
               "japanese street address": "han",
               "korean road address": "hangul", "korean lot address": "hangul", "thai script address": "thai",
               "arabic script address": "arabic", "hebrew script address": "hebrew",
               "hebrew address without a street word": "hebrew"}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._scripts: tuple[str | None, frozenset[str]] = (None, frozenset())

    def scripts(self, text: str) -> frozenset[str]:
        """The scripts of ``SCRIPTS`` the text holds a letter of (kept for the last text)."""
        if self._scripts[0] is not text:
            found = frozenset() if text.isascii() else frozenset(
                map(_script, set(_SCRIPT_LETTER.findall(text))))
            self._scripts = (text, found)
        return self._scripts[1]

    def start_of(self, pattern: Pattern, text: str) -> int | None:
        script = self.SCRIPTS.get(pattern.name)
        if script is not None and script not in self.scripts(text):
            return None
        if pattern.name == "vietnamese street address" and text.isascii():
            return None
        return super().start_of(pattern, text)

    def accept_match(self, match: re.Match) -> bool:
        """A Vietnamese address holds a letter only Vietnamese writes (not "12 Main, Park, Hill"); an Arabic
        one a number or a place after its street."""
        if match.re.pattern == _VN_ADDRESS:
            return _VN_GATE.search(match.group()) is not None
        if match.re.pattern == _VN_PLAIN_ADDRESS:  # two places after the street, one a numbered or city's
            # word ("Quan 1", "TP HCM"; "Phuong" and "Quan" are given names too: "12 Main St, Quan Le, …")
            return match.group().count(",") >= 2 and _VN_PLAIN_SURE.search(match.group()) is not None
        if match.re.pattern == _ARABIC_ADDRESS:  # a number, or a place after the street: "شارع طويل" is prose
            street = _ARABIC_GATE.search(match.group())
            return any(c.isdigit() for c in match.group()) or street is not None and any(
                c in "،," for c in match.group()[street.end():])
        return True
