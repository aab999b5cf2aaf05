"""Build the typo-correction artefact of the crisis feedback detector.

``trustdesk.textsafety.feedback_lexicon`` corrects misspellings of the words the detector
keys on ("unresponive", "dissapeared", "deadine", "recieved") before its rules read a
comment. A real English word that is as close to one of those words as a typo would be
("responsible" to "responsive", "contract" to "contact") must never be corrected, and the
detector has no dictionary at run time. This script reads the system word lists
(``apt-get install wamerican wbritish``), finds every real word within the correction
distance of a target word, and writes them as ``REAL_NEIGHBOURS`` into
``src/trustdesk/textsafety/feedback_neighbours.py`` (a few hundred words; the word lists
themselves are not shipped).

    .venv/bin/python scripts/build_feedback_lexicon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from trustdesk.textsafety.feedback_lexicon import (
    TYPO_TARGETS,
    correction_candidates,
    max_distance,
)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "trustdesk" / "textsafety" / "feedback_neighbours.py"
WORD_LISTS = (
    Path("/usr/share/dict/american-english"),
    Path("/usr/share/dict/british-english"),
)


def main() -> int:
    words: set[str] = set()
    for path in WORD_LISTS:
        if not path.exists():
            print(f"missing {path}: apt-get install wamerican wbritish", file=sys.stderr)
            return 1
        for line in path.read_text(encoding="utf-8", errors="ignore").splitlines():
            word = line.strip().lower().replace("'", "")
            if word.isascii() and word.isalpha():
                words.add(word)
    neighbours = sorted(
        word
        for word in words
        if word not in TYPO_TARGETS
        and len(word) >= 5
        and correction_candidates(word, max_distance(word), neighbours=frozenset())
    )
    body = "\n".join(f'        "{word}",' for word in neighbours)
    OUT.write_text(
        '"""Real English words a typo-corrector must leave alone (generated, do not edit).\n\n'
        "Written by scripts/build_feedback_lexicon.py from the system word lists: every word\n"
        "within the correction distance of a word in ``feedback_lexicon.TYPO_TARGETS``.\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import Final\n\n"
        "REAL_NEIGHBOURS: Final[frozenset[str]] = frozenset(\n"
        "    (\n"
        f"{body}\n"
        "    )\n"
        ")\n",
        encoding="utf-8",
    )
    print(f"{len(neighbours)} real words near {len(TYPO_TARGETS)} target words -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
