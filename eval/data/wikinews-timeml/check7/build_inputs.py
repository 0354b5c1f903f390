"""Builds check7/input/*.tml from the Wikinews CSV sample (see README.md).

Usage: python3 build_inputs.py [CSV_DIR]   (default ../../../../../shared/data/wikinews-2019-2020 from this folder)
The text preparation is the set's shared one (../wikinews_timeml.py); only the selection is this split's.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import wikinews_timeml  # noqa: E402
from wikinews_timeml import TITLE  # noqa: E402

ROWS = [177, 189, 197, 209, 217, 225, 237, 249, 253, 265, 273, 285]
# check6 took rows 1, 5, 9, ... from row 85 up to row 173; check7 continues after row 173.
# rows 1, 5, 9, ... after 173 matching the rule whose article is already elsewhere under eval/data:
# 181 in wikinews-conll ("U.S. House to decide on submitting articles of impeachment to Senate");
# wikinews-quotes: 221 = wn20-049, 261 = wn20-089, 281 = wn20-109 (title, address and file there),
# 269 = wn20-097 (named in wikinews-quotes/README.md and select.py, dropped there before annotation)
USED = [181, 221, 261, 269, 281]
LAST_CHECK6 = 173


def select(rows, n=12):
    """Rows 1, 5, 9, ... after LAST_CHECK6 whose title matches; USED skipped; the first n."""
    matching = [i for i in range(1, len(rows) + 1, 4) if i > LAST_CHECK6 and TITLE.search(rows[i - 1]['title'])]
    return [i for i in matching if i not in USED][:n]


if __name__ == '__main__':
    wikinews_timeml.build(os.path.dirname(os.path.abspath(__file__)), ROWS, select)
