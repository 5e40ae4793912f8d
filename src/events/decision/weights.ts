// Written by `npm run train` (scripts/train-events.ts) from 1133 documents; do not edit by hand.
// Cross-validated (5 folds by document) at the threshold below: precision 0.461, recall 0.510.
import type { DecisionWeights } from './model.js';

export const DECISION_WEIGHTS: DecisionWeights = {
 "event": {
  "features": {
   "weight": [
    0.606993,
    0.19946,
    -0.03896
   ],
   "handConfidence": [
    0.643643,
    0.287693,
    1.059474
   ],
   "sentenceIndex": [
    1.259996,
    1.381704,
    0.641968
   ],
   "dateQuality": [
    0.775079,
    0.30939,
    0.394541
   ],
   "placeQuality": [
    0.754266,
    0.357681,
    -0.456676
   ],
   "mentions": [
    0.19927,
    0.362304,
    0.003911
   ],
   "anchorTimex": [
    0.690293,
    0.462373,
    -0.083961
   ],
   "anchorPlace": [
    0.64605,
    0.478194,
    0.623626
   ],
   "anchorReferent": [
    0.118284,
    0.322945,
    -0.044255
   ],
   "anchorPerson": [
    0.18781,
    0.390561,
    -0.209121
   ],
   "anchorDeed": [
    0.460497,
    0.498437,
    0.103143
   ],
   "weakTrigger": [
    0.137246,
    0.344107,
    -0.138264
   ],
   "lastResort": [
    0.017156,
    0.129852,
    0.137997
   ],
   "hasSource": [
    0.294808,
    0.455956,
    -0.26612
   ],
   "hasActor1": [
    0.733183,
    0.442296,
    0.077187
   ],
   "hasTarget": [
    0.109255,
    0.311959,
    -0.041411
   ],
   "fatalities": [
    0.051919,
    0.221863,
    -0.153166
   ],
   "injuries": [
    0.042889,
    0.202608,
    0.14956
   ],
   "instruments": [
    0.1693,
    0.375017,
    0.130333
   ],
   "inQuote": [
    0.04605,
    0.209593,
    -0.20192
   ],
   "dateTimex": [
    0.816253,
    0.387278,
    -0.01778
   ],
   "dateReport": [
    0.183747,
    0.387278,
    0.01778
   ],
   "dateYear": [
    0.051467,
    0.220949,
    0.002552
   ],
   "dateMonth": [
    0.043792,
    0.204633,
    0.120001
   ],
   "placeCountry": [
    0.145372,
    0.352476,
    0.097408
   ],
   "placeSettlement": [
    0.689391,
    0.462743,
    0.155809
   ],
   "noPlace": [
    0.109707,
    0.312524,
    0.249044
   ],
   "placeInUaRu": [
    0.772009,
    0.419537,
    0.021518
   ],
   "triggerNoun": [
    0.281716,
    0.449835,
    0.107496
   ],
   "triggerVerb": [
    0.625734,
    0.483933,
    0.279012
   ],
   "triggerCapitalised": [
    0.07991,
    0.271153,
    0.10196
   ],
   "sentenceLength": [
    3.169444,
    0.583684,
    0.259753
   ],
   "sameSentenceCandidates": [
    0.179271,
    0.330062,
    -0.18376
   ],
   "cue:modal": [
    0.157111,
    0.363905,
    -0.098959
   ],
   "cue:conditional": [
    0.016253,
    0.126446,
    0.006232
   ],
   "cue:opinion": [
    0.060497,
    0.238405,
    -0.181155
   ],
   "cue:demand": [
    0.047404,
    0.212502,
    0.031967
   ],
   "cue:negation": [
    0.063657,
    0.244141,
    -0.060528
   ],
   "cue:history": [
    0.014898,
    0.121146,
    -0.122376
   ],
   "cue:firstPerson": [
    0.06772,
    0.251265,
    -0.117656
   ],
   "cue:speech": [
    0.234312,
    0.423568,
    0.32669
   ],
   "cue:war": [
    0.646501,
    0.478056,
    -0.130448
   ],
   "docWarDensity": [
    38.383165,
    37.342713,
    0.288896
   ],
   "docUaRuPlaces": [
    2.193172,
    1.234545,
    0.190065
   ],
   "docCandidates": [
    1.71299,
    0.916743,
    0.38568
   ],
   "docLength": [
    5.060113,
    1.788025,
    -1.513829
   ],
   "docTopicWords": [
    2.950167,
    1.467781,
    -0.354789
   ],
   "docTopicDensity": [
    81.938574,
    29.571999,
    0.090464
   ],
   "docOffTopicMass": [
    0.225707,
    0.733133,
    0.211637
   ],
   "typeRank": [
    0.432451,
    0.305699,
    -0.316196
   ],
   "modality:asserted": [
    0.590068,
    0.491821,
    -0.091521
   ],
   "modality:claimed": [
    0.145372,
    0.352476,
    -0.265112
   ],
   "modality:negated": [
    0.016253,
    0.126446,
    0.06372
   ],
   "modality:planned": [
    0.09842,
    0.297882,
    0.148913
   ],
   "modality:hypothetical": [
    0.014447,
    0.119324,
    -0.060202
   ],
   "modality:historical": [
    0.131828,
    0.338304,
    -0.322079
   ],
   "type:territory.capture": [
    0.029797,
    0.170026,
    0.058014
   ],
   "type:territory.recapture": [
    0.017607,
    0.131519,
    0.291699
   ],
   "type:battle.armed-clash": [
    0.189165,
    0.391639,
    0.20995
   ],
   "type:strike.air": [
    0.023476,
    0.151411,
    0.135538
   ],
   "type:strike.drone": [
    0.009481,
    0.096907,
    0.102093
   ],
   "type:strike.missile": [
    0.027991,
    0.164947,
    -0.093067
   ],
   "type:strike.shelling": [
    0.223928,
    0.416874,
    -0.116882
   ],
   "type:explosive.mine": [
    0.009932,
    0.099165,
    -0.106305
   ],
   "type:explosion.unspecified": [
    0.009029,
    0.094593,
    -0.131962
   ],
   "type:violence.attack-civilians": [
    0.010835,
    0.103527,
    -0.057076
   ],
   "type:weapons.disrupted": [
    0.012641,
    0.11172,
    -0.229915
   ],
   "type:retreat.withdrawal": [
    0.01535,
    0.12294,
    -0.293588
   ],
   "type:military.deployment": [
    0.019413,
    0.137972,
    0.169966
   ],
   "type:military.presence": [
    0.022573,
    0.148539,
    -0.04292
   ],
   "type:agreement": [
    0.016253,
    0.126446,
    -0.151648
   ],
   "type:visit": [
    0.016704,
    0.128161,
    -0.118483
   ],
   "type:visit.meeting": [
    0.04921,
    0.216306,
    0.066701
   ],
   "type:decision": [
    0.042889,
    0.202608,
    -0.079119
   ],
   "type:decision.aid": [
    0.032054,
    0.176144,
    -0.111297
   ],
   "type:decision.vote": [
    0.009029,
    0.094593,
    0.076874
   ],
   "type:statement": [
    0.066817,
    0.249705,
    -0.109236
   ],
   "type:infrastructure.damage": [
    0.085779,
    0.280037,
    -0.304158
   ],
   "type:casualties.report": [
    0.01535,
    0.12294,
    -0.017794
   ],
   "rule:protest": [
    0.009481,
    0.096907,
    -0.116435
   ],
   "rule:capture": [
    0.021219,
    0.144114,
    -0.041589
   ],
   "rule:liberate": [
    0.01219,
    0.109732,
    -0.279299
   ],
   "rule:withdraw": [
    0.009932,
    0.099165,
    0.128005
   ],
   "rule:deploy troops": [
    0.017607,
    0.131519,
    -0.110418
   ],
   "rule:presence": [
    0.010384,
    0.10137,
    -0.0165
   ],
   "rule:forces seen": [
    0.01219,
    0.109732,
    -0.042856
   ],
   "rule:agree": [
    0.009481,
    0.096907,
    0.018447
   ],
   "rule:visit": [
    0.013995,
    0.117472,
    0.028927
   ],
   "rule:talks": [
    0.031151,
    0.173726,
    0.053264
   ],
   "rule:meet": [
    0.010835,
    0.103527,
    -0.029765
   ],
   "rule:aid delivery": [
    0.019413,
    0.137972,
    -0.04886
   ],
   "rule:send weapons": [
    0.012641,
    0.11172,
    -0.115136
   ],
   "rule:vote": [
    0.009029,
    0.094593,
    0.076874
   ],
   "rule:order": [
    0.028442,
    0.166233,
    -0.065671
   ],
   "rule:decision": [
    0.014447,
    0.119324,
    -0.042854
   ],
   "rule:statement": [
    0.066817,
    0.249705,
    -0.109236
   ],
   "rule:shelling": [
    0.147178,
    0.354284,
    0.294777
   ],
   "rule:armed clash": [
    0.074041,
    0.261837,
    -0.266781
   ],
   "rule:fighting": [
    0.025734,
    0.15834,
    0.000151
   ],
   "rule:ground attack": [
    0.01535,
    0.12294,
    -0.275759
   ],
   "rule:use weapons against": [
    0.020767,
    0.142605,
    0.112925
   ],
   "rule:advance": [
    0.010384,
    0.10137,
    0.069341
   ],
   "rule:fire at": [
    0.038826,
    0.193181,
    -0.00531
   ],
   "rule:strike / hit": [
    0.055079,
    0.228134,
    -0.117399
   ],
   "rule:launch": [
    0.009481,
    0.096907,
    -0.032074
   ],
   "rule:attack": [
    0.027991,
    0.164947,
    -0.075203
   ],
   "rule:explosion": [
    0.009481,
    0.096907,
    0.238363
   ],
   "rule:destroy": [
    0.027991,
    0.164947,
    0.140979
   ],
   "rule:killed (passive)": [
    0.011287,
    0.105638,
    -0.093025
   ],
   "rule:bodies": [
    0.009029,
    0.094593,
    0.010272
   ],
   "rule:damage": [
    0.051016,
    0.22003,
    0.215404
   ],
   "rule:fire": [
    0.012641,
    0.11172,
    0.368596
   ],
   "listedPlace": [
    0.083973,
    0.277347,
    -0.00691
   ]
  },
  "bias": 1.482832
 },
 "topic": {
  "features": {
   "docTopicDensity": [
    75.280886,
    39.784238,
    0.541145
   ],
   "docOffTopicMass": [
    0.684645,
    1.501887,
    -2.936352
   ],
   "docTopicWords": [
    1.737632,
    1.190991,
    -0.065662
   ],
   "docLength": [
    3.717971,
    1.458147,
    -4.034814
   ],
   "docUaRuPlaces": [
    1.161576,
    0.93085,
    2.278357
   ],
   "docWarDensity": [
    47.89626,
    49.512198,
    -0.115914
   ]
  },
  "bias": 12.342602
 },
 "threshold": 0.125
};
