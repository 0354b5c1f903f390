"""Builds check4/input/*.tml from the Wikinews CSV sample (see README.md).

Usage: python3 build_inputs.py [CSV_DIR]   (default ../../../../../shared/data/wikinews-2019-2020 from this folder)
The text preparation is the set's shared one (../wikinews_timeml.py); only the selection is this split's.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import wikinews_timeml  # noqa: E402
from wikinews_timeml import TITLE  # noqa: E402

ROWS = [23, 75, 83, 103, 119, 127, 131, 139, 155, 187, 191, 203]
# rows 3, 7, 11, ... matching the rule whose article is already elsewhere under eval/data
# (wikinews-quotes: 7, 115, 167, 183, 199, 243, 287 = wn19-006, wn19-114, wn19-166, wn20-011, wn20-027, wn20-071,
# wn20-115; wikinews-conll: 91, "Gillibrand ends US presidential bid")
USED = [7, 91, 115, 167, 183, 199, 243, 287]


def select(rows, n=12):
    """Rows 3, 7, 11, ... whose title matches; USED skipped; the first n."""
    matching = [i for i in range(3, len(rows) + 1, 4) if TITLE.search(rows[i - 1]['title'])]
    return [i for i in matching if i not in USED][:n]


if __name__ == '__main__':
    wikinews_timeml.build(os.path.dirname(os.path.abspath(__file__)), ROWS, select)
