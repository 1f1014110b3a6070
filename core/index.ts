// The public API of the domain core: IPC handlers, the renderer and the conformance runner use
// only what is exported here.
export * from './booking';
export * from './calendar';
export * from './cases';
export * from './catalog';
export * from './errors';
export * from './money';
export * from './partners';
export * from './quota';
export * from './reports';
export * from './sla';
export * from './subscription';
export * from './time';
export * from './today';
