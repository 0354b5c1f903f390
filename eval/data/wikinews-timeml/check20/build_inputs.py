"""Builds check20/input/*.tml from the Wikinews CSV sample (see README.md).

Usage: python3 build_inputs.py [CSV_DIR]   (default ../../../../../shared/data/wikinews-2019-2020 from this folder)
The text preparation is the set's shared one (../wikinews_timeml.py); only the selection is this split's.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import wikinews_timeml  # noqa: E402

ROWS = [120, 128, 132, 136, 140, 148, 152, 240, 252, 256, 260, 264]
# rows 120, 124, ..., 156 (check17's part of the series 4, 8, 12, ... continued after its last row 112), then rows
# 240, 244, ..., 292 (check18's part continued after its last row 236); no title filter. Skipped: rows whose article is
# already elsewhere under eval/data, by address (as in the CSV, percent-decoded, and its part after /wiki/, also with
# '_' as spaces), title (as is, case-insensitively, with white space removed, with non-word characters removed), file
# name wikinews-DATE-NNN or wikinews-quotes id, or taken by an earlier split (the ROWS of every build_inputs.py up to
# check19 read): the dev/check rows 124, 144, 156, 244, 248, 272, 288, 292 (by file name, address and title; 144 and
# 244 also in wikinews-quotes as wn19-143 and wn20-072, 272 also in wikinews-conll). Row 276 is a test page
# ("TEST PAGE:Self-publish today", dated 2021). No split check2 ... check19 holds any row of these ranges.
USED = [124, 144, 156, 244, 248, 272, 288, 292]
# Free rows left after the 12 taken: 268, 280, 284 (the series 4, 8, 12, ... has no other free row from 60 on).
PARTS = [(120, 156), (240, 292)]
TEST_PAGE = 'TEST PAGE'


def select(rows, n=12):
    """Rows 120, 124, ..., 156, then 240, 244, ..., 292, in order, whatever their title; USED and test pages skipped;
    the first n."""
    order = [i for first, last in PARTS for i in range(first, min(last, len(rows)) + 1, 4)]
    return [i for i in order
            if i not in USED and not rows[i - 1]['title'].upper().startswith(TEST_PAGE)][:n]


if __name__ == '__main__':
    wikinews_timeml.build(os.path.dirname(os.path.abspath(__file__)), ROWS, select)
