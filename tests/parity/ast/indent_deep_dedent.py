if a:
    if b:
        if c:
            if d:
                if e:
                    x = 1
y = 2
for i in r:
  while j:
    try:
        pass
    finally:
            pass
  k = 1
z = 3
