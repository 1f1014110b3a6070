export * from './case-categories';
export * from './plan-catalog';
export * from './severities';
