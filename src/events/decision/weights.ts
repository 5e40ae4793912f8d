// Written by `npm run train` (scripts/train-events.ts) from 663 documents; do not edit by hand.
// Cross-validated (5 folds by document) at the threshold below: precision 0.499, recall 0.419.
import type { DecisionWeights } from './model.js';

export const DECISION_WEIGHTS: DecisionWeights = {
 "features": {
  "weight": [
   0.602879,
   0.188086,
   0.288927
  ],
  "handConfidence": [
   0.519114,
   0.326246,
   0.215556
  ],
  "specific": [
   0.74376,
   0.436556,
   0.280193
  ],
  "sentenceIndex": [
   1.745288,
   1.380219,
   0.113607
  ],
  "dateQuality": [
   0.607238,
   0.352029,
   0.355735
  ],
  "placeQuality": [
   0.725208,
   0.308917,
   0.21692
  ],
  "mentions": [
   0.140151,
   0.340843,
   -0.242299
  ],
  "anchorTimex": [
   0.468386,
   0.499,
   0.088796
  ],
  "anchorPlace": [
   0.527454,
   0.499246,
   0.383062
  ],
  "anchorReferent": [
   0.103577,
   0.304712,
   -0.049123
  ],
  "anchorPerson": [
   0.249168,
   0.432531,
   -0.103288
  ],
  "anchorDeed": [
   0.390599,
   0.487885,
   0.332366
  ],
  "weakTrigger": [
   0.217554,
   0.412582,
   -0.50823
  ],
  "lastResort": [
   0.001248,
   0.035304,
   -0.069013
  ],
  "hasSource": [
   0.35025,
   0.477048,
   0.028385
  ],
  "hasActor1": [
   0.739601,
   0.438853,
   0.132915
  ],
  "hasTarget": [
   0.114393,
   0.318288,
   0.020386
  ],
  "fatalities": [
   0.047421,
   0.212538,
   -0.052576
  ],
  "injuries": [
   0.038686,
   0.192844,
   0.053328
  ],
  "instruments": [
   0.144343,
   0.351437,
   0.058773
  ],
  "inQuote": [
   0.088186,
   0.283566,
   -0.230291
  ],
  "dateTimex": [
   0.615641,
   0.486443,
   0.013976
  ],
  "dateReport": [
   0.383527,
   0.486245,
   -0.013742
  ],
  "dateYear": [
   0.051997,
   0.22202,
   -0.026798
  ],
  "dateMonth": [
   0.047421,
   0.212538,
   0.096885
  ],
  "noDate": [
   0.000832,
   0.028831,
   -0.004045
  ],
  "placeCountry": [
   0.080699,
   0.272372,
   0.203088
  ],
  "placeSettlement": [
   0.793261,
   0.404966,
   0.06137
  ],
  "noPlace": [
   0.044093,
   0.205302,
   0.167188
  ],
  "placeInUaRu": [
   0.814892,
   0.388385,
   0.242328
  ],
  "triggerNoun": [
   0.332779,
   0.471208,
   0.000305
  ],
  "triggerVerb": [
   0.623544,
   0.484496,
   0.229621
  ],
  "triggerCapitalised": [
   0.021215,
   0.144099,
   0.027781
  ],
  "sentenceLength": [
   3.339646,
   0.459085,
   0.283742
  ],
  "question": [
   0.002496,
   0.049896,
   -0.112657
  ],
  "sameSentenceCandidates": [
   0.322996,
   0.547792,
   -0.40121
  ],
  "cue:modal": [
   0.235857,
   0.424533,
   -0.135245
  ],
  "cue:conditional": [
   0.037854,
   0.190842,
   0.02343
  ],
  "cue:opinion": [
   0.076539,
   0.265859,
   -0.229469
  ],
  "cue:demand": [
   0.067388,
   0.250692,
   -0.05058
  ],
  "cue:negation": [
   0.110649,
   0.313697,
   -0.192447
  ],
  "cue:history": [
   0.019135,
   0.136999,
   -0.198325
  ],
  "cue:firstPerson": [
   0.109817,
   0.312661,
   -0.149334
  ],
  "cue:speech": [
   0.279534,
   0.44877,
   0.305279
  ],
  "cue:war": [
   0.671797,
   0.469559,
   -0.055896
  ],
  "docWarDensity": [
   33.906005,
   25.662258,
   0.228988
  ],
  "docUaRuPlaces": [
   2.613281,
   0.96095,
   -0.128713
  ],
  "docCandidates": [
   2.203242,
   0.890932,
   0.102772
  ],
  "family:violence": [
   0.5599,
   0.496399,
   -0.03855
  ],
  "family:territory": [
   0.022463,
   0.148182,
   -0.089059
  ],
  "family:disruption": [
   0.011231,
   0.105381,
   0.00354
  ],
  "family:civil": [
   0.018719,
   0.13553,
   -0.03226
  ],
  "family:political": [
   0.332779,
   0.471208,
   0.074058
  ],
  "family:disaster": [
   0.002496,
   0.049896,
   -0.049152
  ],
  "family:presence": [
   0.052413,
   0.222858,
   0.017446
  ],
  "modality:asserted": [
   0.394759,
   0.488799,
   0.196719
  ],
  "modality:claimed": [
   0.243344,
   0.429101,
   -0.068829
  ],
  "modality:denied": [
   0.005824,
   0.07609,
   0.096964
  ],
  "modality:negated": [
   0.03203,
   0.17608,
   0.014947
  ],
  "modality:planned": [
   0.135607,
   0.342371,
   0.096055
  ],
  "modality:hypothetical": [
   0.06198,
   0.241119,
   -0.130983
  ],
  "modality:historical": [
   0.126456,
   0.332362,
   -0.234489
  ],
  "type:territory.capture": [
   0.033278,
   0.179361,
   -0.060272
  ],
  "type:territory.recapture": [
   0.013311,
   0.114603,
   0.080278
  ],
  "type:battle.armed-clash": [
   0.202579,
   0.401921,
   -0.030907
  ],
  "type:strike.air": [
   0.021631,
   0.145474,
   0.048947
  ],
  "type:strike.drone": [
   0.010399,
   0.101445,
   0.036352
  ],
  "type:strike.missile": [
   0.017471,
   0.131018,
   -0.025506
  ],
  "type:strike.shelling": [
   0.183444,
   0.38703,
   -0.02154
  ],
  "type:explosive.grenade": [
   0.000416,
   0.020391,
   0.069782
  ],
  "type:explosive.mine": [
   0.008735,
   0.093054,
   0.172228
  ],
  "type:explosion.unspecified": [
   0.006656,
   0.08131,
   0.113112
  ],
  "type:violence.sexual": [
   0.00208,
   0.045558,
   -0.068216
  ],
  "type:violence.abduction": [
   0.00208,
   0.045558,
   0.019997
  ],
  "type:violence.attack-civilians": [
   0.015391,
   0.123102,
   0.072432
  ],
  "type:riot.violent-demonstration": [
   0.001664,
   0.040757,
   0.041592
  ],
  "type:protest.peaceful": [
   0.008319,
   0.090831,
   0.038735
  ],
  "type:looting": [
   0.001248,
   0.035304,
   -0.063432
  ],
  "type:arrest": [
   0.007488,
   0.086206,
   -0.085218
  ],
  "type:weapons.disrupted": [
   0.011231,
   0.105381,
   0.00354
  ],
  "type:retreat.withdrawal": [
   0.022463,
   0.148182,
   -0.089059
  ],
  "type:group.change": [
   0.015807,
   0.124728,
   0.045194
  ],
  "type:military.deployment": [
   0.020799,
   0.14271,
   0.016096
  ],
  "type:military.exercise": [
   0.005824,
   0.07609,
   -0.005144
  ],
  "type:military.presence": [
   0.009983,
   0.099417,
   -0.036759
  ],
  "type:agreement": [
   0.019967,
   0.139886,
   0.024778
  ],
  "type:exchange.prisoners": [
   0.00208,
   0.045558,
   0.012743
  ],
  "type:visit": [
   0.02371,
   0.152146,
   0.026249
  ],
  "type:visit.meeting": [
   0.066556,
   0.249251,
   0.169332
  ],
  "type:visit.call": [
   0.010815,
   0.103433,
   0.09229
  ],
  "type:decision": [
   0.058236,
   0.23419,
   -0.034156
  ],
  "type:decision.sanctions": [
   0.015807,
   0.124728,
   0.131797
  ],
  "type:decision.aid": [
   0.049501,
   0.216911,
   -0.096166
  ],
  "type:decision.vote": [
   0.011231,
   0.105381,
   0.077206
  ],
  "type:statement": [
   0.074875,
   0.26319,
   -0.078315
  ],
  "type:disaster.flood": [
   0.002496,
   0.049896,
   -0.049152
  ],
  "type:infrastructure.damage": [
   0.028702,
   0.166968,
   -0.182396
  ],
  "type:casualties.report": [
   0.013727,
   0.116356,
   -0.061412
  ],
  "rule:drown": [
   0.000832,
   0.028831,
   -0.029317
  ],
  "rule:dam breach": [
   0.001664,
   0.040757,
   -0.039435
  ],
  "rule:smoke bombs": [
   0.000416,
   0.020391,
   0.0526
  ],
  "rule:riot": [
   0.000416,
   0.020391,
   -0.06011
  ],
  "rule:protest": [
   0.009567,
   0.097344,
   -0.066999
  ],
  "rule:gather to demand": [
   0.000416,
   0.020391,
   0.039389
  ],
  "rule:take control": [
   0.005408,
   0.073338,
   0.169297
  ],
  "rule:capture": [
   0.019967,
   0.139886,
   0.061304
  ],
  "rule:occupy": [
   0.008319,
   0.090831,
   -0.079488
  ],
  "rule:liberate": [
   0.012895,
   0.112822,
   -0.136335
  ],
  "rule:pull out": [
   0.000832,
   0.028831,
   -0.039504
  ],
  "rule:withdraw": [
   0.014143,
   0.118081,
   0.060402
  ],
  "rule:leave a place": [
   0.002912,
   0.053883,
   -0.187953
  ],
  "rule:leave a named place": [
   0.004576,
   0.067489,
   -0.134287
  ],
  "rule:loot": [
   0.001248,
   0.035304,
   -0.063432
  ],
  "rule:arrest": [
   0.006656,
   0.08131,
   0.045985
  ],
  "rule:reinforcements": [
   0.005824,
   0.07609,
   0.011598
  ],
  "rule:reinforce": [
   0.009983,
   0.099417,
   0.047824
  ],
  "rule:deploy troops": [
   0.020799,
   0.14271,
   0.016096
  ],
  "rule:exercises": [
   0.005824,
   0.07609,
   -0.005144
  ],
  "rule:presence": [
   0.008735,
   0.093054,
   -0.01309
  ],
  "rule:forces seen": [
   0.001248,
   0.035304,
   -0.069013
  ],
  "rule:prisoner exchange": [
   0.00208,
   0.045558,
   0.012743
  ],
  "rule:agreement": [
   0.005408,
   0.073338,
   0.024493
  ],
  "rule:agree": [
   0.013311,
   0.114603,
   0.052248
  ],
  "rule:sign": [
   0.001248,
   0.035304,
   -0.122308
  ],
  "rule:visit": [
   0.021215,
   0.144099,
   0.04295
  ],
  "rule:arrive in": [
   0.002496,
   0.049896,
   -0.044
  ],
  "rule:hold talks": [
   0.001248,
   0.035304,
   0.114749
  ],
  "rule:talks": [
   0.045341,
   0.208051,
   0.210727
  ],
  "rule:meet": [
   0.013311,
   0.114603,
   -0.040698
  ],
  "rule:discuss": [
   0.006656,
   0.08131,
   -0.012579
  ],
  "rule:phone call": [
   0.005824,
   0.07609,
   0.182685
  ],
  "rule:speak by phone": [
   0.004992,
   0.070475,
   -0.061792
  ],
  "rule:sanctions": [
   0.015807,
   0.124728,
   0.131797
  ],
  "rule:aid delivery": [
   0.02787,
   0.164601,
   -0.027828
  ],
  "rule:send weapons": [
   0.021631,
   0.145474,
   -0.111903
  ],
  "rule:vote": [
   0.011231,
   0.105381,
   0.077206
  ],
  "rule:order": [
   0.036606,
   0.187792,
   -0.013853
  ],
  "rule:decision": [
   0.021631,
   0.145474,
   -0.037102
  ],
  "rule:statement": [
   0.074875,
   0.26319,
   -0.078315
  ],
  "rule:shot down": [
   0.002912,
   0.053883,
   -0.052734
  ],
  "rule:intercept": [
   0.008319,
   0.090831,
   0.03539
  ],
  "rule:air strike": [
   0.000832,
   0.028831,
   0.034762
  ],
  "rule:drone strike": [
   0.001248,
   0.035304,
   0.076967
  ],
  "rule:missile strike": [
   0.00416,
   0.064362,
   0.022838
  ],
  "rule:airstrike": [
   0.00624,
   0.078744,
   0.10365
  ],
  "rule:bomb (verb)": [
   0.001664,
   0.040757,
   0.012639
  ],
  "rule:bombing": [
   0.003328,
   0.057591,
   0.001326
  ],
  "rule:shelling": [
   0.125208,
   0.330955,
   0.39013
  ],
  "rule:artillery fire": [
   0.005824,
   0.07609,
   0.154993
  ],
  "rule:armed clash": [
   0.073627,
   0.261163,
   -0.068338
  ],
  "rule:fighting": [
   0.029534,
   0.169298,
   0.022262
  ],
  "rule:ground attack": [
   0.014559,
   0.119779,
   -0.150406
  ],
  "rule:use weapons against": [
   0.020799,
   0.14271,
   -0.118849
  ],
  "rule:push back": [
   0.000416,
   0.020391,
   -0.0819
  ],
  "rule:advance": [
   0.010399,
   0.101445,
   0.142572
  ],
  "rule:open fire": [
   0.000832,
   0.028831,
   0.076875
  ],
  "rule:fire at": [
   0.033694,
   0.18044,
   -0.079158
  ],
  "rule:strike / hit": [
   0.040349,
   0.196777,
   -0.199168
  ],
  "rule:launch": [
   0.009567,
   0.097344,
   -0.019244
  ],
  "rule:attack": [
   0.045341,
   0.208051,
   -0.140496
  ],
  "rule:shoot": [
   0.001664,
   0.040757,
   0.035029
  ],
  "rule:blow up": [
   0.002496,
   0.049896,
   -0.096772
  ],
  "rule:go off": [
   0.001664,
   0.040757,
   -0.195728
  ],
  "rule:detonate": [
   0.001248,
   0.035304,
   -0.093955
  ],
  "rule:explosion": [
   0.007488,
   0.086206,
   -0.001692
  ],
  "rule:blast": [
   0.000832,
   0.028831,
   -0.153624
  ],
  "rule:destroy": [
   0.012895,
   0.112822,
   0.068016
  ],
  "rule:rape": [
   0.000416,
   0.020391,
   -0.022103
  ],
  "rule:sexual violence": [
   0.001664,
   0.040757,
   -0.065194
  ],
  "rule:abduction": [
   0.000416,
   0.020391,
   0.03267
  ],
  "rule:forced relocation": [
   0.000832,
   0.028831,
   0.071259
  ],
  "rule:deportation": [
   0.000832,
   0.028831,
   -0.062767
  ],
  "rule:torture / beat": [
   0.007488,
   0.086206,
   -0.080505
  ],
  "rule:kill (active)": [
   0.00624,
   0.078744,
   -0.061421
  ],
  "rule:killed (passive)": [
   0.012895,
   0.112822,
   -0.118481
  ],
  "rule:bodies": [
   0.007072,
   0.083795,
   -0.031197
  ],
  "rule:casualties": [
   0.000832,
   0.028831,
   -0.048272
  ],
  "rule:munition landed": [
   0.000416,
   0.020391,
   0.042184
  ],
  "rule:damage": [
   0.013727,
   0.116356,
   -0.195184
  ],
  "rule:fire": [
   0.004576,
   0.067489,
   0.16358
  ],
  "listedPlace": [
   0.059484,
   0.236529,
   -0.187871
  ]
 },
 "bias": -0.70421,
 "threshold": 0.225
};
