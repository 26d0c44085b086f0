# str.format's parser: the message of every malformed field (Objects/stringlib/unicode_format.h).
cases = ['{', '{0[}', '{!}', '{0.}', '{0[]}', '{0]x}', '{0!}', '{0!r', '{0!rr}', '{0!r:', '{0:', '{0:{', 'a{0:{}}b', '{0[0]x}', '{0.a.}', '{0{}', '}', 'x}', '{0!x}', '{:}', '{0:}}', '{{}}', '{0!r:>5}', '{0[1]}', '{0.real}', '{0:{1}}', '{0:{{}}}', '{ 0}', '{0 }', '{-1}', '{0[-1]}']
for c in cases:
    try:
        print(repr(c), repr(c.format([1, 2], 3)))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
