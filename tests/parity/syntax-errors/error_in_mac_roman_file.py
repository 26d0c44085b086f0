# -*- coding: mac-roman -*-
s = "café" + "naïve" +
