// Written by `npm run train` (scripts/train-events.ts) from 1063 documents; do not edit by hand.
// Cross-validated (5 folds by document) at the threshold below: precision 0.482, recall 0.431.
import type { DecisionWeights } from './model.js';

export const DECISION_WEIGHTS: DecisionWeights = {
 "features": {
  "weight": [
   0.604392,
   0.199941,
   0.107161
  ],
  "handConfidence": [
   0.642806,
   0.290492,
   0.755443
  ],
  "specific": [
   1,
   0,
   0
  ],
  "sentenceIndex": [
   1.240775,
   1.387727,
   0.3369
  ],
  "dateQuality": [
   0.777051,
   0.310683,
   0.378942
  ],
  "placeQuality": [
   0.751613,
   0.358234,
   -0.001454
  ],
  "mentions": [
   0.221365,
   0.380278,
   0.001764
  ],
  "anchorTimex": [
   0.700922,
   0.457854,
   0.033353
  ],
  "anchorPlace": [
   0.641014,
   0.479703,
   0.344343
  ],
  "anchorReferent": [
   0.121198,
   0.326357,
   -0.049733
  ],
  "anchorPerson": [
   0.193088,
   0.394721,
   -0.173957
  ],
  "anchorDeed": [
   0.461751,
   0.498535,
   0.106061
  ],
  "weakTrigger": [
   0.139171,
   0.346124,
   -0.1494
  ],
  "lastResort": [
   0.017972,
   0.132851,
   0.074863
  ],
  "hasSource": [
   0.285253,
   0.451535,
   -0.165081
  ],
  "hasActor1": [
   0.729954,
   0.443983,
   0.054513
  ],
  "hasTarget": [
   0.110599,
   0.313635,
   -0.065017
  ],
  "fatalities": [
   0.052535,
   0.223102,
   -0.11511
  ],
  "injuries": [
   0.043779,
   0.204603,
   0.120715
  ],
  "instruments": [
   0.169585,
   0.375268,
   0.187132
  ],
  "inQuote": [
   0.050691,
   0.219366,
   -0.275999
  ],
  "dateTimex": [
   0.814286,
   0.388876,
   -0.021462
  ],
  "dateReport": [
   0.185714,
   0.388876,
   0.021462
  ],
  "dateYear": [
   0.052074,
   0.222176,
   0.012242
  ],
  "dateMonth": [
   0.045622,
   0.208664,
   0.127426
  ],
  "placeCountry": [
   0.04977,
   0.217469,
   0.146828
  ],
  "placeSettlement": [
   0.763134,
   0.42516,
   0.09128
  ],
  "noPlace": [
   0.117512,
   0.322029,
   0.502743
  ],
  "placeInUaRu": [
   0.784793,
   0.410966,
   0.152266
  ],
  "triggerNoun": [
   0.282488,
   0.45021,
   0.068664
  ],
  "triggerVerb": [
   0.625806,
   0.483914,
   0.226732
  ],
  "triggerCapitalised": [
   0.080184,
   0.271578,
   0.115831
  ],
  "sentenceLength": [
   3.156303,
   0.584567,
   0.198136
  ],
  "sameSentenceCandidates": [
   0.17572,
   0.327831,
   -0.198645
  ],
  "cue:modal": [
   0.158065,
   0.364801,
   -0.068496
  ],
  "cue:conditional": [
   0.015668,
   0.124188,
   0.069197
  ],
  "cue:opinion": [
   0.058065,
   0.233865,
   -0.112898
  ],
  "cue:demand": [
   0.05023,
   0.21842,
   0.034356
  ],
  "cue:negation": [
   0.065438,
   0.247297,
   -0.102222
  ],
  "cue:history": [
   0.017972,
   0.132851,
   -0.122939
  ],
  "cue:firstPerson": [
   0.069585,
   0.254447,
   -0.087682
  ],
  "cue:speech": [
   0.220737,
   0.414744,
   0.292665
  ],
  "cue:war": [
   0.639631,
   0.480107,
   -0.172656
  ],
  "docWarDensity": [
   38.276035,
   37.733073,
   0.309864
  ],
  "docUaRuPlaces": [
   2.151046,
   1.218781,
   -0.091129
  ],
  "docCandidates": [
   1.675011,
   0.898261,
   0.397287
  ],
  "docLength": [
   5.038622,
   1.802923,
   -1.319373
  ],
  "typeRank": [
   0.425304,
   0.303202,
   -0.09047
  ],
  "modality:asserted": [
   0.516129,
   0.49974,
   0.11067
  ],
  "modality:claimed": [
   0.212903,
   0.40936,
   -0.147548
  ],
  "modality:negated": [
   0.01659,
   0.127729,
   0.072341
  ],
  "modality:planned": [
   0.105069,
   0.306642,
   0.106457
  ],
  "modality:hypothetical": [
   0.013825,
   0.116764,
   -0.062464
  ],
  "modality:historical": [
   0.131336,
   0.337768,
   -0.264142
  ],
  "type:territory.capture": [
   0.029032,
   0.167897,
   0.016626
  ],
  "type:territory.recapture": [
   0.013364,
   0.114828,
   0.157153
  ],
  "type:battle.armed-clash": [
   0.181106,
   0.385106,
   0.115584
  ],
  "type:strike.air": [
   0.023502,
   0.151492,
   0.057777
  ],
  "type:strike.drone": [
   0.009217,
   0.09556,
   0.066088
  ],
  "type:strike.missile": [
   0.02765,
   0.163967,
   -0.15297
  ],
  "type:strike.shelling": [
   0.22765,
   0.419315,
   -0.106336
  ],
  "type:explosive.mine": [
   0.010138,
   0.100177,
   -0.086672
  ],
  "type:explosion.unspecified": [
   0.009677,
   0.097897,
   -0.103062
  ],
  "type:violence.attack-civilians": [
   0.01106,
   0.104583,
   -0.050535
  ],
  "type:weapons.disrupted": [
   0.012903,
   0.112857,
   -0.2096
  ],
  "type:retreat.withdrawal": [
   0.015668,
   0.124188,
   -0.246013
  ],
  "type:group.change": [
   0.010138,
   0.100177,
   0.088959
  ],
  "type:military.deployment": [
   0.013364,
   0.114828,
   0.016047
  ],
  "type:military.presence": [
   0.023502,
   0.151492,
   -0.008407
  ],
  "type:agreement": [
   0.015207,
   0.122377,
   -0.124983
  ],
  "type:visit": [
   0.018433,
   0.134512,
   -0.072845
  ],
  "type:visit.meeting": [
   0.05023,
   0.21842,
   0.040181
  ],
  "type:decision": [
   0.043318,
   0.203572,
   -0.054471
  ],
  "type:decision.aid": [
   0.03318,
   0.179106,
   -0.128367
  ],
  "type:decision.vote": [
   0.010138,
   0.100177,
   0.073531
  ],
  "type:statement": [
   0.067281,
   0.250508,
   -0.066963
  ],
  "type:infrastructure.damage": [
   0.087558,
   0.28265,
   -0.046873
  ],
  "type:casualties.report": [
   0.015668,
   0.124188,
   -0.012275
  ],
  "rule:protest": [
   0.010138,
   0.100177,
   -0.100812
  ],
  "rule:capture": [
   0.019355,
   0.137769,
   -0.049311
  ],
  "rule:liberate": [
   0.011521,
   0.106715,
   -0.226699
  ],
  "rule:withdraw": [
   0.009677,
   0.097897,
   0.124607
  ],
  "rule:deploy troops": [
   0.013364,
   0.114828,
   0.016047
  ],
  "rule:presence": [
   0.010599,
   0.102405,
   0.003233
  ],
  "rule:forces seen": [
   0.012903,
   0.112857,
   -0.014219
  ],
  "rule:agree": [
   0.009217,
   0.09556,
   0.078837
  ],
  "rule:visit": [
   0.015668,
   0.124188,
   0.015251
  ],
  "rule:talks": [
   0.031797,
   0.17546,
   0.10812
  ],
  "rule:meet": [
   0.01106,
   0.104583,
   0.011469
  ],
  "rule:aid delivery": [
   0.019355,
   0.137769,
   -0.09263
  ],
  "rule:send weapons": [
   0.013825,
   0.116764,
   -0.087611
  ],
  "rule:vote": [
   0.010138,
   0.100177,
   0.073531
  ],
  "rule:order": [
   0.028571,
   0.166599,
   -0.038928
  ],
  "rule:decision": [
   0.014747,
   0.120537,
   -0.03819
  ],
  "rule:statement": [
   0.067281,
   0.250508,
   -0.066963
  ],
  "rule:shelling": [
   0.15023,
   0.357297,
   0.274685
  ],
  "rule:armed clash": [
   0.067742,
   0.251303,
   -0.29602
  ],
  "rule:fighting": [
   0.023502,
   0.151492,
   -0.036397
  ],
  "rule:ground attack": [
   0.015207,
   0.122377,
   -0.281381
  ],
  "rule:use weapons against": [
   0.020737,
   0.142504,
   0.11506
  ],
  "rule:advance": [
   0.009677,
   0.097897,
   0.100141
  ],
  "rule:fire at": [
   0.039171,
   0.194,
   0.023244
  ],
  "rule:strike / hit": [
   0.056221,
   0.230348,
   -0.13012
  ],
  "rule:launch": [
   0.009677,
   0.097897,
   -0.020535
  ],
  "rule:attack": [
   0.028571,
   0.166599,
   -0.098999
  ],
  "rule:explosion": [
   0.010138,
   0.100177,
   0.182088
  ],
  "rule:destroy": [
   0.028571,
   0.166599,
   0.03192
  ],
  "rule:killed (passive)": [
   0.011521,
   0.106715,
   -0.101424
  ],
  "rule:bodies": [
   0.009217,
   0.09556,
   0.009694
  ],
  "rule:damage": [
   0.052074,
   0.222176,
   0.129218
  ],
  "rule:fire": [
   0.012903,
   0.112857,
   0.219499
  ],
  "listedPlace": [
   0.065899,
   0.248105,
   -0.195941
  ]
 },
 "bias": 1.380069,
 "threshold": 0.2
};
