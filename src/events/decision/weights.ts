// Written by `npm run train` (scripts/train-events.ts) from 1133 documents; do not edit by hand.
// Cross-validated (5 folds by document) at the threshold below: precision 0.608, recall 0.616.
import type { DecisionWeights } from './model.js';

export const DECISION_WEIGHTS: DecisionWeights = {
 "event": {
  "features": {
   "weight": [
    0.601214,
    0.199734,
    0.028924
   ],
   "handConfidence": [
    0.627023,
    0.283528,
    0.99565
   ],
   "specific": [
    0.999199,
    0.028296,
    0.092782
   ],
   "sentenceIndex": [
    1.375397,
    1.383777,
    0.594678
   ],
   "dateQuality": [
    0.744631,
    0.315052,
    0.535626
   ],
   "placeQuality": [
    0.761418,
    0.356619,
    -0.293864
   ],
   "mentions": [
    0.173975,
    0.333655,
    -0.051348
   ],
   "anchorTimex": [
    0.629006,
    0.483071,
    -0.134283
   ],
   "anchorPlace": [
    0.664263,
    0.472248,
    0.643723
   ],
   "anchorReferent": [
    0.116587,
    0.320927,
    -0.008232
   ],
   "anchorPerson": [
    0.180689,
    0.38476,
    -0.202259
   ],
   "anchorDeed": [
    0.451923,
    0.497683,
    -0.03698
   ],
   "weakTrigger": [
    0.132612,
    0.339155,
    0.215716
   ],
   "lastResort": [
    0.015224,
    0.122444,
    0.166427
   ],
   "hasSource": [
    0.286458,
    0.452106,
    -0.005545
   ],
   "hasActor1": [
    0.741186,
    0.437983,
    0.135302
   ],
   "hasTarget": [
    0.115385,
    0.319486,
    0.016927
   ],
   "fatalities": [
    0.055288,
    0.228542,
    -0.096803
   ],
   "injuries": [
    0.038862,
    0.193266,
    0.217125
   ],
   "instruments": [
    0.151442,
    0.358479,
    0.023171
   ],
   "inQuote": [
    0.045272,
    0.207901,
    -0.239657
   ],
   "dateTimex": [
    0.798077,
    0.401435,
    -0.06908
   ],
   "dateReport": [
    0.201923,
    0.401435,
    0.06908
   ],
   "dateYear": [
    0.049679,
    0.217282,
    -0.194975
   ],
   "dateMonth": [
    0.039663,
    0.195167,
    -0.003724
   ],
   "placeCountry": [
    0.174679,
    0.379693,
    0.28655
   ],
   "placeSettlement": [
    0.664663,
    0.472108,
    0.178772
   ],
   "noPlace": [
    0.092147,
    0.289234,
    0.415989
   ],
   "placeInUaRu": [
    0.780449,
    0.413943,
    -0.038255
   ],
   "triggerNoun": [
    0.268029,
    0.442933,
    0.056704
   ],
   "triggerVerb": [
    0.657051,
    0.474695,
    0.325257
   ],
   "triggerCapitalised": [
    0.067708,
    0.251245,
    0.05936
   ],
   "sentenceLength": [
    3.206225,
    0.573585,
    0.218091
   ],
   "sameSentenceCandidates": [
    0.193934,
    0.344412,
    -0.243728
   ],
   "cue:modal": [
    0.150641,
    0.357699,
    -0.044346
   ],
   "cue:conditional": [
    0.014824,
    0.120847,
    0.065697
   ],
   "cue:opinion": [
    0.058894,
    0.235427,
    -0.185661
   ],
   "cue:demand": [
    0.046875,
    0.211371,
    -0.072498
   ],
   "cue:negation": [
    0.063301,
    0.243504,
    -0.100884
   ],
   "cue:history": [
    0.016026,
    0.125574,
    -0.215521
   ],
   "cue:firstPerson": [
    0.067708,
    0.251245,
    -0.088241
   ],
   "cue:speech": [
    0.266426,
    0.44209,
    0.067679
   ],
   "cue:war": [
    0.665865,
    0.471687,
    -0.136382
   ],
   "docWarDensity": [
    37.965336,
    35.578608,
    0.188726
   ],
   "docUaRuPlaces": [
    2.360615,
    1.277175,
    0.318367
   ],
   "docCandidates": [
    1.894996,
    0.990394,
    0.329015
   ],
   "docLength": [
    5.18598,
    1.750483,
    -1.440036
   ],
   "docTopicWords": [
    3.058956,
    1.435515,
    -0.283098
   ],
   "docTopicDensity": [
    82.801701,
    28.62158,
    0.271808
   ],
   "docOffTopicMass": [
    0.201858,
    0.694147,
    0.334643
   ],
   "typeRank": [
    0.438053,
    0.31258,
    -0.068885
   ],
   "modality:asserted": [
    0.575321,
    0.494294,
    -0.132771
   ],
   "modality:claimed": [
    0.175881,
    0.380719,
    -0.139969
   ],
   "modality:negated": [
    0.016426,
    0.127108,
    -0.064265
   ],
   "modality:planned": [
    0.080929,
    0.272727,
    0.220724
   ],
   "modality:hypothetical": [
    0.014423,
    0.119227,
    -0.010273
   ],
   "modality:historical": [
    0.133013,
    0.339589,
    -0.38369
   ],
   "type:territory.capture": [
    0.039263,
    0.19422,
    0.060717
   ],
   "type:territory.recapture": [
    0.018429,
    0.134498,
    0.045297
   ],
   "type:battle.armed-clash": [
    0.208333,
    0.406116,
    0.339997
   ],
   "type:strike.air": [
    0.021234,
    0.144163,
    0.071247
   ],
   "type:strike.drone": [
    0.008013,
    0.089155,
    0.351854
   ],
   "type:strike.missile": [
    0.026442,
    0.160447,
    -0.062798
   ],
   "type:strike.shelling": [
    0.201122,
    0.400839,
    -0.153984
   ],
   "type:explosive.mine": [
    0.008413,
    0.091338,
    -0.066933
   ],
   "type:explosion.unspecified": [
    0.008413,
    0.091338,
    -0.010728
   ],
   "type:violence.attack-civilians": [
    0.009615,
    0.097585,
    -0.063952
   ],
   "type:protest.peaceful": [
    0.009215,
    0.09555,
    -0.077977
   ],
   "type:weapons.disrupted": [
    0.011218,
    0.105319,
    -0.180735
   ],
   "type:retreat.withdrawal": [
    0.014022,
    0.117583,
    -0.305581
   ],
   "type:military.deployment": [
    0.020433,
    0.141475,
    0.213257
   ],
   "type:military.presence": [
    0.020032,
    0.14011,
    0.026774
   ],
   "type:agreement": [
    0.016426,
    0.127108,
    -0.238905
   ],
   "type:visit": [
    0.022837,
    0.149382,
    -0.144654
   ],
   "type:visit.meeting": [
    0.045272,
    0.207901,
    -0.040359
   ],
   "type:decision": [
    0.04367,
    0.20436,
    0.211538
   ],
   "type:decision.aid": [
    0.03125,
    0.173993,
    -0.201881
   ],
   "type:decision.vote": [
    0.008013,
    0.089155,
    0.068275
   ],
   "type:statement": [
    0.064103,
    0.244936,
    -0.182701
   ],
   "type:infrastructure.damage": [
    0.082131,
    0.274565,
    -0.003069
   ],
   "type:casualties.report": [
    0.027644,
    0.163951,
    -0.150424
   ],
   "rule:protest": [
    0.009615,
    0.097585,
    0.088829
   ],
   "rule:capture": [
    0.020433,
    0.141475,
    -0.011884
   ],
   "rule:gains": [
    0.01242,
    0.11075,
    -0.079283
   ],
   "rule:liberate": [
    0.012019,
    0.108971,
    -0.080989
   ],
   "rule:withdraw": [
    0.010016,
    0.099578,
    0.08656
   ],
   "rule:deploy troops": [
    0.016827,
    0.128623,
    -0.042049
   ],
   "rule:presence": [
    0.009215,
    0.09555,
    0.055599
   ],
   "rule:forces seen": [
    0.010817,
    0.103442,
    -0.015093
   ],
   "rule:agree": [
    0.010817,
    0.103442,
    0.137102
   ],
   "rule:visit": [
    0.01242,
    0.11075,
    0.051106
   ],
   "rule:talks": [
    0.028446,
    0.166242,
    -0.075957
   ],
   "rule:meet": [
    0.010417,
    0.101529,
    -0.042116
   ],
   "rule:aid delivery": [
    0.018429,
    0.134498,
    -0.125383
   ],
   "rule:send weapons": [
    0.012821,
    0.1125,
    -0.162329
   ],
   "rule:vote": [
    0.008013,
    0.089155,
    0.068275
   ],
   "rule:order": [
    0.027644,
    0.163951,
    -0.344768
   ],
   "rule:decision": [
    0.014423,
    0.119227,
    -0.22998
   ],
   "rule:statement": [
    0.035657,
    0.185434,
    -0.018103
   ],
   "rule:warning or speech": [
    0.028446,
    0.166242,
    -0.248993
   ],
   "rule:shelling": [
    0.13141,
    0.337848,
    0.19194
   ],
   "rule:artillery fire": [
    0.008413,
    0.091338,
    0.060148
   ],
   "rule:repel": [
    0.02484,
    0.155637,
    -0.022848
   ],
   "rule:armed clash": [
    0.057692,
    0.233161,
    -0.419012
   ],
   "rule:fighting": [
    0.029247,
    0.168498,
    -0.146301
   ],
   "rule:ground attack": [
    0.015224,
    0.122444,
    -0.348558
   ],
   "rule:use weapons against": [
    0.018029,
    0.133056,
    -0.042966
   ],
   "rule:advance": [
    0.009615,
    0.097585,
    0.067525
   ],
   "rule:fire at": [
    0.033654,
    0.180337,
    -0.023921
   ],
   "rule:strike / hit": [
    0.051683,
    0.221386,
    -0.091335
   ],
   "rule:launch": [
    0.008814,
    0.093469,
    0.025181
   ],
   "rule:attack": [
    0.029647,
    0.169613,
    -0.129666
   ],
   "rule:explosion": [
    0.008814,
    0.093469,
    0.183966
   ],
   "rule:destroy": [
    0.029647,
    0.169613,
    0.077646
   ],
   "rule:killed (passive)": [
    0.022436,
    0.148096,
    -0.401716
   ],
   "rule:bodies": [
    0.008413,
    0.091338,
    0.063078
   ],
   "rule:damage": [
    0.046074,
    0.209645,
    0.158838
   ],
   "rule:fire": [
    0.011619,
    0.107162,
    0.293882
   ],
   "listedPlace": [
    0.127404,
    0.333425,
    0.069698
   ],
   "laterInSentence": [
    0.054087,
    0.226188,
    -0.110979
   ],
   "repeatsEarlier": [
    0.052885,
    0.223803,
    -0.281638
   ],
   "dateAge": [
    1.904379,
    2.323786,
    0.479253
   ],
   "dateOlderThanMonth": [
    0.161458,
    0.367953,
    -0.093491
   ],
   "dateAfterReport": [
    0.040064,
    0.19611,
    0.017796
   ],
   "near:modal": [
    0.018429,
    0.134498,
    0.043943
   ],
   "near:plan": [
    0.011218,
    0.105319,
    -0.077847
   ],
   "near:possessive": [
    0.027244,
    0.162792,
    -0.221369
   ],
   "near:article": [
    0.057292,
    0.232399,
    0.171248
   ],
   "triggerPresent": [
    0.009215,
    0.09555,
    -0.111902
   ],
   "triggerGerund": [
    0.08774,
    0.282917,
    0.091978
   ],
   "triggerPlural": [
    0.083333,
    0.276385,
    -0.102263
   ],
   "namedDoer": [
    0.105769,
    0.307542,
    -0.009472
   ],
   "triggerBareVerb": [
    0.094151,
    0.292038,
    -0.178234
   ],
   "real:violence": [
    0.528045,
    0.499213,
    0.14889
   ],
   "unreal:violence": [
    0.133814,
    0.340452,
    -0.023892
   ],
   "real:territory": [
    0.009215,
    0.09555,
    0.076872
   ],
   "real:civil": [
    0.010016,
    0.099578,
    -0.063592
   ],
   "real:political": [
    0.15625,
    0.363092,
    0.281425
   ],
   "unreal:political": [
    0.088942,
    0.28466,
    0.239273
   ],
   "clauseNegation": [
    0.024038,
    0.153169,
    -0.043414
   ],
   "infinitive": [
    0.067708,
    0.251245,
    -0.506984
   ],
   "attemptInfinitive": [
    0.016426,
    0.127108,
    0.183606
   ]
  },
  "bias": 1.224212
 },
 "topic": {
  "features": {
   "docTopicDensity": [
    75.377025,
    39.667651,
    0.430373
   ],
   "docOffTopicMass": [
    0.671233,
    1.475021,
    -2.897691
   ],
   "docTopicWords": [
    1.743355,
    1.19058,
    -0.153878
   ],
   "docLength": [
    3.715654,
    1.453728,
    -3.983176
   ],
   "docUaRuPlaces": [
    1.178008,
    0.954474,
    2.351956
   ],
   "docWarDensity": [
    47.921534,
    49.492353,
    -0.113193
   ]
  },
  "bias": 12.135464
 },
 "threshold": 0.22
};
