# More than 15 keywords: the big-call path builds the keyword dict with BUILD_MAP 0 and MAP_ADD (no location)
f(k0=0, k1=v, k2=v, k3=v, k4=v, k5=v, k6=v, k7=v, k8=v, k9=v,
  k10=v, k11=v, k12=v, k13=v, k14=v, k15=v, k16=v, k17=v)
