# The '0' flag with an explicit alignment, '0' as a fill, and the z flag (format specs).
tests=[(7,'<05'),(-7,'=05'),(7.5,'>05'),('ab','05'),(7,'0>05,'),(0,'z'),(0,'zd'),(0,'zx'),(0,'zf'),(0,'zn'),(0,'zc'),(float('-inf'),'z.1f'),(complex(1,float('-inf')),'z'),(complex(1,2),'05'),(complex(1,2),'<012'),(complex(-0.0,-0.0),'z'),(1234,'<010,'),(1234,'0=10,'),(1234,'010,'),(1234.5,'^012,'),(-1234.5,'012,.1f'),(True,'05'),(True,'<05'),(float('-inf'),'z'),(float('-nan'),'z'),(-0.0,'z'),(-0.0001,'z.2f'),(float('-inf'),'zF'),('ab','<05'),('ab','=05'),(5,'005'),(complex(1,-2),'z<015.1f'),(complex(0,float('-inf')),'z.1f'),(-0.0,'z.1%'),(False,'z'),(255,'#012b'),(255,'<#08o'),(-255,'^#012_b'),(1e6,'<012,.1f'),(-1e6,'012_.1e'),('x','^05'),('x','0^5'),(12,'0<+6'),(3.5,'0'),('ab', '00'),(1+2j,'0>12'),(-0.0,'z<07.1f'),(float('-inf'), 'z=08.1f')]
for v,s in tests:
  try: print(repr(v), repr(s), repr(format(v,s)))
  except Exception as e: print(repr(v), repr(s), type(e).__name__, e)
