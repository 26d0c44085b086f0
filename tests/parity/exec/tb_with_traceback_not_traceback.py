# with_traceback() checks its argument as the __traceback__ setter does (an uncaught TypeError)
e = ValueError('x')
e.with_traceback(5)
raise e
