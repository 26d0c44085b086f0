pass
while True:
    break
while True:
    continue
for x in y:
    if x:
        break
    else:
        continue
    pass
