"""Files inside AI requests: open them, say what they are, and put rewritten text back. Pure: no I/O.

Three entry points, each safe on hostile input (they never raise on bad data; what cannot be read is an
``unreadable`` attachment with a short reason that never quotes the content):

- ``parse_data_url(s)`` → ``DataURL`` (``data:text/plain;base64,…``); ``DataURL.with_data(b)`` puts new
  bytes back with the same media type, parameters and encoding.
- ``open_attachment(data, media_type, filename)`` → ``Attachment`` of kind
  ``text`` (decoded; ``encode(new_text)`` gives bytes in the same charset), ``document`` (text extracted
  from PDF, DOCX, XLSX, PPTX, ODF: checkable, not rewritable), ``image``, ``audio`` (and video) or
  ``unreadable`` (corrupt, encrypted, over a limit, unknown binary, content not matching its type).
  What a file *is* comes from its content: a PDF or a zip package is read as a document whatever its
  declared type; otherwise bytes that decode as clean text under a text type (or a generic type with a
  text file name, or strict UTF text) are text, and known signatures decide the rest (an "image" that is
  not one is unreadable).
- ``parse_multipart(content_type, body)`` → ``Multipart``; ``Multipart.build()`` re-serialises it with
  the same boundary, part headers and order, byte for byte for the parts left unchanged.

``plan(attachment, attachments, images)`` turns the policy fields (``attachments: scrub|block|allow``,
``images: allow|block``) into what the proxy does with one file: pass it, scrub its text, check a
document's text (refuse it if the policy would scrub anything in it), or refuse it with a reason.

Limits (``Limits``) bound the work on every file: bytes, characters, pages, unpacked XML and entries of
a zip package, and a deadline checked between pages and package parts. A single PDF page is not
interruptible; run ``open_attachment`` where a stuck call can be abandoned (the scrubber workers).
"""

import base64
import binascii
import codecs
import io
import logging
import re
import time
import urllib.parse
import zipfile
from dataclasses import dataclass, field
from typing import Literal

from lxml import etree
from python_multipart.multipart import parse_options_header

Kind = Literal["text", "document", "image", "audio", "unreadable"]
AttachmentsMode = Literal["scrub", "block", "allow"]
ImagesMode = Literal["allow", "block"]


@dataclass(frozen=True, slots=True)
class Limits:
    """How much work one file may cost; over a limit the file is ``unreadable`` (cannot be checked)."""

    max_bytes: int = 32 * 2**20  # the file itself
    max_chars: int = 2_000_000  # decoded or extracted text
    max_pages: int = 2_000  # PDF pages
    max_unpacked: int = 48 * 2**20  # XML read out of a DOCX/XLSX/PPTX/ODF package, in total (declared sizes)
    max_entries: int = 10_000  # files in such a package
    max_seconds: float = 20.0  # checked between PDF pages and package parts


LIMITS = Limits()
UNKNOWN_BINARY = "unknown binary file"  # the reason for bytes of no known format (e.g. a random token)


# -- data URLs ---------------------------------------------------------------------------------------------
_WS = re.compile(rb"[ \t\r\n\f\v]+")


