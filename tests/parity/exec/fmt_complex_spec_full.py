for z in (1 + 2j, -1.5 - 0.5j, 1j, 0j, complex(1e20, -1e-20)):
    print(f'{z}|{z:.2f}|{z:+.1e}|{z:g}|{z:>24}|{z:^30.3}|')
