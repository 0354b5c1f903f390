#!/usr/bin/env python3
"""Counts, in a CoNLL-2003 file's gold tags, how often the annotators follow each convention that NameShapeRules assumes
(docs/EVALUATION.md, Names). Reads a file in CoNLL columns (token first, IOB tag last; -DOCSTART- lines between
documents), e.g. CoNLL-2003's eng.train, which is not in this repository.
  python3 bench/conll-conventions.py PATH/TO/eng.train"""
import collections
import re
import sys

ROMAN = re.compile(r'(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV)$')
NUMBER = re.compile(r'-?\d+([.,:/-]\d+)*$')
ISO_DATE = re.compile(r'\d{4}-\d\d-\d\d$')
# as NameShapeRules.PARTICLES
PARTICLES = {'al', 'bin', 'bint', 'da', 'das', 'de', 'del', 'della', 'den', 'der', 'di', 'do', 'dos', 'du', 'el', 'ibn',
             'la', 'le', 'ten', 'ter', 'van', 'von', 'y', 'zu'}


def documents(path):
    docs, doc, sent = [], [], []
    for line in open(path, encoding='utf-8'):
        cols = line.split()
        if not cols or cols[0] == '-DOCSTART-':
            if sent:
                doc.append(sent)
                sent = []
            if cols and doc:
                docs.append(doc)
                doc = []
            continue
        sent.append((cols[0], cols[-1]))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return docs


def names(tags):
    """(start, end, class) of each name, from IOB1 or IOB2 tags."""
    out, start, cls = [], None, None
    for i, t in enumerate(list(tags) + ['O']):
        if start is not None and (t == 'O' or t.startswith('B-') or t[2:] != cls):
            out.append((start, i, cls))
            start = None
        if t != 'O' and start is None:
            start, cls = i, t[2:]
    return out


def side(words):
    return 1 <= len(words) <= 4 and words[0][:1].isupper() and not any(w.isdigit() for w in words)


KEYS = ['coordinated names', 'coordinated names whose parts are both names alone', 'words ending in -based',
        'words ending in -based, MISC', 'capitalised words ending in -based', 'capitalised words ending in -based, MISC',
        'PER ending in a roman number', 'PER followed by a roman number outside it',
        'PER followed by the word I, untagged', 'results lines', 'results lines, both sides ORG',
        'datelines whose words before the date are one name',
        'datelines whose words before the date are one name, LOC',
        'quoted capitalised words between two PER words',
        'quoted capitalised words between two PER words, all one PER',
        'table rows in documents with a tagged row', "table rows of their document's majority class",
        'lower-case particles between two PER words', 'lower-case particles between two PER words, all one PER']


def main(path):
    c = collections.Counter({k: 0 for k in KEYS})
    for doc in documents(path):
        sents = [([w for w, _ in s], [t for _, t in s]) for s in doc]
        alone = {' '.join(w[a:b]) for w, t in sents for a, b, _ in names(t)}
        rows = []
        for w, t in sents:
            found = {(a, b): cls for a, b, cls in names(t)}
            for a, b, cls in names(t):
                inner = [k for k in range(a + 1, b - 1) if w[k] in ('and', 'or', '&')]
                for k in inner:
                    c['coordinated names'] += 1
                    c['coordinated names whose parts are both names alone'] += \
                        ' '.join(w[a:k]) in alone and ' '.join(w[k + 1:b]) in alone
                if cls == 'PER' and b < len(w) and ROMAN.match(w[b]):
                    c['PER followed by a roman number outside it'] += 1
                if cls == 'PER' and b - a > 1 and ROMAN.match(w[b - 1]):
                    c['PER ending in a roman number'] += 1
                if cls == 'PER' and b < len(w) and w[b] == 'I' and t[b] == 'O':
                    c['PER followed by the word I, untagged'] += 1
            for k, word in enumerate(w):
                if word.lower().endswith('-based') and len(word) > 6:
                    c['words ending in -based'] += 1
                    c['words ending in -based, MISC'] += t[k].endswith('MISC')
                    if word[0].isupper():
                        c['capitalised words ending in -based'] += 1
                        c['capitalised words ending in -based, MISC'] += t[k].endswith('MISC')
            m = re.fullmatch(r'((?:\S+ ){1,4})(\d+) ((?:\S+ ){1,4})(\d+)', ' '.join(w))
            if m and side(m.group(1).split()) and side(m.group(3).split()):
                i = len(m.group(1).split())
                c['results lines'] += 1
                c['results lines, both sides ORG'] += found.get((0, i)) == 'ORG' and found.get((i + 1, len(w) - 1)) == 'ORG'
            if 2 <= len(w) <= 8 and ISO_DATE.match(w[-1]) and (0, len(w) - 1) in found:
                c['datelines whose words before the date are one name'] += 1
                c['datelines whose words before the date are one name, LOC'] += found[(0, len(w) - 1)] == 'LOC'
            for i in range(1, len(w) - 3):
                if w[i] == '"' and t[i - 1].endswith('PER'):
                    close = next((j for j in range(i + 2, min(len(w) - 1, i + 6)) if w[j] == '"'), None)
                    if close and t[close + 1].endswith('PER') and all(x[:1].isupper() or x in ('of', 'the')
                                                                     for x in w[i + 1:close]) and w[i + 1][:1].isupper():
                        c['quoted capitalised words between two PER words'] += 1
                        c['quoted capitalised words between two PER words, all one PER'] += \
                            all(x.endswith('PER') for x in t[i:close + 1])
            for i in range(1, len(w) - 1):
                if w[i] in PARTICLES and t[i - 1].endswith('PER') and w[i - 1] not in PARTICLES:
                    after = i + 1 if w[i + 1] not in PARTICLES else i + 2
                    if after < len(w) and t[after].endswith('PER') and w[after][:1].isupper():
                        c['lower-case particles between two PER words'] += 1
                        c['lower-case particles between two PER words, all one PER'] += \
                            all(x.endswith('PER') for x in t[i:after + 1]) and not t[after].startswith('B-')
            end = next((k for k, x in enumerate(w) if NUMBER.match(x)), len(w))
            if 1 <= end <= 4 and len(w) - end >= 2 and w[0][:1].isupper() and all(NUMBER.match(x) for x in w[end:]):
                rows.append(found.get((0, end), '-'))
        tagged = [r for r in rows if r != '-']
        if tagged:
            c['table rows in documents with a tagged row'] += len(rows)
            c['table rows of their document\'s majority class'] += collections.Counter(rows).most_common(1)[0][1]
    for k in KEYS:
        print(f'{c[k]:6d}  {k}')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
