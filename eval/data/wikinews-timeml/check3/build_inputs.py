"""Builds check3/input/*.tml from the Wikinews CSV sample (see README.md).

Usage: python3 build_inputs.py [CSV_DIR]   (default ../../../../../shared/data/wikinews-2019-2020 from this folder)
The text preparation is the set's shared one (../wikinews_timeml.py); only the selection is this split's.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import wikinews_timeml  # noqa: E402
from wikinews_timeml import TITLE  # noqa: E402

ROWS = [86, 118, 126, 130, 150, 198, 238, 266, 278, 282]
CHECK2 = [2, 30, 34, 42, 46, 50, 74, 78]
# rows matching the rule whose article is already elsewhere under eval/data (timeml dev/check, wikinews-quotes)
USED = [90, 98, 102, 134, 174, 210, 270, 286, 290]


def select(rows, n=10):
    """Rows 2, 6, 10, ... (then 3, 7, 11, ...) whose title matches; the first 8 (check2) and USED skipped."""
    matching = [i for first in (2, 3) for i in range(first, len(rows) + 1, 4) if TITLE.search(rows[i - 1]['title'])]
    assert matching[:8] == CHECK2, matching[:8]
    return [i for i in matching[8:] if i not in USED][:n]


if __name__ == '__main__':
    wikinews_timeml.build(os.path.dirname(os.path.abspath(__file__)), ROWS, select)
