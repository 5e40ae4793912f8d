// Written by `npm run train` (scripts/train-events.ts) from 1133 documents; do not edit by hand.
// Cross-validated (5 folds by document) at the threshold below: precision 0.579, recall 0.603.
import type { DecisionWeights } from './model.js';

export const DECISION_WEIGHTS: DecisionWeights = {
 "event": {
  "features": {
   "weight": [
    0.602659,
    0.199863,
    0.21216
   ],
   "handConfidence": [
    0.632529,
    0.282622,
    1.070064
   ],
   "sentenceIndex": [
    1.329468,
    1.374324,
    0.625421
   ],
   "dateQuality": [
    0.750204,
    0.313044,
    0.360838
   ],
   "placeQuality": [
    0.766205,
    0.356189,
    -0.267633
   ],
   "mentions": [
    0.176469,
    0.338249,
    -0.045457
   ],
   "anchorTimex": [
    0.640065,
    0.479981,
    -0.166368
   ],
   "anchorPlace": [
    0.672638,
    0.46925,
    0.533582
   ],
   "anchorReferent": [
    0.118078,
    0.322701,
    -0.002047
   ],
   "anchorPerson": [
    0.181189,
    0.385175,
    -0.213204
   ],
   "anchorDeed": [
    0.458876,
    0.498306,
    -0.204749
   ],
   "weakTrigger": [
    0.133958,
    0.340607,
    0.044959
   ],
   "lastResort": [
    0.015472,
    0.123422,
    0.161616
   ],
   "hasSource": [
    0.282573,
    0.450251,
    -0.090792
   ],
   "hasActor1": [
    0.738599,
    0.439398,
    0.125565
   ],
   "hasTarget": [
    0.11645,
    0.320763,
    -0.032073
   ],
   "fatalities": [
    0.053339,
    0.224708,
    -0.129423
   ],
   "injuries": [
    0.039088,
    0.193804,
    0.269193
   ],
   "instruments": [
    0.154316,
    0.361251,
    0.139156
   ],
   "inQuote": [
    0.044381,
    0.20594,
    -0.113257
   ],
   "dateTimex": [
    0.804153,
    0.396851,
    -0.018183
   ],
   "dateReport": [
    0.195847,
    0.396851,
    0.018183
   ],
   "dateYear": [
    0.049674,
    0.217271,
    -0.137734
   ],
   "dateMonth": [
    0.037459,
    0.189884,
    -0.044659
   ],
   "placeCountry": [
    0.166124,
    0.372192,
    0.309013
   ],
   "placeSettlement": [
    0.673453,
    0.46895,
    0.227303
   ],
   "noPlace": [
    0.094055,
    0.291906,
    0.427344
   ],
   "placeInUaRu": [
    0.785423,
    0.410528,
    -0.159848
   ],
   "triggerNoun": [
    0.286645,
    0.452194,
    0.05715
   ],
   "triggerVerb": [
    0.6307,
    0.482615,
    0.419148
   ],
   "triggerCapitalised": [
    0.071661,
    0.257926,
    0.102446
   ],
   "sentenceLength": [
    3.204331,
    0.573938,
    0.102718
   ],
   "sameSentenceCandidates": [
    0.196997,
    0.345217,
    -0.147854
   ],
   "cue:modal": [
    0.153502,
    0.36047,
    0.008414
   ],
   "cue:conditional": [
    0.015472,
    0.123422,
    0.013056
   ],
   "cue:opinion": [
    0.059446,
    0.236458,
    -0.212673
   ],
   "cue:demand": [
    0.046824,
    0.211262,
    -0.039395
   ],
   "cue:negation": [
    0.063925,
    0.244619,
    -0.114151
   ],
   "cue:history": [
    0.015065,
    0.121812,
    -0.146667
   ],
   "cue:firstPerson": [
    0.066775,
    0.249632,
    -0.093143
   ],
   "cue:speech": [
    0.265065,
    0.441368,
    0.191608
   ],
   "cue:war": [
    0.667752,
    0.471019,
    -0.115353
   ],
   "docWarDensity": [
    38.268393,
    35.776172,
    0.132586
   ],
   "docUaRuPlaces": [
    2.311524,
    1.246286,
    0.546423
   ],
   "docCandidates": [
    1.87775,
    0.990032,
    0.26206
   ],
   "docLength": [
    5.162225,
    1.752334,
    -1.51839
   ],
   "docTopicWords": [
    3.042939,
    1.438746,
    -0.276245
   ],
   "docTopicDensity": [
    82.913871,
    28.705323,
    0.186756
   ],
   "docOffTopicMass": [
    0.204558,
    0.699347,
    0.318898
   ],
   "typeRank": [
    0.44202,
    0.312543,
    -0.121712
   ],
   "modality:asserted": [
    0.583876,
    0.492915,
    0.090079
   ],
   "modality:claimed": [
    0.171417,
    0.376873,
    -0.122101
   ],
   "modality:negated": [
    0.01873,
    0.135569,
    0.030612
   ],
   "modality:planned": [
    0.082655,
    0.27536,
    0.053743
   ],
   "modality:hypothetical": [
    0.015065,
    0.121812,
    -0.044614
   ],
   "modality:historical": [
    0.124593,
    0.330257,
    -0.534884
   ],
   "type:territory.capture": [
    0.039902,
    0.19573,
    0.097065
   ],
   "type:territory.recapture": [
    0.01873,
    0.135569,
    0.106322
   ],
   "type:battle.armed-clash": [
    0.210505,
    0.407667,
    0.320357
   ],
   "type:strike.air": [
    0.02158,
    0.145307,
    0.087374
   ],
   "type:strike.drone": [
    0.008143,
    0.089872,
    0.355719
   ],
   "type:strike.missile": [
    0.026873,
    0.161712,
    -0.093142
   ],
   "type:strike.shelling": [
    0.204397,
    0.403261,
    -0.175103
   ],
   "type:explosive.mine": [
    0.00855,
    0.092073,
    -0.015875
   ],
   "type:explosion.unspecified": [
    0.008143,
    0.089872,
    0.016423
   ],
   "type:violence.attack-civilians": [
    0.009365,
    0.096318,
    -0.059391
   ],
   "type:protest.peaceful": [
    0.008143,
    0.089872,
    -0.075514
   ],
   "type:weapons.disrupted": [
    0.011401,
    0.106163,
    -0.150645
   ],
   "type:retreat.withdrawal": [
    0.014251,
    0.118523,
    -0.23038
   ],
   "type:military.deployment": [
    0.02158,
    0.145307,
    0.234451
   ],
   "type:military.presence": [
    0.020358,
    0.141223,
    0.048819
   ],
   "type:agreement": [
    0.015879,
    0.125009,
    -0.208873
   ],
   "type:visit": [
    0.021173,
    0.14396,
    -0.162057
   ],
   "type:visit.meeting": [
    0.044788,
    0.206839,
    -0.016445
   ],
   "type:decision": [
    0.041938,
    0.200448,
    0.172529
   ],
   "type:decision.aid": [
    0.03013,
    0.170946,
    -0.128664
   ],
   "type:decision.vote": [
    0.008143,
    0.089872,
    0.020502
   ],
   "type:statement": [
    0.060261,
    0.237969,
    -0.134566
   ],
   "type:infrastructure.damage": [
    0.084283,
    0.277812,
    -0.054601
   ],
   "type:casualties.report": [
    0.028094,
    0.165243,
    -0.032735
   ],
   "rule:protest": [
    0.00855,
    0.092073,
    0.043077
   ],
   "rule:capture": [
    0.020765,
    0.142598,
    0.013693
   ],
   "rule:gains": [
    0.012622,
    0.111637,
    -0.11346
   ],
   "rule:liberate": [
    0.012215,
    0.109844,
    -0.118181
   ],
   "rule:withdraw": [
    0.010179,
    0.100377,
    -0.003115
   ],
   "rule:deploy troops": [
    0.017915,
    0.132644,
    -0.068324
   ],
   "rule:presence": [
    0.009365,
    0.096318,
    0.068638
   ],
   "rule:forces seen": [
    0.010993,
    0.104272,
    0.002717
   ],
   "rule:agree": [
    0.010179,
    0.100377,
    0.059597
   ],
   "rule:visit": [
    0.011808,
    0.10802,
    0.050282
   ],
   "rule:talks": [
    0.028094,
    0.165243,
    0.026425
   ],
   "rule:meet": [
    0.009772,
    0.098369,
    -0.028001
   ],
   "rule:aid delivery": [
    0.01873,
    0.135569,
    -0.038125
   ],
   "rule:send weapons": [
    0.011401,
    0.106163,
    -0.158492
   ],
   "rule:vote": [
    0.008143,
    0.089872,
    0.020502
   ],
   "rule:order": [
    0.026466,
    0.160516,
    -0.299758
   ],
   "rule:decision": [
    0.013844,
    0.116842,
    -0.250252
   ],
   "rule:statement": [
    0.034202,
    0.181748,
    -0.065773
   ],
   "rule:warning or speech": [
    0.026059,
    0.15931,
    -0.125972
   ],
   "rule:shelling": [
    0.133143,
    0.33973,
    0.299755
   ],
   "rule:artillery fire": [
    0.00855,
    0.092073,
    0.017785
   ],
   "rule:repel": [
    0.025244,
    0.156866,
    0.034113
   ],
   "rule:armed clash": [
    0.058632,
    0.234935,
    -0.437034
   ],
   "rule:fighting": [
    0.029316,
    0.168691,
    -0.128574
   ],
   "rule:ground attack": [
    0.015065,
    0.121812,
    -0.386391
   ],
   "rule:use weapons against": [
    0.018322,
    0.134115,
    0.114552
   ],
   "rule:advance": [
    0.009772,
    0.098369,
    0.105446
   ],
   "rule:fire at": [
    0.034202,
    0.181748,
    -0.044269
   ],
   "rule:strike / hit": [
    0.052524,
    0.223082,
    -0.021112
   ],
   "rule:launch": [
    0.008958,
    0.09422,
    -0.057418
   ],
   "rule:attack": [
    0.029723,
    0.169822,
    -0.093799
   ],
   "rule:explosion": [
    0.00855,
    0.092073,
    0.171866
   ],
   "rule:destroy": [
    0.029723,
    0.169822,
    0.009324
   ],
   "rule:killed (passive)": [
    0.023208,
    0.150565,
    -0.38338
   ],
   "rule:bodies": [
    0.00855,
    0.092073,
    0.056242
   ],
   "rule:damage": [
    0.047638,
    0.213,
    0.183078
   ],
   "rule:fire": [
    0.012215,
    0.109844,
    0.423363
   ],
   "listedPlace": [
    0.129072,
    0.335279,
    0.105461
   ],
   "laterInSentence": [
    0.052932,
    0.223897,
    -0.179843
   ],
   "repeatsEarlier": [
    0.051303,
    0.220615,
    -0.214366
   ],
   "dateAge": [
    1.844665,
    2.251968,
    0.358852
   ],
   "dateOlderThanMonth": [
    0.151466,
    0.358502,
    0.110779
   ],
   "dateAfterReport": [
    0.039495,
    0.19477,
    0.023438
   ],
   "near:modal": [
    0.019544,
    0.138427,
    0.080889
   ],
   "near:plan": [
    0.011808,
    0.10802,
    -0.036406
   ],
   "near:possessive": [
    0.028502,
    0.166401,
    -0.222731
   ],
   "near:article": [
    0.060668,
    0.23872,
    0.216235
   ],
   "triggerPresent": [
    0.00855,
    0.092073,
    -0.103784
   ],
   "triggerGerund": [
    0.087541,
    0.282626,
    0.108522
   ],
   "triggerPlural": [
    0.086726,
    0.281434,
    -0.021215
   ],
   "namedDoer": [
    0.099349,
    0.299129,
    0.030704
   ],
   "triggerBareVerb": [
    0.093241,
    0.29077,
    -0.358497
   ],
   "real:violence": [
    0.537866,
    0.498564,
    0.067883
   ],
   "unreal:violence": [
    0.13355,
    0.340169,
    0.04574
   ],
   "real:territory": [
    0.009365,
    0.096318,
    0.041716
   ],
   "real:civil": [
    0.008143,
    0.089872,
    -0.004166
   ],
   "real:political": [
    0.150244,
    0.357311,
    0.217645
   ],
   "unreal:political": [
    0.086319,
    0.280835,
    0.477038
   ]
  },
  "bias": 1.269752
 },
 "topic": {
  "features": {
   "docTopicDensity": [
    75.424929,
    39.68877,
    0.52561
   ],
   "docOffTopicMass": [
    0.672409,
    1.47615,
    -2.914541
   ],
   "docTopicWords": [
    1.740883,
    1.189729,
    -0.078858
   ],
   "docLength": [
    3.711373,
    1.451276,
    -4.014545
   ],
   "docUaRuPlaces": [
    1.168146,
    0.939842,
    2.281829
   ],
   "docWarDensity": [
    47.986587,
    49.514688,
    -0.120907
   ]
  },
  "bias": 12.397079
 },
 "threshold": 0.225
};
