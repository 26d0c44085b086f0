print(bin(-10), hex(-255), oct(-8), format(-10, 'b'), format(-255, '#x'))
print(int(bin(-10), 0), int(hex(-255), 16), int('-0o10', 0))
