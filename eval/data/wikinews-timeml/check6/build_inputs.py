"""Builds check6/input/*.tml from the Wikinews CSV sample (see README.md).

Usage: python3 build_inputs.py [CSV_DIR]   (default ../../../../../shared/data/wikinews-2019-2020 from this folder)
The text preparation is the set's shared one (../wikinews_timeml.py); only the selection is this split's.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import wikinews_timeml  # noqa: E402
from wikinews_timeml import TITLE  # noqa: E402

ROWS = [85, 89, 97, 109, 113, 125, 129, 137, 141, 145, 169, 173]
# check5 took rows 1, 5, 9, ... up to row 77 (5, 17, 41, 57, 65, 73, 77); check6 continues after row 77.
# rows 1, 5, 9, ... after 77 matching the rule whose article is already elsewhere under eval/data:
# wikinews-quotes (105 = wn19-104, "Scottish court finds suspension of UK parliament unlawful";
# 165 = wn19-164, "Samoan government temporarily shuts down for nationwide measles vaccination drive")
USED = [105, 165]
LAST_CHECK5 = 77


def select(rows, n=12):
    """Rows 1, 5, 9, ... after LAST_CHECK5 whose title matches; USED skipped; the first n."""
    matching = [i for i in range(1, len(rows) + 1, 4) if i > LAST_CHECK5 and TITLE.search(rows[i - 1]['title'])]
    return [i for i in matching if i not in USED][:n]


if __name__ == '__main__':
    wikinews_timeml.build(os.path.dirname(os.path.abspath(__file__)), ROWS, select)
