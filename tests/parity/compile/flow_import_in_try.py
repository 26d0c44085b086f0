# The conditional import idiom: try/except ImportError with a fallback
try:
    import json
except ImportError:
    json = None
try:
    from fast import impl
except (ImportError, AttributeError):
    from slow import impl
