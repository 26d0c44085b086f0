# help() and pydoc on built-in functions and methods
import pydoc
for obj in (len, str.split, "".join, dict.get, print, sorted, divmod):
    print(pydoc.render_doc(obj, renderer=pydoc.plaintext))
help(abs)
