# os.DirEntry (posix.DirEntry) exists, cannot be instantiated, and shutil's copies work with it.
import os, shutil, tempfile

print(os.DirEntry, os.DirEntry.__module__, os.DirEntry.__name__, os.DirEntry.__qualname__)
try:
    os.DirEntry()
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(os.DirEntry):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(os.DirEntry[str])

d = tempfile.mkdtemp()
try:
    os.chdir(d)
    os.mkdir('src')
    with open('src/a', 'w') as f:
        f.write('hello')
    os.mkdir('src/sub')
    with open('src/sub/b', 'wb') as f:
        f.write(b'\x00\x01' * 100)
    with os.scandir('src') as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), type(e).__name__, isinstance(e, os.DirEntry), e.name, e.path, os.fspath(e),
              e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False), e.stat().st_size > 0,
              e.inode() == os.stat(e.path).st_ino)
    print(shutil.copyfile('src/a', 'c'), open('c').read())
    print(shutil.copy('src/a', 'src/sub'), sorted(os.listdir('src/sub')))
    print(shutil.copy2('src/a', 'd'), os.stat('d').st_mtime == os.stat('src/a').st_mtime)
    print(shutil.copytree('src', 'dst'))
    for root, dirs, files in sorted(os.walk('dst')):
        print(root, sorted(dirs), sorted(files))
    print(open('dst/sub/b', 'rb').read() == b'\x00\x01' * 100)
    shutil.copytree('src', 'dst', dirs_exist_ok=True, ignore=shutil.ignore_patterns('b'))
    shutil.rmtree('dst')
    print(sorted(os.listdir('.')))
    print(shutil.move('c', 'e'), sorted(os.listdir('.')))
    try:
        shutil.copyfile('src/a', 'src/a')
    except shutil.SameFileError as e:
        print(type(e).__name__)
finally:
    os.chdir('/')
    shutil.rmtree(d)
