# Many try/except blocks in one function: a long exception table with EXTENDED_ARG-sized offsets
def f(g):
    try:
        g(0)
    except E0:
        g(-0)
    try:
        g(1)
    except E1:
        g(-1)
    try:
        g(2)
    except E2:
        g(-2)
    try:
        g(3)
    except E3:
        g(-3)
    try:
        g(4)
    except E4:
        g(-4)
    try:
        g(5)
    except E0:
        g(-5)
    try:
        g(6)
    except E1:
        g(-6)
    try:
        g(7)
    except E2:
        g(-7)
    try:
        g(8)
    except E3:
        g(-8)
    try:
        g(9)
    except E4:
        g(-9)
    try:
        g(10)
    except E0:
        g(-10)
    try:
        g(11)
    except E1:
        g(-11)
    try:
        g(12)
    except E2:
        g(-12)
    try:
        g(13)
    except E3:
        g(-13)
    try:
        g(14)
    except E4:
        g(-14)
    try:
        g(15)
    except E0:
        g(-15)
    try:
        g(16)
    except E1:
        g(-16)
    try:
        g(17)
    except E2:
        g(-17)
    try:
        g(18)
    except E3:
        g(-18)
    try:
        g(19)
    except E4:
        g(-19)
    try:
        g(20)
    except E0:
        g(-20)
    try:
        g(21)
    except E1:
        g(-21)
    try:
        g(22)
    except E2:
        g(-22)
    try:
        g(23)
    except E3:
        g(-23)
    try:
        g(24)
    except E4:
        g(-24)
    try:
        g(25)
    except E0:
        g(-25)
    try:
        g(26)
    except E1:
        g(-26)
    try:
        g(27)
    except E2:
        g(-27)
    try:
        g(28)
    except E3:
        g(-28)
    try:
        g(29)
    except E4:
        g(-29)
    try:
        g(30)
    except E0:
        g(-30)
    try:
        g(31)
    except E1:
        g(-31)
    try:
        g(32)
    except E2:
        g(-32)
    try:
        g(33)
    except E3:
        g(-33)
    try:
        g(34)
    except E4:
        g(-34)
    try:
        g(35)
    except E0:
        g(-35)
    try:
        g(36)
    except E1:
        g(-36)
    try:
        g(37)
    except E2:
        g(-37)
    try:
        g(38)
    except E3:
        g(-38)
    try:
        g(39)
    except E4:
        g(-39)
    try:
        g(40)
    except E0:
        g(-40)
    try:
        g(41)
    except E1:
        g(-41)
    try:
        g(42)
    except E2:
        g(-42)
    try:
        g(43)
    except E3:
        g(-43)
    try:
        g(44)
    except E4:
        g(-44)
    try:
        g(45)
    except E0:
        g(-45)
    try:
        g(46)
    except E1:
        g(-46)
    try:
        g(47)
    except E2:
        g(-47)
    try:
        g(48)
    except E3:
        g(-48)
    try:
        g(49)
    except E4:
        g(-49)
    try:
        g(50)
    except E0:
        g(-50)
    try:
        g(51)
    except E1:
        g(-51)
    try:
        g(52)
    except E2:
        g(-52)
    try:
        g(53)
    except E3:
        g(-53)
    try:
        g(54)
    except E4:
        g(-54)
    try:
        g(55)
    except E0:
        g(-55)
    try:
        g(56)
    except E1:
        g(-56)
    try:
        g(57)
    except E2:
        g(-57)
    try:
        g(58)
    except E3:
        g(-58)
    try:
        g(59)
    except E4:
        g(-59)
    try:
        g(60)
    except E0:
        g(-60)
    try:
        g(61)
    except E1:
        g(-61)
    try:
        g(62)
    except E2:
        g(-62)
    try:
        g(63)
    except E3:
        g(-63)
    try:
        g(64)
    except E4:
        g(-64)
    try:
        g(65)
    except E0:
        g(-65)
    try:
        g(66)
    except E1:
        g(-66)
    try:
        g(67)
    except E2:
        g(-67)
    try:
        g(68)
    except E3:
        g(-68)
    try:
        g(69)
    except E4:
        g(-69)
    try:
        g(70)
    except E0:
        g(-70)
    try:
        g(71)
    except E1:
        g(-71)
    try:
        g(72)
    except E2:
        g(-72)
    try:
        g(73)
    except E3:
        g(-73)
    try:
        g(74)
    except E4:
        g(-74)
    try:
        g(75)
    except E0:
        g(-75)
    try:
        g(76)
    except E1:
        g(-76)
    try:
        g(77)
    except E2:
        g(-77)
    try:
        g(78)
    except E3:
        g(-78)
    try:
        g(79)
    except E4:
        g(-79)
