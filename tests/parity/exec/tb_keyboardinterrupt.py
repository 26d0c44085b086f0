def handler():
    raise KeyboardInterrupt

handler()
