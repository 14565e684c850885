export * from './deadlines';
export * from './office-hours';
