// Written by `npm run train` (scripts/train-events.ts) from 1133 documents; do not edit by hand.
// Cross-validated (5 folds by document) at the threshold below: precision 0.579, recall 0.608.
import type { DecisionWeights } from './model.js';

export const DECISION_WEIGHTS: DecisionWeights = {
 "event": {
  "features": {
   "weight": [
    0.602801,
    0.199818,
    0.211091
   ],
   "handConfidence": [
    0.632989,
    0.281923,
    1.080422
   ],
   "sentenceIndex": [
    1.329187,
    1.372201,
    0.634878
   ],
   "dateQuality": [
    0.750448,
    0.312849,
    0.325701
   ],
   "placeQuality": [
    0.766124,
    0.357163,
    -0.28169
   ],
   "mentions": [
    0.175845,
    0.336561,
    -0.073644
   ],
   "anchorTimex": [
    0.640472,
    0.479862,
    -0.15643
   ],
   "anchorPlace": [
    0.674267,
    0.468648,
    0.600369
   ],
   "anchorReferent": [
    0.118078,
    0.322701,
    -0.002751
   ],
   "anchorPerson": [
    0.180782,
    0.384837,
    -0.213807
   ],
   "anchorDeed": [
    0.458876,
    0.498306,
    -0.179186
   ],
   "weakTrigger": [
    0.133958,
    0.340607,
    0.053505
   ],
   "lastResort": [
    0.015472,
    0.123422,
    0.162699
   ],
   "hasSource": [
    0.282166,
    0.450054,
    -0.081214
   ],
   "hasActor1": [
    0.738192,
    0.439619,
    0.13303
   ],
   "hasTarget": [
    0.116857,
    0.321249,
    -0.034012
   ],
   "fatalities": [
    0.053339,
    0.224708,
    -0.137994
   ],
   "injuries": [
    0.039088,
    0.193804,
    0.275621
   ],
   "instruments": [
    0.154316,
    0.361251,
    0.108473
   ],
   "inQuote": [
    0.043567,
    0.204129,
    -0.172784
   ],
   "dateTimex": [
    0.80456,
    0.396539,
    0.00869
   ],
   "dateReport": [
    0.19544,
    0.396539,
    -0.00869
   ],
   "dateYear": [
    0.050081,
    0.218113,
    -0.129779
   ],
   "dateMonth": [
    0.037459,
    0.189884,
    -0.026298
   ],
   "placeCountry": [
    0.167345,
    0.373284,
    0.275097
   ],
   "placeSettlement": [
    0.671417,
    0.469698,
    0.172154
   ],
   "noPlace": [
    0.094463,
    0.292471,
    0.405017
   ],
   "placeInUaRu": [
    0.782573,
    0.412495,
    -0.120406
   ],
   "triggerNoun": [
    0.286645,
    0.452194,
    0.067587
   ],
   "triggerVerb": [
    0.6307,
    0.482615,
    0.38261
   ],
   "triggerCapitalised": [
    0.071661,
    0.257926,
    0.100366
   ],
   "sentenceLength": [
    3.204488,
    0.575255,
    0.126935
   ],
   "sameSentenceCandidates": [
    0.196219,
    0.34409,
    -0.179999
   ],
   "cue:modal": [
    0.151873,
    0.358898,
    -0.028911
   ],
   "cue:conditional": [
    0.015472,
    0.123422,
    0.034775
   ],
   "cue:opinion": [
    0.059446,
    0.236458,
    -0.206529
   ],
   "cue:demand": [
    0.04601,
    0.209506,
    -0.032962
   ],
   "cue:negation": [
    0.062704,
    0.242429,
    -0.125113
   ],
   "cue:history": [
    0.015065,
    0.121812,
    -0.184628
   ],
   "cue:firstPerson": [
    0.065961,
    0.248214,
    -0.068181
   ],
   "cue:speech": [
    0.265879,
    0.4418,
    0.167129
   ],
   "cue:war": [
    0.668974,
    0.470582,
    -0.107108
   ],
   "docWarDensity": [
    38.283695,
    35.770878,
    0.102441
   ],
   "docUaRuPlaces": [
    2.349265,
    1.281152,
    0.353095
   ],
   "docCandidates": [
    1.877472,
    0.989723,
    0.26002
   ],
   "docLength": [
    5.161469,
    1.751602,
    -1.424009
   ],
   "docTopicWords": [
    3.042673,
    1.438557,
    -0.225892
   ],
   "docTopicDensity": [
    82.938724,
    28.705416,
    0.244638
   ],
   "docOffTopicMass": [
    0.204551,
    0.699349,
    0.349529
   ],
   "typeRank": [
    0.442296,
    0.312558,
    -0.117441
   ],
   "modality:asserted": [
    0.583876,
    0.492915,
    0.068709
   ],
   "modality:claimed": [
    0.171824,
    0.377227,
    -0.122987
   ],
   "modality:negated": [
    0.017101,
    0.129648,
    -0.069337
   ],
   "modality:planned": [
    0.083469,
    0.27659,
    0.09646
   ],
   "modality:hypothetical": [
    0.014658,
    0.12018,
    -0.01936
   ],
   "modality:historical": [
    0.125407,
    0.33118,
    -0.487914
   ],
   "type:territory.capture": [
    0.039902,
    0.19573,
    0.084675
   ],
   "type:territory.recapture": [
    0.01873,
    0.135569,
    0.090277
   ],
   "type:battle.armed-clash": [
    0.210912,
    0.407956,
    0.332883
   ],
   "type:strike.air": [
    0.02158,
    0.145307,
    0.085073
   ],
   "type:strike.drone": [
    0.008143,
    0.089872,
    0.350987
   ],
   "type:strike.missile": [
    0.026873,
    0.161712,
    -0.08485
   ],
   "type:strike.shelling": [
    0.204397,
    0.403261,
    -0.180969
   ],
   "type:explosive.mine": [
    0.00855,
    0.092073,
    -0.007425
   ],
   "type:explosion.unspecified": [
    0.008143,
    0.089872,
    0.013141
   ],
   "type:violence.attack-civilians": [
    0.009365,
    0.096318,
    -0.059829
   ],
   "type:protest.peaceful": [
    0.008143,
    0.089872,
    -0.070733
   ],
   "type:weapons.disrupted": [
    0.011401,
    0.106163,
    -0.156902
   ],
   "type:retreat.withdrawal": [
    0.014251,
    0.118523,
    -0.254773
   ],
   "type:military.deployment": [
    0.02158,
    0.145307,
    0.238348
   ],
   "type:military.presence": [
    0.020358,
    0.141223,
    0.046649
   ],
   "type:agreement": [
    0.015472,
    0.123422,
    -0.196293
   ],
   "type:visit": [
    0.02158,
    0.145307,
    -0.153154
   ],
   "type:visit.meeting": [
    0.045195,
    0.207733,
    0.031388
   ],
   "type:decision": [
    0.041938,
    0.200448,
    0.179338
   ],
   "type:decision.aid": [
    0.029723,
    0.169822,
    -0.156719
   ],
   "type:decision.vote": [
    0.008143,
    0.089872,
    0.058798
   ],
   "type:statement": [
    0.060261,
    0.237969,
    -0.120702
   ],
   "type:infrastructure.damage": [
    0.084283,
    0.277812,
    -0.048702
   ],
   "type:casualties.report": [
    0.028094,
    0.165243,
    -0.034756
   ],
   "rule:protest": [
    0.00855,
    0.092073,
    0.041889
   ],
   "rule:capture": [
    0.020765,
    0.142598,
    0.010053
   ],
   "rule:gains": [
    0.012622,
    0.111637,
    -0.099631
   ],
   "rule:liberate": [
    0.012215,
    0.109844,
    -0.116648
   ],
   "rule:withdraw": [
    0.010179,
    0.100377,
    0.022132
   ],
   "rule:deploy troops": [
    0.017915,
    0.132644,
    -0.051504
   ],
   "rule:presence": [
    0.009365,
    0.096318,
    0.067156
   ],
   "rule:forces seen": [
    0.010993,
    0.104272,
    0.001148
   ],
   "rule:agree": [
    0.009772,
    0.098369,
    0.071692
   ],
   "rule:visit": [
    0.011808,
    0.10802,
    0.047369
   ],
   "rule:talks": [
    0.028502,
    0.166401,
    0.000353
   ],
   "rule:meet": [
    0.009772,
    0.098369,
    -0.040728
   ],
   "rule:aid delivery": [
    0.01873,
    0.135569,
    -0.069376
   ],
   "rule:send weapons": [
    0.010993,
    0.104272,
    -0.165041
   ],
   "rule:vote": [
    0.008143,
    0.089872,
    0.058798
   ],
   "rule:order": [
    0.026466,
    0.160516,
    -0.299867
   ],
   "rule:decision": [
    0.013844,
    0.116842,
    -0.23233
   ],
   "rule:statement": [
    0.034202,
    0.181748,
    -0.033093
   ],
   "rule:warning or speech": [
    0.026059,
    0.15931,
    -0.142545
   ],
   "rule:shelling": [
    0.133143,
    0.33973,
    0.295559
   ],
   "rule:artillery fire": [
    0.00855,
    0.092073,
    0.024644
   ],
   "rule:repel": [
    0.025244,
    0.156866,
    0.028674
   ],
   "rule:armed clash": [
    0.058632,
    0.234935,
    -0.439933
   ],
   "rule:fighting": [
    0.029316,
    0.168691,
    -0.126876
   ],
   "rule:ground attack": [
    0.015065,
    0.121812,
    -0.389062
   ],
   "rule:use weapons against": [
    0.018322,
    0.134115,
    0.13556
   ],
   "rule:advance": [
    0.009772,
    0.098369,
    0.110494
   ],
   "rule:fire at": [
    0.034202,
    0.181748,
    -0.044261
   ],
   "rule:strike / hit": [
    0.052524,
    0.223082,
    -0.025181
   ],
   "rule:launch": [
    0.008958,
    0.09422,
    -0.027327
   ],
   "rule:attack": [
    0.03013,
    0.170946,
    -0.088722
   ],
   "rule:explosion": [
    0.00855,
    0.092073,
    0.185393
   ],
   "rule:destroy": [
    0.029723,
    0.169822,
    0.01057
   ],
   "rule:killed (passive)": [
    0.023208,
    0.150565,
    -0.385431
   ],
   "rule:bodies": [
    0.00855,
    0.092073,
    0.058917
   ],
   "rule:damage": [
    0.047638,
    0.213,
    0.199716
   ],
   "rule:fire": [
    0.012215,
    0.109844,
    0.397575
   ],
   "listedPlace": [
    0.129072,
    0.335279,
    0.101158
   ],
   "laterInSentence": [
    0.05456,
    0.22712,
    -0.143708
   ],
   "repeatsEarlier": [
    0.05171,
    0.221441,
    -0.204662
   ],
   "dateAge": [
    1.85132,
    2.262427,
    0.330198
   ],
   "dateOlderThanMonth": [
    0.152687,
    0.359686,
    0.072858
   ],
   "dateAfterReport": [
    0.039495,
    0.19477,
    0.033506
   ],
   "near:modal": [
    0.017915,
    0.132644,
    0.041827
   ],
   "near:plan": [
    0.011401,
    0.106163,
    -0.061688
   ],
   "near:possessive": [
    0.028502,
    0.166401,
    -0.191752
   ],
   "near:article": [
    0.060668,
    0.23872,
    0.202318
   ],
   "triggerPresent": [
    0.00855,
    0.092073,
    -0.102244
   ],
   "triggerGerund": [
    0.088762,
    0.2844,
    0.107928
   ],
   "triggerPlural": [
    0.086319,
    0.280835,
    -0.040774
   ],
   "namedDoer": [
    0.098941,
    0.298583,
    0.018579
   ],
   "triggerBareVerb": [
    0.09202,
    0.289054,
    -0.351207
   ],
   "real:violence": [
    0.537459,
    0.498595,
    0.066539
   ],
   "unreal:violence": [
    0.134365,
    0.341044,
    0.039806
   ],
   "real:territory": [
    0.009365,
    0.096318,
    0.071448
   ],
   "real:civil": [
    0.008143,
    0.089872,
    -0.006182
   ],
   "real:political": [
    0.151059,
    0.358106,
    0.206269
   ],
   "unreal:political": [
    0.085098,
    0.279027,
    0.420796
   ]
  },
  "bias": 1.2523
 },
 "topic": {
  "features": {
   "docTopicDensity": [
    75.424929,
    39.68877,
    0.429459
   ],
   "docOffTopicMass": [
    0.672409,
    1.47615,
    -2.897448
   ],
   "docTopicWords": [
    1.740883,
    1.189729,
    -0.149799
   ],
   "docLength": [
    3.711373,
    1.451276,
    -3.980601
   ],
   "docUaRuPlaces": [
    1.175945,
    0.95382,
    2.350938
   ],
   "docWarDensity": [
    47.986587,
    49.514688,
    -0.112922
   ]
  },
  "bias": 12.141977
 },
 "threshold": 0.21
};
