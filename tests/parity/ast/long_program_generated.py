def func_0(a, b=0, *args, key_0=None, **kw):
    """Function number 0."""
    total = a + b * 0
    for j in range(0):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_0"}

def func_1(a, b=1, *args, key_1=None, **kw):
    """Function number 1."""
    total = a + b * 1
    for j in range(1):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_1"}

def func_2(a, b=2, *args, key_2=None, **kw):
    """Function number 2."""
    total = a + b * 2
    for j in range(2):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_2"}

def func_3(a, b=3, *args, key_3=None, **kw):
    """Function number 3."""
    total = a + b * 3
    for j in range(3):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_3"}

def func_4(a, b=4, *args, key_4=None, **kw):
    """Function number 4."""
    total = a + b * 4
    for j in range(4):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_4"}

def func_5(a, b=5, *args, key_5=None, **kw):
    """Function number 5."""
    total = a + b * 5
    for j in range(5):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_5"}

def func_6(a, b=6, *args, key_6=None, **kw):
    """Function number 6."""
    total = a + b * 6
    for j in range(6):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_6"}

def func_7(a, b=7, *args, key_7=None, **kw):
    """Function number 7."""
    total = a + b * 7
    for j in range(7):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_7"}

def func_8(a, b=8, *args, key_8=None, **kw):
    """Function number 8."""
    total = a + b * 8
    for j in range(8):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_8"}

def func_9(a, b=9, *args, key_9=None, **kw):
    """Function number 9."""
    total = a + b * 9
    for j in range(9):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_9"}

def func_10(a, b=10, *args, key_10=None, **kw):
    """Function number 10."""
    total = a + b * 10
    for j in range(10):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_10"}

def func_11(a, b=11, *args, key_11=None, **kw):
    """Function number 11."""
    total = a + b * 11
    for j in range(11):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_11"}

def func_12(a, b=12, *args, key_12=None, **kw):
    """Function number 12."""
    total = a + b * 12
    for j in range(12):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_12"}

def func_13(a, b=13, *args, key_13=None, **kw):
    """Function number 13."""
    total = a + b * 13
    for j in range(13):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_13"}

def func_14(a, b=14, *args, key_14=None, **kw):
    """Function number 14."""
    total = a + b * 14
    for j in range(14):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_14"}

def func_15(a, b=15, *args, key_15=None, **kw):
    """Function number 15."""
    total = a + b * 15
    for j in range(15):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_15"}

def func_16(a, b=16, *args, key_16=None, **kw):
    """Function number 16."""
    total = a + b * 16
    for j in range(16):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_16"}

def func_17(a, b=17, *args, key_17=None, **kw):
    """Function number 17."""
    total = a + b * 17
    for j in range(17):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_17"}

def func_18(a, b=18, *args, key_18=None, **kw):
    """Function number 18."""
    total = a + b * 18
    for j in range(18):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_18"}

def func_19(a, b=19, *args, key_19=None, **kw):
    """Function number 19."""
    total = a + b * 19
    for j in range(19):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_19"}

def func_20(a, b=20, *args, key_20=None, **kw):
    """Function number 20."""
    total = a + b * 20
    for j in range(20):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_20"}

def func_21(a, b=21, *args, key_21=None, **kw):
    """Function number 21."""
    total = a + b * 21
    for j in range(21):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_21"}

def func_22(a, b=22, *args, key_22=None, **kw):
    """Function number 22."""
    total = a + b * 22
    for j in range(22):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_22"}

def func_23(a, b=23, *args, key_23=None, **kw):
    """Function number 23."""
    total = a + b * 23
    for j in range(23):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_23"}

def func_24(a, b=24, *args, key_24=None, **kw):
    """Function number 24."""
    total = a + b * 24
    for j in range(24):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_24"}

def func_25(a, b=25, *args, key_25=None, **kw):
    """Function number 25."""
    total = a + b * 25
    for j in range(25):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_25"}

def func_26(a, b=26, *args, key_26=None, **kw):
    """Function number 26."""
    total = a + b * 26
    for j in range(26):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_26"}

