"""``trustdesk import``: load marketplace records from JSON Lines or CSV files into the mirror.

A file holds records of one entity (see ``records.py`` for the fields of each). JSON Lines:
one JSON object per line, blank lines ignored. CSV: a header row naming the fields, then one
record per row; list fields (``skills``, ``badges``, ...) are ``;``-separated and an empty
cell is null.

All or nothing: every row is validated first and every bad one reported as
``FILE:LINE: field NAME: problem`` (lines counted as an editor counts them; a CSV header is
line 1); if any is bad, nothing is written. ``--skip-invalid`` imports the good rows instead
and reports the skipped ones the same way. Everything is written in one transaction.
"""

from __future__ import annotations

import csv
import json
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)

from trustdesk.db import session_scope
from trustdesk.marketplace.actions import RecordProblem, UpsertError, UpsertResult, upsert_records
from trustdesk.marketplace.records import (
    RECORD_TYPES,
    InvalidRecord,
    MirrorRecord,
    UnknownEntity,
    parse_record,
    record_type_for,
)

LIST_SEPARATOR = ";"
CLI_ACTOR = "cli"


class FileFormat(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"


EXTENSIONS = {".jsonl": FileFormat.JSONL, ".ndjson": FileFormat.JSONL, ".csv": FileFormat.CSV}


@dataclass(frozen=True)
class FileProblem:
    """A bad row (or a bad file), located the way an editor shows it."""

    path: str
    line: int | None  # None: the problem is not on one line (the file is not UTF-8)
    message: str
    field: str | None = None

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return (
            f"{where}: field {self.field}: {self.message}"
            if self.field
            else f"{where}: {self.message}"
        )


@dataclass
class ReadFile:
    """The valid records of a file with the line each starts on, and the problems found."""

    path: str
    records: list[MirrorRecord] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    # A problem that spoils every row (an unknown CSV column): no row can be imported.
    unreadable: bool = False


def format_of(path: Path) -> FileFormat:
    """The format a file's extension names; ``ValueError`` when it names none."""
    try:
        return EXTENSIONS[path.suffix.lower()]
    except KeyError:
        raise ValueError(
            f"cannot tell the format of {path.name} from its extension "
            f"({', '.join(EXTENSIONS)}); pass --format jsonl or --format csv"
        ) from None


def read_records(
    path: Path,
    record_type: type[MirrorRecord],
    file_format: FileFormat,
    *,
    progress: Progress | None = None,
) -> ReadFile:
    """Read and validate every record of ``path``; nothing is written."""
    result = ReadFile(path=str(path))
    shown = result.path
    progress = progress or Progress(disable=True)
    try:
        with progress.open(
            path, "r", encoding="utf-8-sig", newline="", description=f"Reading {path.name}"
        ) as text:
            rows = (
                _jsonl_rows(text)
                if file_format == FileFormat.JSONL
                else _csv_rows(text, record_type)
            )
            for line, data in rows:
                if isinstance(data, _Unreadable):
                    result.problems.append(FileProblem(shown, line, data.message, data.field))
                    result.unreadable = result.unreadable or data.spoils_file
                    continue
                try:
                    record = parse_record(record_type, data)
                except InvalidRecord as error:
                    result.problems.extend(
                        FileProblem(shown, line, problem.message, problem.field)
                        for problem in error.problems
                    )
                    continue
                result.records.append(record)
                result.lines.append(line)
    except UnicodeDecodeError as error:
        result.problems.append(
            FileProblem(
                shown,
                None,
                f"is not UTF-8 text ({error.reason}); save it as UTF-8 and import it again",
            )
        )
        result.unreadable = True
    return result


@dataclass(frozen=True)
class _Unreadable:
    message: str
    field: str | None = None
    spoils_file: bool = False


def _jsonl_rows(text: TextIO) -> Iterator[tuple[int, dict[str, Any] | _Unreadable]]:
    for line, content in enumerate(text, start=1):
        if not content.strip():
            continue
        try:
            data = json.loads(content)
        except json.JSONDecodeError as error:
            yield line, _Unreadable(f"not valid JSON: {error.msg} (column {error.colno})")
            continue
        if not isinstance(data, dict):
            yield (
                line,
                _Unreadable(
                    f"expected a JSON object (one record per line), got {type(data).__name__}"
                ),
            )
            continue
        yield line, data


def _csv_rows(
    text: TextIO, record_type: type[MirrorRecord]
) -> Iterator[tuple[int, dict[str, Any] | _Unreadable]]:
    reader = csv.reader(text)
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        yield 1, _Unreadable("the file is empty; line 1 must name the columns", spoils_file=True)
        return
    header_problems = _header_problems(header, record_type)
    if header_problems:
        yield from ((1, problem) for problem in header_problems)
        return
    list_fields = _list_fields(record_type)
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield line, _Unreadable(f"not valid CSV: {error}", spoils_file=True)
            return
        if not cells:
            continue  # a blank line
        if len(cells) != len(header):
            yield (
                line,
                _Unreadable(f"has {len(cells)} cells, but the header names {len(header)} columns"),
            )
            continue
        yield (
            line,
            {
                name: _cell_value(cell, is_list=name in list_fields)
                for name, cell in zip(header, cells, strict=True)
            },
        )


def _header_problems(header: list[str], record_type: type[MirrorRecord]) -> list[_Unreadable]:
    known = record_type.model_fields
    problems: list[_Unreadable] = []
    seen: set[str] = set()
    for position, name in enumerate(header, start=1):
        if not name:
            problems.append(_Unreadable(f"column {position} has no name", spoils_file=True))
        elif name in seen:
            problems.append(_Unreadable("is named twice in the header", name, spoils_file=True))
        elif name not in known:
            message = f"is not a field of {record_type.entity}; its fields are: {', '.join(known)}"
            problems.append(_Unreadable(message, name, spoils_file=True))
        seen.add(name)
    return problems


def _list_fields(record_type: type[MirrorRecord]) -> frozenset[str]:
    return frozenset(
        name
        for name, info in record_type.model_fields.items()
        if typing.get_origin(info.annotation) is list
    )


def _cell_value(cell: str, *, is_list: bool) -> Any:
    if cell == "":
        return None
    if is_list:
        return [part.strip() for part in cell.split(LIST_SEPARATOR) if part.strip()]
    return cell


@dataclass(frozen=True)
class ImportOutcome:
    """What importing one file did: the counts (None when nothing was written) and the
    problems found, each on its line."""

    path: Path
    entity: str
    result: UpsertResult | None
    problems: list[FileProblem]
    unreadable: bool = False

    @property
    def bad_lines(self) -> int:
        return len({problem.line for problem in self.problems})

    def summary(self) -> str:
        if self.result is None:
            count = len(self.problems)
            summary = f"{self.path}: nothing imported ({count} problem{'s' if count != 1 else ''})"
            if self.problems and not self.unreadable:
                summary += "; --skip-invalid imports the valid rows"
            return summary
        counts = self.result.counts() | {"skipped": self.bad_lines}
        return f"{self.path}: {self.entity}: " + ", ".join(
            f"{number} {label}" for label, number in counts.items()
        )


def import_file(
    path: Path,
    entity: str,
    file_format: FileFormat,
    *,
    skip_invalid: bool = False,
    console: Console | None = None,
) -> ImportOutcome:
    """Read ``path`` and write its records of ``entity`` in one transaction (all of them, or
    with ``skip_invalid`` the valid ones); a bad row otherwise means nothing is written."""
    record_type = record_type_for(entity)
    with _progress_bar(console or Console(stderr=True)) as progress:
        read = read_records(path, record_type, file_format, progress=progress)
        if read.unreadable or (read.problems and not skip_invalid):
            return ImportOutcome(path, entity, None, read.problems, read.unreadable)
        task = progress.add_task(f"Writing {entity}", total=len(read.records))
        try:
            with session_scope() as session:
                result = upsert_records(
                    session,
                    entity,
                    read.records,
                    actor=CLI_ACTOR,
                    source=str(path),
                    skip_invalid=skip_invalid,
                    on_progress=lambda done: progress.advance(task, done),
                )
        except UpsertError as error:
            return ImportOutcome(path, entity, None, _in_line_order(read, error.problems))
    return ImportOutcome(path, entity, result, _in_line_order(read, result.skipped))


def _in_line_order(read: ReadFile, problems: Iterable[RecordProblem]) -> list[FileProblem]:
    """The problems found while reading and those found while writing, by line."""
    located = [
        FileProblem(read.path, read.lines[problem.index], problem.message, problem.field)
        for problem in problems
    ]
    return sorted(read.problems + located, key=lambda problem: problem.line or 0)


def _progress_bar(console: Console) -> Progress:
    # Quiet when stderr is not a terminal (pipes, CI logs, tests).
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )


