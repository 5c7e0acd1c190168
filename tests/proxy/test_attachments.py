"""proxy/attachments.py: data URLs, opening files (real files written by real libraries), multipart bodies,
the plan per policy, and the policy fields ``attachments`` / ``images``."""

import base64
import codecs
import io
import time
import wave
import zipfile

import docx
import httpx
import openpyxl
import pptx
import pytest
from fpdf import FPDF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.comments import Comment
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject
from python_multipart.multipart import MultipartParser

from policy.engine import RequestContext, decide
from policy.model import PolicyError, parse_policy
from proxy.attachments import (
    Attachment,
    Limits,
    decode_base64,
    open_attachment,
    parse_data_url,
    parse_multipart,
    plan,
)

NAME, SSN, EMAIL = "Johanna Smithers", "078-05-1120", "johanna.smithers@example.com"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(out, "PNG")
    return out.getvalue()


def _wav() -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(8000)
        w.writeframes(b"\0\0" * 800)
    return out.getvalue()


def _saved(doc) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _docx(picture: bool = False) -> bytes:
    d = docx.Document()
    p = d.add_paragraph("Contact ")
    p.add_run(NAME[:3])  # a name split over two runs, as Word does after an edit
    p.add_run(NAME[3:]).bold = True
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "SSN", SSN
    d.sections[0].header.paragraphs[0].text = f"Header: {EMAIL}"
    d.sections[0].footer.paragraphs[0].text = "Footer: Bertram Oakley"
    d.add_comment(p.runs[0], text="ask Cordelia Vance", author="Reviewer")
    d.core_properties.author = "Dagobert Quill"
    if picture:
        d.add_picture(io.BytesIO(_png()))
    return _saved(d)


def _xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"], ws["B1"], ws["C1"] = "Name", NAME, 78051120
    ws["B1"].comment = Comment("checked by Elsbeth Marrow", "HR")
    wb.create_sheet("Second")["A1"] = EMAIL
    return _saved(wb)


def _pptx() -> bytes:
    pr = pptx.Presentation()
    slide = pr.slides.add_slide(pr.slide_layouts[1])
    slide.shapes.title.text = f"Review for {NAME}"
    slide.notes_slide.notes_text_frame.text = f"speaker notes: {EMAIL}"
    return _saved(pr)


def _pdf(pages: int = 1, picture: bool = False, **meta: str) -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for i in range(pages):
        pdf.add_page()
        pdf.cell(text=f"Page {i}: patient {NAME}, SSN {SSN}")
        if picture:
            pdf.image(io.BytesIO(_png()), x=10, y=30, w=10)
    if author := meta.get("author"):
        pdf.set_author(author)
    return bytes(pdf.output())


def _pypdf(data: bytes, edit) -> bytes:
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    edit(w)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


# -- data URLs ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "url, media_type, params, data",
    [
        ("data:text/plain;base64,SGVsbG8gSm9obg==", "text/plain", {}, b"Hello John"),
        ("data:text/plain;charset=UTF-8;base64,SGVs\n bG8g\r\nSm9obg==", "text/plain", {"charset": "UTF-8"},
         b"Hello John"),
        ("data:,A%20brief%20note", "text/plain", {}, b"A brief note"),
        ("DATA:Application/PDF;name=a.pdf;base64,JVBERi0=", "application/pdf", {"name": "a.pdf"}, b"%PDF-"),
        ("data:text/csv;base64,", "text/csv", {}, b""),
    ],
)  # fmt: skip
def test_parse_data_url(url, media_type, params, data):
    u = parse_data_url(url)
    assert (u.media_type, u.params, u.data) == (media_type, params, data)
    again = parse_data_url(u.with_data(b"new \xc3\xa9 bytes,%"))
    assert (again.media_type, again.params, again.data) == (media_type, params, b"new \xc3\xa9 bytes,%")
    assert u.with_data(u.data).split(",")[0][5:] == url.split(",")[0][5:]  # media type and parameters as sent


@pytest.mark.parametrize(
    "value",
    ["https://example.com/a.png", "plain text", "", None, 42, "data:text/plain;base64",
     "data:;base64,SGVsbG8!", "data:text/plain;base64,SGVsbG8", "data:text/plain;base64,SGVs=bG8=",
     "data:text/plain;base64,ü"],
)  # fmt: skip
def test_parse_data_url_refuses_non_urls_and_bad_base64(value):
    assert parse_data_url(value) is None


