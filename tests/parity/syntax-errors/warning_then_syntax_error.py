pattern = "\d+"
x = (1 +
