x = b"abc" "def"
