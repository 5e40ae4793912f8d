// Written by `npm run train` (scripts/train-events.ts) from 1133 documents; do not edit by hand.
// Cross-validated (5 folds by document) at the threshold below: precision 0.461, recall 0.508.
import type { DecisionWeights } from './model.js';

export const DECISION_WEIGHTS: DecisionWeights = {
 "event": {
  "features": {
   "weight": [
    0.606993,
    0.19946,
    -0.046716
   ],
   "handConfidence": [
    0.643643,
    0.287693,
    1.075019
   ],
   "sentenceIndex": [
    1.259996,
    1.381704,
    0.646945
   ],
   "dateQuality": [
    0.775079,
    0.30939,
    0.433475
   ],
   "placeQuality": [
    0.754266,
    0.357681,
    -0.461585
   ],
   "mentions": [
    0.19927,
    0.362304,
    -0.000071
   ],
   "anchorTimex": [
    0.690293,
    0.462373,
    -0.102301
   ],
   "anchorPlace": [
    0.64605,
    0.478194,
    0.623596
   ],
   "anchorReferent": [
    0.118284,
    0.322945,
    -0.04443
   ],
   "anchorPerson": [
    0.18781,
    0.390561,
    -0.205336
   ],
   "anchorDeed": [
    0.460497,
    0.498437,
    0.118523
   ],
   "weakTrigger": [
    0.137246,
    0.344107,
    -0.124942
   ],
   "lastResort": [
    0.017156,
    0.129852,
    0.137103
   ],
   "hasSource": [
    0.294808,
    0.455956,
    -0.272844
   ],
   "hasActor1": [
    0.733183,
    0.442296,
    0.078233
   ],
   "hasTarget": [
    0.109255,
    0.311959,
    -0.040204
   ],
   "fatalities": [
    0.051919,
    0.221863,
    -0.154889
   ],
   "injuries": [
    0.042889,
    0.202608,
    0.14774
   ],
   "instruments": [
    0.1693,
    0.375017,
    0.130749
   ],
   "inQuote": [
    0.04605,
    0.209593,
    -0.200303
   ],
   "dateTimex": [
    0.816253,
    0.387278,
    -0.02924
   ],
   "dateReport": [
    0.183747,
    0.387278,
    0.02924
   ],
   "dateYear": [
    0.051467,
    0.220949,
    0.005425
   ],
   "dateMonth": [
    0.043792,
    0.204633,
    0.122548
   ],
   "placeCountry": [
    0.145372,
    0.352476,
    0.091497
   ],
   "placeSettlement": [
    0.689391,
    0.462743,
    0.157368
   ],
   "noPlace": [
    0.109707,
    0.312524,
    0.246948
   ],
   "placeInUaRu": [
    0.772009,
    0.419537,
    0.022282
   ],
   "triggerNoun": [
    0.281716,
    0.449835,
    0.113137
   ],
   "triggerVerb": [
    0.625734,
    0.483933,
    0.264994
   ],
   "triggerCapitalised": [
    0.07991,
    0.271153,
    0.101886
   ],
   "sentenceLength": [
    3.169444,
    0.583684,
    0.261559
   ],
   "sameSentenceCandidates": [
    0.179271,
    0.330062,
    -0.183217
   ],
   "cue:modal": [
    0.157111,
    0.363905,
    -0.100417
   ],
   "cue:conditional": [
    0.016253,
    0.126446,
    0.005159
   ],
   "cue:opinion": [
    0.060497,
    0.238405,
    -0.182008
   ],
   "cue:demand": [
    0.047404,
    0.212502,
    0.028684
   ],
   "cue:negation": [
    0.063657,
    0.244141,
    -0.059238
   ],
   "cue:history": [
    0.014898,
    0.121146,
    -0.120908
   ],
   "cue:firstPerson": [
    0.06772,
    0.251265,
    -0.118361
   ],
   "cue:speech": [
    0.234312,
    0.423568,
    0.329434
   ],
   "cue:war": [
    0.646501,
    0.478056,
    -0.131757
   ],
   "docWarDensity": [
    38.383165,
    37.342713,
    0.290178
   ],
   "docUaRuPlaces": [
    2.193172,
    1.234545,
    0.194206
   ],
   "docCandidates": [
    1.71299,
    0.916743,
    0.38843
   ],
   "docLength": [
    5.060113,
    1.788025,
    -1.511556
   ],
   "docTopicWords": [
    2.950167,
    1.467781,
    -0.364468
   ],
   "docTopicDensity": [
    81.938574,
    29.571999,
    0.09021
   ],
   "docOffTopicMass": [
    0.225707,
    0.733133,
    0.206761
   ],
   "typeRank": [
    0.432451,
    0.305699,
    -0.312878
   ],
   "modality:asserted": [
    0.590068,
    0.491821,
    -0.102413
   ],
   "modality:claimed": [
    0.145372,
    0.352476,
    -0.26787
   ],
   "modality:negated": [
    0.016253,
    0.126446,
    0.064049
   ],
   "modality:planned": [
    0.09842,
    0.297882,
    0.150705
   ],
   "modality:hypothetical": [
    0.014447,
    0.119324,
    -0.060346
   ],
   "modality:historical": [
    0.131828,
    0.338304,
    -0.328536
   ],
   "type:territory.capture": [
    0.029797,
    0.170026,
    0.057834
   ],
   "type:territory.recapture": [
    0.017607,
    0.131519,
    0.292868
   ],
   "type:battle.armed-clash": [
    0.189165,
    0.391639,
    0.205251
   ],
   "type:strike.air": [
    0.023476,
    0.151411,
    0.135619
   ],
   "type:strike.drone": [
    0.009481,
    0.096907,
    0.10198
   ],
   "type:strike.missile": [
    0.027991,
    0.164947,
    -0.093276
   ],
   "type:strike.shelling": [
    0.223928,
    0.416874,
    -0.118851
   ],
   "type:explosive.mine": [
    0.009932,
    0.099165,
    -0.105747
   ],
   "type:explosion.unspecified": [
    0.009029,
    0.094593,
    -0.132662
   ],
   "type:violence.attack-civilians": [
    0.010835,
    0.103527,
    -0.056005
   ],
   "type:weapons.disrupted": [
    0.012641,
    0.11172,
    -0.230127
   ],
   "type:retreat.withdrawal": [
    0.01535,
    0.12294,
    -0.293637
   ],
   "type:military.deployment": [
    0.019413,
    0.137972,
    0.170767
   ],
   "type:military.presence": [
    0.022573,
    0.148539,
    -0.042667
   ],
   "type:agreement": [
    0.016253,
    0.126446,
    -0.155152
   ],
   "type:visit": [
    0.016704,
    0.128161,
    -0.118441
   ],
   "type:visit.meeting": [
    0.04921,
    0.216306,
    0.070146
   ],
   "type:decision": [
    0.042889,
    0.202608,
    -0.078583
   ],
   "type:decision.aid": [
    0.032054,
    0.176144,
    -0.1116
   ],
   "type:decision.vote": [
    0.009029,
    0.094593,
    0.077419
   ],
   "type:statement": [
    0.066817,
    0.249705,
    -0.100781
   ],
   "type:infrastructure.damage": [
    0.085779,
    0.280037,
    -0.300688
   ],
   "type:casualties.report": [
    0.01535,
    0.12294,
    -0.015724
   ],
   "rule:protest": [
    0.009481,
    0.096907,
    -0.117393
   ],
   "rule:capture": [
    0.021219,
    0.144114,
    -0.042693
   ],
   "rule:liberate": [
    0.01219,
    0.109732,
    -0.282138
   ],
   "rule:withdraw": [
    0.009932,
    0.099165,
    0.12872
   ],
   "rule:deploy troops": [
    0.017607,
    0.131519,
    -0.108082
   ],
   "rule:presence": [
    0.010384,
    0.10137,
    -0.016668
   ],
   "rule:forces seen": [
    0.01219,
    0.109732,
    -0.042359
   ],
   "rule:agree": [
    0.009481,
    0.096907,
    0.022936
   ],
   "rule:visit": [
    0.013995,
    0.117472,
    0.003776
   ],
   "rule:talks": [
    0.031151,
    0.173726,
    0.044194
   ],
   "rule:meet": [
    0.010835,
    0.103527,
    -0.030406
   ],
   "rule:aid delivery": [
    0.019413,
    0.137972,
    -0.052358
   ],
   "rule:send weapons": [
    0.012641,
    0.11172,
    -0.111294
   ],
   "rule:vote": [
    0.009029,
    0.094593,
    0.077419
   ],
   "rule:order": [
    0.028442,
    0.166233,
    -0.064967
   ],
   "rule:decision": [
    0.014447,
    0.119324,
    -0.042925
   ],
   "rule:statement": [
    0.066817,
    0.249705,
    -0.100781
   ],
   "rule:shelling": [
    0.147178,
    0.354284,
    0.295636
   ],
   "rule:armed clash": [
    0.074041,
    0.261837,
    -0.267053
   ],
   "rule:fighting": [
    0.025734,
    0.15834,
    0.00315
   ],
   "rule:ground attack": [
    0.01535,
    0.12294,
    -0.277645
   ],
   "rule:use weapons against": [
    0.020767,
    0.142605,
    0.113866
   ],
   "rule:advance": [
    0.010384,
    0.10137,
    0.07125
   ],
   "rule:fire at": [
    0.038826,
    0.193181,
    -0.005929
   ],
   "rule:strike / hit": [
    0.055079,
    0.228134,
    -0.117377
   ],
   "rule:launch": [
    0.009481,
    0.096907,
    -0.032219
   ],
   "rule:attack": [
    0.027991,
    0.164947,
    -0.074667
   ],
   "rule:explosion": [
    0.009481,
    0.096907,
    0.237541
   ],
   "rule:destroy": [
    0.027991,
    0.164947,
    0.14264
   ],
   "rule:killed (passive)": [
    0.011287,
    0.105638,
    -0.09266
   ],
   "rule:bodies": [
    0.009029,
    0.094593,
    0.008933
   ],
   "rule:damage": [
    0.051016,
    0.22003,
    0.215177
   ],
   "rule:fire": [
    0.012641,
    0.11172,
    0.367778
   ],
   "listedPlace": [
    0.083973,
    0.277347,
    -0.009648
   ]
  },
  "bias": 1.484822
 },
 "topic": {
  "features": {
   "docTopicDensity": [
    75.351242,
    39.736173,
    0.536085
   ],
   "docOffTopicMass": [
    0.67796,
    1.486581,
    -2.921763
   ],
   "docTopicWords": [
    1.739256,
    1.190362,
    -0.073702
   ],
   "docLength": [
    3.714121,
    1.453379,
    -4.024681
   ],
   "docUaRuPlaces": [
    1.162014,
    0.931175,
    2.279193
   ],
   "docWarDensity": [
    47.941023,
    49.513664,
    -0.118213
   ]
  },
  "bias": 12.383887
 },
 "threshold": 0.125
};
