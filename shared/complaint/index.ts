export * from './events';
export * from './fold';
export * from './journal';
export * from './numbering';
export * from './rules';
export * from './term';
