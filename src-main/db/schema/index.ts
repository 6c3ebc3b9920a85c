export { auditLog } from './audit';
export { institution } from './institution';
export { referenceItems } from './reference';
export { appSettings } from './settings';
export { users } from './users';
