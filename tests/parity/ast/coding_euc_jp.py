# -*- coding: euc-jp -*-
x = "日本語"