def test_data_url_content_type_carries_the_charset():
    u = parse_data_url(
        "data:text/plain;charset=utf-16;base64," + base64.b64encode("Zoë".encode("utf-16")).decode()
    )
    assert open_attachment(u.data, u.content_type).text == "Zoë"


def test_decode_base64_strict_and_lenient():
    assert decode_base64("SGk=") == b"Hi" and decode_base64("SGk") is None and decode_base64("S-k_") is None
    assert decode_base64("SGk", lenient=True) == b"Hi" and decode_base64("-_8", lenient=True) == b"\xfb\xff"


# -- text --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "data, media_type, filename, charset",
    [
        (f"Dear {NAME}".encode(), "text/plain", "", "utf-8"),
        (f"name,ssn\n{NAME},{SSN}\n".encode("cp1252"), "text/csv", "", "utf-8"),
        ("name\nZoë Müller\n".encode("cp1252"), "text/csv", "", "cp1252"),  # Excel's CSV export
        ("Zoë".encode("latin-1"), "text/plain; charset=ISO-8859-1", "", "latin-1"),
        (b'{"patient": "Johanna"}', "application/json", "", "utf-8"),
        (b"<a>Johanna</a>", "application/soap+xml", "", "utf-8"),
        (b"# Notes\nJohanna", "application/octet-stream", "notes.md", "utf-8"),
        (b"def f():\n    return 'Johanna'\n", "", "tool.py", "utf-8"),
        (b"plain words, no type", "", "", "utf-8"),  # generic type: sniffed as UTF-8 text
        (b"BMW sales by region\n", "application/octet-stream", "", "utf-8"),  # starts like a BMP image
        (b'<svg xmlns="http://www.w3.org/2000/svg"><text>Johanna</text></svg>', "image/svg+xml", "", "utf-8"),
    ],
)  # fmt: skip
def test_text_files_decode_and_encode_in_their_charset(data, media_type, filename, charset):
    att = open_attachment(data, media_type, filename)
    assert att.kind == "text" and codecs.lookup(att.charset).name == codecs.lookup(charset).name
    assert att.encode(att.text) == data
    assert att.encode(att.text.replace("Johanna", "<PERSON_1>")) == data.replace(b"Johanna", b"<PERSON_1>")


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                        (codecs.BOM_UTF16_BE, "utf-16-be")])  # fmt: skip
def test_byte_order_mark_is_kept(bom, codec):
    data = bom + f"Dear {NAME}".encode(codec)
    att = open_attachment(data, "application/octet-stream")
    assert att.kind == "text" and att.text == f"Dear {NAME}"
    assert att.encode("Dear <PERSON_1>") == bom + "Dear <PERSON_1>".encode(codec)


def test_characters_the_charset_lacks_become_question_marks():
    att = open_attachment(b"Dear John", "text/plain; charset=us-ascii")
    assert att.encode("Dear Zoë") == b"Dear Zo?"
    with pytest.raises(ValueError):
        Attachment("document", text="x").encode("y")


@pytest.mark.parametrize(
    "data, media_type, reason",
    [
        (b"text with a \x00 NUL", "text/plain", "not valid text"),
        (b"\x00\x01\x02\x03binary", "application/octet-stream", "unknown binary"),
        (b"\x1f\x8b\x08\x00compressed", "text/plain", "gzip"),  # a gzip sent as text would pass unread
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/msword", "ole"),  # .doc, or an encrypted .docx
        (b"{\\rtf1\\ansi M\\'fcller}", "application/rtf", "rtf"),
        (b"just text", "image/png", "not the image"),
        (b"just text", "audio/wav", "not the audio"),
        (b"just text", "application/x-unknown", "cannot be read"),
        ("Zoë".encode("utf-16-le"), "text/plain; charset=no-such-charset", "not valid text"),
    ],
)  # fmt: skip
def test_unreadable_files_say_why_without_quoting_them(data, media_type, reason):
    att = open_attachment(data, media_type)
    assert att.kind == "unreadable" and reason in att.reason and att.text == ""
    assert "Zo" not in att.reason and "rtf1" not in att.reason


