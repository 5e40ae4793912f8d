// The package ships no types; this declares the part the training script uses.
declare module 'ml-logistic-regression' {
  import type { Matrix } from 'ml-matrix';
  interface TwoClasses {
    testScores(features: Matrix): number[];
    weights: Matrix;
  }
  export default class LogisticRegression {
    constructor(options?: { numSteps?: number; learningRate?: number });
    classifiers: TwoClasses[];
    train(features: Matrix, target: Matrix): void;
    predict(features: Matrix): number[];
  }
}
