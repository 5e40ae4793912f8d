// Written by `npm run train` (scripts/train-events.ts) from 1133 documents; do not edit by hand.
// Cross-validated (5 folds by document) at the threshold below: precision 0.555, recall 0.610.
import type { DecisionWeights } from './model.js';

export const DECISION_WEIGHTS: DecisionWeights = {
 "event": {
  "features": {
   "weight": [
    0.603813,
    0.198074,
    0.061176
   ],
   "handConfidence": [
    0.626416,
    0.28766,
    1.185418
   ],
   "sentenceIndex": [
    1.32594,
    1.375325,
    0.683296
   ],
   "dateQuality": [
    0.752064,
    0.313024,
    0.293993
   ],
   "placeQuality": [
    0.765386,
    0.356433,
    -0.392525
   ],
   "mentions": [
    0.173766,
    0.335651,
    -0.075012
   ],
   "anchorTimex": [
    0.643237,
    0.479044,
    -0.182204
   ],
   "anchorPlace": [
    0.671434,
    0.469692,
    0.578246
   ],
   "anchorReferent": [
    0.116878,
    0.321275,
    0.040654
   ],
   "anchorPerson": [
    0.180629,
    0.384711,
    -0.232497
   ],
   "anchorDeed": [
    0.454843,
    0.497957,
    0.066744
   ],
   "weakTrigger": [
    0.138946,
    0.34589,
    -0.079776
   ],
   "lastResort": [
    0.015529,
    0.123645,
    0.158059
   ],
   "hasSource": [
    0.331835,
    0.470872,
    -0.119478
   ],
   "hasActor1": [
    0.737638,
    0.439918,
    0.133453
   ],
   "hasTarget": [
    0.11606,
    0.320297,
    0.004866
   ],
   "fatalities": [
    0.053535,
    0.225098,
    -0.161823
   ],
   "injuries": [
    0.039232,
    0.194146,
    0.265496
   ],
   "instruments": [
    0.156927,
    0.363732,
    0.107015
   ],
   "inQuote": [
    0.043727,
    0.204487,
    -0.150065
   ],
   "dateTimex": [
    0.804659,
    0.396463,
    0.007513
   ],
   "dateReport": [
    0.195341,
    0.396463,
    -0.007513
   ],
   "dateYear": [
    0.051083,
    0.220167,
    -0.065637
   ],
   "dateMonth": [
    0.039232,
    0.194146,
    -0.006048
   ],
   "placeCountry": [
    0.169187,
    0.374917,
    0.279179
   ],
   "placeSettlement": [
    0.6698,
    0.470285,
    0.289075
   ],
   "noPlace": [
    0.093993,
    0.291818,
    0.412347
   ],
   "placeInUaRu": [
    0.785043,
    0.410793,
    -0.15941
   ],
   "triggerNoun": [
    0.286882,
    0.452306,
    0.080044
   ],
   "triggerVerb": [
    0.630977,
    0.48254,
    0.194867
   ],
   "triggerCapitalised": [
    0.071925,
    0.258363,
    0.126794
   ],
   "sentenceLength": [
    3.201398,
    0.573165,
    0.241185
   ],
   "sameSentenceCandidates": [
    0.187262,
    0.339612,
    -0.176525
   ],
   "cue:modal": [
    0.154475,
    0.361403,
    -0.037749
   ],
   "cue:conditional": [
    0.015529,
    0.123645,
    0.002736
   ],
   "cue:opinion": [
    0.058848,
    0.235339,
    -0.198659
   ],
   "cue:demand": [
    0.046996,
    0.211631,
    -0.027604
   ],
   "cue:negation": [
    0.064569,
    0.245764,
    -0.102004
   ],
   "cue:history": [
    0.015529,
    0.123645,
    -0.131973
   ],
   "cue:firstPerson": [
    0.067021,
    0.250058,
    -0.117462
   ],
   "cue:speech": [
    0.262771,
    0.440139,
    0.257063
   ],
   "cue:war": [
    0.665713,
    0.471741,
    -0.119309
   ],
   "docWarDensity": [
    38.237849,
    35.811912,
    0.139124
   ],
   "docUaRuPlaces": [
    2.304536,
    1.244504,
    0.557389
   ],
   "docCandidates": [
    1.866904,
    0.980821,
    0.282072
   ],
   "docLength": [
    5.15473,
    1.753014,
    -1.645076
   ],
   "docTopicWords": [
    3.035766,
    1.439579,
    -0.283567
   ],
   "docTopicDensity": [
    82.87028,
    28.740404,
    0.188257
   ],
   "docOffTopicMass": [
    0.205283,
    0.700528,
    0.320624
   ],
   "typeRank": [
    0.442051,
    0.312304,
    -0.073926
   ],
   "modality:asserted": [
    0.56273,
    0.496049,
    0.067037
   ],
   "modality:claimed": [
    0.167143,
    0.373104,
    -0.227727
   ],
   "modality:negated": [
    0.018799,
    0.135813,
    -0.004606
   ],
   "modality:planned": [
    0.10707,
    0.309202,
    0.059891
   ],
   "modality:hypothetical": [
    0.014712,
    0.120397,
    -0.124484
   ],
   "modality:historical": [
    0.125868,
    0.331701,
    -0.424675
   ],
   "type:territory.capture": [
    0.039232,
    0.194146,
    0.105982
   ],
   "type:territory.recapture": [
    0.018799,
    0.135813,
    0.106604
   ],
   "type:battle.armed-clash": [
    0.210462,
    0.407637,
    0.360065
   ],
   "type:strike.air": [
    0.021659,
    0.145568,
    0.096162
   ],
   "type:strike.drone": [
    0.008582,
    0.09224,
    0.384097
   ],
   "type:strike.missile": [
    0.026972,
    0.162001,
    -0.080551
   ],
   "type:strike.shelling": [
    0.204332,
    0.403213,
    -0.205692
   ],
   "type:explosive.mine": [
    0.008582,
    0.09224,
    -0.025156
   ],
   "type:explosion.unspecified": [
    0.008173,
    0.090036,
    0.030787
   ],
   "type:violence.attack-civilians": [
    0.009808,
    0.098548,
    -0.048521
   ],
   "type:protest.peaceful": [
    0.008173,
    0.090036,
    -0.061925
   ],
   "type:weapons.disrupted": [
    0.011443,
    0.106356,
    -0.1526
   ],
   "type:retreat.withdrawal": [
    0.014303,
    0.118738,
    -0.257478
   ],
   "type:military.deployment": [
    0.021659,
    0.145568,
    0.225455
   ],
   "type:military.presence": [
    0.020433,
    0.141477,
    0.020968
   ],
   "type:agreement": [
    0.015938,
    0.125235,
    -0.228446
   ],
   "type:visit": [
    0.021251,
    0.144218,
    -0.203325
   ],
   "type:visit.meeting": [
    0.044953,
    0.207201,
    -0.053705
   ],
   "type:decision": [
    0.041684,
    0.199865,
    0.139031
   ],
   "type:decision.aid": [
    0.030241,
    0.17125,
    -0.128297
   ],
   "type:decision.vote": [
    0.008173,
    0.090036,
    0.014532
   ],
   "type:statement": [
    0.060891,
    0.23913,
    -0.159747
   ],
   "type:infrastructure.damage": [
    0.082959,
    0.27582,
    -0.085349
   ],
   "type:casualties.report": [
    0.028198,
    0.165538,
    -0.066776
   ],
   "rule:protest": [
    0.008582,
    0.09224,
    0.037479
   ],
   "rule:capture": [
    0.020842,
    0.142855,
    -0.020284
   ],
   "rule:gains": [
    0.012669,
    0.11184,
    -0.07217
   ],
   "rule:liberate": [
    0.01226,
    0.110044,
    -0.167076
   ],
   "rule:withdraw": [
    0.010217,
    0.100559,
    0.026418
   ],
   "rule:deploy troops": [
    0.017981,
    0.132883,
    -0.063341
   ],
   "rule:presence": [
    0.009399,
    0.096493,
    0.039468
   ],
   "rule:forces seen": [
    0.011034,
    0.104461,
    -0.00806
   ],
   "rule:agree": [
    0.010217,
    0.100559,
    0.039736
   ],
   "rule:visit": [
    0.011851,
    0.108216,
    0.05084
   ],
   "rule:talks": [
    0.028198,
    0.165538,
    0.053113
   ],
   "rule:meet": [
    0.009808,
    0.098548,
    -0.027212
   ],
   "rule:aid delivery": [
    0.018799,
    0.135813,
    -0.020213
   ],
   "rule:send weapons": [
    0.011443,
    0.106356,
    -0.180768
   ],
   "rule:vote": [
    0.008173,
    0.090036,
    0.014532
   ],
   "rule:order": [
    0.026563,
    0.160803,
    -0.301632
   ],
   "rule:decision": [
    0.013486,
    0.115343,
    -0.249723
   ],
   "rule:statement": [
    0.060891,
    0.23913,
    -0.159747
   ],
   "rule:shelling": [
    0.132407,
    0.338933,
    0.344663
   ],
   "rule:artillery fire": [
    0.008582,
    0.09224,
    0.033676
   ],
   "rule:armed clash": [
    0.08255,
    0.275201,
    -0.399084
   ],
   "rule:fighting": [
    0.029424,
    0.168991,
    -0.128999
   ],
   "rule:ground attack": [
    0.015529,
    0.123645,
    -0.379251
   ],
   "rule:use weapons against": [
    0.018799,
    0.135813,
    0.102712
   ],
   "rule:advance": [
    0.009399,
    0.096493,
    0.079461
   ],
   "rule:fire at": [
    0.035145,
    0.184146,
    -0.011825
   ],
   "rule:strike / hit": [
    0.051083,
    0.220167,
    -0.024065
   ],
   "rule:launch": [
    0.008991,
    0.094392,
    -0.064091
   ],
   "rule:attack": [
    0.030241,
    0.17125,
    -0.113478
   ],
   "rule:explosion": [
    0.008582,
    0.09224,
    0.174002
   ],
   "rule:destroy": [
    0.028606,
    0.166698,
    0.054528
   ],
   "rule:killed (passive)": [
    0.023294,
    0.150835,
    -0.356062
   ],
   "rule:bodies": [
    0.008582,
    0.09224,
    0.079944
   ],
   "rule:damage": [
    0.047405,
    0.212504,
    0.201566
   ],
   "rule:fire": [
    0.01226,
    0.110044,
    0.411329
   ],
   "listedPlace": [
    0.125051,
    0.330777,
    0.057634
   ],
   "laterInSentence": [
    0.055987,
    0.229896,
    -0.143006
   ],
   "repeatsEarlier": [
    0.053944,
    0.225906,
    -0.20405
   ],
   "dateAge": [
    1.875519,
    2.278204,
    0.266515
   ],
   "dateOlderThanMonth": [
    0.155292,
    0.362183,
    -0.079995
   ],
   "dateAfterReport": [
    0.040049,
    0.196074,
    0.002606
   ],
   "near:modal": [
    0.019616,
    0.138676,
    0.079611
   ],
   "near:plan": [
    0.01226,
    0.110044,
    -0.050724
   ],
   "near:possessive": [
    0.028606,
    0.166698,
    -0.193777
   ],
   "near:article": [
    0.059665,
    0.236865,
    0.138182
   ],
   "triggerPresent": [
    0.008582,
    0.09224,
    -0.063324
   ],
   "triggerGerund": [
    0.086637,
    0.281302,
    0.20252
   ],
   "triggerPlural": [
    0.087045,
    0.281902,
    -0.013384
   ],
   "namedDoer": [
    0.099714,
    0.299618,
    0.010908
   ],
   "real:violence": [
    0.514508,
    0.499789,
    -0.009107
   ],
   "unreal:violence": [
    0.15611,
    0.362959,
    0.125172
   ],
   "real:territory": [
    0.009399,
    0.096493,
    0.045381
   ],
   "real:civil": [
    0.008173,
    0.090036,
    -0.007476
   ],
   "real:political": [
    0.148345,
    0.355442,
    0.259894
   ],
   "unreal:political": [
    0.089089,
    0.284872,
    0.560004
   ]
  },
  "bias": 1.276266
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
 "threshold": 0.175
};