def test_text_over_the_character_limit_cannot_be_checked():
    att = open_attachment(b"a" * 1001, "text/plain", limits=Limits(max_chars=1000))
    assert att.kind == "unreadable" and "1000 characters" in att.reason
    assert open_attachment(b"a" * 1000, "text/plain", limits=Limits(max_chars=1000)).kind == "text"


def test_huge_file_is_refused_before_any_decoding():
    data = b"a" * (32 * 2**20 + 1)
    t0 = time.perf_counter()
    att = open_attachment(data, "text/plain")
    assert att.kind == "unreadable" and "larger than 32 MiB" in att.reason
    assert time.perf_counter() - t0 < 0.5


# -- images and audio --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "make, media_type, kind, fmt",
    [
        (_png, "image/png", "image", "png"),
        (_png, "text/plain", "image", "png"),  # not text: its content decides
        (_png, "image/jpeg", "image", "png"),
        (_wav, "audio/wav", "audio", "wav"),
        (_wav, "", "audio", "wav"),
    ],
)
def test_images_and_audio_by_content(make, media_type, kind, fmt):
    att = open_attachment(make(), media_type)
    assert (att.kind, att.format) == (kind, fmt)


# -- documents (written by python-docx, openpyxl, python-pptx, fpdf2, pypdf) -------------------------------
def test_docx_text_from_body_table_header_footer_comments_and_properties():
    att = open_attachment(_docx(), DOCX, "cv.docx")
    assert (att.kind, att.format, att.images) == ("document", "docx", 0)  # the thumbnail is not counted
    for value in (NAME, SSN, EMAIL, "Bertram Oakley", "Cordelia Vance", "Dagobert Quill"):
        assert value in att.text
    assert f"Contact {NAME}" in att.text  # runs of one paragraph are joined, paragraphs are separated


def test_docx_with_a_picture_counts_it():
    att = open_attachment(_docx(picture=True), DOCX)
    assert att.kind == "document" and att.images == 1


def test_docx_sent_with_a_wrong_media_type_is_still_a_docx():
    for media_type, filename in (
        ("text/plain", "a.txt"),
        ("application/octet-stream", ""),
        ("image/png", ""),
    ):
        att = open_attachment(_docx(), media_type, filename)
        assert (att.kind, att.format) == ("document", "docx") and NAME in att.text


def test_xlsx_text_from_every_sheet_numbers_and_comments():
    att = open_attachment(_xlsx(), XLSX)
    assert (att.kind, att.format) == ("document", "xlsx")
    for value in (NAME, "78051120", EMAIL, "Elsbeth Marrow"):
        assert value in att.text


def test_pptx_text_from_slides_and_notes():
    att = open_attachment(_pptx(), PPTX)
    assert (att.kind, att.format) == ("document", "pptx")
    assert f"Review for {NAME}" in att.text and EMAIL in att.text


def test_odt_text():
    # The smallest OpenDocument text file the format allows (no ODF writer is installed).
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        f"<text:p>Patient {NAME[:4]}<text:span>{NAME[4:]}</text:span><text:s/>{SSN}</text:p>"
        "</office:text></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
    att = open_attachment(out.getvalue(), "application/vnd.oasis.opendocument.text")
    assert (att.kind, att.format) == ("document", "odf") and f"Patient {NAME} {SSN}" in att.text


def test_pdf_text_metadata_annotations_and_images():
    att = open_attachment(_pdf(pages=2, author="Dagobert Quill"), "application/pdf")
    assert (att.kind, att.format, att.images) == ("document", "pdf", 0)
    assert f"Page 1: patient {NAME}, SSN {SSN}" in att.text and "Dagobert Quill" in att.text
    with_note = _pypdf(_pdf(), lambda w: w.add_annotation(0, _text_annotation(f"call {EMAIL}")))
    assert EMAIL in open_attachment(with_note, "application/pdf").text
    assert open_attachment(_pdf(picture=True), "application/pdf").images == 1


def test_pdf_xmp_metadata_and_bookmarks_are_read():
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.start_section("Notes on Ignatius Pell")
    pdf.cell(text="body")
    pdf.set_xmp_metadata(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq>'
        "<rdf:li>Winifred Oates</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    att = open_attachment(bytes(pdf.output()), "application/pdf")
    assert "Winifred Oates" in att.text and "Notes on Ignatius Pell" in att.text


def test_pdf_form_field_values_are_read():
    def add_field(w: PdfWriter) -> None:
        field = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject("patient"),
                NameObject("/V"): TextStringObject("Quentin Farrow"),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (10, 10, 100, 30)]),
            }
        )
        ref = w._add_object(field)
        w.pages[0][NameObject("/Annots")] = ArrayObject([ref])
        w.root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): ArrayObject([ref])})

    assert "Quentin Farrow" in open_attachment(_pypdf(_pdf(), add_field), "application/pdf").text


