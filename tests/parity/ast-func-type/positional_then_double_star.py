(int, **Any) -> bool
