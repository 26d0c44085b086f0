# A list comprehension at module level is inlined too; its variable is a fast local of the module code
result = [x * 2 for x in items]
x = 1