def func_27(a, b=27, *args, key_27=None, **kw):
    """Function number 27."""
    total = a + b * 27
    for j in range(27):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_27"}

def func_28(a, b=28, *args, key_28=None, **kw):
    """Function number 28."""
    total = a + b * 28
    for j in range(28):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_28"}

def func_29(a, b=29, *args, key_29=None, **kw):
    """Function number 29."""
    total = a + b * 29
    for j in range(29):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_29"}

def func_30(a, b=30, *args, key_30=None, **kw):
    """Function number 30."""
    total = a + b * 30
    for j in range(30):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_30"}

def func_31(a, b=31, *args, key_31=None, **kw):
    """Function number 31."""
    total = a + b * 31
    for j in range(31):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_31"}

def func_32(a, b=32, *args, key_32=None, **kw):
    """Function number 32."""
    total = a + b * 32
    for j in range(32):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_32"}

def func_33(a, b=33, *args, key_33=None, **kw):
    """Function number 33."""
    total = a + b * 33
    for j in range(33):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_33"}

def func_34(a, b=34, *args, key_34=None, **kw):
    """Function number 34."""
    total = a + b * 34
    for j in range(34):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_34"}

def func_35(a, b=35, *args, key_35=None, **kw):
    """Function number 35."""
    total = a + b * 35
    for j in range(35):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_35"}

def func_36(a, b=36, *args, key_36=None, **kw):
    """Function number 36."""
    total = a + b * 36
    for j in range(36):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_36"}

def func_37(a, b=37, *args, key_37=None, **kw):
    """Function number 37."""
    total = a + b * 37
    for j in range(37):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_37"}

def func_38(a, b=38, *args, key_38=None, **kw):
    """Function number 38."""
    total = a + b * 38
    for j in range(38):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_38"}

def func_39(a, b=39, *args, key_39=None, **kw):
    """Function number 39."""
    total = a + b * 39
    for j in range(39):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_39"}

def func_40(a, b=40, *args, key_40=None, **kw):
    """Function number 40."""
    total = a + b * 40
    for j in range(40):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_40"}

def func_41(a, b=41, *args, key_41=None, **kw):
    """Function number 41."""
    total = a + b * 41
    for j in range(41):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_41"}

def func_42(a, b=42, *args, key_42=None, **kw):
    """Function number 42."""
    total = a + b * 42
    for j in range(42):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_42"}

def func_43(a, b=43, *args, key_43=None, **kw):
    """Function number 43."""
    total = a + b * 43
    for j in range(43):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_43"}

def func_44(a, b=44, *args, key_44=None, **kw):
    """Function number 44."""
    total = a + b * 44
    for j in range(44):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_44"}

def func_45(a, b=45, *args, key_45=None, **kw):
    """Function number 45."""
    total = a + b * 45
    for j in range(45):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_45"}

def func_46(a, b=46, *args, key_46=None, **kw):
    """Function number 46."""
    total = a + b * 46
    for j in range(46):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_46"}

def func_47(a, b=47, *args, key_47=None, **kw):
    """Function number 47."""
    total = a + b * 47
    for j in range(47):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_47"}

def func_48(a, b=48, *args, key_48=None, **kw):
    """Function number 48."""
    total = a + b * 48
    for j in range(48):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_48"}

def func_49(a, b=49, *args, key_49=None, **kw):
    """Function number 49."""
    total = a + b * 49
    for j in range(49):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_49"}

def func_50(a, b=50, *args, key_50=None, **kw):
    """Function number 50."""
    total = a + b * 50
    for j in range(50):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_50"}

def func_51(a, b=51, *args, key_51=None, **kw):
    """Function number 51."""
    total = a + b * 51
    for j in range(51):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_51"}

def func_52(a, b=52, *args, key_52=None, **kw):
    """Function number 52."""
    total = a + b * 52
    for j in range(52):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_52"}

def func_53(a, b=53, *args, key_53=None, **kw):
    """Function number 53."""
    total = a + b * 53
    for j in range(53):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_53"}