def _text_annotation(text: str):
    from pypdf.annotations import Text

    return Text(rect=(50, 550, 200, 650), text=text)


def test_all_ascii_pdf_is_read_as_a_pdf_even_when_sent_as_text():
    pdf = FPDF()
    pdf.set_compression(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text=f"patient {NAME}")
    data = bytes(pdf.output())
    data = data[:9] + b"%abcd\n" + data[15:]  # the binary comment line, same length: now it is all ASCII
    assert data.decode("ascii")
    for media_type in ("text/plain", "application/octet-stream", ""):
        att = open_attachment(data, media_type, "report.pdf")
        assert (att.kind, att.format) == ("document", "pdf") and NAME in att.text
    text = open_attachment(b"%PDF-1.7 is the version we write.\n", "text/plain")
    assert text.kind == "text" and text.text.startswith("%PDF-1.7")


def test_pdf_sent_as_octet_stream_is_read_as_a_pdf():
    att = open_attachment(_pdf(), "application/octet-stream", "scan")
    assert att.format == "pdf" and NAME in att.text


@pytest.mark.parametrize(
    "edit, kind, reason",
    [
        (lambda w: w.encrypt(user_password="secret", owner_password="o", algorithm="AES-128"), "unreadable",
         "encrypted PDF"),
        (lambda w: w.encrypt(user_password="", owner_password="o", algorithm="AES-128"), "document", ""),
        (lambda w: w.add_attachment("more.txt", f"{NAME} {SSN}".encode()), "unreadable", "files attached"),
    ],
)  # fmt: skip
def test_pdf_encryption_and_embedded_files(edit, kind, reason):
    att = open_attachment(_pypdf(_pdf(), edit), "application/pdf")
    assert att.kind == kind and reason in att.reason
    assert (NAME in att.text) == (kind == "document")


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.97])
def test_truncated_pdf_is_unreadable(keep):
    data = _pdf(pages=3)
    att = open_attachment(data[: int(len(data) * keep)], "application/pdf")
    assert att.kind == "unreadable" and att.format == "pdf"


def test_ten_thousand_page_pdf_is_refused_quickly():
    w = PdfWriter()
    for _ in range(10_000):
        w.add_blank_page(100, 100)
    out = io.BytesIO()
    w.write(out)
    t0 = time.perf_counter()
    att = open_attachment(out.getvalue(), "application/pdf")
    assert att.kind == "unreadable" and "more than 2000 pages" in att.reason
    assert time.perf_counter() - t0 < 2


def test_pdf_text_over_the_character_limit_cannot_be_checked():
    att = open_attachment(_pdf(pages=5), "application/pdf", limits=Limits(max_chars=100))
    assert att.kind == "unreadable" and "100 characters" in att.reason


def test_pdf_deadline():
    att = open_attachment(_pdf(pages=3), "application/pdf", limits=Limits(max_seconds=0))
    assert att.kind == "unreadable" and "too long" in att.reason


def _rezip(
    data: bytes, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None
) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, (replace or {}).get(info.filename, src.read(info)))
        for name, content in (add or {}).items():
            z.writestr(name, content)
    return out.getvalue()


