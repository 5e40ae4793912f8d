// Written by `npm run train` (scripts/train-events.ts) from 1133 documents; do not edit by hand.
// Cross-validated (5 folds by document) at the threshold below: precision 0.578, recall 0.604.
import type { DecisionWeights } from './model.js';

export const DECISION_WEIGHTS: DecisionWeights = {
 "event": {
  "features": {
   "weight": [
    0.602802,
    0.199859,
    0.217873
   ],
   "handConfidence": [
    0.633047,
    0.28198,
    1.059017
   ],
   "sentenceIndex": [
    1.328882,
    1.372396,
    0.632525
   ],
   "dateQuality": [
    0.750509,
    0.312898,
    0.326126
   ],
   "placeQuality": [
    0.766029,
    0.357205,
    -0.279451
   ],
   "mentions": [
    0.176082,
    0.336964,
    -0.063174
   ],
   "anchorTimex": [
    0.640733,
    0.479786,
    -0.15255
   ],
   "anchorPlace": [
    0.674134,
    0.468697,
    0.593459
   ],
   "anchorReferent": [
    0.118126,
    0.322758,
    -0.004895
   ],
   "anchorPerson": [
    0.180855,
    0.384898,
    -0.221931
   ],
   "anchorDeed": [
    0.459063,
    0.498321,
    -0.193041
   ],
   "weakTrigger": [
    0.134012,
    0.340665,
    0.032745
   ],
   "lastResort": [
    0.015479,
    0.123446,
    0.165852
   ],
   "hasSource": [
    0.281874,
    0.449912,
    -0.057368
   ],
   "hasActor1": [
    0.738086,
    0.439676,
    0.148776
   ],
   "hasTarget": [
    0.116904,
    0.321306,
    -0.035665
   ],
   "fatalities": [
    0.05336,
    0.224751,
    -0.137104
   ],
   "injuries": [
    0.039104,
    0.193842,
    0.273056
   ],
   "instruments": [
    0.154379,
    0.361311,
    0.111043
   ],
   "inQuote": [
    0.043585,
    0.204169,
    -0.177349
   ],
   "dateTimex": [
    0.804481,
    0.3966,
    0.006971
   ],
   "dateReport": [
    0.195519,
    0.3966,
    -0.006971
   ],
   "dateYear": [
    0.050102,
    0.218155,
    -0.137102
   ],
   "dateMonth": [
    0.037475,
    0.189922,
    -0.029145
   ],
   "placeCountry": [
    0.167413,
    0.373345,
    0.286877
   ],
   "placeSettlement": [
    0.670876,
    0.469895,
    0.192715
   ],
   "noPlace": [
    0.094501,
    0.292524,
    0.413859
   ],
   "placeInUaRu": [
    0.782485,
    0.412556,
    -0.123249
   ],
   "triggerNoun": [
    0.286354,
    0.452057,
    0.079691
   ],
   "triggerVerb": [
    0.630957,
    0.482546,
    0.389259
   ],
   "triggerCapitalised": [
    0.07169,
    0.257975,
    0.101063
   ],
   "sentenceLength": [
    3.204334,
    0.575322,
    0.131936
   ],
   "sameSentenceCandidates": [
    0.196299,
    0.344137,
    -0.17244
   ],
   "cue:modal": [
    0.151935,
    0.358958,
    -0.023807
   ],
   "cue:conditional": [
    0.015479,
    0.123446,
    0.033125
   ],
   "cue:opinion": [
    0.05947,
    0.236503,
    -0.208289
   ],
   "cue:demand": [
    0.046029,
    0.209547,
    -0.035447
   ],
   "cue:negation": [
    0.062729,
    0.242475,
    -0.137968
   ],
   "cue:history": [
    0.015071,
    0.121837,
    -0.188004
   ],
   "cue:firstPerson": [
    0.065988,
    0.248261,
    -0.070417
   ],
   "cue:speech": [
    0.26558,
    0.441642,
    0.163209
   ],
   "cue:war": [
    0.668839,
    0.470631,
    -0.107351
   ],
   "docWarDensity": [
    38.280921,
    35.777898,
    0.098246
   ],
   "docUaRuPlaces": [
    2.349048,
    1.281503,
    0.352151
   ],
   "docCandidates": [
    1.876834,
    0.989593,
    0.262915
   ],
   "docLength": [
    5.161154,
    1.75189,
    -1.421195
   ],
   "docTopicWords": [
    3.042251,
    1.438699,
    -0.2241
   ],
   "docTopicDensity": [
    82.931775,
    28.709196,
    0.249905
   ],
   "docOffTopicMass": [
    0.204634,
    0.699479,
    0.351715
   ],
   "typeRank": [
    0.442151,
    0.312538,
    -0.118302
   ],
   "modality:asserted": [
    0.584114,
    0.492874,
    0.082401
   ],
   "modality:claimed": [
    0.171487,
    0.376934,
    -0.136891
   ],
   "modality:negated": [
    0.017108,
    0.129674,
    -0.037134
   ],
   "modality:planned": [
    0.083503,
    0.276641,
    0.085419
   ],
   "modality:hypothetical": [
    0.014664,
    0.120204,
    -0.022578
   ],
   "modality:historical": [
    0.125458,
    0.331238,
    -0.493233
   ],
   "type:territory.capture": [
    0.039919,
    0.195768,
    0.0903
   ],
   "type:territory.recapture": [
    0.018737,
    0.135596,
    0.089553
   ],
   "type:battle.armed-clash": [
    0.210591,
    0.407728,
    0.328152
   ],
   "type:strike.air": [
    0.021589,
    0.145336,
    0.084102
   ],
   "type:strike.drone": [
    0.008147,
    0.08989,
    0.35184
   ],
   "type:strike.missile": [
    0.026884,
    0.161744,
    -0.089388
   ],
   "type:strike.shelling": [
    0.204481,
    0.403322,
    -0.179832
   ],
   "type:explosive.mine": [
    0.008554,
    0.092091,
    -0.006734
   ],
   "type:explosion.unspecified": [
    0.008147,
    0.08989,
    0.013222
   ],
   "type:violence.attack-civilians": [
    0.009369,
    0.096337,
    -0.05978
   ],
   "type:protest.peaceful": [
    0.008147,
    0.08989,
    -0.072419
   ],
   "type:weapons.disrupted": [
    0.011405,
    0.106185,
    -0.15793
   ],
   "type:retreat.withdrawal": [
    0.014257,
    0.118547,
    -0.236268
   ],
   "type:military.deployment": [
    0.021589,
    0.145336,
    0.243628
   ],
   "type:military.presence": [
    0.020367,
    0.141251,
    0.04551
   ],
   "type:agreement": [
    0.015479,
    0.123446,
    -0.198502
   ],
   "type:visit": [
    0.021589,
    0.145336,
    -0.154837
   ],
   "type:visit.meeting": [
    0.045214,
    0.207773,
    0.027738
   ],
   "type:decision": [
    0.041955,
    0.200487,
    0.182727
   ],
   "type:decision.aid": [
    0.029735,
    0.169856,
    -0.14848
   ],
   "type:decision.vote": [
    0.008147,
    0.08989,
    0.058679
   ],
   "type:statement": [
    0.060285,
    0.238014,
    -0.1259
   ],
   "type:infrastructure.damage": [
    0.084318,
    0.277864,
    -0.048804
   ],
   "type:casualties.report": [
    0.028106,
    0.165275,
    -0.0375
   ],
   "rule:protest": [
    0.008554,
    0.092091,
    0.044147
   ],
   "rule:capture": [
    0.020774,
    0.142627,
    0.024333
   ],
   "rule:gains": [
    0.012627,
    0.111659,
    -0.103221
   ],
   "rule:liberate": [
    0.01222,
    0.109866,
    -0.113402
   ],
   "rule:withdraw": [
    0.010183,
    0.100397,
    -0.003006
   ],
   "rule:deploy troops": [
    0.017923,
    0.13267,
    -0.060618
   ],
   "rule:presence": [
    0.009369,
    0.096337,
    0.067963
   ],
   "rule:forces seen": [
    0.010998,
    0.104293,
    -0.001142
   ],
   "rule:agree": [
    0.009776,
    0.098389,
    0.069459
   ],
   "rule:visit": [
    0.011813,
    0.108042,
    0.047942
   ],
   "rule:talks": [
    0.028513,
    0.166434,
    0.0045
   ],
   "rule:meet": [
    0.009776,
    0.098389,
    -0.039042
   ],
   "rule:aid delivery": [
    0.018737,
    0.135596,
    -0.051947
   ],
   "rule:send weapons": [
    0.010998,
    0.104293,
    -0.174283
   ],
   "rule:vote": [
    0.008147,
    0.08989,
    0.058679
   ],
   "rule:order": [
    0.026477,
    0.160548,
    -0.304952
   ],
   "rule:decision": [
    0.013849,
    0.116865,
    -0.236336
   ],
   "rule:statement": [
    0.034216,
    0.181783,
    -0.041455
   ],
   "rule:warning or speech": [
    0.026069,
    0.159341,
    -0.140769
   ],
   "rule:shelling": [
    0.133198,
    0.339788,
    0.298146
   ],
   "rule:artillery fire": [
    0.008554,
    0.092091,
    0.01974
   ],
   "rule:repel": [
    0.025255,
    0.156897,
    0.033157
   ],
   "rule:armed clash": [
    0.058656,
    0.234979,
    -0.438438
   ],
   "rule:fighting": [
    0.029328,
    0.168724,
    -0.126707
   ],
   "rule:ground attack": [
    0.015071,
    0.121837,
    -0.392045
   ],
   "rule:use weapons against": [
    0.01833,
    0.134142,
    0.13885
   ],
   "rule:advance": [
    0.009776,
    0.098389,
    0.109956
   ],
   "rule:fire at": [
    0.034216,
    0.181783,
    -0.035839
   ],
   "rule:strike / hit": [
    0.052546,
    0.223125,
    -0.022826
   ],
   "rule:launch": [
    0.008961,
    0.094239,
    -0.031046
   ],
   "rule:attack": [
    0.029735,
    0.169856,
    -0.091714
   ],
   "rule:explosion": [
    0.008554,
    0.092091,
    0.18543
   ],
   "rule:destroy": [
    0.029735,
    0.169856,
    0.012551
   ],
   "rule:killed (passive)": [
    0.023218,
    0.150595,
    -0.383529
   ],
   "rule:bodies": [
    0.008554,
    0.092091,
    0.061034
   ],
   "rule:damage": [
    0.047658,
    0.213041,
    0.200163
   ],
   "rule:fire": [
    0.01222,
    0.109866,
    0.397998
   ],
   "listedPlace": [
    0.129124,
    0.335337,
    0.099924
   ],
   "laterInSentence": [
    0.054582,
    0.227163,
    -0.16548
   ],
   "repeatsEarlier": [
    0.051731,
    0.221484,
    -0.206422
   ],
   "dateAge": [
    1.852074,
    2.262579,
    0.343324
   ],
   "dateOlderThanMonth": [
    0.152749,
    0.359746,
    0.071961
   ],
   "dateAfterReport": [
    0.039511,
    0.194808,
    0.034632
   ],
   "near:modal": [
    0.017923,
    0.13267,
    0.036071
   ],
   "near:plan": [
    0.011405,
    0.106185,
    -0.063865
   ],
   "near:possessive": [
    0.028513,
    0.166434,
    -0.198084
   ],
   "near:article": [
    0.060692,
    0.238765,
    0.197561
   ],
   "triggerPresent": [
    0.008554,
    0.092091,
    -0.100523
   ],
   "triggerGerund": [
    0.088798,
    0.284452,
    0.109313
   ],
   "triggerPlural": [
    0.085947,
    0.280286,
    -0.051544
   ],
   "namedDoer": [
    0.098982,
    0.298637,
    0.007684
   ],
   "triggerBareVerb": [
    0.092057,
    0.289106,
    -0.332227
   ],
   "real:violence": [
    0.537271,
    0.498609,
    0.062421
   ],
   "unreal:violence": [
    0.13442,
    0.341103,
    0.043514
   ],
   "real:territory": [
    0.009369,
    0.096337,
    0.049344
   ],
   "real:civil": [
    0.008147,
    0.08989,
    -0.005676
   ],
   "real:political": [
    0.15112,
    0.358166,
    0.204951
   ],
   "unreal:political": [
    0.085132,
    0.279079,
    0.432109
   ]
  },
  "bias": 1.254462
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
