// Written by `npm run train` (scripts/train-events.ts) from 1133 documents; do not edit by hand.
// Cross-validated (5 folds by document) at the threshold below: precision 0.498, recall 0.590.
import type { DecisionWeights } from './model.js';

export const DECISION_WEIGHTS: DecisionWeights = {
 "event": {
  "features": {
   "weight": [
    0.610905,
    0.198371,
    -0.150347
   ],
   "handConfidence": [
    0.643301,
    0.285259,
    1.156743
   ],
   "sentenceIndex": [
    1.286063,
    1.372747,
    0.70988
   ],
   "dateQuality": [
    0.769217,
    0.308482,
    0.421025
   ],
   "placeQuality": [
    0.762003,
    0.354611,
    -0.457198
   ],
   "mentions": [
    0.187247,
    0.348311,
    -0.05867
   ],
   "anchorTimex": [
    0.672497,
    0.469303,
    -0.200047
   ],
   "anchorPlace": [
    0.657193,
    0.474648,
    0.588268
   ],
   "anchorReferent": [
    0.114998,
    0.319019,
    -0.027186
   ],
   "anchorPerson": [
    0.182772,
    0.38648,
    -0.229706
   ],
   "anchorDeed": [
    0.457368,
    0.498179,
    0.060671
   ],
   "weakTrigger": [
    0.137735,
    0.344622,
    -0.13267
   ],
   "lastResort": [
    0.016616,
    0.127826,
    0.138807
   ],
   "hasSource": [
    0.305641,
    0.460678,
    -0.246849
   ],
   "hasActor1": [
    0.737648,
    0.439913,
    0.098503
   ],
   "hasTarget": [
    0.115872,
    0.320072,
    0.004595
   ],
   "fatalities": [
    0.050284,
    0.218531,
    -0.16103
   ],
   "injuries": [
    0.041539,
    0.199534,
    0.166468
   ],
   "instruments": [
    0.166157,
    0.372221,
    0.114109
   ],
   "inQuote": [
    0.0446,
    0.206424,
    -0.199889
   ],
   "dateTimex": [
    0.817228,
    0.38648,
    -0.013186
   ],
   "dateReport": [
    0.182772,
    0.38648,
    0.013186
   ],
   "dateYear": [
    0.049847,
    0.217629,
    0.010275
   ],
   "dateMonth": [
    0.042851,
    0.202521,
    0.114539
   ],
   "placeCountry": [
    0.140796,
    0.347811,
    0.130162
   ],
   "placeSettlement": [
    0.699606,
    0.458429,
    0.216418
   ],
   "noPlace": [
    0.106253,
    0.308161,
    0.267496
   ],
   "placeInUaRu": [
    0.779187,
    0.414795,
    0.017296
   ],
   "triggerNoun": [
    0.282903,
    0.45041,
    0.058046
   ],
   "triggerVerb": [
    0.627897,
    0.483366,
    0.239589
   ],
   "triggerCapitalised": [
    0.077394,
    0.267216,
    0.09997
   ],
   "sentenceLength": [
    3.183384,
    0.583762,
    0.307469
   ],
   "sameSentenceCandidates": [
    0.176355,
    0.327761,
    -0.178628
   ],
   "cue:modal": [
    0.151727,
    0.358756,
    -0.08982
   ],
   "cue:conditional": [
    0.015741,
    0.124472,
    0.010521
   ],
   "cue:opinion": [
    0.058592,
    0.23486,
    -0.190643
   ],
   "cue:demand": [
    0.046349,
    0.21024,
    0.022055
   ],
   "cue:negation": [
    0.061653,
    0.240524,
    -0.076477
   ],
   "cue:history": [
    0.014429,
    0.119253,
    -0.120369
   ],
   "cue:firstPerson": [
    0.065588,
    0.247561,
    -0.120864
   ],
   "cue:speech": [
    0.250109,
    0.433076,
    0.319797
   ],
   "cue:war": [
    0.655444,
    0.475223,
    -0.136407
   ],
   "docWarDensity": [
    38.455036,
    36.802712,
    0.258052
   ],
   "docUaRuPlaces": [
    2.239355,
    1.243404,
    0.1677
   ],
   "docCandidates": [
    1.774634,
    0.953909,
    0.35663
   ],
   "docLength": [
    5.095202,
    1.77193,
    -1.572932
   ],
   "docTopicWords": [
    2.98568,
    1.459332,
    -0.285528
   ],
   "docTopicDensity": [
    82.478865,
    29.265792,
    0.086583
   ],
   "docOffTopicMass": [
    0.218613,
    0.722572,
    0.216445
   ],
   "typeRank": [
    0.442099,
    0.307427,
    -0.279793
   ],
   "modality:asserted": [
    0.581985,
    0.493233,
    -0.113979
   ],
   "modality:claimed": [
    0.157849,
    0.364599,
    -0.248749
   ],
   "modality:negated": [
    0.015741,
    0.124472,
    0.036377
   ],
   "modality:planned": [
    0.098819,
    0.298419,
    0.17834
   ],
   "modality:hypothetical": [
    0.014429,
    0.119253,
    -0.060528
   ],
   "modality:historical": [
    0.127678,
    0.333731,
    -0.324199
   ],
   "type:territory.capture": [
    0.031045,
    0.173439,
    0.05127
   ],
   "type:territory.recapture": [
    0.01749,
    0.131089,
    0.240532
   ],
   "type:battle.armed-clash": [
    0.206821,
    0.405026,
    0.233144
   ],
   "type:strike.air": [
    0.022737,
    0.149065,
    0.160129
   ],
   "type:strike.drone": [
    0.008745,
    0.093105,
    0.351275
   ],
   "type:strike.missile": [
    0.028859,
    0.167409,
    -0.085858
   ],
   "type:strike.shelling": [
    0.218627,
    0.413315,
    -0.167241
   ],
   "type:explosive.mine": [
    0.00962,
    0.097607,
    -0.082462
   ],
   "type:explosion.unspecified": [
    0.008745,
    0.093105,
    -0.101577
   ],
   "type:violence.attack-civilians": [
    0.010494,
    0.101902,
    -0.048789
   ],
   "type:weapons.disrupted": [
    0.012243,
    0.109969,
    -0.216732
   ],
   "type:retreat.withdrawal": [
    0.015304,
    0.122759,
    -0.291762
   ],
   "type:military.deployment": [
    0.020114,
    0.140389,
    0.163884
   ],
   "type:military.presence": [
    0.021863,
    0.146235,
    -0.045229
   ],
   "type:agreement": [
    0.015741,
    0.124472,
    -0.126265
   ],
   "type:visit": [
    0.016178,
    0.126161,
    -0.11706
   ],
   "type:visit.meeting": [
    0.047661,
    0.213047,
    0.083466
   ],
   "type:decision": [
    0.041539,
    0.199534,
    -0.069174
   ],
   "type:decision.aid": [
    0.031045,
    0.173439,
    -0.100028
   ],
   "type:decision.vote": [
    0.008745,
    0.093105,
    0.076215
   ],
   "type:statement": [
    0.064714,
    0.24602,
    -0.099855
   ],
   "type:infrastructure.damage": [
    0.083078,
    0.276,
    -0.148449
   ],
   "type:casualties.report": [
    0.014867,
    0.121019,
    -0.012578
   ],
   "rule:protest": [
    0.009182,
    0.095384,
    -0.109152
   ],
   "rule:capture": [
    0.022737,
    0.149065,
    -0.015128
   ],
   "rule:liberate": [
    0.012243,
    0.109969,
    -0.263448
   ],
   "rule:withdraw": [
    0.010057,
    0.099778,
    0.078935
   ],
   "rule:deploy troops": [
    0.018365,
    0.134266,
    -0.098048
   ],
   "rule:presence": [
    0.010057,
    0.099778,
    -0.011745
   ],
   "rule:forces seen": [
    0.011806,
    0.108011,
    -0.050385
   ],
   "rule:agree": [
    0.009182,
    0.095384,
    0.01189
   ],
   "rule:visit": [
    0.013555,
    0.115634,
    0.046932
   ],
   "rule:talks": [
    0.030171,
    0.171056,
    0.055193
   ],
   "rule:meet": [
    0.010494,
    0.101902,
    -0.030706
   ],
   "rule:aid delivery": [
    0.018802,
    0.135825,
    -0.030559
   ],
   "rule:send weapons": [
    0.012243,
    0.109969,
    -0.120017
   ],
   "rule:vote": [
    0.008745,
    0.093105,
    0.076215
   ],
   "rule:order": [
    0.027547,
    0.163671,
    -0.059333
   ],
   "rule:decision": [
    0.013992,
    0.117458,
    -0.034834
   ],
   "rule:statement": [
    0.064714,
    0.24602,
    -0.099855
   ],
   "rule:shelling": [
    0.142982,
    0.350055,
    0.350222
   ],
   "rule:armed clash": [
    0.086576,
    0.281213,
    -0.283006
   ],
   "rule:fighting": [
    0.026672,
    0.161124,
    -0.006178
   ],
   "rule:ground attack": [
    0.01749,
    0.131089,
    -0.284311
   ],
   "rule:use weapons against": [
    0.020114,
    0.140389,
    0.095072
   ],
   "rule:advance": [
    0.010931,
    0.10398,
    0.081434
   ],
   "rule:fire at": [
    0.037604,
    0.190236,
    0.024972
   ],
   "rule:strike / hit": [
    0.053782,
    0.225587,
    -0.069147
   ],
   "rule:launch": [
    0.009182,
    0.095384,
    -0.016849
   ],
   "rule:attack": [
    0.031045,
    0.173439,
    -0.06309
   ],
   "rule:explosion": [
    0.009182,
    0.095384,
    0.221873
   ],
   "rule:destroy": [
    0.02711,
    0.162403,
    0.052162
   ],
   "rule:killed (passive)": [
    0.010931,
    0.10398,
    -0.094683
   ],
   "rule:bodies": [
    0.008745,
    0.093105,
    0.015091
   ],
   "rule:damage": [
    0.04941,
    0.216722,
    0.111379
   ],
   "rule:fire": [
    0.012243,
    0.109969,
    0.331888
   ],
   "listedPlace": [
    0.113249,
    0.316897,
    0.075875
   ],
   "laterInSentence": [
    0.05247,
    0.222974,
    -0.067473
   ],
   "repeatsEarlier": [
    0.045037,
    0.207386,
    -0.170974
   ]
  },
  "bias": 1.50469
 },
 "topic": {
  "features": {
   "docTopicDensity": [
    75.351242,
    39.736173,
    0.536085
   ],
   "docOffTopicMass": [
    0.67796,
    1.486581,
    -2.921763
   ],
   "docTopicWords": [
    1.739256,
    1.190362,
    -0.073702
   ],
   "docLength": [
    3.714121,
    1.453379,
    -4.024681
   ],
   "docUaRuPlaces": [
    1.162014,
    0.931175,
    2.279193
   ],
   "docWarDensity": [
    47.941023,
    49.513664,
    -0.118213
   ]
  },
  "bias": 12.383887
 },
 "threshold": 0.1
};
