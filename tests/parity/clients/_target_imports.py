# the program cli_cprofile_imports profiles: it imports modules of this folder
import _impev_mod
from _impev_pkg import sub

print(_impev_mod.double(sub.SUB))
