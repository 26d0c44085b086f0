# A target that reads its command line and exits with a status (printing nothing: under a
# profiler, output would add the I/O layer's calls to the report).
import sys


def shout(words):
    return [w.upper() for w in words]


words = shout(sys.argv[1:])
sys.exit(len(words) * 10 + sys.argv[0].endswith("_target_args.py"))
