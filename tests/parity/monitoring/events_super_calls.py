# super() and super(C, self) attribute loads report the call of super as CALL, C_RETURN (or
# C_RAISE), with the class as first argument only in the two-argument form.
import sys

mon = sys.monitoring
E = mon.events
TOOL = 3
mon.use_tool_id(TOOL, 'super')
log = []


def name_of(obj):
    if obj is mon.MISSING:
        return 'MISSING'
    return getattr(obj, '__qualname__', None) or type(obj).__name__


def recorder(event):
    def callback(code, offset, *args):
        log.append((event, code.co_name, offset, *[name_of(a) for a in args]))
    return callback


for event in ('CALL', 'C_RETURN', 'C_RAISE'):
    mon.register_callback(TOOL, getattr(E, event), recorder(event))


class Base:
    def greet(self):
        return 'base'

    value = 7


class Child(Base):
    def greet(self):
        return 'child+' + super().greet()

    def two_arg(self):
        return super(Child, self).value

    def attr(self):
        return super().value

    def missing(self):
        return super().nope


def run():
    c = Child()
    c.greet()
    c.two_arg()
    c.attr()
    try:
        c.missing()
    except AttributeError as e:
        return str(e)


mon.set_events(TOOL, E.CALL | E.C_RETURN | E.C_RAISE)
result = run()
mon.set_events(TOOL, 0)
print(result)
for entry in log:
    print(entry)
