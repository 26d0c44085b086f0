# string (Template, Formatter, constants, capwords) on pyjama's _string module.
import string
import _string

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for fmt in ["", "plain", "a{b}c", "{0!r:>{w}}x", "{{}}{{", "{", "}", "x}", "{a[}", "{!}", "{a!r",
            "{a!rx}", "{a:", "{a[0]b}", "{:{}}", "{a{b}", "{0.x[1]!s:^{}.{p}}", "tail{}"]:
    attempt(lambda: list(_string.formatter_parser(fmt)))
for name in ["a.b[0]", "0.x", "", "a..b", "a[", "a[x]y", "12[34].c", "a[]", "x[-1]", "999999999999999999999"]:
    attempt(lambda: (lambda first, rest: (first, list(rest)))(*_string.formatter_field_name_split(name)))
attempt(lambda: _string.formatter_parser(1))
attempt(lambda: _string.formatter_field_name_split(b"x"))

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords(" hello   wide  world "), string.capwords("a-b-c", "-"))

t = string.Template("$who likes ${what}; $$5 each")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann"}, what="tea"))
print(t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
attempt(lambda: t.substitute(who="only"))
attempt(lambda: string.Template("$").substitute())
attempt(lambda: string.Template("${bad").substitute(bad=1))
print(string.Template("$a $b").is_valid(), string.Template("$").is_valid())
class Pct(string.Template):
    delimiter = "%"
    idpattern = "(?a:[a-z]+)"  # an ASCII class: re needs memoryview for wider ones
print(Pct("%name is %%%age").safe_substitute(name="Bo"))

f = string.Formatter()
print(f.format("{0} {name!r:>10} {x[1]} {y.real:.2f} {{lit}}", 1, name="n", x=[1, 2], y=3j))
print(f.format("{} {} {:*^9}", "a", "b", "mid"), f.vformat("{k}", (), {"k": "v"}))
attempt(lambda: f.format("{} {0}", 1, 2))
attempt(lambda: f.format("{0} {}", 1, 2))
attempt(lambda: f.format("{missing}"))
attempt(lambda: f.format("{0:{1:{2}}}", 1, 2, 3))
print(list(f.parse("a{b!s:c}d")))
class Upper(string.Formatter):
    def get_value(self, key, args, kwargs):
        return f"<{key}>"
    def convert_field(self, value, conversion):
        return value.upper() if conversion == "u" else super().convert_field(value, conversion)
    def format_field(self, value, spec):
        return "[" + super().format_field(value, spec) + "]"
print(Upper().format("{a!u} {b:>6} {0}"))
