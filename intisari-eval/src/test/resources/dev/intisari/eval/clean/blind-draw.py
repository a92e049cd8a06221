# Blind-set draw (session 13, "cleanblind"). Seed 20261124.
# Pool: IndoSum dev fold 5 (dev.05.jsonl) and detik-1000 rows 241-1000, minus every document already in
# indonesian-lines.tsv or indonesian-lines-heldout.tsv. A document is "boilerplate-looking" when one of its
# lines contains a word of CUES (lower case) or is a short line (2-7 words) not ending in a sentence mark;
# for detik the ubiquitous "SCROLL TO CONTINUE WITH CONTENT" does not count. Draw from the sorted ids with
# random.Random(SEED): per corpus, N_BP boilerplate-looking and N_ORD ordinary documents.
# Second blind draw (session 13, "cleanblind2"; `python3 blind-draw.py SHARED --second`): seed 20261125, pool IndoSum
# dev folds 3 and 4 (dev.03.jsonl, dev.04.jsonl) and every detik-1000 row, minus every document of the three label
# files above and of indonesian-lines-blind.tsv; 56 + 14 articles per corpus. The first draw is unchanged.
import json, csv, random, re, sys
csv.field_size_limit(10**9)
SECOND = '--second' in sys.argv
ARGS = [a for a in sys.argv[1:] if not a.startswith('--')]
SEED = 20261125 if SECOND else 20261124
SHARED = ARGS[0] if ARGS else '../shared'  # the shared data folder
CUES = ['baca', 'simak', 'tonton', 'lihat juga', 'video', 'foto', 'editor', 'penulis', 'reporter', 'pewarta',
        'sumber', 'copyright', '©', 'hak cipta', 'google news', 'whatsapp', 'telegram', 'instagram', 'twitter',
        'ikuti', 'klik', 'download', 'unduh', 'artikel ini', '(*)', 'disclaimer', 'terkait', 'terpopuler',
        'gambas', 'advertisement', 'redaksi', 'penerjemah', 'tayang']
N = {'indosum': (56, 14), 'detik': (56, 14)} if SECOND else {'indosum': (72, 18), 'detik': (64, 16)}
FOLDS = ['dev.03.jsonl', 'dev.04.jsonl'] if SECOND else ['dev.05.jsonl']
FIRST_ROW = 1 if SECOND else 241
import os
lab = os.path.dirname(os.path.abspath(__file__)) + '/'
used = set()
for f in ['indonesian-lines.tsv', 'indonesian-lines-heldout.tsv'] + (['indonesian-lines-blind.tsv'] if SECOND else []):
    for s in open(lab + f, encoding='utf-8'):
        if s.startswith('#') or not s.strip(): continue
        c, d = s.split('\t')[:2]
        used.add((c, d.split(':', 1)[-1]))
def looks(lines, corpus):
    for l in lines:
        t = l.strip().lower()
        if not t or (corpus == 'detik' and t == 'scroll to continue with content'): continue
        if any(c in t for c in CUES): return True
        w = t.split()
        if 2 <= len(w) <= 7 and not re.search(r'[.!?"”]$', t): return True
    return False
docs = {'indosum': [], 'detik': []}
for fold in FOLDS:
    for s in open(SHARED + '/data/indosum-devfolds/' + fold, encoding='utf-8'):
        d = json.loads(s)
        if ('indosum', d['id']) in used: continue
        lines = [' '.join(t for sen in p for t in sen) for p in d['paragraphs']]
        docs['indosum'].append((fold + ':' + d['id'], looks(lines, 'indosum'), len(lines)))
rows = list(csv.reader(open(SHARED + '/data/detik-1000-summarization/data_berita.csv', encoding='utf-8')))[1:]
for r in rows:
    i = int(r[0])
    if i < FIRST_ROW or ('detik', r[0]) in used: continue
    lines = [l for l in r[4].split('\n') if l.strip()]
    docs['detik'].append(('data_berita.csv:' + r[0], looks(lines, 'detik'), len(lines)))
rng = random.Random(SEED)
out = []
for corpus in ['indosum', 'detik']:
    pool = sorted(docs[corpus])
    bp = [d for d in pool if d[1]]; orde = [d for d in pool if not d[1]]
    print(corpus, 'pool', len(pool), 'boilerplate-looking', len(bp), 'ordinary', len(orde), file=sys.stderr)
    pick = rng.sample(bp, N[corpus][0]) + rng.sample(orde, N[corpus][1])
    for d in sorted(pick):
        out.append((corpus, d[0], d[1], d[2]))
print('lines', sum(o[3] for o in out), 'docs', len(out), file=sys.stderr)
for o in out: print('\t'.join(map(str, o)))
