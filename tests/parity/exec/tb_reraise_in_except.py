def risky():
    raise OSError('disk')

try:
    risky()
except OSError:
    print('logging and re-raising')
    raise
