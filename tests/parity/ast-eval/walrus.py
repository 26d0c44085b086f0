(n := len(a)) > 10
