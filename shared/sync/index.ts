export * from './protocol';
export * from './messages';
export * from './client-core';
