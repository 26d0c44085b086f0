(int, str) None
