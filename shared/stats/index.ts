export * from './types';
export * from './working-days';
export * from './aggregate';
export * from './facts';
