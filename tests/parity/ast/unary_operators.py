-x
+x
~x
-1
+1
~1
-(-x)
- - x
-x.attr
-x[0]
-x()
-x ** 2
~x ** 2
not x
-1.5
-1j