def decode_base64(s: str | bytes, *, lenient: bool = False) -> bytes | None:
    """Standard base64 (whitespace ignored) → bytes, or None when invalid.

    ``lenient`` also accepts the URL-safe alphabet and missing padding (protobuf JSON, used by Gemini).
    """
    try:
        raw = _WS.sub(b"", s.encode("ascii") if isinstance(s, str) else s)
        if lenient:
            raw = raw.translate(bytes.maketrans(b"-_", b"+/"))
            raw += b"=" * (-len(raw) % 4)
        return base64.b64decode(raw, validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None


def encode_base64(data: bytes) -> str:
    """Standard base64 with padding, one line."""
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True, slots=True)
class DataURL:
    """``data:<media type>[;params][;base64],<data>`` (RFC 2397), with the data decoded."""

    media_type: str  # lower-case type/subtype; "text/plain" when the URL gives none
    params: dict[str, str]  # parameters, names lower-cased (e.g. {"charset": "utf-8"})
    data: bytes
    is_base64: bool
    meta: str  # everything between "data:" and ",", as sent (kept so with_data round-trips)

    @property
    def content_type(self) -> str:
        """Media type and parameters, as ``open_attachment`` takes them (``text/plain; charset=utf-8``)."""
        return "; ".join([self.media_type, *(f"{k}={v}" for k, v in self.params.items())])

    def with_data(self, data: bytes) -> str:
        """The same URL (media type, parameters, encoding) carrying ``data`` instead."""
        if self.is_base64:
            body = encode_base64(data)
        else:
            body = urllib.parse.quote(data, safe="!$&'()*+,;=:@/?-._~")
        return f"data:{self.meta},{body}"


def parse_data_url(s: object) -> DataURL | None:
    """The data URL in ``s``, or None when ``s`` is not one or its base64 is invalid (cannot be checked).

    Callers that must fail closed tell "not a data URL" from "a data URL that cannot be read" with
    ``looks_like_data_url``.
    """
    if not looks_like_data_url(s):
        return None
    assert isinstance(s, str)
    comma = s.find(",")
    if comma < 0:
        return None
    meta = s[5:comma]
    parts = [p.strip() for p in meta.split(";")]
    is_b64 = len(parts) > 1 and parts[-1].lower() == "base64"
    if is_b64:
        parts = parts[:-1]
    media_type = parts[0].lower() or "text/plain"
    params = {}
    for p in parts[1:]:
        k, _, v = p.partition("=")
        params[k.strip().lower()] = v.strip().strip('"')
    if is_b64:
        data = decode_base64(s[comma + 1 :])
        if data is None:
            return None
    else:
        data = urllib.parse.unquote_to_bytes(s[comma + 1 :])
    return DataURL(media_type, params, data, is_b64, meta)


def looks_like_data_url(s: object) -> bool:
    """Whether ``s`` is a string starting with ``data:`` (any case)."""
    return isinstance(s, str) and s[:5].lower() == "data:"


# -- attachments -------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Attachment:
    """One opened file. ``text`` is the decoded text (``text``) or the extracted text (``document``)."""

    kind: Kind
    format: str = ""  # what the content is: "text", "pdf", "docx", "xlsx", "pptx", "odf", "png", "wav", …
    text: str = ""
    reason: str = ""  # unreadable: why, in a few words (never content)
    images: int = 0  # document: pictures inside it, which are not read (no OCR)
    charset: str = ""  # text: the codec encode() uses
    bom: bytes = b""  # text: the byte-order mark the file started with, put back by encode()

    def encode(self, new_text: str) -> bytes:
        """``new_text`` as bytes in this text file's charset (and BOM); characters it lacks become '?'."""
        if self.kind != "text":
            raise ValueError(f"only text attachments can be rewritten, not {self.kind}")
        return self.bom + new_text.encode(self.charset, errors="replace")


def _unreadable(reason: str, fmt: str = "") -> Attachment:
    return Attachment("unreadable", format=fmt, reason=reason)


_TEXT_TYPES = {
    "application/json", "application/x-ndjson", "application/jsonl", "application/x-jsonlines",
    "application/xml", "application/yaml", "application/x-yaml", "application/toml", "application/csv",
    "application/javascript", "application/x-javascript", "application/ecmascript", "application/typescript",
    "application/sql", "application/x-sh", "application/x-httpd-php", "application/x-python",
    "application/x-tex", "application/x-latex", "application/graphql", "application/ld+json",
    "application/x-subrip", "image/svg+xml",
}  # fmt: skip
_TEXT_SUFFIXES = ("+json", "+xml", "+yaml")
_TEXT_EXTENSIONS = set(
    "txt text md markdown rst adoc csv tsv json jsonl ndjson xml yaml yml toml ini cfg conf properties env "
    "log py pyi ipynb js mjs cjs ts tsx jsx java kt kts scala go rs c h cc cpp hpp cxx cs fs vb swift m mm "
    "rb php pl pm lua r jl dart ex exs erl hs ml clj sh bash zsh fish ps1 bat cmd sql graphql proto "
    "html htm css scss less vue svelte tex bib srt vtt ics vcf eml svg diff patch gradle tf hcl dockerfile "
    "makefile cmake".split()
)
_GENERIC_TYPES = set(
    " application/octet-stream binary/octet-stream application/unknown unknown/unknown".split(" ")
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")  # not whitespace, not ESC (colored logs)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def _extension(filename: str) -> str:
    name = filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1].lower()
    return name.rsplit(".", 1)[-1] if "." in name else name  # "Makefile", "Dockerfile"


