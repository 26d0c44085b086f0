# A call with a single *args: CALL_FUNCTION_EX without building a list
f(*args)
f(*args, **kwargs)
