class Abort(BaseException):
    pass

try:
    raise Abort('stop')
except Exception:
    print('not here')
