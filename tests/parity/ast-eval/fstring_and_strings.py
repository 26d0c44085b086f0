f"{a!r:>{w}} {b=}" "tail" rb"\\d"
