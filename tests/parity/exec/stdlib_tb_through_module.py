# An uncaught error raised inside a pure-Python stdlib module: the traceback shows the
# module's frames, with lines read from the stdlib's own source file.
import colorsys

def convert(rgb):
    return colorsys.rgb_to_hsv(*rgb)

print(convert((0.0, 0.5, 1.0)))
print(convert((0.0, "0.5", 1.0)))
