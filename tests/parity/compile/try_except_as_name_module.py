# 'except E as e' at module level: STORE_NAME and DELETE_NAME of the handler name
try:
    g()
except ValueError as err:
    print(err)
