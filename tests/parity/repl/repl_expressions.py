1 + 1
"abc"
None
x = 3
x
x * 2; x - 1
_
print("p")
[i for i in
 range(3)]
(1,
 2)
"""one
two"""
1 + \
 2

   
# a comment
len
