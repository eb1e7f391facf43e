"""Assemble the blind labelled set from the writers' and second-pass labellers' files.

    python scripts/assemble_blind_set.py RAW_DIR PASS2_DIR [ADJUDICATED.jsonl ...] \
        >> tests/data/blind/cases.jsonl

Each writer wrote and labelled answers seeing only ../shared/seeds and ../shared/ANNOTATION.md
(never the cue lists, the engine or its tests); a second labeller labelled the same answers
blind to the first labels. The held-out writers were drawn before any tuning
(random.Random(9).sample("ABCDEF", 2) == ["D", "E"]): their answers form the held-out split,
so held-out figures also measure how the engine carries over to writers it never saw. Writers
G to J were added later, to the tuning split only. Writers K to N came in a later round: K and L
to the held-out split (measured once on the engine as it stood, before any retraining), M and N
(asked for more near misses on levert-meer and checkt-verwachtingen) to the tuning split.
Writers O to T came in a fourth round: O to R became the held-out split (a fresh one: the
figures of D, E, K and L had been reported for several versions, so those four joined the
tuning split), S and T (close calls) the tuning split. Writers U to Z came in a fifth round: U to X
became the held-out split (O to R joined the tuning split, their figures having been read while
finishing 2026.11-8), Y and Z (close calls on levert-meer, and on maakt-afspraken against
checkt-verwachtingen) the tuning split. Writers AA to AD came in a sixth round, the held-out
split (U to X joined the tuning split, their figures having been read for 2026.11-8 to -10).
Writers AE to AJ came in a seventh round of 300 answers, the held-out split (AA to AD joined
the tuning split, their figures having been read for 2026.11-10 and -11). Writers AK to AP came in
an eighth round of 300 answers, the held-out split (AE to AJ joined the tuning split, their
figures having been read for 2026.11-11 and -12; AK and AO were appended a session later, once
their disputes were adjudicated). Writers AQ to AV came in a ninth round of 240 answers, the
held-out split (AK to AP joined the tuning split, their figures having been read for 2026.11-13).
Writers AW to BB came in a tenth round, the same session, the held-out split (AQ to AV joined
the tuning split, their figures having been read for 2026.11-15). Writers BC to BH came in an
eleventh round, the held-out split (AW to BB joined the tuning split, their figures having been
read for 2026.11-16). Writers BI to BN came in a twelfth round, the same session, written after
2026.11-17 was committed; as the scorer was not changed after round 11's figures were read, both
rounds are never-tuned-on answers for it, and together they are the held-out split, decided
before any answer of round 12 was scored. BL and BN finished writing too late for a second pass
in that session and are left out, so round 12 is 160 answers and the held-out split 400.
Writers BO to BT came in a thirteenth round, a new session: decided (and committed) as they
started writing that it becomes the held-out split and that rounds 11 and 12 join tuning, their
figures having been read for 2026.11-17; 2026.11-18 was chosen on cross-validation over all
2,980 earlier answers and committed before any answer of round 13 was scored. BR finished
writing after the round's cut-off and is left out; it is not a held-out writer, so its answers,
once labelled twice, join tuning.
Each round is appended to the file.
Where the passes disagree, an adjudicated label (a third blind reading, by the guide) wins;
without one the writer's label stands. Both passes stay in the file.
"""

import json
import sys
from pathlib import Path

HELDOUT_WRITERS = {"BO", "BP", "BQ", "BS", "BT"}
QUESTIONS = {
    "seed-verborgen-wensen": (
        "zoekt-wensen",
        "Klanten hebben zowel uitgesproken als verborgen wensen. Het is lastig om de meer "
        "verborgen wensen en behoeften boven tafel te krijgen. Beschrijf het laatste gesprek "
        "waarin je hebt gezocht naar de wensen en behoeften van een klant. Hoe verliep dit? "
        "Welke resultaten kreeg je boven tafel?",
    ),
    "seed-ontevreden-klant": (
        "reageert-op-klacht",
        "Kun je een recent voorbeeld geven van een situatie waarin een klant ontevreden was? "
        "Wat heb je gedaan om de relatie weer te herstellen?",
    ),
    "app-meer-dan-verwacht": (
        "levert-meer",
        "Vertel over een keer dat je een klant meer of sneller hebt geholpen dan was "
        "afgesproken of dan hij verwachtte. Wat deed je precies?",
    ),
    "app-achteraf-nagaan": (
        "checkt-verwachtingen",
        "Beschrijf een situatie waarin je bij een klant bent nagegaan of je oplossing echt "
        "deed wat hij nodig had. Hoe pakte je dat aan?",
    ),
    "app-duidelijke-afspraken": (
        "maakt-afspraken",
        "Geef een voorbeeld van een klus waarbij je met een klant afspraken moest maken over "
        "wat je zou leveren en wanneer. Hoe ging je te werk en hoe liep het af?",
    ),
    "app-klant-geholpen": (
        None,
        "Vertel over een situatie waarin je een klant (intern of extern) echt goed hebt geholpen.",
    ),
}


def read(path: Path) -> dict[str, dict]:
    if not path.exists():
        return {}
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return {row["id"]: row for row in rows}


def main(raw_dir: str, pass2_dir: str, *adjudicated: str) -> None:
    decided = {k: v for path in adjudicated for k, v in read(Path(path)).items()}
    for raw in sorted(Path(raw_dir).glob("writer_*.jsonl")):
        writer = raw.stem.removeprefix("writer_")
        second = read(Path(pass2_dir) / raw.name)
        for case_id, row in read(raw).items():
            indicator, text = QUESTIONS[row.pop("question_id")]
            writers_labels = row.pop("labels")
            pass2 = second.get(case_id, {})
            labels = decided[case_id]["labels"] if case_id in decided else writers_labels
            case = {
                "id": case_id,
                "split": "heldout" if writer in HELDOUT_WRITERS else "tuning",
                "question": {"text": text, "indicator": indicator},
                **row,
                "labels": labels,
                "labels_pass1": writers_labels if case_id in decided else None,
                "labels_pass2": pass2.get("labels"),
                "provenance": {
                    **row["provenance"],
                    "second_pass": pass2.get("provenance"),
                    "adjudicated": case_id in decided,
                },
            }
            print(json.dumps(case, ensure_ascii=False))


if __name__ == "__main__":
    main(*sys.argv[1:])