def test_zip_bomb_docx_is_refused_without_unpacking():
    src = zipfile.ZipFile(io.BytesIO(_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                z.writestr(info.filename, src.read(info))
        with z.open("word/document.xml", "w") as f:  # 200 MiB of XML in about 200 KiB
            f.write(b"<w:document xmlns:w='urn:w'><w:body><w:p><w:r><w:t>")
            for _ in range(200):
                f.write(b"A" * 2**20)
            f.write(b"</w:t></w:r></w:p></w:body></w:document>")
    bomb = out.getvalue()
    assert len(bomb) < 2**20
    t0 = time.perf_counter()
    att = open_attachment(bomb, DOCX)
    assert att.kind == "unreadable" and "unpacks to more than 48 MiB" in att.reason
    assert time.perf_counter() - t0 < 0.5


def test_docx_whose_text_is_over_the_character_limit():
    att = open_attachment(_docx(), DOCX, limits=Limits(max_chars=50))
    assert att.kind == "unreadable" and "50 characters" in att.reason


def test_zip_with_too_many_entries():
    data = _rezip(_docx(), add={f"customXml/extra{i}.xml": b"<a/>" for i in range(50)})
    att = open_attachment(data, DOCX, limits=Limits(max_entries=40))
    assert att.kind == "unreadable" and "more than 40 files" in att.reason


def test_zip_with_a_huge_central_directory_is_refused_before_it_is_parsed():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", b"<w:document xmlns:w='urn:w'/>")
        for i in range(12_000):
            z.writestr(f"customXml/a{i}", b"")
    data = out.getvalue()
    t0 = time.perf_counter()
    zipfile.ZipFile(io.BytesIO(data)).infolist()
    parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    att = open_attachment(data, DOCX, limits=Limits(max_entries=1000))
    assert att.kind == "unreadable" and "more than 1000 files" in att.reason
    assert time.perf_counter() - t0 < parse / 5


def test_entity_expansion_is_not_performed():
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "lollollollollollollollollollol">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
        b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>'
        b"<w:document xmlns:w='urn:w'><w:p><w:t>&e;&e;&e;&e;&e;&e;&e;&e;</w:t></w:p></w:document>"
    )
    att = open_attachment(_rezip(_docx(), replace={"word/document.xml": laughs}), DOCX)
    assert "lollol" not in att.text and len(att.text) < 10_000


def test_deeply_nested_xml_is_read_without_recursion():
    deep = b"<w:document xmlns:w='urn:w'>" + b"<w:x>" * 100_000 + b"<w:t>Johanna</w:t>"
    deep += b"</w:x>" * 100_000 + b"</w:document>"
    t0 = time.perf_counter()
    att = open_attachment(_rezip(_docx(), replace={"word/document.xml": deep}), DOCX)
    assert att.kind == "document" and "Johanna" in att.text and time.perf_counter() - t0 < 2


@pytest.mark.parametrize(
    "edit, reason",
    [
        (lambda d: _rezip(d, add={"word/embeddings/Sheet1.xlsx": _xlsx()}), "embedded"),
        (lambda d: d[: len(d) // 2], "corrupt zip"),
        (
            lambda d: _rezip(d, replace={"word/document.xml": b"<w:document><w:p>unclosed"}),
            "corrupt document",
        ),
    ],
)
def test_broken_or_unsupported_docx(edit, reason):
    att = open_attachment(edit(_docx()), DOCX)
    assert att.kind == "unreadable" and reason in att.reason


def _odf(extra: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        z.writestr("content.xml", "<office:document-content xmlns:office='urn:o'/>")
        for name, content in extra.items():
            z.writestr(name, content)
    return out.getvalue()


def test_odf_embedded_objects():
    xml_object = _odf({"Object 1/content.xml": b"<math xmlns='urn:m'><mi>Ottilie Brand</mi></math>",
                       "ObjectReplacements/Object 1": b"\x00picture"})  # fmt: skip
    att = open_attachment(xml_object, "application/vnd.oasis.opendocument.text")
    assert att.kind == "document" and "Ottilie Brand" in att.text and att.images == 1
    ole = open_attachment(_odf({"Object 2": b"\xd0\xcf\x11\xe0"}), "application/vnd.oasis.opendocument.text")
    assert ole.kind == "unreadable" and "embedded" in ole.reason


def test_plain_zip_archive_is_unreadable():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("notes.txt", f"{NAME} {SSN}")
    att = open_attachment(out.getvalue(), "application/zip")
    assert att.kind == "unreadable" and "zip archives" in att.reason


_SAMPLES = [_docx(), _xlsx(), _pdf(), _png(), b"plain text"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sample=st.sampled_from(_SAMPLES),
    flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), max_size=8),
    media_type=st.sampled_from(
        ["", "text/plain", "application/pdf", DOCX, "image/png", "text/plain; charset=x"]
    ),
)
def test_hostile_bytes_never_raise(sample, flips, media_type):
    data = bytearray(sample)
    for where, value in flips:
        data[int(where * len(data))] = value
    att = open_attachment(bytes(data), media_type)
    assert att.kind in ("text", "document", "image", "audio", "unreadable")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300), st.text(max_size=40), st.text(max_size=20))
