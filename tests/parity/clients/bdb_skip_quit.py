# bdb: skip= patterns keep stepping out of matching modules; quit ends the session.
import bdb
import json
from _transcript import Transcript


def main():
    s = json.dumps([1])
    return len(s) + helper()


def helper():
    return 1


db = Transcript(["step"] * 12, skip=["json", "json.*"])
print("result", db.runcall(main))
db = Transcript(["step", "step", "quit"])
try:
    db.runcall(main)
except bdb.BdbQuit:
    print("BdbQuit")
print(Transcript(skip=["json.*"]).is_skipped_module("json.encoder"))
