# Import of a private name inside a class is mangled in the store, not in the module path
class C:
    import __priv
    import __pkg.sub
    from mod import __name
    def f(self):
        import __other
        return __other
