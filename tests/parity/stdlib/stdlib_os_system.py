# os.system: the child shares stdin/stdout/stderr below Python's buffers, returns the wait status; os.putenv reaches it
import os, sys
print("before", flush=True)
print(os.system("echo hi from shell; echo err >&2"))
print(os.system("exit 3"), os.waitstatus_to_exitcode(os.system("exit 3")))
os.putenv("PJ_X", "42"); print(os.system('test "$PJ_X" = 42'))
print(os.system(b"true"), os.system("nonexistent_cmd_xyz 2>/dev/null"))
for bad in (None, 1):
    try: os.system(bad)
    except TypeError as e: print("TypeError", e)
