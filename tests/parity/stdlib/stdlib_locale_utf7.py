# _locale (minimal, in Java) and the utf-7 codec of _codecs. The locale probes set every
# category explicitly first, so the output does not depend on the environment's LANG.
import codecs
import locale
import _locale as L

print(L.setlocale(L.LC_ALL, 'C'), L.setlocale(L.LC_CTYPE, 'C.UTF-8'), L.setlocale(L.LC_ALL))
print(locale.getlocale(), locale.getencoding())
print([(n, L.nl_langinfo(getattr(L, n))) for n in dir(L) if n.isupper() and n != 'CHAR_MAX' and not n.startswith('LC_')])
print(L.strcoll('a', 'b'), L.strcoll('b', 'a'), L.strcoll('a', 'a'), L.strcoll('abc', 'abd'), repr(L.strxfrm('abc')))
print(L.gettext('x'), L.dgettext(None, 'x'), L.dcgettext('d', 'x', L.LC_MESSAGES), L.textdomain(None),
      L.bindtextdomain('d', None), L.bind_textdomain_codeset('d', None))
probes = [lambda: L.setlocale(L.LC_ALL, 'de_DE'), lambda: L.setlocale(99), lambda: L.setlocale(L.LC_NUMERIC, 'C.UTF-8'),
          lambda: L.setlocale(L.LC_ALL), lambda: L.setlocale(L.LC_ALL, 'POSIX'), lambda: L.setlocale(L.LC_CTYPE),
          lambda: L.nl_langinfo(L.CODESET), lambda: L.nl_langinfo(12345), lambda: L.setlocale('a'), lambda: L.Error.__mro__,
          lambda: L.Error.__module__, lambda: L.localeconv(), lambda: locale.format_string('%.2f', 1234.5, grouping=True),
          lambda: locale.currency(5), lambda: locale.str(1.5), lambda: locale.atof('1.5'),
          lambda: locale.setlocale(locale.LC_ALL, 'C.UTF-8'), lambda: locale.getlocale(), lambda: locale.normalize('en_us')]
for f in probes:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(codecs.utf_7_encode('Hi Mom -\u263a-! A\u2262\u0391. \U0001f600 +x ~\\'))
print(codecs.utf_7_decode(b'Hi Mom -+Jjo--! A+ImIDkQ. +2D3eAA- +-x ~\\'))
print(codecs.utf_7_decode(b'a+ImI', 'strict', False), codecs.utf_7_decode(b'a+ImIDkQ', 'strict', False), codecs.utf_7_decode(b'+2D3eAA', 'strict', False))
for b in [b'a+ImI', b'+\xff', b'a\x80', b'+A', b'+AAA', b'+2D3-', b'+2D3eAA', b'+ImIx', b'+ImIDk-', b'+ImI-a', b'\xe9t\xe9']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        try: print(errors, codecs.utf_7_decode(b, errors, True))
        except Exception as e: print(type(e).__name__, e)
for s in ['', 'abc', '+', '+-', 'a+b', '\u00e9', '\u00e9a', '\u00e9-', '\u00e9 ', '\ud800', '\udc00x', 'x\U0010ffff', '~!@#$%^&*()_+{}|:"<>?`-=[]\\;\',./', '\x00\x7f\t\n\r ']:
    e = s.encode('utf-7'); print(repr(s), e, e.decode('utf-7') == s)
d = codecs.getincrementaldecoder('utf-7')()
print([d.decode(bytes([c])) for c in b'a+ImIDkQ-b'], d.decode(b'', True))
print('caf\u00e9'.encode('utf7'), b'caf+AOk-'.decode('utf_7'))
