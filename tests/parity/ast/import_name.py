import os
import os.path
import a.b.c.d
import os as o
import os.path as p, sys, a.b as c
import xml.etree.ElementTree as ET
