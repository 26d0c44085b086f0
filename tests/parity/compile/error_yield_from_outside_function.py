# Compiler error: 'yield from' outside function
yield from items
