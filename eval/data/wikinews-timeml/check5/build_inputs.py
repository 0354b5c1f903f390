"""Builds check5/input/*.tml from the Wikinews CSV sample (see README.md).

Usage: python3 build_inputs.py [CSV_DIR]   (default ../../../../../shared/data/wikinews-2019-2020 from this folder)
The text preparation is the set's shared one (../wikinews_timeml.py); only the selection is this split's.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import wikinews_timeml  # noqa: E402
from wikinews_timeml import TITLE  # noqa: E402

ROWS = [215, 247, 251, 279, 283, 5, 17, 41, 57, 65, 73, 77]
# rows matching the rule whose article is already elsewhere under eval/data:
# rows 3, 7, 11, ...: check4 (23, 75, 83, 103, 119, 127, 131, 139, 155, 187, 191, 203); wikinews-quotes (7, 115, 167,
# 183, 199, 243, 287 = wn19-006, wn19-114, wn19-166, wn20-011, wn20-027, wn20-071, wn20-115); wikinews-conll (91);
# rows 1, 5, 9, ...: wikinews-conll (61, "Nickey Iyambo, former vice-president of Namibia, dies aged 82");
# wikinews-quotes (69 = wn19-068)
USED = [7, 23, 75, 83, 91, 103, 115, 119, 127, 131, 139, 155, 167, 183, 187, 191, 199, 203, 243, 287, 61, 69]


def select(rows, n=12):
    """Rows 3, 7, 11, ... whose title matches (those check4 left), then rows 1, 5, 9, ... whose title matches;
    USED skipped; the first n."""
    matching = ([i for i in range(3, len(rows) + 1, 4) if TITLE.search(rows[i - 1]['title'])]
                + [i for i in range(1, len(rows) + 1, 4) if TITLE.search(rows[i - 1]['title'])])
    return [i for i in matching if i not in USED][:n]


if __name__ == '__main__':
    wikinews_timeml.build(os.path.dirname(os.path.abspath(__file__)), ROWS, select)
