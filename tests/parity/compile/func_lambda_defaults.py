# Lambda with positional and keyword-only defaults (SET_FUNCTION_ATTRIBUTE defaults / kwdefaults)
f = lambda x=1, y=[], *, z=3: (x, y, z)