def _is_text_type(media_type: str) -> bool:
    return media_type.startswith("text/") or media_type in _TEXT_TYPES or media_type.endswith(_TEXT_SUFFIXES)


def _sniff(data: bytes) -> tuple[str, str] | None:
    """(kind, format) from the file's first bytes, for the binary formats we know; None otherwise."""
    head = data[:16]
    if head.startswith(b"%PDF-"):
        return "document", "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "document", "zip"
    images = {
        b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg", b"GIF87a": "gif", b"GIF89a": "gif",
        b"II*\x00": "tiff", b"MM\x00*": "tiff", b"\x00\x00\x01\x00": "ico",
    }  # fmt: skip
    for magic, fmt in images.items():
        if head.startswith(magic):
            return "image", fmt
    if head.startswith(b"BM") and head[6:10] == b"\0\0\0\0":
        return "image", "bmp"
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": ("image", "webp"), b"WAVE": ("audio", "wav"), b"AVI ": ("audio", "avi")}[head[8:12]]
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"mif1", b"msf1", b"avif", b"hevc"):
            return "image", brand.decode("ascii")
        return "audio", "mp4"  # M4A, MP4, MOV, 3GP: sound (and pictures) that could be transcribed
    audio = {
        b"ID3": "mp3", b"OggS": "ogg", b"fLaC": "flac", b"\x1aE\xdf\xa3": "webm", b"FORM": "aiff",
        b"#!AMR": "amr", b"\xff\xfb": "mp3", b"\xff\xf3": "mp3", b"\xff\xf2": "mp3", b"\xff\xf1": "aac",
        b"\xff\xf9": "aac",
    }  # fmt: skip
    for magic, fmt in audio.items():
        if head.startswith(magic):
            return "audio", fmt
    others = {
        b"\xd0\xcf\x11\xe0": "ole",  # .doc/.xls/.ppt, and encrypted Office files
        b"\x1f\x8b": "gzip", b"7z\xbc\xaf": "7z", b"Rar!": "rar", b"BZh": "bzip2", b"\xfd7zXZ": "xz",
        b"(\xb5/\xfd": "zstd", b"{\\rtf": "rtf", b"\x7fELF": "elf", b"MZ\x90\x00": "exe",
    }  # fmt: skip
    for magic, fmt in others.items():
        if head.startswith(magic):
            return "unreadable", fmt
    return None


def _decode_text(data: bytes, charset: str | None, fallback: bool) -> Attachment | None:
    """Text when ``data`` decodes cleanly (declared charset, else BOM, else UTF-8, else cp1252 when
    ``fallback``) and holds no control characters other than whitespace; None otherwise."""
    bom, codec = b"", None
    for b, c in _BOMS:
        if data.startswith(b):
            bom, codec = b, c
            break
    candidates = [codec] if codec else [charset] if charset else ["utf-8"] + (["cp1252"] if fallback else [])
    for c in candidates:
        try:
            c = codecs.lookup(c).name
            text = data[len(bom) :].decode(c)
        except (LookupError, UnicodeDecodeError):
            continue
        if _CONTROL.search(text):
            return None  # a binary file sent as text: its contents would pass unread
        return Attachment("text", format="text", text=text, charset=c, bom=bom)
    return None


