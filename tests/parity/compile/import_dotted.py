# import a.b.c binds 'a'; 'import a.b as c' uses IMPORT_FROM for the submodule chain
import os.path
import xml.etree.ElementTree
import xml.etree.ElementTree as ET
import os.path as osp
