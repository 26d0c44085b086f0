"""A bdb.Bdb subclass that prints a transcript of its stops and answers each stop with the
next command of a script (step, next, return, continue, until, quit)."""
import bdb
import os


class Transcript(bdb.Bdb):
    def __init__(self, commands=(), **kwargs):
        super().__init__(**kwargs)
        self.commands = list(commands)

    def where(self, frame):
        name = os.path.basename(frame.f_code.co_filename)
        return f"{name}:{frame.f_lineno} {frame.f_code.co_name}"

    def user_call(self, frame, args):
        if self.stop_here(frame):
            print("call     ", self.where(frame))
            self.interact(frame)

    def user_line(self, frame):
        bp = ""
        if getattr(self, "currentbp", 0):
            bp = f" [bp {self.currentbp}]"
        print("line     ", self.where(frame) + bp)
        self.interact(frame)

    def user_return(self, frame, value):
        print("return   ", self.where(frame), "->", repr(value))
        self.interact(frame)

    def user_exception(self, frame, exc_info):
        print("exception", self.where(frame), exc_info[0].__name__, exc_info[1])
        self.interact(frame)

    def do_clear(self, arg):
        # a temporary breakpoint that was hit
        print("clear    ", arg)
        self.clear_bpbynumber(arg)

    def interact(self, frame):
        cmd = self.commands.pop(0) if self.commands else "continue"
        if cmd == "step":
            self.set_step()
        elif cmd == "next":
            self.set_next(frame)
        elif cmd == "return":
            self.set_return(frame)
        elif cmd == "until":
            self.set_until(frame)
        elif cmd.startswith("until "):
            self.set_until(frame, int(cmd.split()[1]))
        elif cmd == "quit":
            self.set_quit()
        else:
            self.set_continue()
