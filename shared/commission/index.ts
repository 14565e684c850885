export * from './commission';
export * from './income';
export * from './thresholds';
export * from './threshold-rule';
