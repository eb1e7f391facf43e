"""The live word count in real Chromium counts exactly as the scorer does (scoring/text.py):
the browser gets the rule from the server, and on tricky text and every Unicode character the
two agree. The total's status speaks only when it crosses the advised length."""

import sys
import unicodedata

import pytest
from playwright.sync_api import expect

from scoring.checks import TARGET_TOTAL_WORDS
from scoring.text import normalise_text, word_count

from .test_result_page import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TRICKY = [
    "",
    "   \n\t ",
    ".",
    "...",
    "?! – …",
    "🙂",
    "🙂🎉 👍🏽",
    "👩\u200d💻 hielp de klant",  # an emoji joined with a zero-width joiner
    "1\ufe0f\u20e3 stap",  # keycap emoji: a digit with a variation selector
    "samen\u200bwerken",  # a zero-width space inside a word
    "\u200b",
    "\u200b\u200d\u2060\ufeff",
    "\ufeffHallo klant",  # a byte-order mark in front
    "ge\u00adinteresseerd",  # soft hyphen
    "klant\u00a0tevreden",  # non-breaking space
    "klant\u202ftevreden",  # narrow no-break space
    "klant's e-mail",
    "klant’s co-op’s",
    "‘STAR’ staat voor Situatie",
    "ff bellen, effe ipv mailen, zo'n klant, vd week",
    "doorvragen—terugbellen",  # an em dash between words
    "3,50 euro om 12:30 uur, 1.000 klanten, 9.",
    "versie 2.0.1 op 24-12",
    "٣ klanten en ½ uur en Ⅻ",  # Arabic-Indic digit, a fraction, a Roman numeral
    "_onderstreept en a_b",
    "caf\u00e9 \u00e9\u00e9n",  # NFC
    "cafe\u0301 e\u0301e\u0301n be\u0308invloeden",  # the same, decomposed (NFD, as macOS pastes)
    "e\u200b\u0301n",  # a zero-width space between a letter and its accent
    "\u0301",  # an accent on its own
    "regel\r\nregel\rregel",
    "a\x00b\x1fc\x85d",  # control characters
    "Ik belde de klant terug; hij was blij. 🙂\nDaarna mailde ik hem.",
]

COUNT_ALL = "texts => texts.map(StarCoach.countWords)"


def expected(text: str) -> int:
    return word_count(normalise_text(text))


@pytest.fixture
def step_page(page, candidate, password, make_interview):
    """The Actie step of a draft whose other parts hold some words."""
    interview = make_interview(actie="")
    log_in(page, candidate, password)
    page.goto(f"/interviews/{interview.pk}/actie/")
    page.other_parts_words = sum(expected(t) for t in interview.parts().values())
    return page


def test_it_counts_tricky_text_as_the_scorer_does(step_page):
    assert step_page.evaluate(COUNT_ALL, TRICKY) == [expected(text) for text in TRICKY]


def test_it_agrees_with_the_scorer_on_every_unicode_character(step_page):
    # Each character between letters, alone, and between digits: whether it is part of a word,
    # separates words, joins numbers, or disappears. Characters Python's Unicode database
    # (14.0) does not know yet are left out: the browser's may be newer.
    characters = [
        chr(code)
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) not in ("Cn", "Cs")
    ]
    texts = [f"a{c}a {c} 1{c}1" for c in characters]
    counted = step_page.evaluate(COUNT_ALL, texts)
    differences = [
        f"U+{ord(c):04X} {unicodedata.name(c, '?')}: browser {n}, server {expected(text)}"
        for c, text, n in zip(characters, texts, counted, strict=True)
        if n != expected(text)
    ]
    assert differences == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Ik bel\u200bde de klant's e-mail ff na 🙂", "7 woorden"),
        ("Ik", "1 woord"),
        ("🙂 \u200b .", "0 woorden — telt als leeg"),
        ("", "0 woorden"),
    ],
)
def test_it_shows_the_words_of_the_part_while_typing(step_page, text, label):
    step_page.get_by_role("textbox").fill(text)
    expect(step_page.locator("[data-part-words]")).to_have_text(label)
    total = step_page.other_parts_words + expected(text)
    expect(step_page.locator("[data-total-words]")).to_have_text(f"{total} woorden")


def test_the_length_status_speaks_only_when_the_total_crosses_a_bound(step_page):
    low, high = TARGET_TOTAL_WORDS
    guide = step_page.locator("[data-length-guide]")
    expect(guide).to_contain_text(f"Richtlijn: {low}–{high} woorden voor het hele antwoord.")
    status = step_page.locator("[data-length-status]")
    expect(status).to_have_attribute("aria-live", "polite")
    expect(status).to_have_text("korter dan de richtlijn")
    step_page.evaluate(
        """() => {
          window.statusChanges = [];
          new MutationObserver(() => statusChanges.push(
            document.querySelector("[data-length-status]").textContent
          )).observe(document.querySelector("[data-length-status]"),
                     {childList: true, characterData: true, subtree: true});
        }"""
    )
    to_reach_low = low - step_page.other_parts_words
    textbox = step_page.get_by_role("textbox")
    # Typed key by key, so that every crossing is seen; some 500 keys outlast the default
    # timeout on a busy machine, and speed is not what this test is about.
    textbox.press_sequentially("woord " * (to_reach_low + 5), timeout=60_000)
    expect(step_page.locator("[data-total-words]")).to_have_text(f"{low + 5} woorden")
    textbox.fill("woord " * (high - step_page.other_parts_words + 1))
    expect(status).to_have_text("langer dan de richtlijn")
    changes = step_page.evaluate("() => statusChanges")
    assert changes == ["binnen de richtlijn", "langer dan de richtlijn"]


def test_the_star_tips_open_from_the_keyboard_after_the_answer_box(step_page):
    tips = step_page.locator("details[data-star-tips]")
    expect(tips.locator("li").first).to_be_hidden()
    step_page.get_by_role("textbox").focus()
    for _ in range(10):
        step_page.keyboard.press("Tab")
        if step_page.evaluate("() => document.activeElement.tagName") == "SUMMARY":
            break
    expect(tips.locator("summary")).to_be_focused()
    expect(tips.locator("summary")).to_have_text("Tips voor een sterk STAR-antwoord")
    step_page.keyboard.press("Enter")
    expect(tips.locator("li")).to_have_count(9)
    expect(tips.locator("li").first).to_be_visible()
