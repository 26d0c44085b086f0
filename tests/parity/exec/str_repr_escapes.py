vals = ['a', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', '\x00\x1f\x7f', 'é', '\u200b', '\U0001F600', '\\', '\r']
for v in vals:
    print(repr(v))
print(ascii('é🐍\n'), ascii(['ü']))
