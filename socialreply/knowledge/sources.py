"""Find knowledge files under the given paths and load them into `Document`s.

Formats: Markdown with YAML front matter (``.md``), Shopify product-export CSV
(``.csv``, see `shopify`), JSON and JSON Lines records (``.json``, ``.jsonl``). A file
that cannot be loaded becomes a `Skipped` entry naming the file and line; the rest still
load. `load_sources(..., strict=True)` raises `SourceError` at the first problem instead.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..batch_lines import NOT_UTF16, is_utf16
from ..errors import SourceError
from .documents import Document, MetaValue, Section, Skipped

SUPPORTED_SUFFIXES = (".md", ".markdown", ".csv", ".json", ".jsonl")
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
# JSON record fields, in order of preference.
_TITLE_FIELDS = ("title", "question", "name")
_TEXT_FIELDS = ("text", "body", "content", "answer", "description")


@dataclass
class LoadResult:
    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    # Files that were read (loaded or skipped), relative paths as stored in `source`.
    files: list[str] = field(default_factory=list)
    roots: list[str] = field(default_factory=list)  # folders given, as `source` prefixes


def display_path(path: Path) -> str:
    """The path stored as a chunk's `source`: relative to the working directory when the
    file is under it (so it is the same on every machine), else absolute; posix style."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[Path, Path]]:
    """(file, root) pairs for every supported file, sorted, hidden files skipped.
    Raises `SourceError` for a path that does not exist."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                rel = file.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if file.is_file() and file.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield file, path
        elif path.is_file():
            yield path, path.parent
        else:
            raise SourceError(str(raw), "no such file or folder")


def load_sources(paths: Sequence[str | os.PathLike[str]], *, strict: bool = False) -> LoadResult:
    """Load every supported file under `paths`; duplicate document ids are skipped after the
    first occurrence (or raise in strict mode)."""
    result = LoadResult()
    result.roots = [display_path(Path(p)) for p in paths if Path(p).is_dir()]
    seen: dict[str, Document] = {}
    for file, root in iter_files(paths):
        source = display_path(file)
        result.files.append(source)
        try:
            docs, problems = load_file(file, root, source)
        except SourceError as exc:
            if strict:
                raise
            result.skipped.append(Skipped(source, exc.reason, exc.line))
            continue
        if problems and strict:
            first = problems[0]
            raise SourceError(first.source, first.reason, line=first.line)
        result.skipped.extend(problems)
        for doc in docs:
            previous = seen.get(doc.id)
            if previous is not None:
                where = f"{previous.source}:{previous.line}" if previous.line else previous.source
                reason = f"duplicate document id {doc.id!r} (first defined in {where})"
                if strict:
                    raise SourceError(doc.source, reason, line=doc.line)
                result.skipped.append(Skipped(doc.source, reason, doc.line))
                continue
            seen[doc.id] = doc
            result.documents.append(doc)
    return result


def load_file(file: Path, root: Path, source: str) -> tuple[list[Document], list[Skipped]]:
    """Documents in one file plus per-record problems; raises `SourceError` when the whole
    file is unusable."""
    suffix = file.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        # Only reachable for a file named alone (a folder's other files are ignored):
        # read as JSON, `kb ingest notes.txt` said "invalid JSON: Expecting value".
        raise SourceError(
            source, "not a knowledge file: the formats read are .md, .csv, .json or .jsonl"
        )
    text = read_text(file, source)
    rel_id = file.relative_to(root).as_posix() if file != root else file.name
    if suffix in (".md", ".markdown"):
        return [parse_markdown(text, source, rel_id)], []
    if suffix == ".csv":
        from .shopify import parse_shopify_csv

        return parse_shopify_csv(text, source)
    if suffix == ".jsonl":
        return parse_jsonl(text, source, rel_id)
    return parse_json(text, source, rel_id)


def read_text(file: Path, source: str) -> str:
    """UTF-8 text of a file; binary, mis-encoded and empty files raise `SourceError`."""
    data = file.read_bytes()
    if is_utf16(data):  # its NUL bytes would call it binary, hiding the fix
        raise SourceError(source, NOT_UTF16)
    if b"\x00" in data[:8192]:
        raise SourceError(source, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(
            source,
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); re-save the file as UTF-8",
            line=line,
        ) from None
    if not text.strip():
        raise SourceError(source, "empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- Markdown ---------------------------------------------------------------------------


def parse_markdown(text: str, source: str, rel_id: str) -> Document:
    front: dict[str, Any] = {}
    body = text
    body_line = 1
    if text.startswith("---\n") or text.strip() == "---":
        end = re.search(r"^(---|\.\.\.)\s*$", text[4:], flags=re.MULTILINE)
        if end is None:
            raise SourceError(source, "front matter opened with '---' is never closed", line=1)
        raw = text[4 : 4 + end.start()]
        body = text[4 + end.end() :].lstrip("\n")
        body_line = text[: len(text) - len(body)].count("\n") + 1
        try:
            loaded = yaml.safe_load(raw) if raw.strip() else {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            # +1 for the opening '---', +1 one-based; errors found at the end of the
            # stream point past the last front-matter line, so clamp to it.
            last = raw.rstrip("\n").count("\n") + 2
            line = min(mark.line + 2, last) if mark is not None else 1
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise SourceError(source, f"malformed front matter: {problem}", line=line) from None
        if not isinstance(loaded, dict):
            raise SourceError(source, "front matter must be a mapping (key: value)", line=2)
        front = loaded
    doc_id = _front_str(front, "id", source) or rel_id
    tags = _tags(front.get("tags"), source)
    sections = _markdown_sections(body)
    title = _front_str(front, "title", source)
    if not title:
        h1 = next((s.headings[0] for s in sections if s.headings), None)
        title = h1 or Path(rel_id).stem.replace("-", " ").replace("_", " ").capitalize()
    if not any(s.text.strip() for s in sections):
        raise SourceError(source, "no text after the front matter", line=body_line)
    doc_type = _front_str(front, "type", source) or _folder_type(rel_id)
    extra: dict[str, MetaValue] = {}
    for key, value in front.items():
        if key not in ("id", "title", "tags", "type") and isinstance(value, str | int | float):
            extra[str(key)] = value
    return Document(
        id=doc_id,
        source=source,
        title=title,
        doc_type=doc_type,
        sections=tuple(sections),
        tags=tags,
        metadata=extra,
        line=1,
    )


_FOLDER_TYPES = {"policies": "policy", "policy": "policy", "faq": "faq", "faqs": "faq"}


def _folder_type(rel_id: str) -> str:
    """Without a front-matter ``type``: ``policy`` for pages under a ``policies/`` folder,
    ``faq`` under ``faq/``, else ``article``."""
    for part in reversed(Path(rel_id).parts[:-1]):
        if part.lower() in _FOLDER_TYPES:
            return _FOLDER_TYPES[part.lower()]
    return "article"


def _front_str(front: dict[str, Any], key: str, source: str) -> str:
    value = front.get(key)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise SourceError(source, f"front matter {key!r} must be text, got {type(value).__name__}")
    return str(value).strip()


def _tags(value: Any, source: str, *, line: int | None = None) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        items: list[Any] = value.split(",")
    elif isinstance(value, list):
        items = value
    else:
        raise SourceError(source, "tags must be a list or a comma-separated string", line=line)
    tags = []
    for item in items:
        if not isinstance(item, str | int | float) or isinstance(item, bool):
            raise SourceError(source, f"tag {item!r} is not text", line=line)
        tag = str(item).strip().lower()
        if tag and tag not in tags:
            tags.append(tag)
    return tuple(tags)


def _markdown_sections(body: str) -> list[Section]:
    """Split on ATX headings outside code fences; each section keeps its heading path."""
    sections: list[Section] = []
    path: list[tuple[int, str]] = []
    lines: list[str] = []
    in_fence = False

    def flush() -> None:
        text = "\n".join(lines).strip()
        if text or path:
            sections.append(Section(tuple(h for _, h in path), text))
        lines.clear()

    for line in body.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if match is None:
            lines.append(line)
            continue
        flush()
        level = len(match.group(1))
        while path and path[-1][0] >= level:
            path.pop()
        path.append((level, match.group(2)))
    flush()
    # Drop heading-only sections whose heading is a prefix of the next one's path (a heading
    # directly followed by a sub-heading): the sub-section already carries it.
    kept = []
    for i, section in enumerate(sections):
        nxt = sections[i + 1] if i + 1 < len(sections) else None
        if (
            not section.text
            and nxt is not None
            and nxt.headings[: len(section.headings)] == (section.headings)
        ):
            continue
        kept.append(section)
    return kept


# --- JSON / JSON Lines ------------------------------------------------------------------


def parse_json(text: str, source: str, rel_id: str) -> tuple[list[Document], list[Skipped]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(source, f"invalid JSON: {exc.msg}", line=exc.lineno) from None
    if isinstance(data, dict) and isinstance(data.get("records"), list):
        data = data["records"]
    records = data if isinstance(data, list) else [data]
    docs: list[Document] = []
    skipped: list[Skipped] = []
    for index, record in enumerate(records):
        default_id = rel_id if len(records) == 1 else f"{rel_id}#{index + 1}"
        try:
            docs.append(record_document(record, source, default_id, line=None, index=index + 1))
        except SourceError as exc:
            skipped.append(Skipped(source, exc.reason, exc.line))
    return docs, skipped


def parse_jsonl(text: str, source: str, rel_id: str) -> tuple[list[Document], list[Skipped]]:
    docs: list[Document] = []
    skipped: list[Skipped] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            skipped.append(Skipped(source, f"invalid JSON: {exc.msg}", number))
            continue
        try:
            docs.append(record_document(record, source, f"{rel_id}#{number}", line=number))
        except SourceError as exc:
            skipped.append(Skipped(source, exc.reason, exc.line))
    if not docs and skipped and len(skipped) == sum(1 for x in text.split("\n") if x.strip()):
        first = skipped[0]
        raise SourceError(source, f"no valid records ({first.reason})", line=first.line)
    return docs, skipped


def record_document(
    record: Any, source: str, default_id: str, *, line: int | None, index: int | None = None
) -> Document:
    """A JSON object as a document: `id`, a title field, a text field, `tags`, and scalar
    fields as metadata."""
    where = f"record {index}: " if index is not None and line is None else ""
    if not isinstance(record, dict):
        raise SourceError(source, f"{where}expected a JSON object", line=line)
    raw_id = record.get("id")
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, str | int)):
        raise SourceError(source, f"{where}'id' must be a string or number", line=line)
    doc_id = str(raw_id).strip() if raw_id is not None and str(raw_id).strip() else default_id
    title = next((str(record[f]) for f in _TITLE_FIELDS if isinstance(record.get(f), str)), "")
    parts = []
    if "question" in record and isinstance(record["question"], str):
        parts.append(record["question"].strip())
    for name in _TEXT_FIELDS:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            parts.append(value.strip())
            break
    if not any(parts):
        fields = ", ".join(("question", *_TEXT_FIELDS))
        raise SourceError(source, f"{where}no text (expected one of: {fields})", line=line)
    tags = _tags(record.get("tags"), source, line=line)
    metadata: dict[str, MetaValue] = {}
    skip = {"id", "tags", "type", *_TEXT_FIELDS, "question", "title"}
    for key, value in record.items():
        if key not in skip and isinstance(value, str | int | float) and not isinstance(value, bool):
            metadata[str(key)] = value
    doc_type = record.get("type") if isinstance(record.get("type"), str) else None
    if doc_type is None:
        doc_type = "faq" if "question" in record else "record"
    text = "\n\n".join(p for p in parts if p)
    return Document(
        id=doc_id,
        source=source,
        title=title or doc_id,
        doc_type=doc_type,
        sections=(Section((), text),),
        tags=tags,
        metadata=metadata,
        line=line,
    )
