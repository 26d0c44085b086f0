class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset')

class Model:
    first = Field()
    second = Field()

m = Model()
print(m.first)
m.__dict__['first'] = 1
print(m.first, Model.second.name)
