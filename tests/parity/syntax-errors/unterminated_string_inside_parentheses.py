x = ("abc,
     "def")
