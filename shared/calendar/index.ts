export * from './calendar';
export * from './calendar-data';
export * from './dates';
export * from './holidays';
