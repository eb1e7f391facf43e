"""Word counts on the step page, by the scorer's own rule, so "n woorden" while writing is the
number the length check reports. static/js/wordcount.js keeps them up to date while typing."""

from django.utils.translation import gettext, ngettext

from scoring.checks import TARGET_TOTAL_WORDS
from scoring.text import browser_word_rule, normalise_text, word_count


def word_count_messages() -> dict[str, str]:
    """The texts of the counts, for the page and for the script (json_script). Dutch and English
    have one plural rule (1 or other), so two forms are all the script needs."""
    return {
        "one": ngettext("%(count)s woord", "%(count)s woorden", 1),
        "other": ngettext("%(count)s woord", "%(count)s woorden", 2),
        "empty": gettext("telt als leeg"),
        "below": gettext("korter dan de richtlijn"),
        "within": gettext("binnen de richtlijn"),
        "above": gettext("langer dan de richtlijn"),
    }


def step_word_counts(*, texts: dict[str, str], part: str) -> dict:
    """This part's words and the whole answer's against the advised length, as the page shows
    them before any script runs, and under "script" what wordcount.js needs to go on."""
    counts = {name: word_count(normalise_text(text)) for name, text in texts.items()}
    total = sum(counts.values())
    low, high = TARGET_TOTAL_WORDS
    messages = word_count_messages()

    def words(count: int) -> str:  # the script picks the form the same way
        return messages["one" if count == 1 else "other"] % {"count": count}

    part_label = words(counts[part])
    if not counts[part] and texts[part]:  # only ".", emoji or invisible characters
        part_label += f" — {messages['empty']}"
    state = "below" if total < low else "above" if total > high else "within"
    return {
        "part": part_label,
        "total": words(total),
        "target_min": low,
        "target_max": high,
        "status": messages[state],
        "script": {
            "rule": browser_word_rule(),
            "target": [low, high],
            "other_parts": total - counts[part],
            "messages": messages,
        },
    }
