# yield from: GET_YIELD_FROM_ITER, SEND, YIELD_VALUE, JUMP_BACKWARD_NO_INTERRUPT, END_SEND, CLEANUP_THROW
def gen(inner):
    result = yield from inner
    yield from [1, 2]
    return result
