import identity from '../extension-identity.json' with { type: 'json' };

/** Chrome/Edge/Chromium id, derived from the fixed manifest key: enterprise policy is keyed by it. */
export const EXTENSION_ID: string = identity.id;

/** Firefox keys enterprise policy (policies.json "3rdparty".Extensions) by the gecko id instead. */
export const GECKO_ID = 'phi-guard@phi-guard.example';
