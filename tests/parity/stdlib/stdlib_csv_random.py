# Random rows through the Java _csv writer and reader with random dialects (600 cases, a fixed
# seed): the text written, the rows read back (or the error), and for lenient parsing of random
# text (which exercises every state of the parser) the records read.
import csv
import io
import random

rng = random.Random(1313)
ALPHABET = ['a', 'b', ' ', ',', ';', '"', "'", '\\', '\n', '\r', '\t', '|', '\u00e9', '\U0001f600', '1', '.']


def rand_dialect():
    kw = {}
    if rng.random() < 0.5:
        kw["delimiter"] = rng.choice([",", ";", "\t", "|", " "])
    if rng.random() < 0.4:
        kw["quotechar"] = rng.choice(['"', "'", None])
    if rng.random() < 0.4:
        kw["escapechar"] = rng.choice(["\\", None, "|"])
    if rng.random() < 0.4:
        kw["doublequote"] = rng.random() < 0.5
    if rng.random() < 0.3:
        kw["skipinitialspace"] = rng.random() < 0.5
    if rng.random() < 0.5:
        kw["quoting"] = rng.randrange(6)
    if rng.random() < 0.3:
        kw["lineterminator"] = rng.choice(["\n", "\r\n", "\r", "!"])
    if rng.random() < 0.2:
        kw["strict"] = True
    return kw


def rand_field():
    r = rng.random()
    if r < 0.1:
        return None
    if r < 0.2:
        return rng.choice([0, 1.5, -2, 10**12, 0.1, True])
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(5)))


def outcome(f):
    try:
        return repr(f())
    except (csv.Error, TypeError, ValueError) as e:
        return "%s: %s" % (type(e).__name__, e)


for case in range(400):
    kw = rand_dialect()
    rows = [[rand_field() for _ in range(rng.randrange(1, 4))] for _ in range(rng.randrange(1, 3))]
    buf = io.StringIO(newline="")

    def write():
        csv.writer(buf, **kw).writerows(rows)
        return buf.getvalue()

    written = outcome(write)
    back = outcome(lambda: list(csv.reader(io.StringIO(buf.getvalue(), newline=""), **kw)))
    print(case, kw, rows)
    print("   ", written)
    print("   ", back)

for case in range(200):
    kw = rand_dialect()
    kw.pop("lineterminator", None)
    text = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(12)))
    lines = text.splitlines(keepends=True) if rng.random() < 0.7 else [text]
    print("parse", case, kw, repr(lines), outcome(lambda: list(csv.reader(lines, **kw))))