def test_random_input_never_raises(data, media_type, filename):
    assert open_attachment(data, media_type, filename).kind


# -- multipart ---------------------------------------------------------------------------------------------
def _form(data: dict, files: dict) -> tuple[str, bytes]:
    req = httpx.Request("POST", "http://127.0.0.1/v1/files", data=data, files=files)
    return req.headers["content-type"], req.read()


def _independent_parse(content_type: str, body: bytes) -> list[tuple[bytes, bytes]]:
    """(header block, data) per part, by python-multipart's own parser."""
    parts: list[list[bytes]] = []
    callbacks = {
        "on_part_begin": lambda: parts.append([b"", b""]),
        "on_header_field": lambda d, s, e: parts[-1].__setitem__(0, parts[-1][0] + d[s:e] + b":"),
        "on_header_value": lambda d, s, e: parts[-1].__setitem__(0, parts[-1][0] + d[s:e] + b"\n"),
        "on_part_data": lambda d, s, e: parts[-1].__setitem__(1, parts[-1][1] + d[s:e]),
    }
    boundary = content_type.split("boundary=")[1].strip('"')
    parser = MultipartParser(boundary, callbacks)
    parser.write(body)
    parser.finalize()
    return [(h, d) for h, d in parts]


def test_multipart_from_a_real_client_round_trips_byte_for_byte():
    ct, body = _form(
        {"purpose": "assistants", "prompt": f"Transcribe the call with {NAME}"},
        {
            "file": ("notes.txt", f"Call {NAME} at {SSN}\r\n".encode(), "text/plain"),
            "image": ("a.png", _png()),
        },
    )
    mp = parse_multipart(ct, body)
    assert [(p.name, p.filename, p.content_type) for p in mp.parts] == [
        ("purpose", None, ""),
        ("prompt", None, ""),
        ("file", "notes.txt", "text/plain"),
        ("image", "a.png", "image/png"),
    ]
    assert mp.parts[3].data == _png()
    assert mp.build() == (ct, body)


def test_rewritten_part_changes_only_that_part():
    ct, body = _form(
        {"purpose": "assistants"}, {"file": ("notes.txt", f"Call {NAME}".encode(), "text/plain")}
    )
    mp = parse_multipart(ct, body)
    mp.parts[1].data = b"Call <PERSON_1>"
    new_ct, new_body = mp.build()
    assert new_ct == ct and new_body == body.replace(NAME.encode(), b"<PERSON_1>")
    assert _independent_parse(new_ct, new_body)[1][1] == b"Call <PERSON_1>"


def test_file_name_rewrite_keeps_the_other_header_bytes():
    ct, body = _form({}, {"file": (f"{NAME} CV.txt", b"x", "text/plain")})
    mp = parse_multipart(ct, body)
    assert mp.parts[0].filename == f"{NAME} CV.txt"
    mp.parts[0].filename = 'CV of <PERSON_1> "draft".txt'
    _, new_body = mp.build()
    assert new_body == body.replace(f'"{NAME} CV.txt"'.encode(), b'"CV of <PERSON_1> \\"draft\\".txt"')
    assert parse_multipart(ct, new_body).parts[0].filename == 'CV of <PERSON_1> "draft".txt'


def test_browser_style_multipart_with_preamble_epilogue_padding_and_filename_star():
    b = "----WebKitFormBoundaryX3bY"
    body = (
        f"preamble\r\n--{b}  \r\n"
        "Content-Disposition: form-data; name=\"file\"; filename*=UTF-8''Zo%C3%AB.txt\r\n"
        f"Content-Type: text/plain\r\n\r\nhello\r\n--{b}\r\n\r\nno headers\r\n--{b}--\r\nepilogue"
    ).encode()
    ct = f"multipart/form-data; boundary={b}"
    mp = parse_multipart(ct, body)
    assert [p.data for p in mp.parts] == [b"hello", b"no headers"] and mp.parts[0].filename == "Zoë.txt"
    assert mp.build() == (ct, body)
    mp.parts[0].filename = "<PERSON_1>.txt"
    assert b"filename*=UTF-8''%3CPERSON_1%3E.txt" in mp.build()[1]


