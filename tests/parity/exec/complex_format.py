z = 1.5 - 2.25j
print(f'{z}', f'{z:.2f}', f'{z:>20}|', f'{z:e}', f'{z:g}', format(1j, ''), format(3 + 0j, '.1f'))
print(str(complex(float('inf'), float('nan'))))
