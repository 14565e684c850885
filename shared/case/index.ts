export * from './events';
export * from './fold';
export * from './numbering';
export * from './short-code';
export * from './writers';
export * from './bounds';
