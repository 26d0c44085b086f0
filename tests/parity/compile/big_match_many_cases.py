# A match statement with 150 cases: long chains of pattern jumps
def f(x):
    match x:
        case 0 | "0":
            return 0
        case 1 | "1":
            return 1
        case 2 | "2":
            return 2
        case 3 | "3":
            return 3
        case 4 | "4":
            return 4
        case 5 | "5":
            return 5
        case 6 | "6":
            return 6
        case 7 | "7":
            return 7
        case 8 | "8":
            return 8
        case 9 | "9":
            return 9
        case 10 | "10":
            return 10
        case 11 | "11":
            return 11
        case 12 | "12":
            return 12
        case 13 | "13":
            return 13
        case 14 | "14":
            return 14
        case 15 | "15":
            return 15
        case 16 | "16":
            return 16
        case 17 | "17":
            return 17
        case 18 | "18":
            return 18
        case 19 | "19":
            return 19
        case 20 | "20":
            return 20
        case 21 | "21":
            return 21
        case 22 | "22":
            return 22
        case 23 | "23":
            return 23
        case 24 | "24":
            return 24
        case 25 | "25":
            return 25
        case 26 | "26":
            return 26
        case 27 | "27":
            return 27
        case 28 | "28":
            return 28
        case 29 | "29":
            return 29
        case 30 | "30":
            return 30
        case 31 | "31":
            return 31
        case 32 | "32":
            return 32
        case 33 | "33":
            return 33
        case 34 | "34":
            return 34
        case 35 | "35":
            return 35
        case 36 | "36":
            return 36
        case 37 | "37":
            return 37
        case 38 | "38":
            return 38
        case 39 | "39":
            return 39
        case 40 | "40":
            return 40
        case 41 | "41":
            return 41
        case 42 | "42":
            return 42
        case 43 | "43":
            return 43
        case 44 | "44":
            return 44
        case 45 | "45":
            return 45
        case 46 | "46":
            return 46
        case 47 | "47":
            return 47
        case 48 | "48":
            return 48
        case 49 | "49":
            return 49
        case 50 | "50":
            return 50
        case 51 | "51":
            return 51
        case 52 | "52":
            return 52
        case 53 | "53":
            return 53
        case 54 | "54":
            return 54
        case 55 | "55":
            return 55
        case 56 | "56":
            return 56
        case 57 | "57":
            return 57
        case 58 | "58":
            return 58
        case 59 | "59":
            return 59
        case 60 | "60":
            return 60
        case 61 | "61":
            return 61
        case 62 | "62":
            return 62
        case 63 | "63":
            return 63
        case 64 | "64":
            return 64
        case 65 | "65":
            return 65
        case 66 | "66":
            return 66
        case 67 | "67":
            return 67
        case 68 | "68":
            return 68
        case 69 | "69":
            return 69
        case 70 | "70":
            return 70
        case 71 | "71":
            return 71
        case 72 | "72":
            return 72
        case 73 | "73":
            return 73
        case 74 | "74":
            return 74
        case 75 | "75":
            return 75
        case 76 | "76":
            return 76
        case 77 | "77":
            return 77
        case 78 | "78":
            return 78
        case 79 | "79":
            return 79
        case 80 | "80":
            return 80
        case 81 | "81":
            return 81
        case 82 | "82":
            return 82
        case 83 | "83":
            return 83
        case 84 | "84":
            return 84
        case 85 | "85":
            return 85
        case 86 | "86":
            return 86
        case 87 | "87":
            return 87
        case 88 | "88":
            return 88
        case 89 | "89":
            return 89
        case 90 | "90":
            return 90
        case 91 | "91":
            return 91
        case 92 | "92":
            return 92
        case 93 | "93":
            return 93
        case 94 | "94":
            return 94
        case 95 | "95":
            return 95
        case 96 | "96":
            return 96
        case 97 | "97":
            return 97
        case 98 | "98":
            return 98
        case 99 | "99":
            return 99
        case 100 | "100":
            return 100
        case 101 | "101":
            return 101
        case 102 | "102":
            return 102
        case 103 | "103":
            return 103
        case 104 | "104":
            return 104
        case 105 | "105":
            return 105
        case 106 | "106":
            return 106
        case 107 | "107":
            return 107
        case 108 | "108":
            return 108
        case 109 | "109":
            return 109
        case 110 | "110":
            return 110
        case 111 | "111":
            return 111
        case 112 | "112":
            return 112
        case 113 | "113":
            return 113
        case 114 | "114":
            return 114
        case 115 | "115":
            return 115
        case 116 | "116":
            return 116
        case 117 | "117":
            return 117
        case 118 | "118":
            return 118
        case 119 | "119":
            return 119
        case 120 | "120":
            return 120
        case 121 | "121":
            return 121
        case 122 | "122":
            return 122
        case 123 | "123":
            return 123
        case 124 | "124":
            return 124
        case 125 | "125":
            return 125
        case 126 | "126":
            return 126
        case 127 | "127":
            return 127
        case 128 | "128":
            return 128
        case 129 | "129":
            return 129
        case 130 | "130":
            return 130
        case 131 | "131":
            return 131
        case 132 | "132":
            return 132
        case 133 | "133":
            return 133
        case 134 | "134":
            return 134
        case 135 | "135":
            return 135
        case 136 | "136":
            return 136
        case 137 | "137":
            return 137
        case 138 | "138":
            return 138
        case 139 | "139":
            return 139
        case 140 | "140":
            return 140
        case 141 | "141":
            return 141
        case 142 | "142":
            return 142
        case 143 | "143":
            return 143
        case 144 | "144":
            return 144
        case 145 | "145":
            return 145
        case 146 | "146":
            return 146
        case 147 | "147":
            return 147
        case 148 | "148":
            return 148
        case 149 | "149":
            return 149
