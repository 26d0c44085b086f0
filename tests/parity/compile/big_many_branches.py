# Many branches of an if/elif chain: many jump targets and exit blocks
def f(x):
    if x == 0:
        return "r0"
    elif x == 1:
        return "r1"
    elif x == 2:
        return "r2"
    elif x == 3:
        return "r3"
    elif x == 4:
        return "r4"
    elif x == 5:
        return "r5"
    elif x == 6:
        return "r6"
    elif x == 7:
        return "r7"
    elif x == 8:
        return "r8"
    elif x == 9:
        return "r9"
    elif x == 10:
        return "r10"
    elif x == 11:
        return "r11"
    elif x == 12:
        return "r12"
    elif x == 13:
        return "r13"
    elif x == 14:
        return "r14"
    elif x == 15:
        return "r15"
    elif x == 16:
        return "r16"
    elif x == 17:
        return "r17"
    elif x == 18:
        return "r18"
    elif x == 19:
        return "r19"
    elif x == 20:
        return "r20"
    elif x == 21:
        return "r21"
    elif x == 22:
        return "r22"
    elif x == 23:
        return "r23"
    elif x == 24:
        return "r24"
    elif x == 25:
        return "r25"
    elif x == 26:
        return "r26"
    elif x == 27:
        return "r27"
    elif x == 28:
        return "r28"
    elif x == 29:
        return "r29"
    elif x == 30:
        return "r30"
    elif x == 31:
        return "r31"
    elif x == 32:
        return "r32"
    elif x == 33:
        return "r33"
    elif x == 34:
        return "r34"
    elif x == 35:
        return "r35"
    elif x == 36:
        return "r36"
    elif x == 37:
        return "r37"
    elif x == 38:
        return "r38"
    elif x == 39:
        return "r39"
    elif x == 40:
        return "r40"
    elif x == 41:
        return "r41"
    elif x == 42:
        return "r42"
    elif x == 43:
        return "r43"
    elif x == 44:
        return "r44"
    elif x == 45:
        return "r45"
    elif x == 46:
        return "r46"
    elif x == 47:
        return "r47"
    elif x == 48:
        return "r48"
    elif x == 49:
        return "r49"
    elif x == 50:
        return "r50"
    elif x == 51:
        return "r51"
    elif x == 52:
        return "r52"
    elif x == 53:
        return "r53"
    elif x == 54:
        return "r54"
    elif x == 55:
        return "r55"
    elif x == 56:
        return "r56"
    elif x == 57:
        return "r57"
    elif x == 58:
        return "r58"
    elif x == 59:
        return "r59"
    elif x == 60:
        return "r60"
    elif x == 61:
        return "r61"
    elif x == 62:
        return "r62"
    elif x == 63:
        return "r63"
    elif x == 64:
        return "r64"
    elif x == 65:
        return "r65"
    elif x == 66:
        return "r66"
    elif x == 67:
        return "r67"
    elif x == 68:
        return "r68"
    elif x == 69:
        return "r69"
    elif x == 70:
        return "r70"
    elif x == 71:
        return "r71"
    elif x == 72:
        return "r72"
    elif x == 73:
        return "r73"
    elif x == 74:
        return "r74"
    elif x == 75:
        return "r75"
    elif x == 76:
        return "r76"
    elif x == 77:
        return "r77"
    elif x == 78:
        return "r78"
    elif x == 79:
        return "r79"
    elif x == 80:
        return "r80"
    elif x == 81:
        return "r81"
    elif x == 82:
        return "r82"
    elif x == 83:
        return "r83"
    elif x == 84:
        return "r84"
    elif x == 85:
        return "r85"
    elif x == 86:
        return "r86"
    elif x == 87:
        return "r87"
    elif x == 88:
        return "r88"
    elif x == 89:
        return "r89"
    elif x == 90:
        return "r90"
    elif x == 91:
        return "r91"
    elif x == 92:
        return "r92"
    elif x == 93:
        return "r93"
    elif x == 94:
        return "r94"
    elif x == 95:
        return "r95"
    elif x == 96:
        return "r96"
    elif x == 97:
        return "r97"
    elif x == 98:
        return "r98"
    elif x == 99:
        return "r99"
    elif x == 100:
        return "r100"
    elif x == 101:
        return "r101"
    elif x == 102:
        return "r102"
    elif x == 103:
        return "r103"
    elif x == 104:
        return "r104"
    elif x == 105:
        return "r105"
    elif x == 106:
        return "r106"
    elif x == 107:
        return "r107"
    elif x == 108:
        return "r108"
    elif x == 109:
        return "r109"
    elif x == 110:
        return "r110"
    elif x == 111:
        return "r111"
    elif x == 112:
        return "r112"
    elif x == 113:
        return "r113"
    elif x == 114:
        return "r114"
    elif x == 115:
        return "r115"
    elif x == 116:
        return "r116"
    elif x == 117:
        return "r117"
    elif x == 118:
        return "r118"
    elif x == 119:
        return "r119"
    elif x == 120:
        return "r120"
    elif x == 121:
        return "r121"
    elif x == 122:
        return "r122"
    elif x == 123:
        return "r123"
    elif x == 124:
        return "r124"
    elif x == 125:
        return "r125"
    elif x == 126:
        return "r126"
    elif x == 127:
        return "r127"
    elif x == 128:
        return "r128"
    elif x == 129:
        return "r129"
    elif x == 130:
        return "r130"
    elif x == 131:
        return "r131"
    elif x == 132:
        return "r132"
    elif x == 133:
        return "r133"
    elif x == 134:
        return "r134"
    elif x == 135:
        return "r135"
    elif x == 136:
        return "r136"
    elif x == 137:
        return "r137"
    elif x == 138:
        return "r138"
    elif x == 139:
        return "r139"
    elif x == 140:
        return "r140"
    elif x == 141:
        return "r141"
    elif x == 142:
        return "r142"
    elif x == 143:
        return "r143"
    elif x == 144:
        return "r144"
    elif x == 145:
        return "r145"
    elif x == 146:
        return "r146"
    elif x == 147:
        return "r147"
    elif x == 148:
        return "r148"
    elif x == 149:
        return "r149"
    elif x == 150:
        return "r150"
    elif x == 151:
        return "r151"
    elif x == 152:
        return "r152"
    elif x == 153:
        return "r153"
    elif x == 154:
        return "r154"
    elif x == 155:
        return "r155"
    elif x == 156:
        return "r156"
    elif x == 157:
        return "r157"
    elif x == 158:
        return "r158"
    elif x == 159:
        return "r159"
    elif x == 160:
        return "r160"
    elif x == 161:
        return "r161"
    elif x == 162:
        return "r162"
    elif x == 163:
        return "r163"
    elif x == 164:
        return "r164"
    elif x == 165:
        return "r165"
    elif x == 166:
        return "r166"
    elif x == 167:
        return "r167"
    elif x == 168:
        return "r168"
    elif x == 169:
        return "r169"
    elif x == 170:
        return "r170"
    elif x == 171:
        return "r171"
    elif x == 172:
        return "r172"
    elif x == 173:
        return "r173"
    elif x == 174:
        return "r174"
    elif x == 175:
        return "r175"
    elif x == 176:
        return "r176"
    elif x == 177:
        return "r177"
    elif x == 178:
        return "r178"
    elif x == 179:
        return "r179"
    elif x == 180:
        return "r180"
    elif x == 181:
        return "r181"
    elif x == 182:
        return "r182"
    elif x == 183:
        return "r183"
    elif x == 184:
        return "r184"
    elif x == 185:
        return "r185"
    elif x == 186:
        return "r186"
    elif x == 187:
        return "r187"
    elif x == 188:
        return "r188"
    elif x == 189:
        return "r189"
    elif x == 190:
        return "r190"
    elif x == 191:
        return "r191"
    elif x == 192:
        return "r192"
    elif x == 193:
        return "r193"
    elif x == 194:
        return "r194"
    elif x == 195:
        return "r195"
    elif x == 196:
        return "r196"
    elif x == 197:
        return "r197"
    elif x == 198:
        return "r198"
    elif x == 199:
        return "r199"
    else:
        return None
