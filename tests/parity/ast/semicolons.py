x = 1; y = 2
x = 1; y = 2;
pass;
import os; from sys import path; del x
if x: a = 1; b = 2; c = 3
while x: x -= 1; continue
for i in r: print(i); break
def f(): return 1; pass
class C: x = 1; y = 2
with m: a; b
