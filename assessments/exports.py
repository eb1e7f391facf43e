"""HR's downloads: the list as CSV, one answer as PDF.

The CSV is for Excel: UTF-8 with a byte-order mark, and no cell Excel would run. A cell that
starts with =, +, -, @ (or a tab or carriage return) is a formula to a spreadsheet: "CSV
injection". Such cells get a leading apostrophe, which Excel shows as text.

The PDF is WeasyPrint's rendering of a print template, from the same reads as HR's review page.
"""

import csv
from collections.abc import Iterable, Iterator

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher

from .presentation import highlighted_parts
from .selectors import assessment_for, attach_human_values, audit_trail

# The result page's evidence colours, then the print layout.
PDF_STYLESHEETS = ("assessments/result.css", "assessments/transcript-print.css")

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class _Line:
    """A file-like object that hands back what csv.writer writes, one line at a time."""

    def write(self, value: str) -> str:
        return value


def neutralised(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_lines(header: list[str], rows: Iterable[list]) -> Iterator[str]:
    writer = csv.writer(_Line())
    yield BOM + writer.writerow([neutralised(cell) for cell in header])
    for row in rows:
        yield writer.writerow([neutralised(cell) for cell in row])


class NothingFetched(URLFetcher):
    """The PDF is made from our template and local stylesheets alone. Everything the candidate
    wrote is escaped text, so no URL in it can make WeasyPrint reach the network or the disk."""

    def fetch(self, url, headers=None):
        raise ValueError(f"a transcript PDF fetches nothing: {url}")


def transcript_pdf(*, transcript) -> bytes:
    """The answer, the scorer's result with its evidence, HR's values and the audit trail.
    A transcript not yet scored gives the answer alone, with a line saying so."""
    assessment = assessment_for(transcript)
    scored = assessment is not None and assessment.is_scored
    if scored:
        attach_human_values(assessment)
    html = render_to_string(
        "assessments/transcript.pdf.html",
        {
            "transcript": transcript,
            "assessment": assessment,
            "scored": scored,
            "parts": highlighted_parts(transcript, assessment),
            "audit_trail": audit_trail(assessment) if assessment else [],
        },
    )
    stylesheets = [CSS(filename=finders.find(path)) for path in PDF_STYLESHEETS]
    return HTML(string=html, url_fetcher=NothingFetched()).write_pdf(stylesheets=stylesheets)
