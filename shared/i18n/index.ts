export * from './domain';
export * from './translate';
