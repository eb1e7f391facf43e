"""One answer as PDF: WeasyPrint's rendering of a print template, from the same reads as HR's
review page. Imported by the PDF view alone: WeasyPrint takes most of a second to import, which
no other page and no start-up should pay."""

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher

from .presentation import highlighted_parts
from .selectors import audit_trail, result_for

# The result page's evidence colours, then the print layout.
PDF_STYLESHEETS = ("assessments/result.css", "assessments/transcript-print.css")


class NothingFetched(URLFetcher):
    """The PDF is made from our template and local stylesheets alone. Everything the candidate
    wrote is escaped text, so no URL in it can make WeasyPrint reach the network or the disk."""

    def fetch(self, url, headers=None):
        raise ValueError(f"a transcript PDF fetches nothing: {url}")


def transcript_pdf(*, transcript) -> bytes:
    """The answer, the scorer's result with its evidence, HR's values and the audit trail.
    A transcript not yet scored gives the answer alone, with a line saying so."""
    assessment = result_for(transcript)
    html = render_to_string(
        "assessments/transcript.pdf.html",
        {
            "transcript": transcript,
            "assessment": assessment,
            "scored": assessment is not None and assessment.is_scored,
            "parts": highlighted_parts(transcript, assessment),
            "audit_trail": audit_trail(assessment) if assessment else [],
        },
    )
    stylesheets = [CSS(filename=finders.find(path)) for path in PDF_STYLESHEETS]
    return HTML(string=html, url_fetcher=NothingFetched()).write_pdf(stylesheets=stylesheets)