def import_command(
    entity: Annotated[
        str,
        typer.Argument(
            metavar="ENTITY",
            help=f"What FILE holds, one of: {', '.join(RECORD_TYPES)}.",
            show_default=False,
        ),
    ],
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            help="A JSON Lines (.jsonl) or CSV (.csv) file, one record per line or row.",
            exists=True,
            dir_okay=False,
            readable=True,
            show_default=False,
        ),
    ],
    file_format: Annotated[
        FileFormat | None,
        typer.Option(
            "--format",
            help="The file's format, when its extension does not say (.jsonl, .csv).",
            show_default=False,
        ),
    ] = None,
    skip_invalid: Annotated[
        bool,
        typer.Option(
            "--skip-invalid",
            help="Import the valid rows and list the invalid ones, instead of importing "
            "nothing when a row is invalid.",
        ),
    ] = False,
) -> None:
    """Import marketplace records of ENTITY from FILE into the mirror.

    Records are matched on external_id: new ones are created, changed ones
    updated, identical ones left alone. References are external ids that must
    already be in the mirror (import accounts before contracts).
    Every bad row is listed as FILE:LINE: field NAME: problem, and then
    nothing is imported (exit status 1) unless --skip-invalid is given.
    """
    if entity not in RECORD_TYPES:
        raise typer.BadParameter(str(UnknownEntity(entity)), param_hint="ENTITY")
    try:
        chosen_format = file_format or format_of(file)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--format") from None
    outcome = import_file(file, entity, chosen_format, skip_invalid=skip_invalid)
    for problem in outcome.problems:
        typer.echo(str(problem), err=True)
    if outcome.result is None:
        typer.echo(outcome.summary(), err=True)
        raise typer.Exit(1)
    typer.echo(outcome.summary())
