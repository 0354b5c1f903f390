"""Builds check25/input/*.tml from the MultiLing 2011 English WikiNews source texts (see README.md).

Usage: python3 build_inputs.py [SOURCE_DIR]
       (default ../../../../../shared/data/multiling2011-dev/source_texts from this folder)
Each source file M00TD.english has the title on line 1 and the dateline ("Tuesday, July 12, 2005") on line 3, then
the body. The text preparation is the set's shared one (../wikinews_timeml.py, function clean); only the reading of
these files, the file names and the selection are this split's.
"""
import datetime, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import wikinews_timeml  # noqa: E402

SOURCE_DIR = os.path.join(HERE, '../../../../../shared/data/multiling2011-dev/source_texts')
EVAL_DATA = os.path.join(HERE, '../..')
MEANTIME = os.path.join(HERE, '../../../../../shared/data/meantime-en')

TAKEN = ['M0017', 'M0018', 'M0019', 'M0037', 'M0038', 'M0039', 'M0058', 'M0059', 'M0068', 'M0069', 'M0078',
         'M0079']
# Candidates: digit D = 7, 8 or 9 of topics 1, 3, 5, ..., 9, in file-name order (21 files). Skipped because their
# title is already under eval/data (all in wikinews-quotes: split.tsv, texts/ml-M00TD.txt, check2/check3 gold, README):
USED = ['M0057', 'M0067', 'M0077', 'M0087', 'M0088']
# None is in MEANTIME. The 12th free candidate is M0079; M0089, M0097, M0098 and M0099 were free but not reached.
NOT_REACHED = ['M0089', 'M0097', 'M0098', 'M0099']


def candidates():
    names = sorted(f[:-len('.english')] for f in os.listdir(SOURCE_DIR) if re.fullmatch(r'M00\d\d\.english', f))
    return [n for n in names if n[-1] in '789']


def read(name):
    with open(os.path.join(SOURCE_DIR, name + '.english'), encoding='utf-8') as f:
        lines = f.read().split('\n')
    title = lines[0].strip()
    dateline = lines[2].strip()
    assert wikinews_timeml.DATELINE.match(dateline), (name, dateline)
    date = datetime.datetime.strptime(dateline.split(', ', 1)[1], '%B %d, %Y').date()
    assert date.strftime('%A') == dateline.split(',')[0], (name, dateline)
    # clean() drops the dateline (first line of 'text'), blank lines and trailing spaces, and cuts after 15 sentences.
    return title, date.isoformat(), {'title': title, 'text': '\n'.join(lines[2:])}


def norm(s):
    return re.sub(r'[\W_]+', '', s).lower()


def already_used(title, skip_dir):
    """True when the title (as is, case-insensitively, or without spaces and punctuation) is in a file under
    eval/data (this split's own folder excepted) or in a MEANTIME file name."""
    t, n = title.lower(), norm(title)
    for root, _, files in os.walk(EVAL_DATA):
        if os.path.abspath(root).startswith(skip_dir):
            continue
        for f in files:
            with open(os.path.join(root, f), encoding='utf-8', errors='ignore') as h:
                text = h.read()
            if t in text.lower() or n in norm(text) or n in norm(f):
                return True
    for root, dirs, files in os.walk(MEANTIME):
        for f in files + dirs:
            if n in norm(f) or t in f.replace('_', ' ').lower():
                return True
    return False


def select(n=12):
    free = [c for c in candidates() if not already_used(read(c)[0], HERE)]
    return free[:n]


def document(name, title, date, row):
    docid = f'wikinews-ml-{date}-{name}'
    return docid, (f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{docid}</DOCID>\n'
                   f'<DCT><TIMEX3 tid="t0" type="DATE" value="{date}" temporalFunction="false" '
                   f'functionInDocument="CREATION_TIME">{date}</TIMEX3></DCT>\n'
                   f'<TEXT>{wikinews_timeml.clean(row)}</TEXT>\n</TimeML>\n')


if __name__ == '__main__':
    if len(sys.argv) > 1:
        SOURCE_DIR = sys.argv[1]
    assert candidates() == [f'M00{t}{d}' for t in '1356789' for d in '789'], candidates()
    taken = select()
    assert taken == TAKEN, taken
    assert [c for c in candidates() if c not in taken] == sorted(USED + NOT_REACHED)
    for name in TAKEN:
        title, date, row = read(name)
        docid, xml = document(name, title, date, row)
        with open(os.path.join(HERE, 'input', docid + '.tml'), 'w', encoding='utf-8') as f:
            f.write(xml)
        print(docid, title)
