import os
x=[a for a in os.environ]
class A:
  def f(self): return __class__
