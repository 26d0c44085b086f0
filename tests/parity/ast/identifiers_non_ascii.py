café = 1
naïve = 2
Ωmega = 3
変数 = 4
π = 3.14159
名前 = "name"
ﬁle = 1
ｆｕｌｌｗｉｄｔｈ = 2
ℌ = 3
Ⅸ = 9
ﾊﾝｶｸ = 5
ǅ = 6
ª = 7
µ = 8
K = 9
def función(параметр, 引数=1):
    return параметр
class Clase:
    atributo = ﬁle
print(café, ﬁle.ﬁeld, ｆｕｌｌｗｉｄｔｈ)
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 10
ℯ = 11
_ß = 12
