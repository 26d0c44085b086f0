# A larger program that ends with an uncaught chained exception raised deep inside nested
# calls, generators and methods: the whole chained traceback must match CPython's.

class ValidationError(Exception):
    pass

class Record:
    def __init__(self, raw):
        self.raw = raw
    def field(self, name):
        return self.raw[name]
    def amount(self):
        return int(self.field('amount'))

def records(rows):
    for i, row in enumerate(rows):
        yield i, Record(row)

def validate(rec):
    try:
        amt = rec.amount()
    except ValueError as e:
        raise ValidationError(f'bad amount {rec.raw["amount"]!r}') from e
    except LookupError:
        raise RuntimeError(f'record without amount: {rec.raw}')
    if amt < 0:
        raise ValidationError('negative amount')
    return amt

def total(rows):
    s = 0
    for i, rec in records(rows):
        try:
            s += validate(rec)
        except ValidationError as e:
            print(f'row {i} skipped: {e}')
    return s

def report(rows):
    t = total(rows)
    print('total', t)
    return t / len([r for r in rows if 'amount' in r])

rows = [{'amount': '10'}, {'amount': 'x'}, {'amount': '-3'}, {'amount': '32'}]
print(report(rows))
rows.append({'name': 'no amount'})
print(report(rows))
