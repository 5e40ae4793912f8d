// Written by `npm run train` (scripts/train-events.ts) from 1133 documents; do not edit by hand.
// Cross-validated (5 folds by document) at the threshold below: precision 0.490, recall 0.418.
import type { DecisionWeights } from './model.js';

export const DECISION_WEIGHTS: DecisionWeights = {
 "event": {
  "features": {
   "weight": [
    0.604392,
    0.199941,
    0.122751
   ],
   "handConfidence": [
    0.643065,
    0.290289,
    0.741556
   ],
   "sentenceIndex": [
    1.240998,
    1.388036,
    0.38373
   ],
   "dateQuality": [
    0.778249,
    0.310487,
    0.33082
   ],
   "placeQuality": [
    0.751613,
    0.358234,
    0.003856
   ],
   "mentions": [
    0.221365,
    0.380278,
    -0.000768
   ],
   "anchorTimex": [
    0.700922,
    0.457854,
    0.055526
   ],
   "anchorPlace": [
    0.641014,
    0.479703,
    0.341845
   ],
   "anchorReferent": [
    0.121198,
    0.326357,
    -0.052343
   ],
   "anchorPerson": [
    0.193088,
    0.394721,
    -0.177697
   ],
   "anchorDeed": [
    0.461751,
    0.498535,
    0.119272
   ],
   "weakTrigger": [
    0.139171,
    0.346124,
    -0.144051
   ],
   "lastResort": [
    0.017972,
    0.132851,
    0.081282
   ],
   "hasSource": [
    0.285253,
    0.451535,
    -0.228215
   ],
   "hasActor1": [
    0.729954,
    0.443983,
    0.05953
   ],
   "hasTarget": [
    0.110599,
    0.313635,
    -0.062256
   ],
   "fatalities": [
    0.052535,
    0.223102,
    -0.117044
   ],
   "injuries": [
    0.043779,
    0.204603,
    0.123908
   ],
   "instruments": [
    0.169585,
    0.375268,
    0.183762
   ],
   "inQuote": [
    0.050691,
    0.219366,
    -0.270169
   ],
   "dateTimex": [
    0.814286,
    0.388876,
    -0.012912
   ],
   "dateReport": [
    0.185714,
    0.388876,
    0.012912
   ],
   "dateYear": [
    0.052074,
    0.222176,
    0.008942
   ],
   "dateMonth": [
    0.045622,
    0.208664,
    0.129316
   ],
   "placeCountry": [
    0.04977,
    0.217469,
    0.146953
   ],
   "placeSettlement": [
    0.763134,
    0.42516,
    0.076543
   ],
   "noPlace": [
    0.117512,
    0.322029,
    0.494861
   ],
   "placeInUaRu": [
    0.784793,
    0.410966,
    0.149236
   ],
   "triggerNoun": [
    0.282488,
    0.45021,
    0.066105
   ],
   "triggerVerb": [
    0.625806,
    0.483914,
    0.234134
   ],
   "triggerCapitalised": [
    0.080184,
    0.271578,
    0.104933
   ],
   "sentenceLength": [
    3.156303,
    0.584567,
    0.201679
   ],
   "sameSentenceCandidates": [
    0.17572,
    0.327831,
    -0.194404
   ],
   "cue:modal": [
    0.158065,
    0.364801,
    -0.083637
   ],
   "cue:conditional": [
    0.015668,
    0.124188,
    0.06904
   ],
   "cue:opinion": [
    0.058065,
    0.233865,
    -0.116591
   ],
   "cue:demand": [
    0.05023,
    0.21842,
    0.041617
   ],
   "cue:negation": [
    0.065438,
    0.247297,
    -0.07755
   ],
   "cue:history": [
    0.017972,
    0.132851,
    -0.11995
   ],
   "cue:firstPerson": [
    0.069585,
    0.254447,
    -0.093397
   ],
   "cue:speech": [
    0.220737,
    0.414744,
    0.294756
   ],
   "cue:war": [
    0.639631,
    0.480107,
    -0.178337
   ],
   "docWarDensity": [
    38.273864,
    37.734069,
    0.385465
   ],
   "docUaRuPlaces": [
    2.151046,
    1.218781,
    0.061479
   ],
   "docCandidates": [
    1.675011,
    0.898261,
    0.445794
   ],
   "docLength": [
    5.038731,
    1.803022,
    -0.996164
   ],
   "docTopicWords": [
    2.927361,
    1.475535,
    -0.527185
   ],
   "docTopicDensity": [
    81.477969,
    29.797899,
    0.127116
   ],
   "docOffTopicMass": [
    0.230498,
    0.739883,
    0.193555
   ],
   "typeRank": [
    0.425304,
    0.303202,
    -0.062587
   ],
   "modality:asserted": [
    0.596313,
    0.490636,
    0.080378
   ],
   "modality:claimed": [
    0.131797,
    0.33827,
    -0.129342
   ],
   "modality:negated": [
    0.01659,
    0.127729,
    0.048368
   ],
   "modality:planned": [
    0.103687,
    0.304854,
    0.106038
   ],
   "modality:hypothetical": [
    0.013825,
    0.116764,
    -0.065026
   ],
   "modality:historical": [
    0.133641,
    0.340266,
    -0.225622
   ],
   "type:territory.capture": [
    0.029032,
    0.167897,
    0.025002
   ],
   "type:territory.recapture": [
    0.013364,
    0.114828,
    0.159746
   ],
   "type:battle.armed-clash": [
    0.181106,
    0.385106,
    0.114746
   ],
   "type:strike.air": [
    0.023502,
    0.151492,
    0.071747
   ],
   "type:strike.drone": [
    0.009217,
    0.09556,
    0.074992
   ],
   "type:strike.missile": [
    0.02765,
    0.163967,
    -0.138426
   ],
   "type:strike.shelling": [
    0.22765,
    0.419315,
    -0.087742
   ],
   "type:explosive.mine": [
    0.010138,
    0.100177,
    -0.082927
   ],
   "type:explosion.unspecified": [
    0.009677,
    0.097897,
    -0.091457
   ],
   "type:violence.attack-civilians": [
    0.01106,
    0.104583,
    -0.045515
   ],
   "type:weapons.disrupted": [
    0.012903,
    0.112857,
    -0.194638
   ],
   "type:retreat.withdrawal": [
    0.015668,
    0.124188,
    -0.228849
   ],
   "type:group.change": [
    0.010138,
    0.100177,
    0.101326
   ],
   "type:military.deployment": [
    0.013364,
    0.114828,
    0.020937
   ],
   "type:military.presence": [
    0.023502,
    0.151492,
    0.002657
   ],
   "type:agreement": [
    0.015207,
    0.122377,
    -0.112146
   ],
   "type:visit": [
    0.018433,
    0.134512,
    -0.071933
   ],
   "type:visit.meeting": [
    0.05023,
    0.21842,
    0.053406
   ],
   "type:decision": [
    0.043318,
    0.203572,
    -0.052995
   ],
   "type:decision.aid": [
    0.03318,
    0.179106,
    -0.127447
   ],
   "type:decision.vote": [
    0.010138,
    0.100177,
    0.075261
   ],
   "type:statement": [
    0.067281,
    0.250508,
    -0.079159
   ],
   "type:infrastructure.damage": [
    0.087558,
    0.28265,
    -0.049905
   ],
   "type:casualties.report": [
    0.015668,
    0.124188,
    0.003834
   ],
   "rule:protest": [
    0.010138,
    0.100177,
    -0.096726
   ],
   "rule:capture": [
    0.019355,
    0.137769,
    -0.052327
   ],
   "rule:liberate": [
    0.011521,
    0.106715,
    -0.226978
   ],
   "rule:withdraw": [
    0.009677,
    0.097897,
    0.123567
   ],
   "rule:deploy troops": [
    0.013364,
    0.114828,
    0.020937
   ],
   "rule:presence": [
    0.010599,
    0.102405,
    0.012231
   ],
   "rule:forces seen": [
    0.012903,
    0.112857,
    -0.007532
   ],
   "rule:agree": [
    0.009217,
    0.09556,
    0.034162
   ],
   "rule:visit": [
    0.015668,
    0.124188,
    0.0212
   ],
   "rule:talks": [
    0.031797,
    0.17546,
    0.128826
   ],
   "rule:meet": [
    0.01106,
    0.104583,
    0.004702
   ],
   "rule:aid delivery": [
    0.019355,
    0.137769,
    -0.095065
   ],
   "rule:send weapons": [
    0.013825,
    0.116764,
    -0.083326
   ],
   "rule:vote": [
    0.010138,
    0.100177,
    0.075261
   ],
   "rule:order": [
    0.028571,
    0.166599,
    -0.035822
   ],
   "rule:decision": [
    0.014747,
    0.120537,
    -0.039991
   ],
   "rule:statement": [
    0.067281,
    0.250508,
    -0.079159
   ],
   "rule:shelling": [
    0.15023,
    0.357297,
    0.275505
   ],
   "rule:armed clash": [
    0.067742,
    0.251303,
    -0.273712
   ],
   "rule:fighting": [
    0.023502,
    0.151492,
    -0.023246
   ],
   "rule:ground attack": [
    0.015207,
    0.122377,
    -0.278515
   ],
   "rule:use weapons against": [
    0.020737,
    0.142504,
    0.102979
   ],
   "rule:advance": [
    0.009677,
    0.097897,
    0.09823
   ],
   "rule:fire at": [
    0.039171,
    0.194,
    0.010402
   ],
   "rule:strike / hit": [
    0.056221,
    0.230348,
    -0.131736
   ],
   "rule:launch": [
    0.009677,
    0.097897,
    -0.017482
   ],
   "rule:attack": [
    0.028571,
    0.166599,
    -0.082631
   ],
   "rule:explosion": [
    0.010138,
    0.100177,
    0.185734
   ],
   "rule:destroy": [
    0.028571,
    0.166599,
    0.047087
   ],
   "rule:killed (passive)": [
    0.011521,
    0.106715,
    -0.098325
   ],
   "rule:bodies": [
    0.009217,
    0.09556,
    0.005588
   ],
   "rule:damage": [
    0.052074,
    0.222176,
    0.115762
   ],
   "rule:fire": [
    0.012903,
    0.112857,
    0.238438
   ],
   "listedPlace": [
    0.065899,
    0.248105,
    -0.200635
   ]
  },
  "bias": 1.384568
 },
 "topic": {
  "features": {
   "docTopicDensity": [
    75.308312,
    39.752335,
    0.56807
   ],
   "docOffTopicMass": [
    0.68337,
    1.500777,
    -2.954766
   ],
   "docTopicWords": [
    1.741099,
    1.192603,
    -0.085847
   ],
   "docLength": [
    3.722188,
    1.460076,
    -4.041819
   ],
   "docUaRuPlaces": [
    1.16101,
    0.924122,
    2.245032
   ],
   "docWarDensity": [
    47.847742,
    49.483423,
    -0.114068
   ]
  },
  "bias": 12.385578
 },
 "threshold": 0.225
};
