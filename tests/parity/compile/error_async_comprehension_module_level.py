# Compiler error: asynchronous comprehension at module level
result = [x async for x in aitems]