def open_attachment(
    data: bytes, media_type: str = "", filename: str = "", limits: Limits = LIMITS
) -> Attachment:
    """Open one file: decode text, extract a document's text, or say it is an image, audio or unreadable."""
    try:
        return _open(data, media_type, filename, limits)
    except Exception:  # hostile input must not escape as an error the caller did not plan for
        return _unreadable("could not be read")


def _open(data: bytes, media_type: str, filename: str, limits: Limits) -> Attachment:
    if len(data) > limits.max_bytes:
        return _unreadable(f"larger than {limits.max_bytes // 2**20} MiB")
    mt, params = _media_type(media_type)
    textual = _is_text_type(mt) or (mt in _GENERIC_TYPES and _extension(filename) in _TEXT_EXTENSIONS)
    sniffed = _sniff(data)
    if sniffed is not None and sniffed[0] == "document":
        # A PDF or zip package is read as one even when it is all ASCII (the service may well open it as
        # a document: a file name says .pdf); text only when it cannot be read as one.
        deadline = time.monotonic() + limits.max_seconds
        doc = _pdf(data, limits, deadline) if sniffed[1] == "pdf" else _package(data, limits, deadline)
        if doc.kind == "unreadable" and textual and (text := _decode_text(data, params.get("charset"), True)):
            return _check_chars(text, limits)
        return doc
    if textual or mt in _GENERIC_TYPES:
        text = _decode_text(data, params.get("charset"), fallback=textual)
        if text is not None:
            return _check_chars(text, limits)
    if sniffed is not None:
        kind, fmt = sniffed
        if kind == "unreadable":
            return _unreadable(f"{fmt} files cannot be read", fmt)
        return Attachment(kind, format=fmt)  # type: ignore[arg-type]
    if mt.startswith(("image/", "audio/", "video/")):
        return _unreadable(f"content is not the {mt.split('/')[0]} it is declared as")
    if textual:
        return _unreadable("not valid text in its charset")
    if mt in _GENERIC_TYPES:
        return _unreadable(UNKNOWN_BINARY)
    return _unreadable(f"{mt} files cannot be read")


def _check_chars(att: Attachment, limits: Limits) -> Attachment:
    if len(att.text) > limits.max_chars:
        return _unreadable(f"text longer than {limits.max_chars} characters", att.format)
    return att


def _media_type(value: str) -> tuple[str, dict[str, str]]:
    mt, params = parse_options_header((value or "").encode("utf-8", errors="replace"))
    return mt.decode("latin-1").strip().lower(), {
        k.decode("latin-1").lower(): v.decode("latin-1") for k, v in params.items()
    }


# -- PDF ---------------------------------------------------------------------------------------------------
def _pdf(data: bytes, limits: Limits, deadline: float) -> Attachment:
    from pypdf import PdfReader  # imported on first use: most requests carry no PDF
    from pypdf.generic import DictionaryObject

    # pypdf's warnings about broken files can quote bytes of the document: keep them out of the logs
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return _unreadable("encrypted PDF", "pdf")
        declared = reader.root_object["/Pages"].get_object().get("/Count", 0)  # cheap, may lie: both checked
        if int(declared) > limits.max_pages or len(reader.pages) > limits.max_pages:
            return _unreadable(f"more than {limits.max_pages} pages", "pdf")
        if reader.attachments:
            return _unreadable("PDF with files attached inside it", "pdf")
        out = _Bounded(limits.max_chars)
        for v in (reader.metadata or {}).values():
            out.add(f"{_resolved(v)}\n")
        if (xmp := reader.root_object.get("/Metadata")) is not None:  # XMP: the same and more, as XML
            _feed_xml(xmp.get_object().get_data(), out)
        for v in (reader.get_form_text_fields() or {}).values():
            out.add(f"{v or ''}\n")
        _outline_titles(reader.outline, out, 0)
        images, seen = 0, set()
        for page in reader.pages:
            if time.monotonic() > deadline:
                return _unreadable("took too long to read", "pdf")
            out.add((page.extract_text() or "") + "\n")
            for annot in _resolved(page.get("/Annots")) or []:
                annot = _resolved(annot)
                if isinstance(annot, DictionaryObject):
                    for key in ("/T", "/Contents"):  # a comment's author and text
                        if key in annot:
                            out.add(f"{_resolved(annot[key])}\n")
            images += _pdf_images(page.get("/Resources"), seen, 0)
    except _TooLong:
        return _unreadable(f"text longer than {limits.max_chars} characters", "pdf")
    except Exception:
        return _unreadable("corrupt or unsupported PDF", "pdf")
    return Attachment("document", format="pdf", text=out.text(), images=images)


