# Generators get a whole-body handler calling INTRINSIC_STOPITERATION_ERROR
def gen():
    try:
        yield 1
    finally:
        yield 2
