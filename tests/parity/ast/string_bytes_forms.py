b'\x00\x7f\x80\xff'
b'\n\r\t\\\''
b"\"\a\b\f\v"
b'\123\0\12'
br'\x00\n'
rb'\\'
b'' b''
b'a' b'b' b'c'
B'x' Rb'y' bR'z'
b"""triple
bytes"""
b'\
continued'
