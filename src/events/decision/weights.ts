// Written by `npm run train` (scripts/train-events.ts) from 1133 documents; do not edit by hand.
// Cross-validated (5 folds by document) at the threshold below: precision 0.478, recall 0.426.
import type { DecisionWeights } from './model.js';

export const DECISION_WEIGHTS: DecisionWeights = {
 "event": {
  "features": {
   "weight": [
    0.604392,
    0.199941,
    0.131646
   ],
   "handConfidence": [
    0.642926,
    0.290395,
    0.735702
   ],
   "sentenceIndex": [
    1.240775,
    1.387727,
    0.375823
   ],
   "dateQuality": [
    0.778249,
    0.310487,
    0.331923
   ],
   "placeQuality": [
    0.751613,
    0.358234,
    0.005657
   ],
   "mentions": [
    0.221365,
    0.380278,
    -0.006827
   ],
   "anchorTimex": [
    0.700922,
    0.457854,
    0.05387
   ],
   "anchorPlace": [
    0.641014,
    0.479703,
    0.341594
   ],
   "anchorReferent": [
    0.121198,
    0.326357,
    -0.052341
   ],
   "anchorPerson": [
    0.193088,
    0.394721,
    -0.17378
   ],
   "anchorDeed": [
    0.461751,
    0.498535,
    0.122127
   ],
   "weakTrigger": [
    0.139171,
    0.346124,
    -0.140504
   ],
   "lastResort": [
    0.017972,
    0.132851,
    0.077899
   ],
   "hasSource": [
    0.285253,
    0.451535,
    -0.232363
   ],
   "hasActor1": [
    0.729954,
    0.443983,
    0.064391
   ],
   "hasTarget": [
    0.110599,
    0.313635,
    -0.050905
   ],
   "fatalities": [
    0.052535,
    0.223102,
    -0.11417
   ],
   "injuries": [
    0.043779,
    0.204603,
    0.12363
   ],
   "instruments": [
    0.169585,
    0.375268,
    0.18249
   ],
   "inQuote": [
    0.050691,
    0.219366,
    -0.267313
   ],
   "dateTimex": [
    0.814286,
    0.388876,
    -0.013352
   ],
   "dateReport": [
    0.185714,
    0.388876,
    0.013352
   ],
   "dateYear": [
    0.052074,
    0.222176,
    0.027222
   ],
   "dateMonth": [
    0.045622,
    0.208664,
    0.133898
   ],
   "placeCountry": [
    0.04977,
    0.217469,
    0.143711
   ],
   "placeSettlement": [
    0.763134,
    0.42516,
    0.078036
   ],
   "noPlace": [
    0.117512,
    0.322029,
    0.490729
   ],
   "placeInUaRu": [
    0.784793,
    0.410966,
    0.146873
   ],
   "triggerNoun": [
    0.282488,
    0.45021,
    0.071349
   ],
   "triggerVerb": [
    0.625806,
    0.483914,
    0.22292
   ],
   "triggerCapitalised": [
    0.080184,
    0.271578,
    0.104467
   ],
   "sentenceLength": [
    3.156303,
    0.584567,
    0.201874
   ],
   "sameSentenceCandidates": [
    0.17572,
    0.327831,
    -0.198394
   ],
   "cue:modal": [
    0.158065,
    0.364801,
    -0.084845
   ],
   "cue:conditional": [
    0.015668,
    0.124188,
    0.067669
   ],
   "cue:opinion": [
    0.058065,
    0.233865,
    -0.117494
   ],
   "cue:demand": [
    0.05023,
    0.21842,
    0.042829
   ],
   "cue:negation": [
    0.065438,
    0.247297,
    -0.078044
   ],
   "cue:history": [
    0.017972,
    0.132851,
    -0.119935
   ],
   "cue:firstPerson": [
    0.069585,
    0.254447,
    -0.090829
   ],
   "cue:speech": [
    0.220737,
    0.414744,
    0.298486
   ],
   "cue:war": [
    0.639631,
    0.480107,
    -0.173511
   ],
   "docWarDensity": [
    38.276035,
    37.733073,
    0.385957
   ],
   "docUaRuPlaces": [
    2.151046,
    1.218781,
    0.049987
   ],
   "docCandidates": [
    1.675011,
    0.898261,
    0.447611
   ],
   "docLength": [
    5.038622,
    1.802923,
    -0.992582
   ],
   "docTopicWords": [
    2.927361,
    1.475535,
    -0.530532
   ],
   "docTopicDensity": [
    81.487306,
    29.799612,
    0.120069
   ],
   "docOffTopicMass": [
    0.230496,
    0.739883,
    0.187004
   ],
   "typeRank": [
    0.425304,
    0.303202,
    -0.085486
   ],
   "modality:asserted": [
    0.597235,
    0.490454,
    0.08761
   ],
   "modality:claimed": [
    0.131797,
    0.33827,
    -0.125672
   ],
   "modality:negated": [
    0.01659,
    0.127729,
    0.049326
   ],
   "modality:planned": [
    0.105069,
    0.306642,
    0.121741
   ],
   "modality:hypothetical": [
    0.013825,
    0.116764,
    -0.0643
   ],
   "modality:historical": [
    0.131336,
    0.337768,
    -0.257364
   ],
   "type:territory.capture": [
    0.029032,
    0.167897,
    0.023411
   ],
   "type:territory.recapture": [
    0.013364,
    0.114828,
    0.162382
   ],
   "type:battle.armed-clash": [
    0.181106,
    0.385106,
    0.108011
   ],
   "type:strike.air": [
    0.023502,
    0.151492,
    0.067932
   ],
   "type:strike.drone": [
    0.009217,
    0.09556,
    0.071923
   ],
   "type:strike.missile": [
    0.02765,
    0.163967,
    -0.142994
   ],
   "type:strike.shelling": [
    0.22765,
    0.419315,
    -0.099226
   ],
   "type:explosive.mine": [
    0.010138,
    0.100177,
    -0.084521
   ],
   "type:explosion.unspecified": [
    0.009677,
    0.097897,
    -0.098623
   ],
   "type:violence.attack-civilians": [
    0.01106,
    0.104583,
    -0.047735
   ],
   "type:weapons.disrupted": [
    0.012903,
    0.112857,
    -0.201527
   ],
   "type:retreat.withdrawal": [
    0.015668,
    0.124188,
    -0.236355
   ],
   "type:group.change": [
    0.010138,
    0.100177,
    0.096605
   ],
   "type:military.deployment": [
    0.013364,
    0.114828,
    0.017783
   ],
   "type:military.presence": [
    0.023502,
    0.151492,
    -0.002577
   ],
   "type:agreement": [
    0.015207,
    0.122377,
    -0.120843
   ],
   "type:visit": [
    0.018433,
    0.134512,
    -0.081508
   ],
   "type:visit.meeting": [
    0.05023,
    0.21842,
    0.039014
   ],
   "type:decision": [
    0.043318,
    0.203572,
    -0.060756
   ],
   "type:decision.aid": [
    0.03318,
    0.179106,
    -0.133254
   ],
   "type:decision.vote": [
    0.010138,
    0.100177,
    0.073184
   ],
   "type:statement": [
    0.067281,
    0.250508,
    -0.094709
   ],
   "type:infrastructure.damage": [
    0.087558,
    0.28265,
    -0.05782
   ],
   "type:casualties.report": [
    0.015668,
    0.124188,
    -0.002425
   ],
   "rule:protest": [
    0.010138,
    0.100177,
    -0.102839
   ],
   "rule:capture": [
    0.019355,
    0.137769,
    -0.055801
   ],
   "rule:liberate": [
    0.011521,
    0.106715,
    -0.231743
   ],
   "rule:withdraw": [
    0.009677,
    0.097897,
    0.123252
   ],
   "rule:deploy troops": [
    0.013364,
    0.114828,
    0.017783
   ],
   "rule:presence": [
    0.010599,
    0.102405,
    0.008358
   ],
   "rule:forces seen": [
    0.012903,
    0.112857,
    -0.011043
   ],
   "rule:agree": [
    0.009217,
    0.09556,
    0.035881
   ],
   "rule:visit": [
    0.015668,
    0.124188,
    0.018325
   ],
   "rule:talks": [
    0.031797,
    0.17546,
    0.124553
   ],
   "rule:meet": [
    0.01106,
    0.104583,
    0.005832
   ],
   "rule:aid delivery": [
    0.019355,
    0.137769,
    -0.101044
   ],
   "rule:send weapons": [
    0.013825,
    0.116764,
    -0.085179
   ],
   "rule:vote": [
    0.010138,
    0.100177,
    0.073184
   ],
   "rule:order": [
    0.028571,
    0.166599,
    -0.043434
   ],
   "rule:decision": [
    0.014747,
    0.120537,
    -0.042577
   ],
   "rule:statement": [
    0.067281,
    0.250508,
    -0.094709
   ],
   "rule:shelling": [
    0.15023,
    0.357297,
    0.270905
   ],
   "rule:armed clash": [
    0.067742,
    0.251303,
    -0.277532
   ],
   "rule:fighting": [
    0.023502,
    0.151492,
    -0.02278
   ],
   "rule:ground attack": [
    0.015207,
    0.122377,
    -0.280916
   ],
   "rule:use weapons against": [
    0.020737,
    0.142504,
    0.111201
   ],
   "rule:advance": [
    0.009677,
    0.097897,
    0.096709
   ],
   "rule:fire at": [
    0.039171,
    0.194,
    0.011231
   ],
   "rule:strike / hit": [
    0.056221,
    0.230348,
    -0.133935
   ],
   "rule:launch": [
    0.009677,
    0.097897,
    -0.017037
   ],
   "rule:attack": [
    0.028571,
    0.166599,
    -0.08582
   ],
   "rule:explosion": [
    0.010138,
    0.100177,
    0.187666
   ],
   "rule:destroy": [
    0.028571,
    0.166599,
    0.04296
   ],
   "rule:killed (passive)": [
    0.011521,
    0.106715,
    -0.097301
   ],
   "rule:bodies": [
    0.009217,
    0.09556,
    0.003596
   ],
   "rule:damage": [
    0.052074,
    0.222176,
    0.109391
   ],
   "rule:fire": [
    0.012903,
    0.112857,
    0.235828
   ],
   "listedPlace": [
    0.065899,
    0.248105,
    -0.200378
   ]
  },
  "bias": 1.385268
 },
 "topic": {
  "features": {
   "docTopicDensity": [
    75.311499,
    39.753275,
    0.568008
   ],
   "docOffTopicMass": [
    0.683369,
    1.500777,
    -2.954737
   ],
   "docTopicWords": [
    1.741099,
    1.192603,
    -0.085744
   ],
   "docLength": [
    3.72215,
    1.460001,
    -4.041723
   ],
   "docUaRuPlaces": [
    1.16101,
    0.924122,
    2.245012
   ],
   "docWarDensity": [
    47.848456,
    49.483023,
    -0.114063
   ]
  },
  "bias": 12.385717
 },
 "threshold": 0.2
};