def _resolved(v: object) -> object:
    return v.get_object() if hasattr(v, "get_object") else v  # type: ignore[union-attr]


def _outline_titles(items: list, out: "_Bounded", depth: int) -> None:
    """Bookmark titles (the outline is a list of entries and nested lists)."""
    for item in items[:10_000] if depth < 16 else ():
        if isinstance(item, list):
            _outline_titles(item, out, depth + 1)
        elif getattr(item, "title", None):
            out.add(f"{item.title}\n")


def _pdf_images(resources: object, seen: set[int], depth: int) -> int:
    """Image XObjects reachable from a page's resources (through form XObjects, a few levels deep), each
    counted once per document (``seen``), so the work is bounded by the number of objects."""
    if resources is None or depth > 4:
        return 0
    xobjects = resources.get_object().get("/XObject")  # type: ignore[attr-defined]
    if xobjects is None:
        return 0
    n = 0
    for ref in xobjects.get_object().values():
        obj = ref.get_object()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if obj.get("/Subtype") == "/Image":
            n += 1
        elif obj.get("/Subtype") == "/Form":
            n += _pdf_images(obj.get("/Resources"), seen, depth + 1)
    return n


class _TooLong(Exception):
    pass


class _Bounded:
    """Collects text pieces; raises _TooLong once they pass ``limit`` characters."""

    def __init__(self, limit: int) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.limit = limit

    def add(self, s: str) -> None:
        self.n += len(s)
        if self.n > self.limit:
            raise _TooLong
        self.parts.append(s)

    def text(self) -> str:
        return "".join(self.parts)


# -- Office Open XML and OpenDocument packages -------------------------------------------------------------
# Text is gathered from every XML part (body, tables, headers, footers, footnotes, comments, notes, charts,
# shared strings, document properties) rather than through each format's object model, which leaves parts
# out; a check that misses text would let it through.
_XML_EXTENSIONS = (".xml", ".rels", ".vml")
_IMAGE_EXTENSIONS = tuple(".png .jpg .jpeg .gif .bmp .tif .tiff .emf .wmf .svg .webp".split())
_BLOCK = set("p h tc tr c si row table-cell list-item comment txBody annotation".split())
_INLINE_TEXT = {"t", "delText", "instrText", "span", "a", "r", "hyperlink", "fldSimple"}
_BREAK = {"br", "cr", "line-break"}
# Formatting parts of DOCX/XLSX/PPTX (styles, themes, fonts, settings): large, and never text of the file.
# (ODF's styles.xml is read: it holds the headers and footers.)
_OOXML_FORMATTING = re.compile(
    r"(word|xl|ppt)/(styles|stylesWithEffects|fontTable|settings|webSettings|numbering|presProps|viewProps"
    r"|tableStyles|theme/theme\d*)\.xml$",
    re.IGNORECASE,
)
_SPACE = {"tab", "s"}
_LINK_ATTRS = {"href", "Target"}


