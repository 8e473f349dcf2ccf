"""Document templates as data: the wording of each kind of document, in YAML, overridable per locality.

The built-in templates are `app/documents/templates/<kind>.yaml`. When the setting
`DVK_DOCUMENT_TEMPLATES_DIR` names a folder holding `<kind>.yaml`, that file is laid over the built-in
one: its keys replace the built-in ones (mappings are merged key by key, lists replaced whole), so a
locality writes only what it changes. A template's texts hold placeholders `{field}` filled from the
document's context (`contexts.py` lists each kind's fields) and from the template's `defaults`; a date is
written `{issued_on}` (15/10/2026) or `{issued_on:long}` (ngày 15 tháng 10 năm 2026). Only plain names:
`{a.b}` or `{a[0]}` make the template invalid.
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from app.documents.contexts import KINDS
from app.documents.errors import TemplateFieldMissing, TemplateInvalid, UnknownDocumentKind

BUILTIN_DIR = Path(__file__).parent / "templates"
MAX_TEMPLATE_BYTES = 256 * 1024


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Block(_Strict):
    """A paragraph: an optional bold label ("Điều 1."), a text, and optionally a list drawn from the context.

    `when`: the paragraph is written only when that context field is given (not blank).
    `items`/`item`: after the text, one line per element of the context list `items`, written by `item`
    with the element's fields (and `{index}`, from 1).
    """

    label: str = ""
    text: str = ""
    when: str | None = None
    items: str | None = None
    item: str = ""
    style: Literal["", "B", "I", "BI"] = ""
    size: float | None = Field(default=None, ge=6, le=40)
    align: Literal["L", "C", "R", "J"] | None = None
    color: tuple[int, int, int] | None = None
    space_before: float = Field(default=0, ge=0, le=60)

    @model_validator(mode="after")
    def _item_needs_items(self) -> Block:
        if bool(self.items) != bool(self.item):
            raise ValueError("'items' and 'item' go together")
        return self


class Column(_Strict):
    """A column of the annex table: its header, its cell (placeholders of the row), its relative width."""

    header: str
    value: str
    width: float = Field(gt=0, le=100)
    align: Literal["L", "C", "R"] = "L"


class Annex(_Strict):
    """The list attached to a decision (the recognised models), on a page of its own."""

    rows: str  # the context field holding the rows
    heading: list[str] = Field(min_length=1)  # bold capital lines
    subheading: list[str] = Field(default_factory=list)  # italic lines
    columns: list[Column] = Field(min_length=1, max_length=8)


class Signer(_Strict):
    """The signature block: on whose behalf, the position, the name."""

    on_behalf: str = "{signer_on_behalf}"
    position: str = "{signer_position}"
    name: str = "{signer_name}"


class Template(_Strict):
    """One kind of document as data (see the module docstring and the built-in YAML files)."""

    kind: str
    layout: Literal["decision", "award"]
    title: str  # the PDF's title (metadata) and the first words a reader sees in a file list
    party_name: str = "ĐẢNG CỘNG SẢN VIỆT NAM"
    defaults: dict[str, str] = Field(default_factory=dict)
    # decision layout
    document_type: str = ""  # "QUYẾT ĐỊNH"
    subject: str = ""  # the summary under the type ("công nhận mô hình …")
    decider: str = "{issuing_body}"  # the capitals line above the bases
    bases: list[Block] = Field(default_factory=list)
    decides: str = "QUYẾT ĐỊNH"
    articles: list[Block] = Field(default_factory=list)
    recipients: list[str] = Field(default_factory=list)
    annex: Annex | None = None
    # award layout (certificate, commendation)
    number_line: str = "Số {number}"  # party style: no colon
    heading: str = ""  # "GIẤY CHỨNG NHẬN", "GIẤY KHEN"
    body: list[Block] = Field(default_factory=list)
    border_color: tuple[int, int, int] = (178, 34, 34)
    heading_color: tuple[int, int, int] = (200, 16, 46)
    logo: str | None = None  # an image file beside the template (a locality's emblem), top centre
    signer: Signer = Field(default_factory=Signer)
    footer: str = "Mã xác minh: {verification_code} · Tra cứu tại: {verify_url}"
    source: tuple[str, ...] = ()  # the files this template was read from (filled by load_template)

    @model_validator(mode="after")
    def _layout_parts(self) -> Template:
        if self.layout == "decision" and not (self.document_type and self.articles):
            raise ValueError("a decision needs 'document_type' and 'articles'")
        if self.layout == "award" and not (self.heading and self.body):
            raise ValueError("an award needs 'heading' and 'body'")
        return self

    def _blocks(self) -> Iterator[Block]:
        yield from (*self.bases, *self.articles, *self.body)

    def texts(self) -> Iterator[str]:
        """Every text of the template filled from the context (a list's `item` lines excepted)."""
        yield from self._unguarded_texts()
        for block in self._blocks():
            if block.when:
                yield from (block.label, block.text)

    def _unguarded_texts(self) -> Iterator[str]:
        yield from (self.title, self.subject, self.decider, self.number_line, self.heading, self.footer)
        yield from (self.signer.on_behalf, self.signer.position, self.signer.name)
        yield from self.recipients
        for block in self._blocks():
            if not block.when:
                yield from (block.label, block.text)
        if self.annex:
            yield from (*self.annex.heading, *self.annex.subheading)

    def fields(self) -> set[str]:
        """The context fields a document of this template must be given (defaults and the engine's own
        excluded; a field used only in a paragraph written `when` it is given is optional)."""
        names = {name for text in self._unguarded_texts() for name in placeholders(text)}
        names |= {b.items for b in self._blocks() if b.items and not b.when}
        if self.annex:
            names.add(self.annex.rows)
        return names - set(self.defaults) - ENGINE_FIELDS - DERIVED_FIELDS


ENGINE_FIELDS = frozenset({"verification_code", "verify_url", "index", "page", "pages"})
"""Placeholders the engine fills itself (not the caller's context)."""

DERIVED_FIELDS = frozenset({"model_count"})
"""Placeholders the engine computes from the context (`model_count`: the number of `models`)."""


def placeholders(text: str) -> list[str]:
    """The field names a text refers to; TemplateInvalid-worthy forms raise ValueError."""
    names = []
    for _literal, name, _spec, _conv in string.Formatter().parse(text):
        if name is None:
            continue
        if not name.isidentifier():
            raise ValueError(f"placeholder {{{name}}} must be a plain name")
        names.append(name)
    return names


def _merge(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """`over` laid on `base`: mappings merged key by key, anything else replaced."""
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _read_yaml(kind: str, path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise TemplateInvalid(kind, f"{path} is larger than {MAX_TEMPLATE_BYTES} bytes")
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise TemplateInvalid(kind, f"{path}: {exc}") from None
    if not isinstance(data, dict):
        raise TemplateInvalid(kind, f"{path} is not a mapping")
    return data


def _override_dir() -> Path | None:
    from app.core.config import get_settings

    return get_settings().document_templates_dir


def load_template(kind: str, *, override_dir: Path | None = None) -> Template:
    """The template of a kind: the built-in file with the locality's file (if any) laid over it.

    `override_dir` defaults to the setting `DVK_DOCUMENT_TEMPLATES_DIR`. Raises UnknownDocumentKind for a
    kind the engine does not render, TemplateInvalid for a file that cannot be read or is malformed.
    """
    if kind not in KINDS:
        raise UnknownDocumentKind(kind)
    return _load(kind, override_dir if override_dir is not None else _override_dir())


@lru_cache(maxsize=64)
def _load_cached(kind: str, override_dir: Path | None, stamp: tuple[tuple[int, int], ...]) -> Template:
    return _build(kind, override_dir)


def _load(kind: str, override_dir: Path | None) -> Template:
    files = [BUILTIN_DIR / f"{kind}.yaml"]
    if override_dir is not None and (override_dir / f"{kind}.yaml").is_file():
        files.append(override_dir / f"{kind}.yaml")
    try:
        stamp = tuple((f.stat().st_mtime_ns, f.stat().st_size) for f in files)
    except OSError as exc:
        raise TemplateInvalid(kind, str(exc)) from None
    template = _load_cached(kind, override_dir, stamp)
    if template.logo:  # the image is not in the cache key: checked on every load (it reads a header only)
        _check_image(kind, Path(template.logo))
    return template


def _check_image(kind: str, path: Path) -> None:
    """A logo must be a PNG or JPEG image of sane size (checked once, at loading, not when drawing)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            if image.format not in ("PNG", "JPEG") or image.width * image.height > 25_000_000:
                raise TemplateInvalid(kind, f"logo {path.name} must be a PNG or JPEG of at most 25 megapixels")
            image.verify()
    except (OSError, UnidentifiedImageError, SyntaxError, ValueError):
        raise TemplateInvalid(kind, f"logo {path.name} is not a readable image") from None


def _build(kind: str, override_dir: Path | None) -> Template:
    files = [BUILTIN_DIR / f"{kind}.yaml"]
    if override_dir is not None and (override_dir / f"{kind}.yaml").is_file():
        files.append(override_dir / f"{kind}.yaml")
    data: dict[str, Any] = {}
    for path in files:
        data = _merge(data, _read_yaml(kind, path))
    data["source"] = tuple(str(p) for p in files)
    if data.get("kind", kind) != kind:
        raise TemplateInvalid(kind, f"the file says kind {data.get('kind')!r}")
    if data.get("logo"):
        logo = (Path(files[-1]).parent / str(data["logo"])).resolve()
        if not logo.is_file():
            raise TemplateInvalid(kind, f"logo {logo} not found")
        _check_image(kind, logo)
        data["logo"] = str(logo)
    try:
        template = Template.model_validate({**data, "kind": kind})
        for text in template.texts():
            placeholders(text)
    except (ValidationError, ValueError) as exc:
        raise TemplateInvalid(kind, str(exc)) from None
    return template


# ---------------------------------------------------------------------------------------------------------
# Filling placeholders


def long_date(value: date) -> str:
    """A date as the date line writes it: "ngày 05 tháng 02 năm 2026" (a day below 10 and the months 1 and 2
    with a leading zero, per the format rules of party documents)."""
    month = f"{value.month:02d}" if value.month < 3 else str(value.month)
    return f"ngày {value.day:02d} tháng {month} năm {value.year}"


def short_date(value: date) -> str:
    """A date as a citation writes it: 15/10/2026, 05/02/2026."""
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


class Filler(string.Formatter):
    """Fills `{field}` from a context; a missing, None or blank field raises TemplateFieldMissing."""

    def __init__(self, kind: str, values: Mapping[str, Any]) -> None:
        super().__init__()
        self.kind = kind
        self.values = values

    def get_value(self, key: int | str, args: Any, kwargs: Any) -> Any:
        """The field's value, refusing a missing or blank one."""
        if not isinstance(key, str):
            raise TemplateInvalid(self.kind, "positional placeholders {} are not allowed")
        value = self.values.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise TemplateFieldMissing(key, self.kind)
        return value

    def get_field(self, field_name: str, args: Any, kwargs: Any) -> Any:
        """Plain names only (no attribute or index access from a template)."""
        if not field_name.isidentifier():
            raise TemplateInvalid(self.kind, f"placeholder {{{field_name}}} must be a plain name")
        return self.get_value(field_name, args, kwargs), field_name

    def format_field(self, value: Any, format_spec: str) -> str:
        """Dates in words (`:long`) or digits; anything else as text."""
        if isinstance(value, date):
            return long_date(value) if format_spec == "long" else short_date(value)
        return super().format_field(value, format_spec)

    def fill(self, text: str) -> str:
        """The text with its placeholders filled."""
        return self.vformat(text, (), {})
