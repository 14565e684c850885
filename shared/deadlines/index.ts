export * from './deadlines';
export * from './office-hours';
export * from './reception';
export * from './explain';
