class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f'[{code}] {msg}')
        self.code = code

class DbError(AppError):
    pass

try:
    raise DbError(42, 'connection lost')
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
print(WithStr('x'), repr(WithStr('x')))
