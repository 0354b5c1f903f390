#!/usr/bin/env python3
"""Selects the Wikinews quote dev/check set (rule fixed before any article was read; see README.md).

Rule: from wikinews_2019.csv and wikinews_2020.csv, in date order within each file (CSV row order breaks ties),
keep an article when its title contains, as a whole word (case-insensitive), one of POLITICAL, and its text holds at
least 6 quotation marks (straight " or curly “ ”, i.e. at least 3 pairs); skip wikinews_2020.csv row index 5, whose
output from our annotator had already been looked at; take the first 8 of each file. Order the 16 by (date, file, row);
odd positions (1st, 3rd, ...) are dev, even positions are check. Doc ids: wn19-ROW / wn20-ROW (row index in its CSV).
A second dev half, added after the first round of fixes (dev2): the next 4 articles of each file under the same rule
(wn20-097 dropped, see README.md);
and a third (dev3), added after the second round: the 4 after those; a fourth (dev4) after the third round.
A held-out half from another source (check2): the MultiLing 2011 English source texts (M00TD.english) in name order
whose text holds at least 6 straight quotation marks ("), the first 12; copied byte for byte as texts/ml-M00TD.txt.
A second held-out half from that source (check3): the next 12 files under the same rule (after M0064, check2's last).
"""
import csv, re, sys, os, shutil, datetime
csv.field_size_limit(10**8)
POLITICAL = ["president", "prime minister", "minister", "ministers", "parliament", "parliamentary", "election",
             "elections", "government", "senate", "congress", "summit", "vote", "votes", "voted", "diplomat",
             "diplomats", "diplomatic", "embassy", "ambassador", "sanctions", "treaty", "talks", "chancellor",
             "opposition", "party"]
pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in POLITICAL) + r")\b", re.I)
src = sys.argv[1] if len(sys.argv) > 1 else "../../../../shared/data/wikinews-2019-2020"
ml = sys.argv[2] if len(sys.argv) > 2 else "../../../../shared/data/multiling2011-dev/source_texts"
chosen = []
extra = []
for tag, name in (("wn19", "wikinews_2019.csv"), ("wn20", "wikinews_2020.csv")):
    rows = list(csv.DictReader(open(os.path.join(src, name), encoding="utf-8", newline="")))
    order = sorted(range(len(rows)), key=lambda i: (rows[i]["date"], i))
    picked = []
    for i in order:
        if tag == "wn20" and i == 5:
            continue
        r = rows[i]
        marks = sum(r["text"].count(c) for c in '"\u201c\u201d')
        if pattern.search(r["title"]) and marks >= 6:
            picked.append((r["date"], tag, i, r))
        if len(picked) == 20:
            break
    chosen += picked[:8]
    extra += [(c, "dev2") for c in picked[8:12]] + [(c, "dev3") for c in picked[12:16]] \
        + [(c, "dev4") for c in picked[16:20]]
chosen.sort(key=lambda c: (c[0], c[1], c[2]))
os.makedirs("texts", exist_ok=True)
with open("split.tsv", "w", encoding="utf-8") as out:
    out.write("doc\tsplit\tdate\ttitle\turl\n")
    for n, (date, tag, i, r) in enumerate(chosen, 1):
        doc = f"{tag}-{i:03d}"
        split = "dev" if n % 2 == 1 else "check"
        out.write(f"{doc}\t{split}\t{date}\t{r['title']}\t{r['url']}\n")
        with open(f"texts/{doc}.txt", "w", encoding="utf-8", newline="") as t:
            t.write(r["text"])
    for (date, tag, i, r), part in sorted(extra, key=lambda c: (c[1], c[0][0], c[0][1], c[0][2])):
        doc = f"{tag}-{i:03d}"
        if doc == "wn20-097":  # dropped from dev2 before annotating, see README.md
            continue
        out.write(f"{doc}\t{part}\t{date}\t{r['title']}\t{r['url']}\n")
        with open(f"texts/{doc}.txt", "w", encoding="utf-8", newline="") as t:
            t.write(r["text"])
    ml_picked = [f for f in sorted(os.listdir(ml))
                 if re.fullmatch(r"M00\d\d\.english", f) and open(os.path.join(ml, f), "rb").read().count(b'"') >= 6][:24]
    for n, f in enumerate(ml_picked):
        doc = "ml-" + f[:-len(".english")]
        lines = open(os.path.join(ml, f), encoding="utf-8").read().splitlines()
        date = datetime.datetime.strptime(lines[2].strip(), "%A, %B %d, %Y").date().isoformat()
        part = "check2" if n < 12 else "check3"
        out.write(f"{doc}\t{part}\t{date}\t{lines[0].strip()}\tMultiLing 2011 {f} (English Wikinews)\n")
        shutil.copyfile(os.path.join(ml, f), f"texts/{doc}.txt")
