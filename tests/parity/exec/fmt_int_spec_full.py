for v in (0, 7, -7, 255, 10**12):
    print(f'{v:+08d}|{v:#b}|{v:#o}|{v:#x}|{v:,}|{v:_x}|{v:>+10,}|{v:e}|{v:c}' if 0 <= v < 0x110000 else f'{v:+08d}|{v:#b}|{v:#o}|{v:#x}|{v:,}|{v:_x}|{v:>+10,}|{v:e}')
print(format(True, 'd'), format(True, ''), format(False, '>5'), f'{True:^7}|')
