1 / 0
def f():
    return g()

def g():
    return {}["k"]

f()
undefined_name
1 +
  3
if 1:
  2
3
def f(:
print("after errors")
class C:
pass

try:
  1

x = (1, 2
]
"still here"
