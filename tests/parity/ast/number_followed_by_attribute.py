0x1.real
1e1.real
1 .real
1.0.imag
1j.imag
0o7.bit_length()
0b1 .numerator
1_0 .real
