export * from './dates';
export * from './instants';
export * from './months';
