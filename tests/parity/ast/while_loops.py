while x:
    x -= 1
while x:
    pass
else:
    done()
while (line := read()):
    process(line)
while True: break
while not done and count < 10:
    count += 1
    if count == 5:
        continue
else: pass
