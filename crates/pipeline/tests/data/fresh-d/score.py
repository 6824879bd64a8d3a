import json, sys, subprocess, glob, os, collections
D = sys.argv[1]; BIN = sys.argv[2]; loose = len(sys.argv) > 3 and sys.argv[3] == 'loose'
ROLES = set("GOV MIL COP REB OPP LEG JUD SPY BUS MED CVL HLH EDU ELI CRM LAB REF AGR UAF SET IGO NGO IMG ENV DEV".split())
def amatch(E, P):
    for e in E.split('|'):
        if e == '*': return True
        if e == '': 
            if P == '': return True
            continue
        if loose:
            if P[:3] == e[:3]: return True
            continue
        if e.endswith('*'):
            if P.startswith(e[:-1]): return True
        elif len(e) >= 6:
            if P.startswith(e): return True
        elif P == e or (P.startswith(e) and P[3:6] not in ROLES): return True
    return False
exp = collections.defaultdict(list)
for l in open(os.path.join(D, 'expected.tsv')):
    if l.startswith('#') or not l.strip(): continue
    f = l.rstrip('\n').split('\t')
    tgt = '' if f[3] == '""' else f[3]
    exp[f[0]].append(dict(sub=f[1], src=f[2], tgt=tgt, roots=f[4].split('|'), req=f[5] == '1'))
tot = collections.Counter(); byroot = collections.defaultdict(lambda: [0, 0, 0])
for fn in sorted(glob.glob(os.path.join(D, '*.txt'))):
    story = os.path.basename(fn).split('-')[0]; date = fn[-14:-4]
    out = subprocess.run([BIN, 'code', fn, '--date', date], capture_output=True, text=True).stdout
    preds = [json.loads(x) for x in out.splitlines() if x.strip()]
    used = [False]*len(preds); lines = exp[story]
    res = []
    for reqpass in (True, False):
        for li, L in enumerate(lines):
            if L['req'] != reqpass: continue
            hit = None
            for i, p in enumerate(preds):
                if used[i]: continue
                if L['sub'] not in p['text']: continue
                if p['root_code'] in L['roots'] and amatch(L['src'], p['source']) and amatch(L['tgt'], p['target']):
                    hit = i; break
            if hit is not None: used[hit] = True
            res.append((L, hit))
    mreq = sum(1 for L, h in res if h is not None and L['req']); mopt = sum(1 for L, h in res if h is not None and not L['req'])
    nreq = sum(1 for L in lines if L['req'])
    tot['m'] += mreq; tot['p'] += len(preds) - mopt; tot['e'] += nreq
    for L, h in res:
        if L['req']:
            r = L['roots'][0]; byroot[r][1] += 1
            if h is not None: byroot[r][0] += 1
    for i, p in enumerate(preds):
        if not used[i]: byroot[p['root_code']][2] += 1
    if '-v' in sys.argv:
        print('=====', story)
        for L, h in res:
            if h is None and L['req']: print('  MISS', L['src'], L['tgt'], '|'.join(L['roots']), '::', L['sub'])
        for i, p in enumerate(preds):
            if not used[i]: print('  EXTRA', p['source'], p['target'], p['code'], '::', p['source_text'], '->', p['target_text'], '::', p['text'][:90])
P = tot['m']/tot['p'] if tot['p'] else 0; R = tot['m']/tot['e']; F = 2*P*R/(P+R) if P+R else 0
print(f"matched {tot['m']} predicted {tot['p']} expected {tot['e']}  P {P:.3f} R {R:.3f} F1 {F:.3f}")
print('by root matched/expected extra:', ' '.join(f"{r}:{v[0]}/{v[1]}+{v[2]}" for r, v in sorted(byroot.items())))
