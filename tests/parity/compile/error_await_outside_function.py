# Compiler error: 'await' outside function (module level, not in an async REPL)
await g()
