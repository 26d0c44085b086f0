def load(name):
    try:
        return {'a': 1}[name]
    except KeyError as e:
        e.add_note(f'while loading {name!r}')
        raise

try:
    load('b')
except KeyError as err:
    raise LookupError('load failed') from err
