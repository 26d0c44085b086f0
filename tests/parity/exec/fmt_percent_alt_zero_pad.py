# '%#0Nx': the 0x/0o prefix sits before the zero padding, after the sign.
# (show() spaces out 'x' so the harness does not take 0x00ff for an address.)
def show(*items):
    print(*[repr(i).replace('x', 'x ').replace('X', 'X ') for i in items])
show('%#06x' % 255, b'%#06x' % 255, '%#08X' % -10)
show('%#o|%#5o|%#05o|%#x|%#-8x|' % (8, 8, 8, 0, 255))
show('%#08.3x' % 255, '%+#08x' % 255, '% #08o' % -8, '%#010o' % -8)
show(b'%#08X' % -10, b'%#-8o|' % 8, b'%#08.4x' % 31)
show('%#6x|%-#6x|%#06d' % (255, 255, -5))
class Idx:
    def __index__(self):
        return 65
for arg in ['ab', '', 'x', True, 65, 1.5, Idx(), None, 0x110000, -1]:
    try:
        show('%c' % arg)
    except Exception as e:
        print(type(e).__name__, str(e).replace('x', 'x '))
for arg in [b'ab', b'x', 65, 256, 'a', True]:
    try:
        show(b'%c' % arg)
    except Exception as e:
        print(type(e).__name__, e)
