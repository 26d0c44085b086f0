# import: IMPORT_NAME with level 0 and fromlist None, then STORE_NAME
import os
import sys, re
