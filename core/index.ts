// The public API of the domain core: IPC handlers, the renderer and the conformance runner use
// only what is exported here.
export * from './errors';
export * from './time';
export * from './calendar';
export * from './catalog';
export * from './subscription';
export * from './quota';
export * from './booking';
export * from './sla';
export * from './cases';
export * from './reports';
export * from './money';
export * from './partners';
