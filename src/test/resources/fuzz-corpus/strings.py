"""String literals, escapes and f-strings in all their forms."""
import re

PATTERN = re.compile(r"^(?P<key>[A-Za-z_]\w*)\s*=\s*(?P<value>.*)$", re.M)
ESCAPES = "\a\b\f\n\r\t\v\0\x7f\177\u00e9\U0010ffff\N{LATIN SMALL LETTER E WITH ACUTE}"
BYTES = b"\x00\xff\n" + rb"\d+" + B'' + bR'''x'''
MULTI = """line one
    line two with 'quotes' and "double quotes"
line three \
continued"""
name, width, precision = "pi", 10, 4
value = 3.14159265
formatted = f"{name!s:<{width}} = {value:{width}.{precision}f} ({value=:.2e})"
nested = f"{f'{f"{1 + 1}"}'}"
braces = f"{{literal}} {'}'} {{{name}}}"
debug = f"{name = }"
multiline_f = f"""
    {name:>{width}}
    {[x
      for x in range(3)]}
"""
conversion = f"{name!r} {name!a} {name!s}"
lambda_in_f = f"{(lambda x: x * 2)(21)}"
dict_in_f = f"{ {'a': 1}['a'] }"
format_spec = f"{value:,.2f}{value:_}{value:#x}" if False else f"{42:#x}"
raw_f = rf"\d{name}\w" + fr'{name}\s'
concat = "a" 'b' f"c{name}" "d"
empty = "" '' f""
empty_bytes = rb"" b''
tab = "	tab inside"
