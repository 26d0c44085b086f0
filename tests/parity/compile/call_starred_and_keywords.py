# Positional star plus named keywords: CALL_FUNCTION_EX with a built keyword dict
f(*args, a=1, b=2)
f(1, *args, key=value)
