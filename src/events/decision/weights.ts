// Written by `npm run train` (scripts/train-events.ts) from 1133 documents; do not edit by hand.
// Cross-validated (5 folds by document) at the threshold below: precision 0.608, recall 0.618.
import type { DecisionWeights } from './model.js';

export const DECISION_WEIGHTS: DecisionWeights = {
 "event": {
  "features": {
   "weight": [
    0.601041,
    0.199695,
    0.031314
   ],
   "handConfidence": [
    0.626668,
    0.283821,
    1.032377
   ],
   "specific": [
    0.999199,
    0.02829,
    0.090454
   ],
   "sentenceIndex": [
    1.376136,
    1.383992,
    0.596893
   ],
   "dateQuality": [
    0.744533,
    0.315027,
    0.523792
   ],
   "placeQuality": [
    0.761233,
    0.356667,
    -0.280499
   ],
   "mentions": [
    0.173743,
    0.333255,
    -0.055694
   ],
   "anchorTimex": [
    0.629155,
    0.483031,
    -0.134157
   ],
   "anchorPlace": [
    0.663997,
    0.47234,
    0.639407
   ],
   "anchorReferent": [
    0.11654,
    0.320871,
    -0.008011
   ],
   "anchorPerson": [
    0.181017,
    0.385032,
    -0.201665
   ],
   "anchorDeed": [
    0.451742,
    0.497666,
    -0.047199
   ],
   "weakTrigger": [
    0.13296,
    0.339531,
    0.234767
   ],
   "lastResort": [
    0.015218,
    0.12242,
    0.164478
   ],
   "hasSource": [
    0.286744,
    0.452241,
    -0.00544
   ],
   "hasActor1": [
    0.740889,
    0.438147,
    0.120616
   ],
   "hasTarget": [
    0.115338,
    0.31943,
    0.034352
   ],
   "fatalities": [
    0.055266,
    0.228499,
    -0.098192
   ],
   "injuries": [
    0.038847,
    0.193229,
    0.219009
   ],
   "instruments": [
    0.151382,
    0.35842,
    0.020422
   ],
   "inQuote": [
    0.045254,
    0.207861,
    -0.237335
   ],
   "dateTimex": [
    0.798158,
    0.401375,
    -0.067394
   ],
   "dateReport": [
    0.201842,
    0.401375,
    0.067394
   ],
   "dateYear": [
    0.04966,
    0.217241,
    -0.187947
   ],
   "dateMonth": [
    0.039648,
    0.19513,
    -0.006104
   ],
   "placeCountry": [
    0.17501,
    0.379976,
    0.283857
   ],
   "placeSettlement": [
    0.664397,
    0.472201,
    0.1783
   ],
   "noPlace": [
    0.092111,
    0.289182,
    0.427988
   ],
   "placeInUaRu": [
    0.780537,
    0.413883,
    -0.034191
   ],
   "triggerNoun": [
    0.267922,
    0.442876,
    0.048481
   ],
   "triggerVerb": [
    0.657189,
    0.474649,
    0.326427
   ],
   "triggerCapitalised": [
    0.067681,
    0.251198,
    0.054648
   ],
   "sentenceLength": [
    3.206418,
    0.573551,
    0.211516
   ],
   "sameSentenceCandidates": [
    0.194621,
    0.345479,
    -0.240539
   ],
   "cue:modal": [
    0.150981,
    0.358031,
    -0.036738
   ],
   "cue:conditional": [
    0.015218,
    0.12242,
    0.068894
   ],
   "cue:opinion": [
    0.058871,
    0.235382,
    -0.187681
   ],
   "cue:demand": [
    0.046856,
    0.211331,
    -0.071271
   ],
   "cue:negation": [
    0.063676,
    0.244176,
    -0.098884
   ],
   "cue:history": [
    0.016019,
    0.125549,
    -0.212814
   ],
   "cue:firstPerson": [
    0.068082,
    0.251886,
    -0.085076
   ],
   "cue:speech": [
    0.26672,
    0.442245,
    0.064813
   ],
   "cue:war": [
    0.665999,
    0.47164,
    -0.134594
   ],
   "docWarDensity": [
    37.95797,
    35.573386,
    0.185727
   ],
   "docUaRuPlaces": [
    2.360697,
    1.276926,
    0.304586
   ],
   "docCandidates": [
    1.895616,
    0.990511,
    0.323992
   ],
   "docLength": [
    5.18644,
    1.750283,
    -1.429166
   ],
   "docTopicWords": [
    3.059313,
    1.435339,
    -0.27474
   ],
   "docTopicDensity": [
    82.804883,
    28.616289,
    0.266429
   ],
   "docOffTopicMass": [
    0.201778,
    0.694019,
    0.328042
   ],
   "typeRank": [
    0.437926,
    0.312583,
    -0.075562
   ],
   "modality:asserted": [
    0.57509,
    0.494329,
    -0.147615
   ],
   "modality:claimed": [
    0.175811,
    0.380659,
    -0.147622
   ],
   "modality:negated": [
    0.01682,
    0.128597,
    -0.059487
   ],
   "modality:planned": [
    0.080897,
    0.272677,
    0.229034
   ],
   "modality:hypothetical": [
    0.014417,
    0.119203,
    -0.003874
   ],
   "modality:historical": [
    0.13296,
    0.339531,
    -0.384798
   ],
   "type:territory.capture": [
    0.039247,
    0.194182,
    0.056113
   ],
   "type:territory.recapture": [
    0.018422,
    0.134472,
    0.04278
   ],
   "type:battle.armed-clash": [
    0.20825,
    0.406056,
    0.33629
   ],
   "type:strike.air": [
    0.021225,
    0.144135,
    0.068269
   ],
   "type:strike.drone": [
    0.00801,
    0.089137,
    0.351295
   ],
   "type:strike.missile": [
    0.026432,
    0.160415,
    -0.062644
   ],
   "type:strike.shelling": [
    0.201041,
    0.400779,
    -0.155889
   ],
   "type:explosive.mine": [
    0.00841,
    0.09132,
    -0.068296
   ],
   "type:explosion.unspecified": [
    0.00841,
    0.09132,
    -0.011777
   ],
   "type:violence.attack-civilians": [
    0.009612,
    0.097566,
    -0.065237
   ],
   "type:protest.peaceful": [
    0.009211,
    0.095531,
    -0.072972
   ],
   "type:weapons.disrupted": [
    0.011213,
    0.105298,
    -0.182689
   ],
   "type:retreat.withdrawal": [
    0.014017,
    0.11756,
    -0.303027
   ],
   "type:military.deployment": [
    0.020825,
    0.142798,
    0.219321
   ],
   "type:military.presence": [
    0.020024,
    0.140082,
    0.029415
   ],
   "type:agreement": [
    0.01642,
    0.127083,
    -0.237479
   ],
   "type:visit": [
    0.022827,
    0.149353,
    -0.142277
   ],
   "type:visit.meeting": [
    0.045254,
    0.207861,
    -0.024635
   ],
   "type:decision": [
    0.043652,
    0.20432,
    0.203935
   ],
   "type:decision.aid": [
    0.031237,
    0.173959,
    -0.197841
   ],
   "type:decision.vote": [
    0.00801,
    0.089137,
    0.068691
   ],
   "type:statement": [
    0.064077,
    0.24489,
    -0.176307
   ],
   "type:infrastructure.damage": [
    0.082099,
    0.274515,
    -0.000782
   ],
   "type:casualties.report": [
    0.027633,
    0.163919,
    -0.144951
   ],
   "rule:protest": [
    0.009612,
    0.097566,
    0.082072
   ],
   "rule:capture": [
    0.020425,
    0.141447,
    -0.012497
   ],
   "rule:gains": [
    0.012415,
    0.110728,
    -0.080054
   ],
   "rule:liberate": [
    0.012014,
    0.10895,
    -0.08054
   ],
   "rule:withdraw": [
    0.010012,
    0.099558,
    0.084874
   ],
   "rule:deploy troops": [
    0.017221,
    0.130093,
    -0.044606
   ],
   "rule:presence": [
    0.009211,
    0.095531,
    0.057562
   ],
   "rule:forces seen": [
    0.010813,
    0.103422,
    -0.013328
   ],
   "rule:agree": [
    0.010813,
    0.103422,
    0.137889
   ],
   "rule:visit": [
    0.012415,
    0.110728,
    0.047981
   ],
   "rule:talks": [
    0.028434,
    0.16621,
    -0.073216
   ],
   "rule:meet": [
    0.010412,
    0.101509,
    -0.045818
   ],
   "rule:aid delivery": [
    0.018422,
    0.134472,
    -0.124427
   ],
   "rule:send weapons": [
    0.012815,
    0.112477,
    -0.157224
   ],
   "rule:vote": [
    0.00801,
    0.089137,
    0.068691
   ],
   "rule:order": [
    0.027633,
    0.163919,
    -0.328769
   ],
   "rule:decision": [
    0.014417,
    0.119203,
    -0.24573
   ],
   "rule:statement": [
    0.035643,
    0.185398,
    -0.013581
   ],
   "rule:warning or speech": [
    0.028434,
    0.16621,
    -0.244618
   ],
   "rule:shelling": [
    0.131358,
    0.337791,
    0.189145
   ],
   "rule:artillery fire": [
    0.00841,
    0.09132,
    0.061764
   ],
   "rule:repel": [
    0.02483,
    0.155606,
    -0.028875
   ],
   "rule:armed clash": [
    0.057669,
    0.233117,
    -0.421626
   ],
   "rule:fighting": [
    0.029235,
    0.168465,
    -0.145892
   ],
   "rule:ground attack": [
    0.015218,
    0.12242,
    -0.346903
   ],
   "rule:use weapons against": [
    0.018022,
    0.133029,
    -0.043442
   ],
   "rule:advance": [
    0.009612,
    0.097566,
    0.068602
   ],
   "rule:fire at": [
    0.03364,
    0.180302,
    -0.025065
   ],
   "rule:strike / hit": [
    0.051662,
    0.221344,
    -0.093138
   ],
   "rule:launch": [
    0.008811,
    0.09345,
    0.023929
   ],
   "rule:attack": [
    0.029636,
    0.16958,
    -0.130443
   ],
   "rule:explosion": [
    0.008811,
    0.09345,
    0.182442
   ],
   "rule:destroy": [
    0.029636,
    0.16958,
    0.073457
   ],
   "rule:killed (passive)": [
    0.022427,
    0.148067,
    -0.401216
   ],
   "rule:bodies": [
    0.00841,
    0.09132,
    0.064854
   ],
   "rule:damage": [
    0.046055,
    0.209605,
    0.163986
   ],
   "rule:fire": [
    0.011614,
    0.10714,
    0.298027
   ],
   "listedPlace": [
    0.127353,
    0.333368,
    0.073302
   ],
   "laterInSentence": [
    0.054065,
    0.226146,
    -0.113897
   ],
   "repeatsEarlier": [
    0.052863,
    0.223761,
    -0.261106
   ],
   "dateAge": [
    1.903894,
    2.323447,
    0.468147
   ],
   "dateOlderThanMonth": [
    0.161394,
    0.367894,
    -0.091762
   ],
   "dateAfterReport": [
    0.040048,
    0.196072,
    0.016459
   ],
   "near:modal": [
    0.018823,
    0.135898,
    0.01482
   ],
   "near:plan": [
    0.011213,
    0.105298,
    -0.079386
   ],
   "near:possessive": [
    0.027233,
    0.162761,
    -0.222023
   ],
   "near:article": [
    0.057269,
    0.232355,
    0.170455
   ],
   "triggerPresent": [
    0.009211,
    0.095531,
    -0.114003
   ],
   "triggerGerund": [
    0.087705,
    0.282866,
    0.085437
   ],
   "triggerPlural": [
    0.0833,
    0.276335,
    -0.091834
   ],
   "namedDoer": [
    0.105727,
    0.307488,
    0.004913
   ],
   "triggerBareVerb": [
    0.094513,
    0.292542,
    -0.206687
   ],
   "real:violence": [
    0.527833,
    0.499225,
    0.146418
   ],
   "unreal:violence": [
    0.133761,
    0.340395,
    -0.025045
   ],
   "real:territory": [
    0.009211,
    0.095531,
    0.073812
   ],
   "real:civil": [
    0.010012,
    0.099558,
    -0.066032
   ],
   "real:political": [
    0.156187,
    0.363033,
    0.264761
   ],
   "unreal:political": [
    0.088907,
    0.284609,
    0.232073
   ],
   "clauseNegation": [
    0.024429,
    0.154378,
    -0.041583
   ],
   "infinitive": [
    0.068082,
    0.251886,
    -0.506104
   ],
   "attemptInfinitive": [
    0.01642,
    0.127083,
    0.188786
   ]
  },
  "bias": 1.220636
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