def _package(data: bytes, limits: Limits, deadline: float) -> Attachment:
    # zipfile builds an object per central-directory entry before we can count them: bound the directory's
    # size first (an entry takes at least 46 bytes, an Office file's rarely more than 300)
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if end >= 0 and int.from_bytes(data[end + 12 : end + 16], "little") > limits.max_entries * 300:
        return _unreadable(f"more than {limits.max_entries} files in the package", "zip")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        entries = zf.infolist()
    except Exception:
        return _unreadable("corrupt zip package", "zip")
    if len(entries) > limits.max_entries:
        return _unreadable(f"more than {limits.max_entries} files in the package", "zip")
    names = {e.filename for e in entries}
    fmt = _package_format(zf, names)
    if fmt is None:
        return _unreadable("zip archives cannot be read", "zip")
    if any(e.flag_bits & 0x1 for e in entries):
        return _unreadable("encrypted package", fmt)
    if any(_embedded(n, fmt) for n in names):
        return _unreadable("document with other files embedded in it", fmt)
    xml = [
        e
        for e in entries
        if e.filename.lower().endswith(_XML_EXTENSIONS) and not _OOXML_FORMATTING.match(e.filename)
    ]
    if sum(e.file_size for e in xml) > limits.max_unpacked:
        return _unreadable(f"unpacks to more than {limits.max_unpacked // 2**20} MiB", fmt)
    # the thumbnail is a picture of the first page, whose text is read; ODF's ObjectReplacements are
    # pictures of embedded objects (whose XML is read), often without a file extension
    images = sum(
        1
        for n in names
        if (n.lower().endswith(_IMAGE_EXTENSIONS) and "thumbnail" not in n.lower())
        or (n.startswith("ObjectReplacements/") and not n.endswith("/"))
    )
    out = _Bounded(limits.max_chars)
    try:
        for e in xml:
            if time.monotonic() > deadline:
                return _unreadable("took too long to read", fmt)
            _xml_text(zf, e, out)
    except _TooLong:
        return _unreadable(f"text longer than {limits.max_chars} characters", fmt)
    except Exception:
        return _unreadable("corrupt document", fmt)
    return Attachment("document", format=fmt, text=out.text(), images=images)


_OOXML_MAIN_PARTS = (
    ("word/document.xml", "docx"),
    ("xl/workbook.xml", "xlsx"),
    ("ppt/presentation.xml", "pptx"),
)


def _package_format(zf: zipfile.ZipFile, names: set[str]) -> str | None:
    for part, fmt in _OOXML_MAIN_PARTS:
        if part in names:
            return fmt
    if "mimetype" in names and "content.xml" in names:
        info = zf.getinfo("mimetype")
        if info.file_size < 100 and zf.read(info).startswith(b"application/vnd.oasis.opendocument."):
            return "odf"
    return None


class _TextTarget:
    """lxml parser target: the text of one XML part in document order, one line per paragraph/cell.

    Runs inside a paragraph are joined without a separator (a name split over two runs stays one word).
    """

    def __init__(self, out: _Bounded) -> None:
        self.out = out
        self.had_text: list[bool] = []
        self.names: list[str] = []

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        name = tag.rpartition("}")[2]
        for k, v in attrib.items():
            if ":" in v and k.rpartition("}")[2] in _LINK_ATTRS:  # external links: mailto:, https://…
                self.out.add(v + "\n")
        if name in _BREAK:
            self.out.add("\n")
        elif name in _SPACE:
            self.out.add(" ")
        self.had_text.append(False)
        self.names.append(name)

    def end(self, tag: str) -> None:
        name = self.names.pop()
        had_text = self.had_text.pop()
        if name in _BLOCK or (had_text and name not in _INLINE_TEXT):
            self.out.add("\n")

    def data(self, text: str) -> None:
        if not self.names:
            return
        if text.isspace():  # indentation between elements, unless it is a space inside a line of text
            if self.names[-1] in _INLINE_TEXT or self.names[-1] in ("p", "h"):
                self.out.add(" ")
            return
        self.had_text[-1] = True
        self.out.add(text)

    def comment(self, text: str) -> None:
        pass

    def close(self) -> None:
        pass


