export * from './events';
export * from './fold';
export * from './rules';
export * from './stream-id';
export * from './roles';
