// Written by `npm run train` (scripts/train-events.ts) from 1133 documents; do not edit by hand.
// Cross-validated (5 folds by document) at the threshold below: precision 0.516, recall 0.591.
import type { DecisionWeights } from './model.js';

export const DECISION_WEIGHTS: DecisionWeights = {
 "event": {
  "features": {
   "weight": [
    0.610127,
    0.196282,
    -0.005115
   ],
   "handConfidence": [
    0.632864,
    0.288326,
    1.254688
   ],
   "sentenceIndex": [
    1.321214,
    1.384352,
    0.725613
   ],
   "dateQuality": [
    0.757668,
    0.313624,
    0.325601
   ],
   "placeQuality": [
    0.760921,
    0.359161,
    -0.330807
   ],
   "mentions": [
    0.178362,
    0.338263,
    -0.095966
   ],
   "anchorTimex": [
    0.656527,
    0.474868,
    -0.203732
   ],
   "anchorPlace": [
    0.666244,
    0.471554,
    0.541328
   ],
   "anchorReferent": [
    0.117026,
    0.321451,
    0.03998
   ],
   "anchorPerson": [
    0.179552,
    0.383814,
    -0.223891
   ],
   "anchorDeed": [
    0.444867,
    0.496951,
    -0.001581
   ],
   "weakTrigger": [
    0.141529,
    0.348567,
    -0.08806
   ],
   "lastResort": [
    0.016054,
    0.125684,
    0.145334
   ],
   "hasSource": [
    0.320659,
    0.46673,
    -0.188867
   ],
   "hasActor1": [
    0.733418,
    0.442172,
    0.118188
   ],
   "hasTarget": [
    0.113223,
    0.316866,
    -0.011301
   ],
   "fatalities": [
    0.051542,
    0.221101,
    -0.134096
   ],
   "injuries": [
    0.040558,
    0.197263,
    0.244194
   ],
   "instruments": [
    0.161386,
    0.367886,
    0.066222
   ],
   "inQuote": [
    0.04436,
    0.205894,
    -0.162115
   ],
   "dateTimex": [
    0.805239,
    0.396017,
    0.022906
   ],
   "dateReport": [
    0.194761,
    0.396017,
    -0.022906
   ],
   "dateYear": [
    0.04943,
    0.216763,
    0.040535
   ],
   "dateMonth": [
    0.040135,
    0.196276,
    0.048842
   ],
   "placeCountry": [
    0.171103,
    0.376599,
    0.29024
   ],
   "placeSettlement": [
    0.664977,
    0.471999,
    0.283318
   ],
   "noPlace": [
    0.097169,
    0.296188,
    0.382136
   ],
   "placeInUaRu": [
    0.77989,
    0.414321,
    -0.106511
   ],
   "triggerNoun": [
    0.294888,
    0.455992,
    0.034177
   ],
   "triggerVerb": [
    0.621039,
    0.485128,
    0.179029
   ],
   "triggerCapitalised": [
    0.074356,
    0.262349,
    0.056443
   ],
   "sentenceLength": [
    3.193388,
    0.579267,
    0.244868
   ],
   "sameSentenceCandidates": [
    0.187149,
    0.338191,
    -0.208316
   ],
   "cue:modal": [
    0.156738,
    0.363554,
    -0.043649
   ],
   "cue:conditional": [
    0.015632,
    0.124045,
    0.013797
   ],
   "cue:opinion": [
    0.059992,
    0.237471,
    -0.180484
   ],
   "cue:demand": [
    0.04774,
    0.213215,
    -0.007992
   ],
   "cue:negation": [
    0.066751,
    0.249591,
    -0.097175
   ],
   "cue:history": [
    0.015632,
    0.124045,
    -0.126308
   ],
   "cue:firstPerson": [
    0.067596,
    0.251052,
    -0.127458
   ],
   "cue:speech": [
    0.252218,
    0.434286,
    0.269609
   ],
   "cue:war": [
    0.661597,
    0.473166,
    -0.139708
   ],
   "docWarDensity": [
    38.219144,
    36.279643,
    0.225659
   ],
   "docUaRuPlaces": [
    2.294693,
    1.257769,
    0.405437
   ],
   "docCandidates": [
    1.835291,
    0.982223,
    0.300141
   ],
   "docLength": [
    5.1451,
    1.768709,
    -1.678063
   ],
   "docTopicWords": [
    3.027351,
    1.455174,
    -0.352742
   ],
   "docTopicDensity": [
    82.62297,
    28.99778,
    0.106019
   ],
   "docOffTopicMass": [
    0.211669,
    0.711261,
    0.216354
   ],
   "typeRank": [
    0.451458,
    0.310674,
    -0.366091
   ],
   "modality:asserted": [
    0.574144,
    0.494472,
    -0.204128
   ],
   "modality:claimed": [
    0.158006,
    0.364747,
    -0.284871
   ],
   "modality:negated": [
    0.019434,
    0.138044,
    0.0159
   ],
   "modality:planned": [
    0.106886,
    0.308969,
    0.132365
   ],
   "modality:hypothetical": [
    0.015209,
    0.122384,
    -0.088508
   ],
   "modality:historical": [
    0.12294,
    0.328369,
    -0.294552
   ],
   "type:territory.capture": [
    0.040135,
    0.196276,
    0.103965
   ],
   "type:territory.recapture": [
    0.019434,
    0.138044,
    0.118521
   ],
   "type:battle.armed-clash": [
    0.21504,
    0.41085,
    0.332757
   ],
   "type:strike.air": [
    0.022391,
    0.147952,
    0.132025
   ],
   "type:strike.drone": [
    0.008872,
    0.093772,
    0.405338
   ],
   "type:strike.missile": [
    0.027883,
    0.164639,
    -0.095863
   ],
   "type:strike.shelling": [
    0.210393,
    0.407588,
    -0.263093
   ],
   "type:explosive.mine": [
    0.008872,
    0.093772,
    -0.059886
   ],
   "type:explosion.unspecified": [
    0.00845,
    0.091532,
    0.026809
   ],
   "type:violence.attack-civilians": [
    0.010139,
    0.100183,
    -0.072517
   ],
   "type:protest.peaceful": [
    0.00845,
    0.091532,
    -0.043952
   ],
   "type:weapons.disrupted": [
    0.011829,
    0.108117,
    -0.222239
   ],
   "type:retreat.withdrawal": [
    0.014787,
    0.120698,
    -0.260017
   ],
   "type:military.deployment": [
    0.021546,
    0.145196,
    0.163238
   ],
   "type:military.presence": [
    0.021124,
    0.143797,
    -0.021854
   ],
   "type:agreement": [
    0.016477,
    0.127299,
    -0.111876
   ],
   "type:visit": [
    0.015209,
    0.122384,
    -0.105057
   ],
   "type:visit.meeting": [
    0.04605,
    0.209593,
    0.10745
   ],
   "type:decision": [
    0.041403,
    0.19922,
    -0.073503
   ],
   "type:decision.aid": [
    0.031263,
    0.174028,
    -0.079819
   ],
   "type:decision.vote": [
    0.00845,
    0.091532,
    0.043152
   ],
   "type:statement": [
    0.062949,
    0.242871,
    -0.086431
   ],
   "type:infrastructure.damage": [
    0.081115,
    0.273012,
    -0.134442
   ],
   "type:casualties.report": [
    0.013519,
    0.115484,
    0.079388
   ],
   "rule:protest": [
    0.008872,
    0.093772,
    -0.027867
   ],
   "rule:capture": [
    0.021124,
    0.143797,
    -0.01935
   ],
   "rule:gains": [
    0.013097,
    0.113689,
    -0.059039
   ],
   "rule:liberate": [
    0.012674,
    0.111864,
    -0.168405
   ],
   "rule:withdraw": [
    0.010562,
    0.102227,
    0.019055
   ],
   "rule:deploy troops": [
    0.018589,
    0.135068,
    -0.06357
   ],
   "rule:presence": [
    0.009717,
    0.098094,
    0.014223
   ],
   "rule:forces seen": [
    0.011407,
    0.106192,
    -0.042732
   ],
   "rule:agree": [
    0.010562,
    0.102227,
    0.011516
   ],
   "rule:visit": [
    0.012674,
    0.111864,
    0.046158
   ],
   "rule:talks": [
    0.029151,
    0.168229,
    0.033099
   ],
   "rule:meet": [
    0.010139,
    0.100183,
    -0.02913
   ],
   "rule:aid delivery": [
    0.019434,
    0.138044,
    -0.007702
   ],
   "rule:send weapons": [
    0.011829,
    0.108117,
    -0.118644
   ],
   "rule:vote": [
    0.00845,
    0.091532,
    0.043152
   ],
   "rule:order": [
    0.027461,
    0.163422,
    -0.043868
   ],
   "rule:decision": [
    0.013942,
    0.117249,
    -0.063747
   ],
   "rule:statement": [
    0.062949,
    0.242871,
    -0.086431
   ],
   "rule:shelling": [
    0.136882,
    0.343723,
    0.386412
   ],
   "rule:armed clash": [
    0.08365,
    0.276862,
    -0.352326
   ],
   "rule:fighting": [
    0.030841,
    0.172886,
    -0.064648
   ],
   "rule:ground attack": [
    0.016054,
    0.125684,
    -0.351167
   ],
   "rule:use weapons against": [
    0.019434,
    0.138044,
    0.095374
   ],
   "rule:advance": [
    0.009717,
    0.098094,
    0.082043
   ],
   "rule:fire at": [
    0.036333,
    0.187117,
    -0.00041
   ],
   "rule:strike / hit": [
    0.052809,
    0.223653,
    0.002146
   ],
   "rule:launch": [
    0.009294,
    0.095959,
    -0.061482
   ],
   "rule:attack": [
    0.031263,
    0.174028,
    -0.096783
   ],
   "rule:explosion": [
    0.008872,
    0.093772,
    0.14476
   ],
   "rule:destroy": [
    0.026193,
    0.15971,
    0.067051
   ],
   "rule:killed (passive)": [
    0.009294,
    0.095959,
    -0.119496
   ],
   "rule:bodies": [
    0.00845,
    0.091532,
    -0.027058
   ],
   "rule:damage": [
    0.048585,
    0.214998,
    0.13186
   ],
   "rule:fire": [
    0.011829,
    0.108117,
    0.324079
   ],
   "listedPlace": [
    0.108999,
    0.311638,
    0.120974
   ],
   "laterInSentence": [
    0.055767,
    0.229471,
    -0.088782
   ],
   "repeatsEarlier": [
    0.05112,
    0.220242,
    -0.197947
   ]
  },
  "bias": 1.384418
 },
 "topic": {
  "features": {
   "docTopicDensity": [
    75.421729,
    39.687834,
    0.525673
   ],
   "docOffTopicMass": [
    0.672409,
    1.47615,
    -2.914569
   ],
   "docTopicWords": [
    1.740883,
    1.189729,
    -0.078962
   ],
   "docLength": [
    3.71141,
    1.451352,
    -4.014642
   ],
   "docUaRuPlaces": [
    1.168146,
    0.939842,
    2.281851
   ],
   "docWarDensity": [
    47.98587,
    49.515091,
    -0.120912
   ]
  },
  "bias": 12.396942
 },
 "threshold": 0.15
};
