# bench/c2/forms' summary: C2 compiles of the JIT's generated classes (JitCompiledN, numbered in the
# order pyjama.jit.log lists its compiles) by form, from the JFR dump OUT.json.
import json,sys,re
out=sys.argv[1]
kinds=[]
for l in open(out+'.log'):
    m=re.match(r'pyjama\.jit: compiled (\((\w+)\) )?(.*)',l)
    if m: kinds.append((m.group(2) or 'plain', m.group(3)[:50]))
d=json.load(open(out+'.json'))
agg={}
for e in d['recording']['events']:
    v=e['values']; t=v['method']['type']['name']
    m=re.search(r'JitCompiled(\d+)',t)
    if not m or v['compileLevel']!=4: continue
    n=int(m.group(1))
    k=kinds[n][0] if n<len(kinds) else '?'
    dur=v['duration']; s=float(dur[2:-1]) if dur.endswith('S') else 0
    a=agg.setdefault(k,[0,0,0]); a[0]+=s; a[1]+=1; a[2]+=v['inlinedBytes']
res=open(out+'.out').read().strip().split('\n')[-1]
print(out.split('/')[-1], res)
for k,a in agg.items(): print("   %-12s C2 compiles %3d  wall %.2f s  mean %.0f ms  inlined bytes mean %.0f"%(k,a[1],a[0],1000*a[0]/a[1],a[2]/a[1]))
