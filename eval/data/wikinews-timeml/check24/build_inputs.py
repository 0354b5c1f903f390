"""Builds check24/input/*.tml from the MultiLing 2011 English WikiNews source texts (see README.md).

Usage: python3 build_inputs.py [SOURCE_DIR]
       (default ../../../../../shared/data/multiling2011-dev/source_texts from this folder)
Each source file M00TD.english has the title on line 1 and the dateline ("Tuesday, July 12, 2005") on line 3, then
the body. Reading them and the text preparation are the set's (../multiling.py, ../wikinews_timeml.py); only the
selection is this split's.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import multiling  # noqa: E402

SOURCE_DIR = os.path.join(HERE, '../../../../../shared/data/multiling2011-dev/source_texts')

TAKEN = ['M0012', 'M0013', 'M0032', 'M0033', 'M0052', 'M0053', 'M0054', 'M0063', 'M0072', 'M0073', 'M0082', 'M0083']
# Candidates: digit D = 2, 3 or 4 of topics 1, 3, 5, ..., 9, in file-name order (21 files). Skipped because their title
# is already under eval/data (all in wikinews-quotes: split.tsv, texts/ml-M00TD.txt, check2/check3 gold, README):
USED = ['M0014', 'M0034', 'M0062', 'M0064', 'M0074', 'M0093']
# None is in MEANTIME. 15 candidates are free; the first 12 are taken, M0084, M0092 and M0094 are left over.
LEFT_OVER = ['M0084', 'M0092', 'M0094']
DIGITS = '234'


if __name__ == '__main__':
    if len(sys.argv) > 1:
        SOURCE_DIR = sys.argv[1]
    candidates = multiling.candidates(DIGITS, SOURCE_DIR)
    assert candidates == [f'M00{t}{d}' for t in '1356789' for d in '234'], candidates
    taken = multiling.select(DIGITS, HERE, SOURCE_DIR)
    assert taken == TAKEN, taken
    free = [c for c in candidates if c not in USED]
    assert free[:12] == TAKEN and free[12:] == LEFT_OVER, free
    assert [c for c in candidates if c not in free] == USED
    multiling.write(HERE, TAKEN, SOURCE_DIR)
