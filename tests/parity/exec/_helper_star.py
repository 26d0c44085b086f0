__all__ = ['public_one', 'PUBLIC_CONST']
PUBLIC_CONST = 'const'
_private = 'hidden'
not_exported = 'not in __all__'

def public_one():
    return 'one'
