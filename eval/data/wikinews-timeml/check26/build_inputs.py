"""Builds check26/input/*.tml from the MultiLing 2011 English WikiNews source texts (see README.md).

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

# Candidates: the files check24 left over (digits 2, 3, 4) and check25 did not reach (digits 7, 8, 9), in file-name
# order; each is checked again against eval/data and MEANTIME.
CHECK24_LEFT_OVER = ['M0084', 'M0092', 'M0094']
CHECK25_NOT_REACHED = ['M0089', 'M0097', 'M0098', 'M0099']
CANDIDATES = sorted(CHECK24_LEFT_OVER + CHECK25_NOT_REACHED)
TAKEN = CANDIDATES


if __name__ == '__main__':
    if len(sys.argv) > 1:
        SOURCE_DIR = sys.argv[1]
    assert CANDIDATES == ['M0084', 'M0089', 'M0092', 'M0094', 'M0097', 'M0098', 'M0099']
    assert all(c in multiling.candidates('234789', SOURCE_DIR) for c in CANDIDATES)
    free = [c for c in CANDIDATES if not multiling.already_used(multiling.read(c, SOURCE_DIR)[0], HERE)]
    assert free == TAKEN, free
    multiling.write(HERE, TAKEN, SOURCE_DIR)