def _embedded(name: str, fmt: str) -> bool:
    """A file inside the document that is not its XML: an embedded workbook, an OLE object."""
    if "/embeddings/" in name:  # DOCX/XLSX/PPTX
        return True
    # ODF: an embedded object is a folder "Object 1/" of XML parts, or a single binary "Object 1" file
    return fmt == "odf" and name.startswith("Object ") and not name.endswith((".xml", "/"))


def _xml_parser(out: _Bounded) -> etree.XMLParser:
    return etree.XMLParser(
        target=_TextTarget(out), resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )


def _xml_text(zf: zipfile.ZipFile, entry: zipfile.ZipInfo, out: _Bounded) -> None:
    parser = _xml_parser(out)
    with zf.open(entry) as f:  # zipfile stops at the declared size, which _package has bounded
        while chunk := f.read(1 << 16):
            parser.feed(chunk)
    parser.close()


def _feed_xml(data: bytes, out: _Bounded) -> None:
    parser = _xml_parser(out)
    parser.feed(data)
    parser.close()


# -- multipart/form-data -----------------------------------------------------------------------------------
@dataclass(slots=True)
class Part:
    """One part: its raw header block (kept byte for byte) and its data (assign to rewrite it)."""

    head: bytes  # header lines and the blank line after them, exactly as sent
    data: bytes
    padding: bytes = b""  # whitespace after the boundary on the delimiter line before this part
    headers: dict[str, str] = field(default_factory=dict)  # lower-case name → value (latin-1)

    @property
    def name(self) -> str:
        return self._disposition().get("name", "")

    @property
    def filename(self) -> str | None:
        """The file name, or None for a plain form field (``filename*``, which RFC 7578 forbids, is read
        only when there is no ``filename``)."""
        params = self._disposition()
        if "filename" in params:
            return params["filename"]
        raw = self.headers.get("content-disposition", "").encode("latin-1")
        if m := _FILENAME_STAR.search(raw):  # RFC 5987: charset'language'percent-encoded
            charset, _, rest = m.group(2).decode("latin-1").strip().strip('"').partition("'")
            try:
                return urllib.parse.unquote(
                    rest.partition("'")[2], encoding=charset or "utf-8", errors="strict"
                )
            except (LookupError, UnicodeDecodeError):
                return rest.partition("'")[2]
        return None

    @filename.setter
    def filename(self, new: str) -> None:
        """Rewrite the file name in the Content-Disposition header (the other header bytes stay)."""
        esc = new.replace("\\", "\\\\").replace('"', '\\"').replace("\r", " ").replace("\n", " ")
        quoted = b'"' + esc.encode("utf-8") + b'"'
        star = b"UTF-8''" + urllib.parse.quote(new, safe="").encode("ascii")
        lines = self.head.split(b"\r\n")
        for i, line in enumerate(lines):
            if line.split(b":", 1)[0].strip().lower() == b"content-disposition":
                line = _FILENAME.sub(lambda m: m.group(1) + quoted, line)
                lines[i] = _FILENAME_STAR.sub(lambda m: m.group(1) + star, line)
        self.head = b"\r\n".join(lines)
        self.headers = _part_headers(self.head)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    def _disposition(self) -> dict[str, str]:
        _, params = parse_options_header(self.headers.get("content-disposition", "").encode("latin-1"))
        # browsers and HTTP clients send non-ASCII names as UTF-8
        return {k.decode("latin-1").lower(): v.decode("utf-8", errors="replace") for k, v in params.items()}


_FILENAME = re.compile(rb'(;\s*filename\s*=\s*)("(?:[^"\\]|\\.)*"|[^;\r\n]*)', re.IGNORECASE)
_FILENAME_STAR = re.compile(rb"(;\s*filename\*\s*=\s*)([^;\r\n]*)", re.IGNORECASE)


