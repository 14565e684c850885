export * from './compute';
export * from './facts';
export * from './indicators';
export * from './survey';
export * from './from-days';
