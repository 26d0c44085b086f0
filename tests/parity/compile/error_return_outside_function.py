# Compiler error: 'return' outside function (module level)
x = 1
return x
