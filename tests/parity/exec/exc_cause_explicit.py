try:
    try:
        {}['k']
    except KeyError as ke:
        raise RuntimeError('wrapped') from ke
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('no ctx') from None
except RuntimeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
