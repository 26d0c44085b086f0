if a:
    x = 1
if a:
    x = 1
else:
    x = 2
if a:
    x = 1
elif b:
    x = 2
if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
else:
    x = 4
if a: pass
elif b: pass
else: pass
if (n := len(a)) > 10:
    pass
elif (m := n) < 0:
    pass
if not a and b or c:
    if d:
        if e:
            pass
        else:
            pass
