try:
    raise ExceptionGroup('outer', [ValueError('handled'), TypeError('unhandled')])
except* ValueError:
    print('ValueError handled')
