import pkg from '../../../package.json' with { type: 'json' };

export const toolName = 'session-prep';
export const toolVersion: string = pkg.version;
