// Written by `npm run train` (scripts/train-events.ts) from 1133 documents; do not edit by hand.
// Cross-validated (5 folds by document) at the threshold below: precision 0.572, recall 0.609.
import type { DecisionWeights } from './model.js';

export const DECISION_WEIGHTS: DecisionWeights = {
 "event": {
  "features": {
   "weight": [
    0.602587,
    0.200096,
    0.302347
   ],
   "handConfidence": [
    0.625272,
    0.288798,
    1.124718
   ],
   "sentenceIndex": [
    1.32594,
    1.375325,
    0.635457
   ],
   "dateQuality": [
    0.752064,
    0.313024,
    0.229381
   ],
   "placeQuality": [
    0.765386,
    0.356433,
    -0.30867
   ],
   "mentions": [
    0.173766,
    0.335651,
    -0.04181
   ],
   "anchorTimex": [
    0.643237,
    0.479044,
    -0.143297
   ],
   "anchorPlace": [
    0.671434,
    0.469692,
    0.558177
   ],
   "anchorReferent": [
    0.116878,
    0.321275,
    0.030728
   ],
   "anchorPerson": [
    0.180629,
    0.384711,
    -0.21009
   ],
   "anchorDeed": [
    0.454843,
    0.497957,
    -0.150974
   ],
   "weakTrigger": [
    0.138946,
    0.34589,
    0.034516
   ],
   "lastResort": [
    0.015529,
    0.123645,
    0.154763
   ],
   "hasSource": [
    0.331835,
    0.470872,
    -0.100613
   ],
   "hasActor1": [
    0.737638,
    0.439918,
    0.13427
   ],
   "hasTarget": [
    0.11606,
    0.320297,
    -0.053282
   ],
   "fatalities": [
    0.053535,
    0.225098,
    -0.136919
   ],
   "injuries": [
    0.039232,
    0.194146,
    0.249453
   ],
   "instruments": [
    0.156927,
    0.363732,
    0.069103
   ],
   "inQuote": [
    0.043727,
    0.204487,
    -0.129726
   ],
   "dateTimex": [
    0.804659,
    0.396463,
    0.025882
   ],
   "dateReport": [
    0.195341,
    0.396463,
    -0.025882
   ],
   "dateYear": [
    0.051083,
    0.220167,
    -0.105773
   ],
   "dateMonth": [
    0.039232,
    0.194146,
    -0.036339
   ],
   "placeCountry": [
    0.169187,
    0.374917,
    0.31413
   ],
   "placeSettlement": [
    0.6698,
    0.470285,
    0.259188
   ],
   "noPlace": [
    0.093993,
    0.291818,
    0.426314
   ],
   "placeInUaRu": [
    0.785043,
    0.410793,
    -0.16166
   ],
   "triggerNoun": [
    0.286882,
    0.452306,
    -0.007006
   ],
   "triggerVerb": [
    0.630977,
    0.48254,
    0.299635
   ],
   "triggerCapitalised": [
    0.071925,
    0.258363,
    0.095651
   ],
   "sentenceLength": [
    3.201398,
    0.573165,
    0.199965
   ],
   "sameSentenceCandidates": [
    0.187262,
    0.339612,
    -0.160904
   ],
   "cue:modal": [
    0.154475,
    0.361403,
    -0.033894
   ],
   "cue:conditional": [
    0.015529,
    0.123645,
    0.006187
   ],
   "cue:opinion": [
    0.058848,
    0.235339,
    -0.212962
   ],
   "cue:demand": [
    0.046996,
    0.211631,
    -0.015508
   ],
   "cue:negation": [
    0.064569,
    0.245764,
    -0.102856
   ],
   "cue:history": [
    0.015529,
    0.123645,
    -0.142937
   ],
   "cue:firstPerson": [
    0.067021,
    0.250058,
    -0.108557
   ],
   "cue:speech": [
    0.262771,
    0.440139,
    0.204034
   ],
   "cue:war": [
    0.665713,
    0.471741,
    -0.142751
   ],
   "docWarDensity": [
    38.237849,
    35.811912,
    0.170908
   ],
   "docUaRuPlaces": [
    2.304536,
    1.244504,
    0.572812
   ],
   "docCandidates": [
    1.866904,
    0.980821,
    0.250403
   ],
   "docLength": [
    5.15473,
    1.753014,
    -1.639008
   ],
   "docTopicWords": [
    3.035766,
    1.439579,
    -0.227932
   ],
   "docTopicDensity": [
    82.87028,
    28.740404,
    0.164527
   ],
   "docOffTopicMass": [
    0.205283,
    0.700528,
    0.3124
   ],
   "typeRank": [
    0.442051,
    0.312304,
    -0.060575
   ],
   "modality:asserted": [
    0.56273,
    0.496049,
    0.119994
   ],
   "modality:claimed": [
    0.167143,
    0.373104,
    -0.191214
   ],
   "modality:negated": [
    0.018799,
    0.135813,
    0.009099
   ],
   "modality:planned": [
    0.10707,
    0.309202,
    0.120858
   ],
   "modality:hypothetical": [
    0.014712,
    0.120397,
    -0.092935
   ],
   "modality:historical": [
    0.125868,
    0.331701,
    -0.473274
   ],
   "type:territory.capture": [
    0.039232,
    0.194146,
    0.098285
   ],
   "type:territory.recapture": [
    0.018799,
    0.135813,
    0.091716
   ],
   "type:battle.armed-clash": [
    0.210462,
    0.407637,
    0.435132
   ],
   "type:strike.air": [
    0.021659,
    0.145568,
    0.089054
   ],
   "type:strike.drone": [
    0.008582,
    0.09224,
    0.375543
   ],
   "type:strike.missile": [
    0.026972,
    0.162001,
    -0.076513
   ],
   "type:strike.shelling": [
    0.204332,
    0.403213,
    -0.224664
   ],
   "type:explosive.mine": [
    0.008582,
    0.09224,
    -0.019469
   ],
   "type:explosion.unspecified": [
    0.008173,
    0.090036,
    0.023709
   ],
   "type:violence.attack-civilians": [
    0.009808,
    0.098548,
    -0.045719
   ],
   "type:protest.peaceful": [
    0.008173,
    0.090036,
    -0.067497
   ],
   "type:weapons.disrupted": [
    0.011443,
    0.106356,
    -0.170205
   ],
   "type:retreat.withdrawal": [
    0.014303,
    0.118738,
    -0.218651
   ],
   "type:military.deployment": [
    0.021659,
    0.145568,
    0.260772
   ],
   "type:military.presence": [
    0.020433,
    0.141477,
    0.056662
   ],
   "type:agreement": [
    0.015938,
    0.125235,
    -0.231764
   ],
   "type:visit": [
    0.021251,
    0.144218,
    -0.175962
   ],
   "type:visit.meeting": [
    0.044953,
    0.207201,
    -0.038991
   ],
   "type:decision": [
    0.041684,
    0.199865,
    0.173385
   ],
   "type:decision.aid": [
    0.030241,
    0.17125,
    -0.129209
   ],
   "type:decision.vote": [
    0.008173,
    0.090036,
    0.018476
   ],
   "type:statement": [
    0.060891,
    0.23913,
    -0.127304
   ],
   "type:infrastructure.damage": [
    0.082959,
    0.27582,
    -0.041598
   ],
   "type:casualties.report": [
    0.028198,
    0.165538,
    -0.001037
   ],
   "rule:protest": [
    0.008582,
    0.09224,
    0.039601
   ],
   "rule:capture": [
    0.020842,
    0.142855,
    -0.013568
   ],
   "rule:gains": [
    0.012669,
    0.11184,
    -0.07901
   ],
   "rule:liberate": [
    0.01226,
    0.110044,
    -0.153478
   ],
   "rule:withdraw": [
    0.010217,
    0.100559,
    -0.003698
   ],
   "rule:deploy troops": [
    0.017981,
    0.132883,
    -0.067401
   ],
   "rule:presence": [
    0.009399,
    0.096493,
    0.077813
   ],
   "rule:forces seen": [
    0.011034,
    0.104461,
    0.004863
   ],
   "rule:agree": [
    0.010217,
    0.100559,
    0.076648
   ],
   "rule:visit": [
    0.011851,
    0.108216,
    0.030914
   ],
   "rule:talks": [
    0.028198,
    0.165538,
    0.040536
   ],
   "rule:meet": [
    0.009808,
    0.098548,
    -0.030537
   ],
   "rule:aid delivery": [
    0.018799,
    0.135813,
    -0.037942
   ],
   "rule:send weapons": [
    0.011443,
    0.106356,
    -0.159596
   ],
   "rule:vote": [
    0.008173,
    0.090036,
    0.018476
   ],
   "rule:order": [
    0.026563,
    0.160803,
    -0.305543
   ],
   "rule:decision": [
    0.013486,
    0.115343,
    -0.26074
   ],
   "rule:statement": [
    0.034328,
    0.18207,
    -0.054369
   ],
   "rule:warning or speech": [
    0.026563,
    0.160803,
    -0.127754
   ],
   "rule:shelling": [
    0.132407,
    0.338933,
    0.322951
   ],
   "rule:artillery fire": [
    0.008582,
    0.09224,
    0.039143
   ],
   "rule:repel": [
    0.025746,
    0.158376,
    -0.005514
   ],
   "rule:armed clash": [
    0.056804,
    0.231468,
    -0.518868
   ],
   "rule:fighting": [
    0.029424,
    0.168991,
    -0.157067
   ],
   "rule:ground attack": [
    0.015529,
    0.123645,
    -0.417526
   ],
   "rule:use weapons against": [
    0.018799,
    0.135813,
    0.095516
   ],
   "rule:advance": [
    0.009399,
    0.096493,
    0.09895
   ],
   "rule:fire at": [
    0.035145,
    0.184146,
    -0.01374
   ],
   "rule:strike / hit": [
    0.051083,
    0.220167,
    -0.006446
   ],
   "rule:launch": [
    0.008991,
    0.094392,
    -0.058018
   ],
   "rule:attack": [
    0.030241,
    0.17125,
    -0.14369
   ],
   "rule:explosion": [
    0.008582,
    0.09224,
    0.171189
   ],
   "rule:destroy": [
    0.028606,
    0.166698,
    0.056713
   ],
   "rule:killed (passive)": [
    0.023294,
    0.150835,
    -0.350285
   ],
   "rule:bodies": [
    0.008582,
    0.09224,
    0.061073
   ],
   "rule:damage": [
    0.047405,
    0.212504,
    0.233218
   ],
   "rule:fire": [
    0.01226,
    0.110044,
    0.43954
   ],
   "listedPlace": [
    0.125051,
    0.330777,
    0.045824
   ],
   "laterInSentence": [
    0.055987,
    0.229896,
    -0.173557
   ],
   "repeatsEarlier": [
    0.053944,
    0.225906,
    -0.204796
   ],
   "dateAge": [
    1.875519,
    2.278204,
    0.274738
   ],
   "dateOlderThanMonth": [
    0.155292,
    0.362183,
    -0.01797
   ],
   "dateAfterReport": [
    0.040049,
    0.196074,
    -0.003074
   ],
   "near:modal": [
    0.019616,
    0.138676,
    0.078887
   ],
   "near:plan": [
    0.01226,
    0.110044,
    -0.071443
   ],
   "near:possessive": [
    0.028606,
    0.166698,
    -0.220514
   ],
   "near:article": [
    0.059665,
    0.236865,
    0.174711
   ],
   "triggerPresent": [
    0.008582,
    0.09224,
    -0.103296
   ],
   "triggerGerund": [
    0.086637,
    0.281302,
    0.132868
   ],
   "triggerPlural": [
    0.087045,
    0.281902,
    -0.004535
   ],
   "namedDoer": [
    0.099714,
    0.299618,
    0.022928
   ],
   "triggerBareVerb": [
    0.098488,
    0.297973,
    -0.39128
   ],
   "real:violence": [
    0.514508,
    0.499789,
    -0.017169
   ],
   "unreal:violence": [
    0.15611,
    0.362959,
    0.170364
   ],
   "real:territory": [
    0.009399,
    0.096493,
    0.035416
   ],
   "real:civil": [
    0.008173,
    0.090036,
    -0.011591
   ],
   "real:political": [
    0.148345,
    0.355442,
    0.246504
   ],
   "unreal:political": [
    0.089089,
    0.284872,
    0.568916
   ]
  },
  "bias": 1.295071
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
 "threshold": 0.2
};
