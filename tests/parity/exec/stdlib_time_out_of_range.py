# Timestamps beyond time_t or struct tm: CPython's OverflowError / OSError, never a crash.
import time, datetime


def t(label, f, *a):
    try:
        r = f(*a)
        print(label, 'ok', tuple(r)[:8] if isinstance(r, time.struct_time) else r)
    except Exception as e:
        print(label, type(e).__name__, e)


for v in [1e20, -1e17, float('nan'), float('inf'), float('-inf'), 10**30, -10**30, 2**63, -2**63 - 1,
          1e16, 253402300800, -62135596801, 1e12]:
    t('gmtime %r' % v, time.gmtime, v)
    t('asctime(gmtime) %r' % v, lambda x: time.asctime(time.gmtime(x)), v)
    for f in (time.localtime, time.ctime):  # zone-dependent results: print errors only
        try:
            f(v)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for v in [1e20, -1e17, float('inf'), 10**30]:
    t('datetime.fromtimestamp %r' % v, datetime.datetime.fromtimestamp, v)
    t('date.fromtimestamp %r' % v, datetime.date.fromtimestamp, v)
    t('utc %r' % v, datetime.datetime.fromtimestamp, v, datetime.timezone.utc)
t('gmtime str', time.gmtime, '1')
t('gmtime 0.5', time.gmtime, -0.5)
for f in (time.strftime,):
    t('strftime big', f, '%Y', (10**10, 1, 1, 0, 0, 0, 0, 1, 0))
    t('strftime small', f, '%Y', (-10**10, 1, 1, 0, 0, 0, 0, 1, 0))
t('asctime big', time.asctime, (10**10, 1, 1, 0, 0, 0, 0, 1, 0))
t('mktime big', time.mktime, (2**40, 1, 1, 0, 0, 0, 0, 1, 0))
