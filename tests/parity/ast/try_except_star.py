try:
    pass
except* ValueError:
    pass
try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError) as eg:
    pass
try:
    pass
except *ValueError:
    pass
else:
    pass
try:
    pass
except* OSError:
    pass
except* Exception as e:
    pass
else:
    pass
finally:
    pass
try: raise ExceptionGroup("g", [ValueError()])
except* ValueError: pass
