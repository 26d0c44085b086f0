# With sys.stderr set to None an uncaught exception is reported nowhere (PyErr_Display
# returns at once); the exit status is still 1.
import sys

print("start")
sys.stderr = None
raise ValueError("unseen")
