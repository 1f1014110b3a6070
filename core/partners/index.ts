export * from './partner-types';
