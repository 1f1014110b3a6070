export * from './dates';
export * from './months';
export * from './instants';
