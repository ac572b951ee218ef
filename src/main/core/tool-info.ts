import pkg from '../../../package.json';

export const toolName = 'session-prep';
export const toolVersion: string = pkg.version;
