# A bare except handler only
try:
    risky()
except:
    pass