def func_54(a, b=54, *args, key_54=None, **kw):
    """Function number 54."""
    total = a + b * 54
    for j in range(54):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_54"}

def func_55(a, b=55, *args, key_55=None, **kw):
    """Function number 55."""
    total = a + b * 55
    for j in range(55):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_55"}

def func_56(a, b=56, *args, key_56=None, **kw):
    """Function number 56."""
    total = a + b * 56
    for j in range(56):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_56"}

def func_57(a, b=57, *args, key_57=None, **kw):
    """Function number 57."""
    total = a + b * 57
    for j in range(57):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_57"}

def func_58(a, b=58, *args, key_58=None, **kw):
    """Function number 58."""
    total = a + b * 58
    for j in range(58):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_58"}

def func_59(a, b=59, *args, key_59=None, **kw):
    """Function number 59."""
    total = a + b * 59
    for j in range(59):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_59"}

def func_60(a, b=60, *args, key_60=None, **kw):
    """Function number 60."""
    total = a + b * 60
    for j in range(60):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_60"}

def func_61(a, b=61, *args, key_61=None, **kw):
    """Function number 61."""
    total = a + b * 61
    for j in range(61):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_61"}

def func_62(a, b=62, *args, key_62=None, **kw):
    """Function number 62."""
    total = a + b * 62
    for j in range(62):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_62"}

def func_63(a, b=63, *args, key_63=None, **kw):
    """Function number 63."""
    total = a + b * 63
    for j in range(63):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_63"}

def func_64(a, b=64, *args, key_64=None, **kw):
    """Function number 64."""
    total = a + b * 64
    for j in range(64):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_64"}

def func_65(a, b=65, *args, key_65=None, **kw):
    """Function number 65."""
    total = a + b * 65
    for j in range(65):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_65"}

def func_66(a, b=66, *args, key_66=None, **kw):
    """Function number 66."""
    total = a + b * 66
    for j in range(66):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_66"}

def func_67(a, b=67, *args, key_67=None, **kw):
    """Function number 67."""
    total = a + b * 67
    for j in range(67):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_67"}

def func_68(a, b=68, *args, key_68=None, **kw):
    """Function number 68."""
    total = a + b * 68
    for j in range(68):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_68"}

def func_69(a, b=69, *args, key_69=None, **kw):
    """Function number 69."""
    total = a + b * 69
    for j in range(69):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_69"}

def func_70(a, b=70, *args, key_70=None, **kw):
    """Function number 70."""
    total = a + b * 70
    for j in range(70):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_70"}

def func_71(a, b=71, *args, key_71=None, **kw):
    """Function number 71."""
    total = a + b * 71
    for j in range(71):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_71"}

def func_72(a, b=72, *args, key_72=None, **kw):
    """Function number 72."""
    total = a + b * 72
    for j in range(72):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_72"}

def func_73(a, b=73, *args, key_73=None, **kw):
    """Function number 73."""
    total = a + b * 73
    for j in range(73):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_73"}

def func_74(a, b=74, *args, key_74=None, **kw):
    """Function number 74."""
    total = a + b * 74
    for j in range(74):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_74"}

def func_75(a, b=75, *args, key_75=None, **kw):
    """Function number 75."""
    total = a + b * 75
    for j in range(75):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_75"}

def func_76(a, b=76, *args, key_76=None, **kw):
    """Function number 76."""
    total = a + b * 76
    for j in range(76):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_76"}

def func_77(a, b=77, *args, key_77=None, **kw):
    """Function number 77."""
    total = a + b * 77
    for j in range(77):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_77"}

def func_78(a, b=78, *args, key_78=None, **kw):
    """Function number 78."""
    total = a + b * 78
    for j in range(78):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_78"}

def func_79(a, b=79, *args, key_79=None, **kw):
    """Function number 79."""
    total = a + b * 79
    for j in range(79):
        if j % 2 == 0:
            total += j
        elif j % 3 == 0:
            total -= j
        else:
            continue
    values = [x ** 2 for x in args if x]
    return {"total": total, "values": values, "name": f"func_79"}

