x = 1
raise SystemExit(4)
print("not reached")
