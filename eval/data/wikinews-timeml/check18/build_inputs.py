"""Builds check18/input/*.tml from the Wikinews CSV sample (see README.md).

Usage: python3 build_inputs.py [CSV_DIR]   (default ../../../../../shared/data/wikinews-2019-2020 from this folder)
The text preparation is the set's shared one (../wikinews_timeml.py); only the selection is this split's.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import wikinews_timeml  # noqa: E402

ROWS = [160, 164, 168, 176, 180, 184, 188, 204, 216, 228, 232, 236]
# rows 160, 164, 168, ..., 292 (check16's series 4, 8, 12, ..., its part from row 160 on; no title filter) whose
# article is already elsewhere under eval/data, by address (as in the CSV and percent-decoded, and its part after
# /wiki/), title (as is, case-insensitively, with white space removed, with non-word characters removed), file name
# or wikinews-quotes id, or taken by an earlier split (the ROWS of every build_inputs.py up to check16 read): the
# dev/check rows 172, 192, 196, 200, 208, 212, 220, 224, 244, 248, 272, 288, 292 (by file name, address and title;
# 224 and 244 also in wikinews-quotes as wn20-052 and wn20-072, 272 also in wikinews-conll). Row 276 is a test page
# ("TEST PAGE:Self-publish today", dated 2021). Rows 164 and 240 gave only false hits (the file wn19-164, which is
# row 165, and the last path part "S" of row 240's address ".../Salling_Group_A/S"); they are free.
USED = [172, 192, 196, 200, 208, 212, 220, 224, 244, 248, 272, 288, 292]
TEST_PAGE = 'TEST PAGE'


def select(rows, n=12):
    """Rows 160, 164, ..., 292 in order, whatever their title; USED and test pages skipped; the first n."""
    return [i for i in range(160, min(292, len(rows)) + 1, 4)
            if i not in USED and not rows[i - 1]['title'].upper().startswith(TEST_PAGE)][:n]


if __name__ == '__main__':
    wikinews_timeml.build(os.path.dirname(os.path.abspath(__file__)), ROWS, select)