@pytest.mark.parametrize(
    "ct, body",
    [
        ("application/json", b"{}"),
        ("multipart/form-data", b"--x\r\n\r\na\r\n--x--"),  # no boundary parameter
        ("multipart/form-data; boundary=x", b"--x\r\n\r\nunterminated"),
        ("multipart/form-data; boundary=x", b"no delimiter at all"),
        ("multipart/form-data; boundary=x", b"--x\n\na\n--x--"),  # bare LF
        ("multipart/form-data; boundary=x", b"--x\r\nContent-Disposition: form-data; name=a\r\na\r\n--x--"),
        ("multipart/form-data; boundary=x",
         b"--x\r\nContent-Transfer-Encoding: base64\r\n\r\nSm9obg==\r\n--x--"),  # would be checked encoded
    ],
)  # fmt: skip
def test_malformed_multipart_is_none(ct, body):
    assert parse_multipart(ct, body) is None


def test_empty_multipart_and_boundary_in_new_content():
    assert parse_multipart("multipart/form-data; boundary=x", b"--x--\r\n").build()[1] == b"--x--\r\n"
    mp = parse_multipart("multipart/form-data; boundary=x", b"--x\r\n\r\na\r\n--x--")
    mp.parts[0].data = b"b\r\n--x--"
    with pytest.raises(ValueError):
        mp.build()


# -- what the policy does with a file ----------------------------------------------------------------------
TEXT = Attachment("text", "text", "hi", charset="utf-8")
DOC = Attachment("document", "pdf", "hi")
DOC_WITH_IMAGE = Attachment("document", "docx", "hi", images=2)
IMAGE, AUDIO = Attachment("image", "png"), Attachment("audio", "wav")
BROKEN = Attachment("unreadable", reason="encrypted PDF")


@pytest.mark.parametrize(
    "att, attachments, images, step, reason",
    [
        (TEXT, "scrub", "block", "scrub", ""),
        (DOC, "scrub", "block", "check", ""),
        (DOC_WITH_IMAGE, "scrub", "block", "refuse", "DOCX contains images"),
        (DOC_WITH_IMAGE, "scrub", "allow", "check", ""),
        (IMAGE, "scrub", "block", "refuse", "images are not allowed"),
        (IMAGE, "scrub", "allow", "pass", ""),
        (IMAGE, "allow", "block", "refuse", "images are not allowed"),
        (AUDIO, "scrub", "allow", "refuse", "audio"),
        (AUDIO, "allow", "block", "pass", ""),
        (BROKEN, "scrub", "allow", "refuse", "cannot be checked: encrypted PDF"),
        (BROKEN, "allow", "block", "pass", ""),
        (TEXT, "block", "allow", "refuse", "not allowed"),
        (DOC, "allow", "block", "pass", ""),
    ],
)  # fmt: skip
def test_plan(att, attachments, images, step, reason):
    p = plan(att, attachments, images)
    assert p.step == step and reason in p.reason


# -- the policy fields -------------------------------------------------------------------------------------
POLICY = """
defaults: {attachments: scrub, images: block}
services:
  openai-api: {sanctioned: true, attachments: block}
  gemini-api: {images: allow}
  copilot: {attachments: allow, images: allow}
"""


@pytest.mark.parametrize(
    "service, attachments, images",
    [("openai-api", "block", "block"), ("gemini-api", "scrub", "allow"), ("copilot", "allow", "allow"),
     ("other", "scrub", "block")],
)  # fmt: skip
def test_decision_carries_attachments_and_images(service, attachments, images):
    d = decide(RequestContext("zoe", service), parse_policy(POLICY))
    assert (d.attachments, d.images) == (attachments, images)


def test_defaults_fail_closed():
    d = decide(RequestContext("zoe", "anything"), parse_policy(""))
    assert (d.attachments, d.images) == ("scrub", "block")


@pytest.mark.parametrize(
    "doc, error",
    [
        ("defaults: {attachments: yes}",
         "defaults.attachments (line 1): Input should be 'scrub', 'block' or 'allow'"),
        ("services:\n  x:\n    images: scrub",
         "services.x.images (line 3): Input should be 'allow' or 'block'"),
    ],
)  # fmt: skip
def test_bad_values_name_field_and_line(doc, error):
    with pytest.raises(PolicyError, match=error.replace("(", r"\(").replace(")", r"\)")):
        parse_policy(doc)
