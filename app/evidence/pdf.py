"""A structural check of PDFs, in constant memory: the file is one PDF and nothing else.

The header is at offset 0 (checked by the sniffer), the last `%%EOF` ends the file (only whitespace
after it: an HTML page or a second file appended to a PDF is refused), and the trailer is there:
`startxref` pointing at an xref table or an xref stream object, or a classic `trailer` dictionary.
Nothing is decompressed, so a PDF cannot be a decompression bomb here.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.core.errors import Unprocessable
from app.core.i18n import Text

TAIL_BYTES = 4096
_WHITESPACE = b" \t\r\n\x00\x0c"
_STARTXREF = re.compile(rb"startxref\s+(\d{1,12})\s+%%EOF$")
_XREF_AT = re.compile(rb"\s*(xref\b|\d{1,10}\s+\d{1,5}\s+obj\b)")
_TRAILER = re.compile(rb"trailer\s*<<")


class MalformedPdf(Unprocessable):
    code = "pdf_malformed"
    message = Text(
        "Tệp PDF không đúng cấu trúc (thiếu %%EOF, startxref hoặc trailer).",
        "The PDF is not well formed (no %%EOF, startxref or trailer).",
    )


class PdfTrailingData(Unprocessable):
    code = "pdf_trailing_data"
    message = Text("Tệp PDF có dữ liệu lạ sau dấu kết thúc %%EOF.", "The PDF carries data after its %%EOF marker.")


def check_pdf(path: Path) -> None:
    """Refuse (422) a PDF with data after its last %%EOF, or without a findable cross-reference."""
    size = path.stat().st_size
    with path.open("rb") as f:
        f.seek(max(0, size - TAIL_BYTES))
        tail = f.read()
        eof = tail.rfind(b"%%EOF")
        if eof < 0:
            raise MalformedPdf()
        if tail[eof + 5 :].strip(_WHITESPACE):
            raise PdfTrailingData()
        end = tail[: eof + 5]
        found = _STARTXREF.search(end)
        if found is None:
            if not _TRAILER.search(end):
                raise MalformedPdf()
            return
        offset = int(found.group(1))
        if offset >= size:
            raise MalformedPdf()
        f.seek(offset)
        if not _XREF_AT.match(f.read(64)):
            raise MalformedPdf()