@dataclass(slots=True)
class Multipart:
    content_type: str  # the request's Content-Type header, as sent
    boundary: bytes
    parts: list[Part]
    preamble: bytes = b""
    epilogue: bytes = b""

    def build(self) -> tuple[str, bytes]:
        """(Content-Type header, body) with the same boundary, headers and order as parsed."""
        dash = b"--" + self.boundary
        out = [self.preamble]
        for i, p in enumerate(self.parts):
            if b"\r\n" + dash in b"\r\n" + p.data:  # only a rewritten part can
                raise ValueError("new part content contains the multipart boundary")
            out += [b"\r\n" if i else b"", dash, p.padding, b"\r\n", p.head, p.data]
        out += [b"\r\n" if self.parts else b"", dash, b"--", self.epilogue]
        return self.content_type, b"".join(out)


MAX_PARTS = 1000


def parse_multipart(content_type: str, body: bytes) -> Multipart | None:
    """The parts of a ``multipart/form-data`` body, or None when it is not one or is malformed.

    Parts with a Content-Transfer-Encoding other than 7bit/8bit/binary make the body unreadable (None):
    their content would otherwise be checked in its encoded form.
    """
    mt, params = _media_type(content_type)
    boundary = params.get("boundary", "").encode("latin-1")
    if not mt.startswith("multipart/") or not 0 < len(boundary) <= 200:
        return None
    dash = b"--" + boundary
    if body.startswith(dash):
        pos, preamble = 0, b""
    else:
        i = body.find(b"\r\n" + dash)
        if i < 0:
            return None
        pos, preamble = i + 2, body[: i + 2]
    parts: list[Part] = []
    while True:
        after = pos + len(dash)
        if body[after : after + 2] == b"--":
            return Multipart(content_type, boundary, parts, preamble, body[after + 2 :])
        eol = body.find(b"\r\n", after)
        nxt = body.find(b"\r\n" + dash, eol + 2) if eol >= 0 else -1
        if nxt < 0 or body[after:eol].strip(b" \t") or len(parts) >= MAX_PARTS:
            return None
        raw = body[eol + 2 : nxt]
        if raw.startswith(b"\r\n"):
            head_len = 2
        else:
            head_len = raw.find(b"\r\n\r\n") + 4
            if head_len < 4:
                return None
        part = Part(raw[:head_len], raw[head_len:], body[after:eol], _part_headers(raw[:head_len]))
        if part.headers.get("content-transfer-encoding", "binary").lower() not in ("7bit", "8bit", "binary"):
            return None
        parts.append(part)
        pos = nxt + 2


def _part_headers(head: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in head.decode("latin-1").split("\r\n"):
        name, sep, value = line.partition(":")
        if sep:
            out[name.strip().lower()] = value.strip()
    return out


# -- what the policy does with a file ----------------------------------------------------------------------
Step = Literal["pass", "scrub", "check", "refuse"]


@dataclass(frozen=True, slots=True)
class Plan:
    """``pass``: forward as is; ``scrub``: scrub ``attachment.text`` and put ``encode(new)`` back;
    ``check``: analyse the document's text and refuse the request if the policy would change any of it
    (a document cannot be rewritten); ``refuse``: refuse the request, ``reason`` says why."""

    step: Step
    reason: str = ""


def plan(att: Attachment, attachments: AttachmentsMode = "scrub", images: ImagesMode = "block") -> Plan:
    """What a scrubbed request does with one file under the policy's ``attachments`` and ``images``."""
    if att.kind == "image":
        if images == "allow":
            return Plan("pass")
        return Plan("refuse", "images are not allowed for this service (their text cannot be checked yet)")
    if attachments == "allow":
        return Plan("pass")
    if attachments == "block":
        return Plan("refuse", "file attachments are not allowed for this service")
    if att.kind == "text":
        return Plan("scrub")
    if att.kind == "document":
        if att.images and images != "allow":
            return Plan("refuse", f"the {att.format.upper()} contains images, which cannot be checked yet")
        return Plan("check")
    if att.kind == "audio":
        return Plan("refuse", "audio and video cannot be checked for personal data")
    return Plan("refuse", f"the file cannot be checked: {att.reason or 'unreadable'}")
