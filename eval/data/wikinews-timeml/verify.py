"""Checks splits of this set: each gold file without its TIMEX3 tags (other than the DCT's) equals its input byte for
byte, tids are unique per file, every tag has a type among DATE/TIME/DURATION/SET and a well-formed TimeML 1.2 value
(decades as three digits, e.g. 197, and years before the common era with the prefix BC, e.g. BC0664, accepted),
extents have no outer spaces. Prints counts per split.

Usage: python3 verify.py [SPLIT ...]   (default: every split with a gold folder)
"""
import glob, os, sys

import wikinews_timeml

here = os.path.dirname(os.path.abspath(__file__))
splits = sys.argv[1:] or sorted(os.path.basename(os.path.dirname(g)) for g in glob.glob(os.path.join(here, '*', 'gold')))
ok = all([wikinews_timeml.verify(os.path.join(here, s)) for s in splits])
sys.exit(0 if ok else 1)
