if a:
 x = 1
 if b:
   y = 2
   if c:
          z = 3
if d:
             w = 4
