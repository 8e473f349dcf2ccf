"""Hostile files built on the fly: zip bombs posing as XLSX/DOCX, pixel floods, polyglots."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

MB = 1024 * 1024
_CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Override PartName="/{part}" ContentType="application/vnd.openxmlformats-officedocument.'
    '{main}"/></Types>'
)


def docx_bomb(expanded: int = 200 * MB) -> bytes:
    """A DOCX whose word/document.xml expands to `expanded` bytes (a few hundred KB on the wire)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr(
            "[Content_Types].xml", _CT.format(part="word/document.xml", main="wordprocessingml.document.main+xml")
        )
        with z.open("word/document.xml", "w", force_zip64=False) as part:
            part.write(b'<?xml version="1.0"?><w:document xmlns:w="w"><w:body>')
            block = b" " * MB
            for _ in range(expanded // MB):
                part.write(block)
            part.write(b"</w:body></w:document>")
    return out.getvalue()


def xlsx_with_sheet(base: bytes, sheet_xml_parts: list[bytes]) -> bytes:
    """`base` (a real workbook) with its first sheet replaced by the concatenated parts."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                with dst.open("xl/worksheets/sheet1.xml", "w") as part:
                    for chunk in sheet_xml_parts:
                        part.write(chunk)
            else:
                dst.writestr(info.filename, src.read(info.filename))
    return out.getvalue()


def wide_row(cells: int, random_values: bool = False) -> list[bytes]:
    """A sheet of one row with `cells` cells (600 000 of them: ~31 KB zipped, the issue's bomb)."""
    head = (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><sheetData><row r="1">'
    )
    if random_values:
        import random

        rng = random.Random(7)
        body = b"".join(b"<c><v>%d</v></c>" % rng.getrandbits(40) for _ in range(cells))
    else:
        body = b"<c><v>1</v></c>" * cells
    return [head, body, b"</row></sheetData></worksheet>"]


def lying_zip() -> bytes:
    """A zip whose only entry declares 1000 bytes but inflates to 10 MB."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\x00" * (10 * MB))
    data = bytearray(out.getvalue())
    real = struct.pack("<I", 10 * MB)
    for sig, at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        pos = data.find(sig)
        assert data[pos + at : pos + at + 4] == real
        data[pos + at : pos + at + 4] = struct.pack("<I", 1000)
    return bytes(data)


def many_entries(count: int) -> bytes:
    """A zip of `count` empty entries."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for i in range(count):
            z.writestr(f"p/{i}", b"")
    return out.getvalue()


def png_flood(side: int = 30_000) -> bytes:
    """A side×side one-bit PNG: ~100 KB on the wire, side² pixels once decoded."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\x00" + b"\x00" * ((side + 7) // 8)
    comp = zlib.compressobj(9)
    idat = b"".join(comp.compress(row) for _ in range(side)) + comp.flush()
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0))
        + chunk(b"IDAT", idat)
        + chunk(b"IEND", b"")
    )


def jpeg_flood(side: int = 65_500) -> bytes:
    """A real small JPEG whose frame header claims side×side pixels."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (16, 16), "white").save(out, "JPEG")
    data = bytearray(out.getvalue())
    sof = data.find(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", side, side)
    return bytes(data)


def jpeg_with_html_app0() -> bytes:
    """A JPEG whose APP0 (JFIF) segment carries HTML, with more HTML after its end."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (16, 16), "red").save(out, "JPEG")
    html = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00<html><script>alert(1)</script></html>"
    data = out.getvalue()
    return data[:2] + b"\xff\xe0" + struct.pack(">H", len(html) + 2) + html + data[2:] + b"<html>tail</html>"


def pdf_with_html(pdf: bytes) -> bytes:
    """A real PDF followed by an HTML page."""
    return pdf + b"<html><body><script>alert(document.cookie)</script></body></html>\n"
