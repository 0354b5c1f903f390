"""Reading the MultiLing 2011 English WikiNews source texts for the splits built from them (check23 to check25).

Each source file M00TD.english (T: topic digit, D: document digit) has the title on line 1 and the dateline ("Tuesday,
July 12, 2005") on line 3, then the body. The text preparation is the set's shared one (wikinews_timeml.clean); a split
keeps only its selection (which digits, which files taken and skipped).
"""
import datetime, os, re

import wikinews_timeml

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.path.join(HERE, '../../../../shared/data/multiling2011-dev/source_texts')
EVAL_DATA = os.path.join(HERE, '..')
MEANTIME = os.path.join(HERE, '../../../../shared/data/meantime-en')


def candidates(digits, source_dir=SOURCE_DIR):
    """The files whose document digit is one of 'digits', in file-name order."""
    names = sorted(f[:-len('.english')] for f in os.listdir(source_dir) if re.fullmatch(r'M00\d\d\.english', f))
    return [n for n in names if n[-1] in digits]


def read(name, source_dir=SOURCE_DIR):
    """(title, ISO creation date, row for wikinews_timeml.clean) of one source file."""
    with open(os.path.join(source_dir, name + '.english'), encoding='utf-8') as f:
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
    eval/data (the folder skip_dir excepted) or in a MEANTIME file name."""
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


def select(digits, split_dir, source_dir=SOURCE_DIR, n=12):
    """The first n candidates with those digits whose title no other file under eval/data (nor MEANTIME) holds."""
    free = [c for c in candidates(digits, source_dir) if not already_used(read(c, source_dir)[0], split_dir)]
    return free[:n]


def document(name, date, row):
    """(DOCID, TimeML input) of one source file."""
    docid = f'wikinews-ml-{date}-{name}'
    return docid, (f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{docid}</DOCID>\n'
                   f'<DCT><TIMEX3 tid="t0" type="DATE" value="{date}" temporalFunction="false" '
                   f'functionInDocument="CREATION_TIME">{date}</TIMEX3></DCT>\n'
                   f'<TEXT>{wikinews_timeml.clean(row)}</TEXT>\n</TimeML>\n')


def write(split_dir, taken, source_dir=SOURCE_DIR):
    """Writes split_dir/input/DOCID.tml for each taken file."""
    for name in taken:
        title, date, row = read(name, source_dir)
        docid, xml = document(name, date, row)
        with open(os.path.join(split_dir, 'input', docid + '.tml'), 'w', encoding='utf-8') as f:
            f.write(xml)
        print(docid, title)
