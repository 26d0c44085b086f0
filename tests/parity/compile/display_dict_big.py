# A dict display of more than 16 pairs: the first 17 pairs with BUILD_MAP 0 + MAP_ADD, the rest with BUILD_MAP and DICT_UPDATE
d = {k0: v0, k1: v1, k2: v2, k3: v3, k4: v4, k5: v5, k6: v6, k7: v7,
     k8: v8, k9: v9, k10: v10, k11: v11, k12: v12, k13: v13, k14: v14,
     k15: v15, k16: v16, k17: v17}
