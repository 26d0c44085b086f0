# iobase_finalize calls close() on an abandoned io object, a subclass's own close() included;
# an exception it raises is ignored, and reported through sys.unraisablehook only in
# development mode (-X dev), which this program is not in.
import gc
import io
import sys

log = []


class Raw(io.RawIOBase):
    def close(self):
        log.append('close called')
        super().close()


class Bad(io.RawIOBase):
    def close(self):
        log.append('bad close called')
        raise OSError('boom')


def hook(args):
    log.append(('unraisable', args.exc_type.__name__))


sys.unraisablehook = hook
Raw()
gc.collect()
Bad()
gc.collect()
r = Raw()
r.close()
r = None
gc.collect()
print(log)
