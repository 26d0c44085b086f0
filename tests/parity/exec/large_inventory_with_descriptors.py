# Validating descriptors, __set_name__, class decorators generating __init__/__repr__/__eq__,
# and a small inventory system built on them.

class Field:
    def __init__(self, kind, default=None, check=None):
        self.kind, self.default, self.check = kind, default, check
    def __set_name__(self, owner, name):
        self.name = name
        owner.__dict__.get('_fields', None)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}, not {type(value).__name__}')
        if self.check and not self.check(value):
            raise ValueError(f'invalid {self.name}: {value!r}')
        obj.__dict__[self.name] = value

def record(cls):
    fields = [k for k, v in cls.__dict__.items() if isinstance(v, Field)]
    def __init__(self, *args, **kw):
        if len(args) > len(fields):
            raise TypeError(f'{cls.__name__} takes at most {len(fields)} arguments')
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kw.items():
            if name not in fields:
                raise TypeError(f'{cls.__name__} has no field {name!r}')
            setattr(self, name, value)
    def __repr__(self):
        return f'{cls.__name__}(' + ', '.join(f'{f}={getattr(self, f)!r}' for f in fields) + ')'
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__init__, cls.__repr__, cls.__eq__, cls.__hash__ = __init__, __repr__, __eq__, None
    cls._fields = fields
    return cls

@record
class Item:
    sku = Field(str, check=lambda s: len(s) == 6 and s[:2].isalpha())
    name = Field(str, default='?')
    qty = Field(int, default=0, check=lambda n: n >= 0)
    price = Field(float, default=0.0, check=lambda p: p >= 0)

class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
    def remove(self, sku, qty):
        item = self.items[sku]
        item.qty -= qty
    def value(self):
        return round(sum(i.qty * i.price for i in self.items.values()), 2)
    def report(self):
        for sku in sorted(self.items):
            i = self.items[sku]
            print(f'{i.sku} {i.name:<10} {i.qty:>4} x {i.price:>7.2f} = {i.qty * i.price:>9.2f}')

inv = Inventory()
inv.add(Item('AB1234', 'widget', 10, 2.5))
inv.add(Item('CD0001', name='gadget', qty=3, price=19.99))
inv.add(Item(sku='AB1234', qty=5, price=2.5))
inv.add(Item('EF9999'))
inv.report()
print('value', inv.value())
print(Item('AB1234', 'x') == Item('AB1234', 'x'), Item('AB1234') == 'AB1234', Item._fields)
attempts = [lambda: Item('bad'), lambda: Item('AB1234', qty=-1), lambda: Item('AB1234', 5),
            lambda: Item('AB1234', 'n', 1, 2), lambda: Item(colour='red'), lambda: Item(1, 2, 3, 4.0, 5),
            lambda: inv.remove('AB1234', 100), lambda: inv.remove('ZZ0000', 1), lambda: hash(Item('AB1234'))]
for a in attempts:
    try:
        print(a())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
inv.report()
print(Item.qty.default, type(Item.__dict__['price']).__name__)
