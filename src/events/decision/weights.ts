// Written by `npm run train` (scripts/train-events.ts) from 1133 documents; do not edit by hand.
// Cross-validated (5 folds by document) at the threshold below: precision 0.577, recall 0.604.
import type { DecisionWeights } from './model.js';

export const DECISION_WEIGHTS: DecisionWeights = {
 "event": {
  "features": {
   "weight": [
    0.602802,
    0.199859,
    0.218966
   ],
   "handConfidence": [
    0.633145,
    0.282022,
    1.057025
   ],
   "sentenceIndex": [
    1.328882,
    1.372396,
    0.633561
   ],
   "dateQuality": [
    0.750509,
    0.312898,
    0.323967
   ],
   "placeQuality": [
    0.766029,
    0.357205,
    -0.278893
   ],
   "mentions": [
    0.176082,
    0.336964,
    -0.061915
   ],
   "anchorTimex": [
    0.640733,
    0.479786,
    -0.152985
   ],
   "anchorPlace": [
    0.674134,
    0.468697,
    0.591076
   ],
   "anchorReferent": [
    0.118126,
    0.322758,
    -0.003235
   ],
   "anchorPerson": [
    0.180855,
    0.384898,
    -0.222872
   ],
   "anchorDeed": [
    0.459063,
    0.498321,
    -0.191924
   ],
   "weakTrigger": [
    0.134012,
    0.340665,
    0.032251
   ],
   "lastResort": [
    0.015479,
    0.123446,
    0.164602
   ],
   "hasSource": [
    0.281874,
    0.449912,
    -0.057707
   ],
   "hasActor1": [
    0.738086,
    0.439676,
    0.147346
   ],
   "hasTarget": [
    0.116904,
    0.321306,
    -0.034795
   ],
   "fatalities": [
    0.05336,
    0.224751,
    -0.135503
   ],
   "injuries": [
    0.039104,
    0.193842,
    0.271946
   ],
   "instruments": [
    0.154379,
    0.361311,
    0.113632
   ],
   "inQuote": [
    0.043585,
    0.204169,
    -0.176724
   ],
   "dateTimex": [
    0.804481,
    0.3966,
    0.006735
   ],
   "dateReport": [
    0.195519,
    0.3966,
    -0.006735
   ],
   "dateYear": [
    0.050102,
    0.218155,
    -0.136831
   ],
   "dateMonth": [
    0.037475,
    0.189922,
    -0.030239
   ],
   "placeCountry": [
    0.167413,
    0.373345,
    0.288348
   ],
   "placeSettlement": [
    0.670876,
    0.469895,
    0.195828
   ],
   "noPlace": [
    0.094501,
    0.292524,
    0.414462
   ],
   "placeInUaRu": [
    0.782485,
    0.412556,
    -0.123716
   ],
   "triggerNoun": [
    0.286354,
    0.452057,
    0.078647
   ],
   "triggerVerb": [
    0.630957,
    0.482546,
    0.384511
   ],
   "triggerCapitalised": [
    0.07169,
    0.257975,
    0.100156
   ],
   "sentenceLength": [
    3.204334,
    0.575322,
    0.129424
   ],
   "sameSentenceCandidates": [
    0.196299,
    0.344137,
    -0.170825
   ],
   "cue:modal": [
    0.151935,
    0.358958,
    -0.023055
   ],
   "cue:conditional": [
    0.015479,
    0.123446,
    0.033058
   ],
   "cue:opinion": [
    0.05947,
    0.236503,
    -0.208513
   ],
   "cue:demand": [
    0.046029,
    0.209547,
    -0.034945
   ],
   "cue:negation": [
    0.062729,
    0.242475,
    -0.137592
   ],
   "cue:history": [
    0.015071,
    0.121837,
    -0.186701
   ],
   "cue:firstPerson": [
    0.065988,
    0.248261,
    -0.069998
   ],
   "cue:speech": [
    0.26558,
    0.441642,
    0.163994
   ],
   "cue:war": [
    0.668839,
    0.470631,
    -0.106402
   ],
   "docWarDensity": [
    38.280921,
    35.777898,
    0.101972
   ],
   "docUaRuPlaces": [
    2.349048,
    1.281503,
    0.359
   ],
   "docCandidates": [
    1.876834,
    0.989593,
    0.266014
   ],
   "docLength": [
    5.161154,
    1.75189,
    -1.435401
   ],
   "docTopicWords": [
    3.042251,
    1.438699,
    -0.226625
   ],
   "docTopicDensity": [
    82.931775,
    28.709196,
    0.244766
   ],
   "docOffTopicMass": [
    0.204634,
    0.699479,
    0.348699
   ],
   "typeRank": [
    0.442151,
    0.312538,
    -0.119558
   ],
   "modality:asserted": [
    0.584929,
    0.492734,
    0.080138
   ],
   "modality:claimed": [
    0.171487,
    0.376934,
    -0.134762
   ],
   "modality:negated": [
    0.017108,
    0.129674,
    -0.036502
   ],
   "modality:planned": [
    0.083503,
    0.276641,
    0.083953
   ],
   "modality:hypothetical": [
    0.014664,
    0.120204,
    -0.022992
   ],
   "modality:historical": [
    0.124644,
    0.330314,
    -0.489741
   ],
   "type:territory.capture": [
    0.039919,
    0.195768,
    0.09177
   ],
   "type:territory.recapture": [
    0.018737,
    0.135596,
    0.092382
   ],
   "type:battle.armed-clash": [
    0.210591,
    0.407728,
    0.32877
   ],
   "type:strike.air": [
    0.021589,
    0.145336,
    0.08627
   ],
   "type:strike.drone": [
    0.008147,
    0.08989,
    0.356838
   ],
   "type:strike.missile": [
    0.026884,
    0.161744,
    -0.086467
   ],
   "type:strike.shelling": [
    0.204481,
    0.403322,
    -0.189646
   ],
   "type:explosive.mine": [
    0.008554,
    0.092091,
    -0.006421
   ],
   "type:explosion.unspecified": [
    0.008147,
    0.08989,
    0.014368
   ],
   "type:violence.attack-civilians": [
    0.009369,
    0.096337,
    -0.059386
   ],
   "type:protest.peaceful": [
    0.008147,
    0.08989,
    -0.072341
   ],
   "type:weapons.disrupted": [
    0.011405,
    0.106185,
    -0.158426
   ],
   "type:retreat.withdrawal": [
    0.014257,
    0.118547,
    -0.235928
   ],
   "type:military.deployment": [
    0.021589,
    0.145336,
    0.243543
   ],
   "type:military.presence": [
    0.020367,
    0.141251,
    0.045574
   ],
   "type:agreement": [
    0.015479,
    0.123446,
    -0.198785
   ],
   "type:visit": [
    0.021589,
    0.145336,
    -0.154589
   ],
   "type:visit.meeting": [
    0.045214,
    0.207773,
    0.028308
   ],
   "type:decision": [
    0.041955,
    0.200487,
    0.183029
   ],
   "type:decision.aid": [
    0.029735,
    0.169856,
    -0.148679
   ],
   "type:decision.vote": [
    0.008147,
    0.08989,
    0.058678
   ],
   "type:statement": [
    0.060285,
    0.238014,
    -0.125747
   ],
   "type:infrastructure.damage": [
    0.084318,
    0.277864,
    -0.047558
   ],
   "type:casualties.report": [
    0.028106,
    0.165275,
    -0.037978
   ],
   "rule:protest": [
    0.008554,
    0.092091,
    0.043583
   ],
   "rule:capture": [
    0.020774,
    0.142627,
    0.02408
   ],
   "rule:gains": [
    0.012627,
    0.111659,
    -0.104173
   ],
   "rule:liberate": [
    0.01222,
    0.109866,
    -0.114749
   ],
   "rule:withdraw": [
    0.010183,
    0.100397,
    -0.0038
   ],
   "rule:deploy troops": [
    0.017923,
    0.13267,
    -0.06041
   ],
   "rule:presence": [
    0.009369,
    0.096337,
    0.067472
   ],
   "rule:forces seen": [
    0.010998,
    0.104293,
    -0.000601
   ],
   "rule:agree": [
    0.009776,
    0.098389,
    0.069592
   ],
   "rule:visit": [
    0.011813,
    0.108042,
    0.047743
   ],
   "rule:talks": [
    0.028513,
    0.166434,
    0.00433
   ],
   "rule:meet": [
    0.009776,
    0.098389,
    -0.039191
   ],
   "rule:aid delivery": [
    0.018737,
    0.135596,
    -0.052503
   ],
   "rule:send weapons": [
    0.010998,
    0.104293,
    -0.173884
   ],
   "rule:vote": [
    0.008147,
    0.08989,
    0.058678
   ],
   "rule:order": [
    0.026477,
    0.160548,
    -0.305091
   ],
   "rule:decision": [
    0.013849,
    0.116865,
    -0.236687
   ],
   "rule:statement": [
    0.034216,
    0.181783,
    -0.041572
   ],
   "rule:warning or speech": [
    0.026069,
    0.159341,
    -0.140406
   ],
   "rule:shelling": [
    0.133198,
    0.339788,
    0.307803
   ],
   "rule:artillery fire": [
    0.008554,
    0.092091,
    0.021898
   ],
   "rule:repel": [
    0.025255,
    0.156897,
    0.033313
   ],
   "rule:armed clash": [
    0.058656,
    0.234979,
    -0.440587
   ],
   "rule:fighting": [
    0.029328,
    0.168724,
    -0.125922
   ],
   "rule:ground attack": [
    0.015071,
    0.121837,
    -0.391705
   ],
   "rule:use weapons against": [
    0.01833,
    0.134142,
    0.138536
   ],
   "rule:advance": [
    0.009776,
    0.098389,
    0.109621
   ],
   "rule:fire at": [
    0.034216,
    0.181783,
    -0.03433
   ],
   "rule:strike / hit": [
    0.052546,
    0.223125,
    -0.016755
   ],
   "rule:launch": [
    0.008961,
    0.094239,
    -0.048362
   ],
   "rule:attack": [
    0.029735,
    0.169856,
    -0.091264
   ],
   "rule:explosion": [
    0.008554,
    0.092091,
    0.184669
   ],
   "rule:destroy": [
    0.029735,
    0.169856,
    0.012856
   ],
   "rule:killed (passive)": [
    0.023218,
    0.150595,
    -0.384289
   ],
   "rule:bodies": [
    0.008554,
    0.092091,
    0.061855
   ],
   "rule:damage": [
    0.047658,
    0.213041,
    0.198782
   ],
   "rule:fire": [
    0.01222,
    0.109866,
    0.397852
   ],
   "listedPlace": [
    0.129124,
    0.335337,
    0.100957
   ],
   "laterInSentence": [
    0.054582,
    0.227163,
    -0.16608
   ],
   "repeatsEarlier": [
    0.051731,
    0.221484,
    -0.206118
   ],
   "dateAge": [
    1.84646,
    2.253647,
    0.334319
   ],
   "dateOlderThanMonth": [
    0.151935,
    0.358958,
    0.078532
   ],
   "dateAfterReport": [
    0.039511,
    0.194808,
    0.034207
   ],
   "near:modal": [
    0.017923,
    0.13267,
    0.036044
   ],
   "near:plan": [
    0.011405,
    0.106185,
    -0.063818
   ],
   "near:possessive": [
    0.028513,
    0.166434,
    -0.197465
   ],
   "near:article": [
    0.060692,
    0.238765,
    0.198284
   ],
   "triggerPresent": [
    0.008554,
    0.092091,
    -0.099935
   ],
   "triggerGerund": [
    0.088798,
    0.284452,
    0.107312
   ],
   "triggerPlural": [
    0.085947,
    0.280286,
    -0.051106
   ],
   "namedDoer": [
    0.098982,
    0.298637,
    0.009223
   ],
   "triggerBareVerb": [
    0.092057,
    0.289106,
    -0.330983
   ],
   "real:violence": [
    0.538086,
    0.498547,
    0.058986
   ],
   "unreal:violence": [
    0.133605,
    0.340227,
    0.044331
   ],
   "real:territory": [
    0.009369,
    0.096337,
    0.04942
   ],
   "real:civil": [
    0.008147,
    0.08989,
    -0.004788
   ],
   "real:political": [
    0.15112,
    0.358166,
    0.207728
   ],
   "unreal:political": [
    0.085132,
    0.279079,
    0.433647
   ]
  },
  "bias": 1.253927
 },
 "topic": {
  "features": {
   "docTopicDensity": [
    75.424929,
    39.68877,
    0.429447
   ],
   "docOffTopicMass": [
    0.672409,
    1.47615,
    -2.897461
   ],
   "docTopicWords": [
    1.740883,
    1.189729,
    -0.149774
   ],
   "docLength": [
    3.711373,
    1.451276,
    -3.980581
   ],
   "docUaRuPlaces": [
    1.17596,
    0.953864,
    2.350919
   ],
   "docWarDensity": [
    47.986587,
    49.514688,
    -0.112926
   ]
  },
  "bias": 12.141891
 },
 "threshold": 0.21
};
