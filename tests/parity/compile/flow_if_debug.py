# __debug__ is a constant True: 'if __debug__' keeps its body, 'if not __debug__' drops it
if __debug__:
    print("debug")
if not __debug__:
    print("optimised")
x = __debug__
