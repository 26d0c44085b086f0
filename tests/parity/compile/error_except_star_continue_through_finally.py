# 'continue' in a try/finally inside an except* block: unwinding the finally block clears
# the location, so CPython 3.13.0 reports the error at no location (line -1, end line -1)
for x in y:
    try:
        pass
    except* E:
        try:
            continue
        finally:
            pass
