class Positive:
    def __set_name__(self, owner, name):
        self.private = '_' + name
    def __get__(self, obj, t=None):
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f'{self.private[1:]} must be positive, got {value}')
        setattr(obj, self.private, value)

class Order:
    qty = Positive()
    price = Positive()
    def __init__(self, q, p):
        self.qty = q
        self.price = p

o = Order(2, 10)
print(o.qty * o.price)
try:
    Order(0, 1)
except ValueError as e:
    print(e)
