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
