# Compound statements on one line
def f(x): return x
class C: pass
if x: y = 1
for i in x: pass
while x: x -= 1
with c: pass
try: a()
except: b()
