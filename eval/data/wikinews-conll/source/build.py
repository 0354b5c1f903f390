"""Builds the wikinews-conll set: selects the articles, splits sentences and tokenizes them PTB/CoNLL-style, labels the
names listed in names.txt (the manual annotation) and writes the CoNLL files. Written for this set before any tagger ran.

    python3 build.py ../../../../../shared/data/wikinews-2019-2020 names.txt ..
"""
import csv, os, re, sys, unicodedata

ABBR = {"Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Jr.", "Sr.", "Inc.", "Ltd.", "Co.", "Corp.", "vs.", "etc.", "Gen.", "Gov.",
        "Sen.", "Rep.", "No.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Prof.",
        "Lt.", "Col.", "Capt.", "Sgt.", "Mt.", "approx.", "e.g.", "i.e.", "a.m.", "p.m."}
LEAD = "\"'([{`‘“—–"
TRAIL = "\"',;:)]}!?’”—–"

def is_abbr(w):
    return w in ABBR or re.fullmatch(r"(?:[A-Za-z]\.)+", w) is not None or re.search(r"-[A-Z]\.$", w) is not None

def split_sentences(par):
    # break after . ! ? (and closing quotes/brackets) followed by space and an upper-case letter, digit or opening quote
    out, start = [], 0
    for m in re.finditer(r"[.!?][\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])", par):
        end = m.end()
        before = par[start:m.start() + 1].split()
        last = before[-1] if before else ""
        last = last.lstrip(LEAD)
        if par[m.start()] == "." and (last in ABBR and last not in {"etc."}) :
            continue
        if par[m.start()] == "." and re.search(r"(?:^|[^A-Za-z])[A-Z]\.$", last):
            continue  # an initial: "E. coli", "John F. Kennedy", "ESBL-E. coli", "U.S. House"
        out.append(par[start:end].strip())
        start = end
    if par[start:].strip():
        out.append(par[start:].strip())
    return out

def tokens(sentence, last_sentence_period=True):
    out = []
    chunks = sentence.split()
    for ci, c in enumerate(chunks):
        # dashes inside words ("word—word") split
        parts = re.split(r"([—–\[\]]|\.\.\.|…|(?<=\w)\((?=\w+\)))", c)
        for p in parts:
            if not p:
                continue
            if p in {"—", "–", "...", "…", "[", "]", "("}:
                out.append(p); continue
            lead = []
            while p and p[0] in LEAD:
                lead.append(p[0]); p = p[1:]
            trail = []
            while p:
                if p[-1] in TRAIL:
                    trail.insert(0, p[-1]); p = p[:-1]
                elif p[-1] == "." and not (is_abbr(p) and not (ci == len(chunks) - 1 and not trail and False)):
                    trail.insert(0, "."); p = p[:-1]
                else:
                    break
            out.extend(lead)
            if p:
                m = re.fullmatch(r"(.+?)(n't|'s|'re|'ve|'ll|'d|'m|’s)", p, re.I)
                if m and not re.fullmatch(r"[A-Z]'s", p):
                    out.extend([m.group(1), m.group(2)])
                elif re.fullmatch(r".+s'", p):
                    out.extend([p[:-1], "'"])
                elif re.fullmatch(r"\$[\d.,]+", p):
                    out.extend(["$", p[1:]])
                elif re.fullmatch(r"[\d.,]+%", p):
                    out.extend([p[:-1], "%"])
                else:
                    out.append(p)
            out.extend(trail)
    # an abbreviation ending the sentence keeps its point and gets a sentence-final one too (PTB)
    if out and out[-1] != "." and is_abbr(out[-1]) and out[-1].endswith("."):
        out.append(".")
    return out

def article(text):
    text = unicodedata.normalize("NFC", text.replace("\xa0", " "))
    # a wiki template's leftover: the Hindi original of a quote ("((hi))Hindi language: ...") ends before "Earlier"
    text = re.sub(r"\(\(hi\)\)Hindi language:.*?(?=Earlier this month)", "\n", text, flags=re.S)
    sents = []
    for par in re.split(r"\n+", text):
        par = par.strip()
        if par:
            sents.extend(split_sentences(par))
    return [tokens(s) for s in sents]


def select(data_dir):
    """Rows 0, 30, 60, ... of wikinews_2019.csv then wikinews_2020.csv; a row over 1,000 words gives way to the next row."""
    csv.field_size_limit(10**9)
    rows = []
    for f in ["wikinews_2019.csv", "wikinews_2020.csv"]:
        rows += list(csv.DictReader(open(os.path.join(data_dir, f), encoding="utf-8")))
    out = []
    for i in range(0, len(rows), 30):
        j = i
        while len(rows[j]["text"].split()) > 1000:
            j += 1
        out.append(dict(row=j, **rows[j]))
    return out


def read_names(path):
    """names.txt: '== ROW' starts an article, then one 'CLASS token token ...' line per name."""
    names, cur = {}, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            cur = int(line[3:])
            names[cur] = []
            continue
        cls, rest = line.split(" ", 1)
        names[cur].append((cls, rest.split(" ")))
    return names


def label(sent, names):
    """Every occurrence of a listed token sequence gets its class, longest sequences first, never over another name."""
    tags = ["O"] * len(sent)
    for cls, seq in sorted(names, key=lambda x: -len(x[1])):
        n = len(seq)
        for i in range(len(sent) - n + 1):
            if sent[i:i + n] == seq and all(tags[k] == "O" for k in range(i, i + n)):
                for k in range(i, i + n):
                    tags[k] = ("B-" if k == i else "I-") + cls
    return tags


def main(data_dir, names_path, out_dir):
    names = read_names(names_path)
    arts = []
    for a in select(data_dir):
        sents = [tokens(a["title"].replace("\xa0", " "))] + article(a["text"])
        arts.append((a["row"], sents, [label(s, names[a["row"]]) for s in sents]))
    for k, split in enumerate(["dev", "check"]):
        chosen = arts[k::2]   # alternation: 1st, 3rd, ... article dev; 2nd, 4th, ... check
        for variant, upper in [("", True), ("-titlecase", False)]:
            gold, inp = [], []
            for row, sents, tags in chosen:
                gold += ["-DOCSTART- -X- -X- O", ""]
                inp += ["-DOCSTART- -X- -X-", ""]
                for si, (s, t) in enumerate(zip(sents, tags)):
                    for w, g in zip(s, t):
                        w = w.upper() if si == 0 and upper else w   # the title, in capitals as CoNLL headlines
                        gold.append(f"{w} {g}")
                        inp.append(w)
                    gold.append("")
                    inp.append("")
            for kind, lines in [("gold", gold), ("input", inp)]:
                with open(os.path.join(out_dir, f"{split}{variant}.{kind}.conll"), "w", encoding="utf-8") as f:
                    f.write("\n".join(lines) + "\n")
        n_tok = sum(len(s) for _, sents, _ in chosen for s in sents)
        n_names = sum(g.startswith("B-") for _, _, tags in chosen for t in tags for g in t)
        print(split, "rows", [r for r, _, _ in chosen], "tokens", n_tok, "names", n_names)


if __name__ == "__main__":
    main(*sys.argv[1:4])
