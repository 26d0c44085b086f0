# os and os.path on posix: path arithmetic, stat, listdir, the environment, errors
import os
import os.path
import stat

print(os.name, os.sep, os.curdir, os.pardir, os.extsep, os.pathsep)
print(os.path.join("a", "b", "c.txt"), os.path.join("/x", "/y"))
print(os.path.split("/usr/lib/python3.13/os.py"), os.path.splitext("archive.tar.gz"))
print(os.path.basename("/a/b/c"), os.path.dirname("/a/b/c"), os.path.normpath("a//b/./c/../d"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.basename(here), os.path.exists(__file__), os.path.isfile(__file__), os.path.isdir(here))
st = os.stat(__file__)
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), st.st_size == os.path.getsize(__file__))
print(type(st).__name__, len(tuple(st)), st.n_sequence_fields, isinstance(st.st_mtime, float))
names = os.listdir(here)
print(os.path.basename(__file__) in names, "area.properties" in names)
with os.scandir(here) as it:
    entries = sorted(e.name for e in it if e.name.endswith(".properties"))
print(entries)
print(os.fspath("p"), os.fsencode("x"), os.fsdecode(b"y"))
os.environ["PYJAMA_TEST_VAR"] = "1"
print(os.environ["PYJAMA_TEST_VAR"], os.getenv("PYJAMA_NO_SUCH_VAR", "default"))
try:
    os.stat("no_such_file_here")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    os.listdir("no_such_dir")
except OSError as e:
    print(e)
print(os.strerror(2), len(os.urandom(8)), os.getpid() > 0)
print(stat.filemode(0o100644), stat.filemode(0o40755))
