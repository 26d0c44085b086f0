# Log processing with chained generators: parse, filter, window, aggregate, report.

LOG = '''2024-01-01 10:00:01 INFO  web   request /home 200 12ms
2024-01-01 10:00:02 INFO  web   request /api/items 200 48ms
2024-01-01 10:00:02 WARN  db    slow query 312ms
2024-01-01 10:00:03 ERROR web   request /api/items 500 5ms
2024-01-01 10:00:04 INFO  web   request /home 200 9ms
garbage line here
2024-01-01 10:00:05 INFO  auth  login alice ok
2024-01-01 10:00:06 ERROR db    connection reset
2024-01-01 10:00:07 INFO  web   request /api/users 200 33ms
2024-01-01 10:00:08 INFO  auth  login bob failed
2024-01-01 10:00:09 WARN  web   request /api/items 404 3ms
2024-01-01 10:00:10 INFO  web   request /home 200 15ms'''

def lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line

def parse(records):
    for n, line in records:
        parts = line.split(None, 4)
        if len(parts) < 5 or parts[2] not in ('INFO', 'WARN', 'ERROR'):
            print(f'  skip line {n}: {line!r}')
            continue
        date, time, level, comp, msg = parts
        yield {'n': n, 'time': time, 'level': level, 'comp': comp, 'msg': msg}

def requests(events):
    for e in events:
        if e['msg'].startswith('request '):
            _, path, status, ms = e['msg'].split()
            yield dict(e, path=path, status=int(status), ms=int(ms[:-2]))

def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)

def tee_count(it, counter, key):
    for x in it:
        counter[x[key]] = counter.get(x[key], 0) + 1
        yield x

levels = {}
events = list(tee_count(parse(lines(LOG)), levels, 'level'))
print('levels', levels)
reqs = list(requests(events))
by_path = {}
for r in reqs:
    by_path.setdefault(r['path'], []).append(r['ms'])
for path, times in sorted(by_path.items()):
    print(f'{path:12} n={len(times)} avg={sum(times) / len(times):.1f} max={max(times)}')
for w in window((r['ms'] for r in reqs), 3):
    print('window', w, 'avg', round(sum(w) / 3, 2))
errors = (e for e in events if e['level'] == 'ERROR')
print([f"{e['time']} {e['comp']}" for e in errors])
status_classes = {}
for r in reqs:
    status_classes.setdefault(f"{r['status'] // 100}xx", []).append(r['path'])
print(status_classes)
def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total
print(list(running_total(r['ms'] for r in reqs)))
print(sum(1 for e in events if e['comp'] == 'auth' and e['msg'].endswith('failed')))
