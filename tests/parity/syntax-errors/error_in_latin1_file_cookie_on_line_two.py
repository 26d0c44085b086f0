#!/usr/bin/env python3
# -*- coding: latin-1 -*-
s = "café" + "naïve" +
