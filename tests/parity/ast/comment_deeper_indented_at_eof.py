if x:
    pass
        # deeper comment at the end