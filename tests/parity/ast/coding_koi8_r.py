# -*- coding: koi8-r -*-
x = "Привет"
При = 1
