v1 += v0
print(v2)
if v3: pass
del v4
v5 = 5
v6 += v5
print(v7)
if v8: pass
del v9
v10 = 10
v11 += v10
print(v12)
if v13: pass
del v14
v15 = 15
v16 += v15
print(v17)
if v18: pass
del v19
v20 = 20
v21 += v20
print(v22)
if v23: pass
del v24
v25 = 25
v26 += v25
print(v27)
if v28: pass
del v29
v30 = 30
v31 += v30
print(v32)
if v33: pass
del v34
v35 = 35
v36 += v35
print(v37)
if v38: pass
del v39
v40 = 40
v41 += v40
print(v42)
if v43: pass
del v44
v45 = 45
v46 += v45
print(v47)
if v48: pass
del v49
v50 = 50
v51 += v50
print(v52)
if v53: pass
del v54
v55 = 55
v56 += v55
print(v57)
if v58: pass
del v59
v60 = 60
v61 += v60
print(v62)
if v63: pass
del v64
v65 = 65
v66 += v65
print(v67)
if v68: pass
del v69
v70 = 70
v71 += v70
print(v72)
if v73: pass
del v74
v75 = 75
v76 += v75
print(v77)
if v78: pass
del v79
v80 = 80
v81 += v80
print(v82)
if v83: pass
del v84
v85 = 85
v86 += v85
print(v87)
if v88: pass
del v89
v90 = 90
v91 += v90
print(v92)
if v93: pass
del v94
v95 = 95
v96 += v95
print(v97)
if v98: pass
del v99
v100 = 100
v101 += v100
print(v102)
if v103: pass
del v104
v105 = 105
v106 += v105
print(v107)
if v108: pass
del v109
v110 = 110
v111 += v110
print(v112)
if v113: pass
del v114
v115 = 115
v116 += v115
print(v117)
if v118: pass
del v119
v120 = 120
v121 += v120
print(v122)
if v123: pass
del v124
v125 = 125
v126 += v125
print(v127)
if v128: pass
del v129
v130 = 130
v131 += v130
print(v132)
if v133: pass
del v134
v135 = 135
v136 += v135
print(v137)
if v138: pass
del v139
v140 = 140
v141 += v140
print(v142)
if v143: pass
del v144
v145 = 145
v146 += v145
print(v147)
if v148: pass
del v149
v150 = 150
v151 += v150
print(v152)
if v153: pass
del v154
v155 = 155
v156 += v155
print(v157)
if v158: pass
del v159
v160 = 160
v161 += v160
print(v162)
if v163: pass
del v164
v165 = 165
v166 += v165
print(v167)
if v168: pass
del v169
v170 = 170
v171 += v170
print(v172)
if v173: pass
del v174
v175 = 175
v176 += v175
print(v177)
if v178: pass
del v179
v180 = 180
v181 += v180
print(v182)
if v183: pass
del v184
v185 = 185
v186 += v185
print(v187)
if v188: pass
del v189
v190 = 190
v191 += v190
print(v192)
if v193: pass
del v194
v195 = 195
v196 += v195
print(v197)
if v198: pass
del v199
v200 = 200
v201 += v200
print(v202)
if v203: pass
del v204
v205 = 205
v206 += v205
print(v207)
if v208: pass
del v209
v210 = 210
v211 += v210
print(v212)
if v213: pass
del v214
v215 = 215
v216 += v215
print(v217)
if v218: pass
del v219
v220 = 220
v221 += v220
print(v222)
if v223: pass
del v224
v225 = 225
v226 += v225
print(v227)
if v228: pass
del v229
v230 = 230
v231 += v230
print(v232)
if v233: pass
del v234
v235 = 235
v236 += v235
print(v237)
if v238: pass
del v239
v240 = 240
v241 += v240
print(v242)
if v243: pass
del v244
v245 = 245
v246 += v245
print(v247)
if v248: pass
del v249
v250 = 250
v251 += v250
print(v252)
if v253: pass
del v254
v255 = 255
v256 += v255
print(v257)
if v258: pass
del v259
v260 = 260
v261 += v260
print(v262)
if v263: pass
del v264
v265 = 265
v266 += v265
print(v267)
if v268: pass
del v269
v270 = 270
v271 += v270
print(v272)
if v273: pass
del v274
v275 = 275
v276 += v275
print(v277)
if v278: pass
del v279
v280 = 280
v281 += v280
print(v282)
if v283: pass
del v284
v285 = 285
v286 += v285
print(v287)
if v288: pass
del v289
v290 = 290
v291 += v290
print(v292)
if v293: pass
del v294
v295 = 295
v296 += v295
print(v297)
if v298: pass
del v299
v300 = 300
v301 += v300
print(v302)
if v303: pass
del v304
v305 = 305
v306 += v305
print(v307)
if v308: pass
del v309
v310 = 310
v311 += v310
print(v312)
if v313: pass
del v314
v315 = 315
v316 += v315
print(v317)
if v318: pass
del v319
v320 = 320
v321 += v320
print(v322)
if v323: pass
del v324
v325 = 325
v326 += v325
print(v327)
if v328: pass
del v329
v330 = 330
v331 += v330
print(v332)
if v333: pass
del v334
v335 = 335
v336 += v335
print(v337)
if v338: pass
del v339
v340 = 340
v341 += v340
print(v342)
if v343: pass
del v344
v345 = 345
v346 += v345
print(v347)
if v348: pass
del v349
v350 = 350
v351 += v350
print(v352)
if v353: pass
del v354
v355 = 355
v356 += v355
print(v357)
if v358: pass
del v359
v360 = 360
v361 += v360
print(v362)
if v363: pass
del v364
v365 = 365
v366 += v365
print(v367)
if v368: pass
del v369
v370 = 370
v371 += v370
print(v372)
if v373: pass
del v374
v375 = 375
v376 += v375
print(v377)
if v378: pass
del v379
v380 = 380
v381 += v380
print(v382)
if v383: pass
del v384
v385 = 385
v386 += v385
print(v387)
if v388: pass
del v389
v390 = 390
v391 += v390
print(v392)
if v393: pass
del v394
v395 = 395
v396 += v395
print(v397)
if v398: pass
del v399
v400 = 400
v401 += v400
print(v402)
if v403: pass
del v404
v405 = 405
v406 += v405
print(v407)
if v408: pass
del v409
v410 = 410
v411 += v410
print(v412)
if v413: pass
del v414
v415 = 415
v416 += v415
print(v417)
if v418: pass
del v419
v420 = 420
v421 += v420
print(v422)
if v423: pass
del v424
v425 = 425
v426 += v425
print(v427)
if v428: pass
del v429
v430 = 430
v431 += v430
print(v432)
if v433: pass
del v434
v435 = 435
v436 += v435
print(v437)
if v438: pass
del v439
v440 = 440
v441 += v440
print(v442)
if v443: pass
del v444
v445 = 445
v446 += v445
print(v447)
if v448: pass
del v449
v450 = 450
v451 += v450
print(v452)
if v453: pass
del v454
v455 = 455
v456 += v455
print(v457)
if v458: pass
del v459
v460 = 460
v461 += v460
print(v462)
if v463: pass
del v464
v465 = 465
v466 += v465
print(v467)
if v468: pass
del v469
v470 = 470
v471 += v470
print(v472)
if v473: pass
del v474
v475 = 475
v476 += v475
print(v477)
if v478: pass
del v479
v480 = 480
v481 += v480
print(v482)
if v483: pass
del v484
v485 = 485
v486 += v485
print(v487)
if v488: pass
del v489
v490 = 490
v491 += v490
print(v492)
if v493: pass
del v494
v495 = 495
v496 += v495
print(v497)
if v498: pass
del v499
v500 = 500
v501 += v500
print(v502)
if v503: pass
del v504
v505 = 505
v506 += v505
print(v507)
if v508: pass
del v509
v510 = 510
v511 += v510
print(v512)
if v513: pass
del v514
v515 = 515
v516 += v515
print(v517)
if v518: pass
del v519
v520 = 520
v521 += v520
print(v522)
if v523: pass
del v524
v525 = 525
v526 += v525
print(v527)
if v528: pass
del v529
v530 = 530
v531 += v530
print(v532)
if v533: pass
del v534
v535 = 535
v536 += v535
print(v537)
if v538: pass
del v539
v540 = 540
v541 += v540
print(v542)
if v543: pass
del v544
v545 = 545
v546 += v545
print(v547)
if v548: pass
del v549
v550 = 550
v551 += v550
print(v552)
if v553: pass
del v554
v555 = 555
v556 += v555
print(v557)
if v558: pass
del v559
v560 = 560
v561 += v560
print(v562)
if v563: pass
del v564
v565 = 565
v566 += v565
print(v567)
if v568: pass
del v569
v570 = 570
v571 += v570
print(v572)
if v573: pass
del v574
v575 = 575
v576 += v575
print(v577)
if v578: pass
del v579
v580 = 580
v581 += v580
print(v582)
if v583: pass
del v584
v585 = 585
v586 += v585
print(v587)
if v588: pass
del v589
v590 = 590
v591 += v590
print(v592)
if v593: pass
del v594
v595 = 595
v596 += v595
print(v597)
if v598: pass
del v599
v600 = 600
v601 += v600
print(v602)
if v603: pass
del v604
v605 = 605
v606 += v605
print(v607)
if v608: pass
del v609
v610 = 610
v611 += v610
print(v612)
if v613: pass
del v614
v615 = 615
v616 += v615
print(v617)
if v618: pass
del v619
v620 = 620
v621 += v620
print(v622)
if v623: pass
del v624
v625 = 625
v626 += v625
print(v627)
if v628: pass
del v629
v630 = 630
v631 += v630
print(v632)
if v633: pass
del v634
v635 = 635
v636 += v635
print(v637)
if v638: pass
del v639
v640 = 640
v641 += v640
print(v642)
if v643: pass
del v644
v645 = 645
v646 += v645
print(v647)
if v648: pass
del v649
v650 = 650
v651 += v650
print(v652)
if v653: pass
del v654
v655 = 655
v656 += v655
print(v657)
if v658: pass
del v659
v660 = 660
v661 += v660
print(v662)
if v663: pass
del v664
v665 = 665
v666 += v665
print(v667)
if v668: pass
del v669
v670 = 670
v671 += v670
print(v672)
if v673: pass
del v674
v675 = 675
v676 += v675
print(v677)
if v678: pass
del v679
v680 = 680
v681 += v680
print(v682)
if v683: pass
del v684
v685 = 685
v686 += v685
print(v687)
if v688: pass
del v689
v690 = 690
v691 += v690
print(v692)
if v693: pass
del v694
v695 = 695
v696 += v695
print(v697)
if v698: pass
del v699
v700 = 700
v701 += v700
print(v702)
if v703: pass
del v704
v705 = 705
v706 += v705
print(v707)
if v708: pass
del v709
v710 = 710
v711 += v710
print(v712)
if v713: pass
del v714
v715 = 715
v716 += v715
print(v717)
if v718: pass
del v719
v720 = 720
v721 += v720
print(v722)
if v723: pass
del v724
v725 = 725
v726 += v725
print(v727)
if v728: pass
del v729
v730 = 730
v731 += v730
print(v732)
if v733: pass
del v734
v735 = 735
v736 += v735
print(v737)
if v738: pass
del v739
v740 = 740
v741 += v740
print(v742)
if v743: pass
del v744
v745 = 745
v746 += v745
print(v747)
if v748: pass
del v749
v750 = 750
v751 += v750
print(v752)
if v753: pass
del v754
v755 = 755
v756 += v755
print(v757)
if v758: pass
del v759
v760 = 760
v761 += v760
print(v762)
if v763: pass
del v764
v765 = 765
v766 += v765
print(v767)
if v768: pass
del v769
v770 = 770
v771 += v770
print(v772)
if v773: pass
del v774
v775 = 775
v776 += v775
print(v777)
if v778: pass
del v779
v780 = 780
v781 += v780
print(v782)
if v783: pass
del v784
v785 = 785
v786 += v785
print(v787)
if v788: pass
del v789
v790 = 790
v791 += v790
print(v792)
if v793: pass
del v794
v795 = 795
v796 += v795
print(v797)
if v798: pass
del v799
v800 = 800
v801 += v800
print(v802)
if v803: pass
del v804
v805 = 805
v806 += v805
print(v807)
if v808: pass
del v809
v810 = 810
v811 += v810
print(v812)
if v813: pass
del v814
v815 = 815
v816 += v815
print(v817)
if v818: pass
del v819
v820 = 820
v821 += v820
print(v822)
if v823: pass
del v824
v825 = 825
v826 += v825
print(v827)
if v828: pass
del v829
v830 = 830
v831 += v830
print(v832)
if v833: pass
del v834
v835 = 835
v836 += v835
print(v837)
if v838: pass
del v839
v840 = 840
v841 += v840
print(v842)
if v843: pass
del v844
v845 = 845
v846 += v845
print(v847)
if v848: pass
del v849
v850 = 850
v851 += v850
print(v852)
if v853: pass
del v854
v855 = 855
v856 += v855
print(v857)
if v858: pass
del v859
v860 = 860
v861 += v860
print(v862)
if v863: pass
del v864
v865 = 865
v866 += v865
print(v867)
if v868: pass
del v869
v870 = 870
v871 += v870
print(v872)
if v873: pass
del v874
v875 = 875
v876 += v875
print(v877)
if v878: pass
del v879
v880 = 880
v881 += v880
print(v882)
if v883: pass
del v884
v885 = 885
v886 += v885
print(v887)
if v888: pass
del v889
v890 = 890
v891 += v890
print(v892)
if v893: pass
del v894
v895 = 895
v896 += v895
print(v897)
if v898: pass
del v899
v900 = 900
v901 += v900
print(v902)
if v903: pass
del v904
v905 = 905
v906 += v905
print(v907)
if v908: pass
del v909
v910 = 910
v911 += v910
print(v912)
if v913: pass
del v914
v915 = 915
v916 += v915
print(v917)
if v918: pass
del v919
v920 = 920
v921 += v920
print(v922)
if v923: pass
del v924
v925 = 925
v926 += v925
print(v927)
if v928: pass
del v929
v930 = 930
v931 += v930
print(v932)
if v933: pass
del v934
v935 = 935
v936 += v935
print(v937)
if v938: pass
del v939
v940 = 940
v941 += v940
print(v942)
if v943: pass
del v944
v945 = 945
v946 += v945
print(v947)
if v948: pass
del v949
v950 = 950
v951 += v950
print(v952)
if v953: pass
del v954
v955 = 955
v956 += v955
print(v957)
if v958: pass
del v959
v960 = 960
v961 += v960
print(v962)
if v963: pass
del v964
v965 = 965
v966 += v965
print(v967)
if v968: pass
del v969
v970 = 970
v971 += v970
print(v972)
if v973: pass
del v974
v975 = 975
v976 += v975
print(v977)
if v978: pass
del v979
v980 = 980
v981 += v980
print(v982)
if v983: pass
del v984
v985 = 985
v986 += v985
print(v987)
if v988: pass
del v989
v990 = 990
v991 += v990
print(v992)
if v993: pass
del v994
v995 = 995
v996 += v995
print(v997)
if v998: pass
del v999
v1000 = 1000
v1001 += v1000
print(v1002)
if v1003: pass
del v1004
v1005 = 1005
v1006 += v1005
print(v1007)
if v1008: pass
del v1009
v1010 = 1010
v1011 += v1010
print(v1012)
if v1013: pass
del v1014
v1015 = 1015
v1016 += v1015
print(v1017)
if v1018: pass
del v1019
v1020 = 1020
v1021 += v1020
print(v1022)
if v1023: pass
del v1024
v1025 = 1025
v1026 += v1025
print(v1027)
if v1028: pass
del v1029
v1030 = 1030
v1031 += v1030
print(v1032)
if v1033: pass
del v1034
v1035 = 1035
v1036 += v1035
print(v1037)
if v1038: pass
del v1039
v1040 = 1040
v1041 += v1040
print(v1042)
if v1043: pass
del v1044
v1045 = 1045
v1046 += v1045
print(v1047)
if v1048: pass
del v1049
v1050 = 1050
v1051 += v1050
print(v1052)
if v1053: pass
del v1054
v1055 = 1055
v1056 += v1055
print(v1057)
if v1058: pass
del v1059
v1060 = 1060
v1061 += v1060
print(v1062)
if v1063: pass
del v1064
v1065 = 1065
v1066 += v1065
print(v1067)
if v1068: pass
del v1069
v1070 = 1070
v1071 += v1070
print(v1072)
if v1073: pass
del v1074
v1075 = 1075
v1076 += v1075
print(v1077)
if v1078: pass
del v1079
v1080 = 1080
v1081 += v1080
print(v1082)
if v1083: pass
del v1084
v1085 = 1085
v1086 += v1085
print(v1087)
if v1088: pass
del v1089
v1090 = 1090
v1091 += v1090
print(v1092)
if v1093: pass
del v1094
v1095 = 1095
v1096 += v1095
print(v1097)
if v1098: pass
del v1099
v1100 = 1100
v1101 += v1100
print(v1102)
if v1103: pass
del v1104
v1105 = 1105
v1106 += v1105
print(v1107)
if v1108: pass
del v1109
v1110 = 1110
v1111 += v1110
print(v1112)
if v1113: pass
del v1114
v1115 = 1115
v1116 += v1115
print(v1117)
if v1118: pass
del v1119
v1120 = 1120
v1121 += v1120
print(v1122)
if v1123: pass
del v1124
v1125 = 1125
v1126 += v1125
print(v1127)
if v1128: pass
del v1129
v1130 = 1130
v1131 += v1130
print(v1132)
if v1133: pass
del v1134
v1135 = 1135
v1136 += v1135
print(v1137)
if v1138: pass
del v1139
v1140 = 1140
v1141 += v1140
print(v1142)
if v1143: pass
del v1144
v1145 = 1145
v1146 += v1145
print(v1147)
if v1148: pass
del v1149
v1150 = 1150
v1151 += v1150
print(v1152)
if v1153: pass
del v1154
v1155 = 1155
v1156 += v1155
print(v1157)
if v1158: pass
del v1159
v1160 = 1160
v1161 += v1160
print(v1162)
if v1163: pass
del v1164
v1165 = 1165
v1166 += v1165
print(v1167)
if v1168: pass
del v1169
v1170 = 1170
v1171 += v1170
print(v1172)
if v1173: pass
del v1174
v1175 = 1175
v1176 += v1175
print(v1177)
if v1178: pass
del v1179
v1180 = 1180
v1181 += v1180
print(v1182)
if v1183: pass
del v1184
v1185 = 1185
v1186 += v1185
print(v1187)
if v1188: pass
del v1189
v1190 = 1190
v1191 += v1190
print(v1192)
if v1193: pass
del v1194
v1195 = 1195
v1196 += v1195
print(v1197)
if v1198: pass
del v1199
v1200 = 1200
v1201 += v1200
print(v1202)
if v1203: pass
del v1204
v1205 = 1205
v1206 += v1205
print(v1207)
if v1208: pass
del v1209
v1210 = 1210
v1211 += v1210
print(v1212)
if v1213: pass
del v1214
v1215 = 1215
v1216 += v1215
print(v1217)
if v1218: pass
del v1219
v1220 = 1220
v1221 += v1220
print(v1222)
if v1223: pass
del v1224
v1225 = 1225
v1226 += v1225
print(v1227)
if v1228: pass
del v1229
v1230 = 1230
v1231 += v1230
print(v1232)
if v1233: pass
del v1234
v1235 = 1235
v1236 += v1235
print(v1237)
if v1238: pass
del v1239
v1240 = 1240
v1241 += v1240
print(v1242)
if v1243: pass
del v1244
v1245 = 1245
v1246 += v1245
print(v1247)
if v1248: pass
del v1249
v1250 = 1250
v1251 += v1250
print(v1252)
if v1253: pass
del v1254
v1255 = 1255
v1256 += v1255
print(v1257)
if v1258: pass
del v1259
v1260 = 1260
v1261 += v1260
print(v1262)
if v1263: pass
del v1264
v1265 = 1265
v1266 += v1265
print(v1267)
if v1268: pass
del v1269
v1270 = 1270
v1271 += v1270
print(v1272)
if v1273: pass
del v1274
v1275 = 1275
v1276 += v1275
print(v1277)
if v1278: pass
del v1279
v1280 = 1280
v1281 += v1280
print(v1282)
if v1283: pass
del v1284
v1285 = 1285
v1286 += v1285
print(v1287)
if v1288: pass
del v1289
v1290 = 1290
v1291 += v1290
print(v1292)
if v1293: pass
del v1294
v1295 = 1295
v1296 += v1295
print(v1297)
if v1298: pass
del v1299
v1300 = 1300
v1301 += v1300
print(v1302)
if v1303: pass
del v1304
v1305 = 1305
v1306 += v1305
print(v1307)
if v1308: pass
del v1309
v1310 = 1310
v1311 += v1310
print(v1312)
if v1313: pass
del v1314
v1315 = 1315
v1316 += v1315
print(v1317)
if v1318: pass
del v1319
v1320 = 1320
v1321 += v1320
print(v1322)
if v1323: pass
del v1324
v1325 = 1325
v1326 += v1325
print(v1327)
if v1328: pass
del v1329
v1330 = 1330
v1331 += v1330
print(v1332)
if v1333: pass
del v1334
v1335 = 1335
v1336 += v1335
print(v1337)
if v1338: pass
del v1339
v1340 = 1340
v1341 += v1340
print(v1342)
if v1343: pass
del v1344
v1345 = 1345
v1346 += v1345
print(v1347)
if v1348: pass
del v1349
v1350 = 1350
v1351 += v1350
print(v1352)
if v1353: pass
del v1354
v1355 = 1355
v1356 += v1355
print(v1357)
if v1358: pass
del v1359
v1360 = 1360
v1361 += v1360
print(v1362)
if v1363: pass
del v1364
v1365 = 1365
v1366 += v1365
print(v1367)
if v1368: pass
del v1369
v1370 = 1370
v1371 += v1370
print(v1372)
if v1373: pass
del v1374
v1375 = 1375
v1376 += v1375
print(v1377)
if v1378: pass
del v1379
v1380 = 1380
v1381 += v1380
print(v1382)
if v1383: pass
del v1384
v1385 = 1385
v1386 += v1385
print(v1387)
if v1388: pass
del v1389
v1390 = 1390
v1391 += v1390
print(v1392)
if v1393: pass
del v1394
v1395 = 1395
v1396 += v1395
print(v1397)
if v1398: pass
del v1399
v1400 = 1400
v1401 += v1400
print(v1402)
if v1403: pass
del v1404
v1405 = 1405
v1406 += v1405
print(v1407)
if v1408: pass
del v1409
v1410 = 1410
v1411 += v1410
print(v1412)
if v1413: pass
del v1414
v1415 = 1415
v1416 += v1415
print(v1417)
if v1418: pass
del v1419
v1420 = 1420
v1421 += v1420
print(v1422)
if v1423: pass
del v1424
v1425 = 1425
v1426 += v1425
print(v1427)
if v1428: pass
del v1429
v1430 = 1430
v1431 += v1430
print(v1432)
if v1433: pass
del v1434
v1435 = 1435
v1436 += v1435
print(v1437)
if v1438: pass
del v1439
v1440 = 1440
v1441 += v1440
print(v1442)
if v1443: pass
del v1444
v1445 = 1445
v1446 += v1445
print(v1447)
if v1448: pass
del v1449
v1450 = 1450
v1451 += v1450
print(v1452)
if v1453: pass
del v1454
v1455 = 1455
v1456 += v1455
print(v1457)
if v1458: pass
del v1459
v1460 = 1460
v1461 += v1460
print(v1462)
if v1463: pass
del v1464
v1465 = 1465
v1466 += v1465
print(v1467)
if v1468: pass
del v1469
v1470 = 1470
v1471 += v1470
print(v1472)
if v1473: pass
del v1474
v1475 = 1475
v1476 += v1475
print(v1477)
if v1478: pass
del v1479
v1480 = 1480
v1481 += v1480
print(v1482)
if v1483: pass
del v1484
v1485 = 1485
v1486 += v1485
print(v1487)
if v1488: pass
del v1489
v1490 = 1490
v1491 += v1490
print(v1492)
if v1493: pass
del v1494
v1495 = 1495
v1496 += v1495
print(v1497)
if v1498: pass
del v1499
v1500 = 1500
v1501 += v1500
print(v1502)
if v1503: pass
del v1504
v1505 = 1505
v1506 += v1505
print(v1507)
if v1508: pass
del v1509
v1510 = 1510
v1511 += v1510
print(v1512)
if v1513: pass
del v1514
v1515 = 1515
v1516 += v1515
print(v1517)
if v1518: pass
del v1519
v1520 = 1520
v1521 += v1520
print(v1522)
if v1523: pass
del v1524
v1525 = 1525
v1526 += v1525
print(v1527)
if v1528: pass
del v1529
v1530 = 1530
v1531 += v1530
print(v1532)
if v1533: pass
del v1534
v1535 = 1535
v1536 += v1535
print(v1537)
if v1538: pass
del v1539
v1540 = 1540
v1541 += v1540
print(v1542)
if v1543: pass
del v1544
v1545 = 1545
v1546 += v1545
print(v1547)
if v1548: pass
del v1549
v1550 = 1550
v1551 += v1550
print(v1552)
if v1553: pass
del v1554
v1555 = 1555
v1556 += v1555
print(v1557)
if v1558: pass
del v1559
v1560 = 1560
v1561 += v1560
print(v1562)
if v1563: pass
del v1564
v1565 = 1565
v1566 += v1565
print(v1567)
if v1568: pass
del v1569
v1570 = 1570
v1571 += v1570
print(v1572)
if v1573: pass
del v1574
v1575 = 1575
v1576 += v1575
print(v1577)
if v1578: pass
del v1579
v1580 = 1580
v1581 += v1580
print(v1582)
if v1583: pass
del v1584
v1585 = 1585
v1586 += v1585
print(v1587)
if v1588: pass
del v1589
v1590 = 1590
v1591 += v1590
print(v1592)
if v1593: pass
del v1594
v1595 = 1595
v1596 += v1595
print(v1597)
if v1598: pass
del v1599
v1600 = 1600
v1601 += v1600
print(v1602)
if v1603: pass
del v1604
v1605 = 1605
v1606 += v1605
print(v1607)
if v1608: pass
del v1609
v1610 = 1610
v1611 += v1610
print(v1612)
if v1613: pass
del v1614
v1615 = 1615
v1616 += v1615
print(v1617)
if v1618: pass
del v1619
v1620 = 1620
v1621 += v1620
print(v1622)
if v1623: pass
del v1624
v1625 = 1625
v1626 += v1625
print(v1627)
if v1628: pass
del v1629
v1630 = 1630
v1631 += v1630
print(v1632)
if v1633: pass
del v1634
v1635 = 1635
v1636 += v1635
print(v1637)
if v1638: pass
del v1639
v1640 = 1640
v1641 += v1640
print(v1642)
if v1643: pass
del v1644
v1645 = 1645
v1646 += v1645
print(v1647)
if v1648: pass
del v1649
v1650 = 1650
v1651 += v1650
print(v1652)
if v1653: pass
del v1654
v1655 = 1655
v1656 += v1655
print(v1657)
if v1658: pass
del v1659
v1660 = 1660
v1661 += v1660
print(v1662)
if v1663: pass
del v1664
v1665 = 1665
v1666 += v1665
print(v1667)
if v1668: pass
del v1669
v1670 = 1670
v1671 += v1670
print(v1672)
if v1673: pass
del v1674
v1675 = 1675
v1676 += v1675
print(v1677)
if v1678: pass
del v1679
v1680 = 1680
v1681 += v1680
print(v1682)
if v1683: pass
del v1684
v1685 = 1685
v1686 += v1685
print(v1687)
if v1688: pass
del v1689
v1690 = 1690
v1691 += v1690
print(v1692)
if v1693: pass
del v1694
v1695 = 1695
v1696 += v1695
print(v1697)
if v1698: pass
del v1699
v1700 = 1700
v1701 += v1700
print(v1702)
if v1703: pass
del v1704
v1705 = 1705
v1706 += v1705
print(v1707)
if v1708: pass
del v1709
v1710 = 1710
v1711 += v1710
print(v1712)
if v1713: pass
del v1714
v1715 = 1715
v1716 += v1715
print(v1717)
if v1718: pass
del v1719
v1720 = 1720
v1721 += v1720
print(v1722)
if v1723: pass
del v1724
v1725 = 1725
v1726 += v1725
print(v1727)
if v1728: pass
del v1729
v1730 = 1730
v1731 += v1730
print(v1732)
if v1733: pass
del v1734
v1735 = 1735
v1736 += v1735
print(v1737)
if v1738: pass
del v1739
v1740 = 1740
v1741 += v1740
print(v1742)
if v1743: pass
del v1744
v1745 = 1745
v1746 += v1745
print(v1747)
if v1748: pass
del v1749
v1750 = 1750
v1751 += v1750
print(v1752)
if v1753: pass
del v1754
v1755 = 1755
v1756 += v1755
print(v1757)
if v1758: pass
del v1759
v1760 = 1760
v1761 += v1760
print(v1762)
if v1763: pass
del v1764
v1765 = 1765
v1766 += v1765
print(v1767)
if v1768: pass
del v1769
v1770 = 1770
v1771 += v1770
print(v1772)
if v1773: pass
del v1774
v1775 = 1775
v1776 += v1775
print(v1777)
if v1778: pass
del v1779
v1780 = 1780
v1781 += v1780
print(v1782)
if v1783: pass
del v1784
v1785 = 1785
v1786 += v1785
print(v1787)
if v1788: pass
del v1789
v1790 = 1790
v1791 += v1790
print(v1792)
if v1793: pass
del v1794
v1795 = 1795
v1796 += v1795
print(v1797)
if v1798: pass
del v1799
v1800 = 1800
v1801 += v1800
print(v1802)
if v1803: pass
del v1804
v1805 = 1805
v1806 += v1805
print(v1807)
if v1808: pass
del v1809
v1810 = 1810
v1811 += v1810
print(v1812)
if v1813: pass
del v1814
v1815 = 1815
v1816 += v1815
print(v1817)
if v1818: pass
del v1819
v1820 = 1820
v1821 += v1820
print(v1822)
if v1823: pass
del v1824
v1825 = 1825
v1826 += v1825
print(v1827)
if v1828: pass
del v1829
v1830 = 1830
v1831 += v1830
print(v1832)
if v1833: pass
del v1834
v1835 = 1835
v1836 += v1835
print(v1837)
if v1838: pass
del v1839
v1840 = 1840
v1841 += v1840
print(v1842)
if v1843: pass
del v1844
v1845 = 1845
v1846 += v1845
print(v1847)
if v1848: pass
del v1849
v1850 = 1850
v1851 += v1850
print(v1852)
if v1853: pass
del v1854
v1855 = 1855
v1856 += v1855
print(v1857)
if v1858: pass
del v1859
v1860 = 1860
v1861 += v1860
print(v1862)
if v1863: pass
del v1864
v1865 = 1865
v1866 += v1865
print(v1867)
if v1868: pass
del v1869
v1870 = 1870
v1871 += v1870
print(v1872)
if v1873: pass
del v1874
v1875 = 1875
v1876 += v1875
print(v1877)
if v1878: pass
del v1879
v1880 = 1880
v1881 += v1880
print(v1882)
if v1883: pass
del v1884
v1885 = 1885
v1886 += v1885
print(v1887)
if v1888: pass
del v1889
v1890 = 1890
v1891 += v1890
print(v1892)
if v1893: pass
del v1894
v1895 = 1895
v1896 += v1895
print(v1897)
if v1898: pass
del v1899
v1900 = 1900
v1901 += v1900
print(v1902)
if v1903: pass
del v1904
v1905 = 1905
v1906 += v1905
print(v1907)
if v1908: pass
del v1909
v1910 = 1910
v1911 += v1910
print(v1912)
if v1913: pass
del v1914
v1915 = 1915
v1916 += v1915
print(v1917)
if v1918: pass
del v1919
v1920 = 1920
v1921 += v1920
print(v1922)
if v1923: pass
del v1924
v1925 = 1925
v1926 += v1925
print(v1927)
if v1928: pass
del v1929
v1930 = 1930
v1931 += v1930
print(v1932)
if v1933: pass
del v1934
v1935 = 1935
v1936 += v1935
print(v1937)
if v1938: pass
del v1939
v1940 = 1940
v1941 += v1940
print(v1942)
if v1943: pass
del v1944
v1945 = 1945
v1946 += v1945
print(v1947)
if v1948: pass
del v1949
v1950 = 1950
v1951 += v1950
print(v1952)
if v1953: pass
del v1954
v1955 = 1955
v1956 += v1955
print(v1957)
if v1958: pass
del v1959
v1960 = 1960
v1961 += v1960
print(v1962)
if v1963: pass
del v1964
v1965 = 1965
v1966 += v1965
print(v1967)
if v1968: pass
del v1969
v1970 = 1970
v1971 += v1970
print(v1972)
if v1973: pass
del v1974
v1975 = 1975
v1976 += v1975
print(v1977)
if v1978: pass
del v1979
v1980 = 1980
v1981 += v1980
print(v1982)
if v1983: pass
del v1984
v1985 = 1985
v1986 += v1985
print(v1987)
if v1988: pass
del v1989
v1990 = 1990
v1991 += v1990
print(v1992)
if v1993: pass
del v1994
v1995 = 1995
v1996 += v1995
print(v1997)
if v1998: pass
del v1999
v2000 = 2000
