export * from './domain';
export * from './translate';
export * from './commission';
export * from './deadlines';
export * from './months';
