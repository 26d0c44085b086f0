# os.symlink / link / readlink / chmod(follow_symlinks=False) / utime on links, with dir_fd
import os, stat, tempfile, shutil

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

d = tempfile.mkdtemp()
os.chdir(d)
with open("target.txt", "w") as f:
    f.write("data")
os.symlink("target.txt", "link.txt")
print("islink", os.path.islink("link.txt"), os.readlink("link.txt"), os.readlink(b"link.txt"))
with open("link.txt") as f:
    print("through link", f.read())
os.symlink("nowhere", "dangling")
print("dangling", os.path.lexists("dangling"), os.path.exists("dangling"), os.readlink("dangling"))
os.mkdir("dir")
os.symlink("dir", "dirlink", target_is_directory=True)
print("dirlink", os.path.isdir("dirlink"), os.path.islink("dirlink"))
err(os.symlink, "target.txt", "link.txt")
err(os.readlink, "target.txt")
err(os.readlink, "missing")
err(os.symlink, 1, "x")
err(os.symlink, "a")

os.link("target.txt", "hard.txt")
print("nlink", os.stat("target.txt").st_nlink, os.path.samefile("target.txt", "hard.txt"))
err(os.link, "target.txt", "hard.txt")
err(os.link, "missing", "other")
os.link("link.txt", "hard_of_link", follow_symlinks=False)
print("hard of link is link", os.path.islink("hard_of_link"))
os.link("link.txt", "hard_followed")
print("hard followed is link", os.path.islink("hard_followed"), os.stat("target.txt").st_nlink)

err(os.chmod, "link.txt", 0o600, follow_symlinks=False)
print("target mode", oct(stat.S_IMODE(os.stat("target.txt").st_mode)))
os.chmod("link.txt", 0o640)
print("chmod through link", oct(stat.S_IMODE(os.stat("target.txt").st_mode)))
err(os.chmod, "target.txt", 0o600, follow_symlinks=False)
os.utime("link.txt", (100, 200), follow_symlinks=False)
print("lutime", os.lstat("link.txt").st_mtime, os.stat("link.txt").st_mtime != 200)
os.utime("link.txt", (300, 400))
print("utime through", os.stat("target.txt").st_mtime)

dfd = os.open("dir", os.O_RDONLY)
os.symlink("../target.txt", "rel", dir_fd=dfd)
print("symlink dir_fd", os.readlink("dir/rel"), os.readlink("rel", dir_fd=dfd))
with open("dir/inner.txt", "w"):
    pass
os.chmod("inner.txt", 0o604, dir_fd=dfd)
print("chmod dir_fd", oct(stat.S_IMODE(os.stat("dir/inner.txt").st_mode)))
os.utime("inner.txt", (1, 2), dir_fd=dfd)
print("utime dir_fd", os.stat("dir/inner.txt").st_mtime)
os.link("inner.txt", "inner2.txt", src_dir_fd=dfd, dst_dir_fd=dfd)
print("link dir_fd", sorted(os.listdir("dir")))
err(os.chmod, "inner.txt", 0o600, dir_fd=99)
os.close(dfd)
err(os.link, "a", "b", src_dir_fd="x")
os.chdir("/")
shutil.rmtree(d)
print("cleaned", os.path.exists(d))
