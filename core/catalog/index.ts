export * from './plan-catalog';
export * from './severities';
export * from './case-categories';
