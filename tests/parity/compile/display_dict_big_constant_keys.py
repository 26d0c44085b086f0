# 20 constant-key pairs: 17 go through BUILD_MAP 0 + MAP_ADD, the last 3 through BUILD_CONST_KEY_MAP + DICT_UPDATE
d = {"k0": v, "k1": v, "k2": v, "k3": v, "k4": v, "k5": v, "k6": v, "k7": v, "k8": v, "k9": v, "k10": v, "k11": v, "k12": v, "k13": v, "k14": v, "k15": v, "k16": v, "k17": v, "k18": v, "k19": v}
