// Written by `npm run train` (scripts/train-events.ts) from 1063 documents; do not edit by hand.
// Cross-validated (5 folds by document) at the threshold below: precision 0.484, recall 0.426.
import type { DecisionWeights } from './model.js';

export const DECISION_WEIGHTS: DecisionWeights = {
 "features": {
  "weight": [
   0.604392,
   0.199941,
   0.125486
  ],
  "handConfidence": [
   0.642926,
   0.290395,
   0.753011
  ],
  "specific": [
   1,
   0,
   0
  ],
  "sentenceIndex": [
   1.240775,
   1.387727,
   0.339012
  ],
  "dateQuality": [
   0.778249,
   0.310487,
   0.320123
  ],
  "placeQuality": [
   0.751613,
   0.358234,
   0.000802
  ],
  "mentions": [
   0.221365,
   0.380278,
   -0.007499
  ],
  "anchorTimex": [
   0.700922,
   0.457854,
   0.053195
  ],
  "anchorPlace": [
   0.641014,
   0.479703,
   0.351017
  ],
  "anchorReferent": [
   0.121198,
   0.326357,
   -0.047279
  ],
  "anchorPerson": [
   0.193088,
   0.394721,
   -0.183848
  ],
  "anchorDeed": [
   0.461751,
   0.498535,
   0.120473
  ],
  "weakTrigger": [
   0.139171,
   0.346124,
   -0.157516
  ],
  "lastResort": [
   0.017972,
   0.132851,
   0.077595
  ],
  "hasSource": [
   0.285253,
   0.451535,
   -0.233799
  ],
  "hasActor1": [
   0.729954,
   0.443983,
   0.05375
  ],
  "hasTarget": [
   0.110599,
   0.313635,
   -0.068543
  ],
  "fatalities": [
   0.052535,
   0.223102,
   -0.118318
  ],
  "injuries": [
   0.043779,
   0.204603,
   0.117195
  ],
  "instruments": [
   0.169585,
   0.375268,
   0.18088
  ],
  "inQuote": [
   0.050691,
   0.219366,
   -0.276649
  ],
  "dateTimex": [
   0.814286,
   0.388876,
   -0.001933
  ],
  "dateReport": [
   0.185714,
   0.388876,
   0.001933
  ],
  "dateYear": [
   0.052074,
   0.222176,
   0.017026
  ],
  "dateMonth": [
   0.045622,
   0.208664,
   0.128999
  ],
  "placeCountry": [
   0.04977,
   0.217469,
   0.141243
  ],
  "placeSettlement": [
   0.763134,
   0.42516,
   0.088968
  ],
  "noPlace": [
   0.117512,
   0.322029,
   0.508022
  ],
  "placeInUaRu": [
   0.784793,
   0.410966,
   0.156433
  ],
  "triggerNoun": [
   0.282488,
   0.45021,
   0.063454
  ],
  "triggerVerb": [
   0.625806,
   0.483914,
   0.215118
  ],
  "triggerCapitalised": [
   0.080184,
   0.271578,
   0.111858
  ],
  "sentenceLength": [
   3.156303,
   0.584567,
   0.196152
  ],
  "sameSentenceCandidates": [
   0.17572,
   0.327831,
   -0.200558
  ],
  "cue:modal": [
   0.158065,
   0.364801,
   -0.084786
  ],
  "cue:conditional": [
   0.015668,
   0.124188,
   0.066861
  ],
  "cue:opinion": [
   0.058065,
   0.233865,
   -0.11522
  ],
  "cue:demand": [
   0.05023,
   0.21842,
   0.033674
  ],
  "cue:negation": [
   0.065438,
   0.247297,
   -0.083161
  ],
  "cue:history": [
   0.017972,
   0.132851,
   -0.122687
  ],
  "cue:firstPerson": [
   0.069585,
   0.254447,
   -0.093278
  ],
  "cue:speech": [
   0.220737,
   0.414744,
   0.295118
  ],
  "cue:war": [
   0.639631,
   0.480107,
   -0.177824
  ],
  "docWarDensity": [
   38.276035,
   37.733073,
   0.31044
  ],
  "docUaRuPlaces": [
   2.151046,
   1.218781,
   -0.084669
  ],
  "docCandidates": [
   1.675011,
   0.898261,
   0.398259
  ],
  "docLength": [
   5.038622,
   1.802923,
   -1.319229
  ],
  "typeRank": [
   0.425304,
   0.303202,
   -0.061398
  ],
  "modality:asserted": [
   0.597235,
   0.490454,
   0.078093
  ],
  "modality:claimed": [
   0.131797,
   0.33827,
   -0.132452
  ],
  "modality:negated": [
   0.01659,
   0.127729,
   0.052497
  ],
  "modality:planned": [
   0.105069,
   0.306642,
   0.129883
  ],
  "modality:hypothetical": [
   0.013825,
   0.116764,
   -0.057661
  ],
  "modality:historical": [
   0.131336,
   0.337768,
   -0.264284
  ],
  "type:territory.capture": [
   0.029032,
   0.167897,
   0.019773
  ],
  "type:territory.recapture": [
   0.013364,
   0.114828,
   0.155362
  ],
  "type:battle.armed-clash": [
   0.181106,
   0.385106,
   0.12328
  ],
  "type:strike.air": [
   0.023502,
   0.151492,
   0.065498
  ],
  "type:strike.drone": [
   0.009217,
   0.09556,
   0.071704
  ],
  "type:strike.missile": [
   0.02765,
   0.163967,
   -0.145089
  ],
  "type:strike.shelling": [
   0.22765,
   0.419315,
   -0.0949
  ],
  "type:explosive.mine": [
   0.010138,
   0.100177,
   -0.084019
  ],
  "type:explosion.unspecified": [
   0.009677,
   0.097897,
   -0.093
  ],
  "type:violence.attack-civilians": [
   0.01106,
   0.104583,
   -0.046376
  ],
  "type:weapons.disrupted": [
   0.012903,
   0.112857,
   -0.200266
  ],
  "type:retreat.withdrawal": [
   0.015668,
   0.124188,
   -0.234097
  ],
  "type:group.change": [
   0.010138,
   0.100177,
   0.099815
  ],
  "type:military.deployment": [
   0.013364,
   0.114828,
   0.022487
  ],
  "type:military.presence": [
   0.023502,
   0.151492,
   0.000353
  ],
  "type:agreement": [
   0.015207,
   0.122377,
   -0.120503
  ],
  "type:visit": [
   0.018433,
   0.134512,
   -0.080654
  ],
  "type:visit.meeting": [
   0.05023,
   0.21842,
   0.047176
  ],
  "type:decision": [
   0.043318,
   0.203572,
   -0.057796
  ],
  "type:decision.aid": [
   0.03318,
   0.179106,
   -0.126474
  ],
  "type:decision.vote": [
   0.010138,
   0.100177,
   0.075659
  ],
  "type:statement": [
   0.067281,
   0.250508,
   -0.076677
  ],
  "type:infrastructure.damage": [
   0.087558,
   0.28265,
   -0.030841
  ],
  "type:casualties.report": [
   0.015668,
   0.124188,
   0.002108
  ],
  "rule:protest": [
   0.010138,
   0.100177,
   -0.095461
  ],
  "rule:capture": [
   0.019355,
   0.137769,
   -0.053302
  ],
  "rule:liberate": [
   0.011521,
   0.106715,
   -0.228719
  ],
  "rule:withdraw": [
   0.009677,
   0.097897,
   0.125962
  ],
  "rule:deploy troops": [
   0.013364,
   0.114828,
   0.022487
  ],
  "rule:presence": [
   0.010599,
   0.102405,
   0.010902
  ],
  "rule:forces seen": [
   0.012903,
   0.112857,
   -0.009418
  ],
  "rule:agree": [
   0.009217,
   0.09556,
   0.03626
  ],
  "rule:visit": [
   0.015668,
   0.124188,
   0.025499
  ],
  "rule:talks": [
   0.031797,
   0.17546,
   0.113227
  ],
  "rule:meet": [
   0.01106,
   0.104583,
   0.005887
  ],
  "rule:aid delivery": [
   0.019355,
   0.137769,
   -0.09312
  ],
  "rule:send weapons": [
   0.013825,
   0.116764,
   -0.084129
  ],
  "rule:vote": [
   0.010138,
   0.100177,
   0.075659
  ],
  "rule:order": [
   0.028571,
   0.166599,
   -0.040661
  ],
  "rule:decision": [
   0.014747,
   0.120537,
   -0.041411
  ],
  "rule:statement": [
   0.067281,
   0.250508,
   -0.076677
  ],
  "rule:shelling": [
   0.15023,
   0.357297,
   0.275633
  ],
  "rule:armed clash": [
   0.067742,
   0.251303,
   -0.292048
  ],
  "rule:fighting": [
   0.023502,
   0.151492,
   -0.030454
  ],
  "rule:ground attack": [
   0.015207,
   0.122377,
   -0.279578
  ],
  "rule:use weapons against": [
   0.020737,
   0.142504,
   0.114684
  ],
  "rule:advance": [
   0.009677,
   0.097897,
   0.100362
  ],
  "rule:fire at": [
   0.039171,
   0.194,
   0.020335
  ],
  "rule:strike / hit": [
   0.056221,
   0.230348,
   -0.125058
  ],
  "rule:launch": [
   0.009677,
   0.097897,
   -0.0151
  ],
  "rule:attack": [
   0.028571,
   0.166599,
   -0.093397
  ],
  "rule:explosion": [
   0.010138,
   0.100177,
   0.185175
  ],
  "rule:destroy": [
   0.028571,
   0.166599,
   0.039974
  ],
  "rule:killed (passive)": [
   0.011521,
   0.106715,
   -0.096896
  ],
  "rule:bodies": [
   0.009217,
   0.09556,
   0.011599
  ],
  "rule:damage": [
   0.052074,
   0.222176,
   0.147214
  ],
  "rule:fire": [
   0.012903,
   0.112857,
   0.228776
  ],
  "listedPlace": [
   0.065899,
   0.248105,
   -0.193567
  ]
 },
 "bias": 1.380073,
 "threshold": 0.2
};
